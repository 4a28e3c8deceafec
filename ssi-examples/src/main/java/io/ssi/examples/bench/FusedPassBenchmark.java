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
 * One {@code score()} against the {@linkplain FusedPass hand-written fused pass} that builds the
 * same result, in the same run, on the Trained rep's log cut to 1,000 activities and on its whole
 * log repeated 4 times (6,540). The target: the score within 1.2 times the fused pass at
 * 1,000 activities.
 *
 * <p>Not final: JMH generates a subclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class FusedPassBenchmark {

    /** How many activities of the Trained rep's log: the first 1,000, or the log repeated 4 times. */
    @Param({"1000", "6540"})
    public int activities;

    private SsiCalculator calculator;
    private FusedPass fused;
    private MemberProfile profile;
    private List<Activity> log;
    private Instant asOf;

    /** Builds the calculator, the fused pass and the log. */
    @Setup
    public void setUp() {
        asOf = SampleTeam.AS_OF;
        calculator = SsiCalculator.standard();
        fused = new FusedPass(calculator);
        SampleMember rep = Personas.trainedRep(asOf);
        profile = rep.profile();
        log = log(rep.activities(), activities);
    }

    /**
     * The benchmark's log: the first {@code n} activities, or copies of the whole log with ids
     * of their own until there are {@code n}.
     *
     * @param persona the persona's log
     * @param n       how many activities
     * @return the log
     */
    static List<Activity> log(List<Activity> persona, int n) {
        if (n <= persona.size()) {
            return List.copyOf(persona.subList(0, n));
        }
        List<Activity> repeated = Workloads.repeat(persona, (n + persona.size() - 1) / persona.size());
        return List.copyOf(repeated.subList(0, n));
    }

    /**
     * Scores the member with the engine.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore score() {
        return calculator.score(profile, log, asOf);
    }

    /**
     * The baseline: the same score from one hand-written fused pass.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore fused() {
        return fused.score(profile, log, asOf);
    }
}
