package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One score of the Trained-rep persona (1,635 activities) with the
 * standard model, against a baseline measured in the same run: one plain pass over the same
 * activity list that reads each activity's time. The log is also repeated 4 and 16 times, to
 * show that the cost of a score is linear in the log (one pass, then constant work per rule).
 *
 * <p>Not final: JMH generates a subclass of each state class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScoreBenchmark {

    /** How many copies of the persona's log to score. */
    @Param({"1", "4", "16"})
    public int copies;

    private SsiCalculator calculator;
    private MemberProfile profile;
    private List<Activity> activities;
    private Instant asOf;

    /** Builds the calculator and the log, outside the measurement. */
    @Setup
    public void setUp() {
        asOf = SampleTeam.AS_OF;
        calculator = SsiCalculator.standard();
        SampleMember rep = Personas.trainedRep(asOf);
        profile = rep.profile();
        activities = Workloads.repeat(rep.activities(), copies);
    }

    /**
     * Scores the member.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore score() {
        return calculator.score(profile, activities, asOf);
    }

    /**
     * The baseline: one pass over the same list, summing the activities' epoch seconds.
     *
     * @return the sum, consumed by JMH
     */
    @Benchmark
    public long baseline() {
        long sum = 0;
        for (Activity a : activities) {
            sum += a.at().getEpochSecond();
        }
        return sum;
    }

    /** @return the log being scored */
    public List<Activity> activities() {
        return activities;
    }
}
