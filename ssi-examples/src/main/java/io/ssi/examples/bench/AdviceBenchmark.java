package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiAdvisor;
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
 * One {@code advise} against one {@code score} of the same member, in the same run, for the
 * Trained-rep persona (few recommendations, most pillars near full) and the Newcomer (many).
 * The advisor re-scores the member to check the score, then measures each candidate's gain on
 * a copy of the one-pass aggregates, so its cost is a few scores plus a little per candidate.
 *
 * <p>Not final: JMH generates a subclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// The planner and the generators run once per advice: the JIT's last tier reaches them only
// after some tens of thousands of advices, well past 5 s.
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdviceBenchmark {

    /** Which calibration persona to advise. */
    @Param({"trained", "newcomer"})
    public String persona;

    private SsiCalculator calculator;
    private SsiAdvisor advisor;
    private MemberProfile profile;
    private List<Activity> activities;
    private Instant asOf;
    private SsiScore score;

    /** Builds the calculator, the advisor and the member, and scores it once. */
    @Setup
    public void setUp() {
        asOf = SampleTeam.AS_OF;
        calculator = SsiCalculator.standard();
        advisor = SsiAdvisor.builder().discoverGenerators().calculator(calculator).build();
        SampleMember member = switch (persona) {
            case "trained" -> Personas.trainedRep(asOf);
            case "newcomer" -> Personas.newcomer(asOf);
            default -> throw new IllegalArgumentException("persona must be trained or newcomer, but was " + persona);
        };
        profile = member.profile();
        activities = member.activities();
        score = calculator.score(profile, activities, asOf);
    }

    /**
     * Every recommendation for the member's score, ranked.
     *
     * @return the recommendations, consumed by JMH
     */
    @Benchmark
    public List<Recommendation> advise() {
        return advisor.advise(score, profile, activities);
    }

    /**
     * The baseline: one score of the same member.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore score() {
        return calculator.score(profile, activities, asOf);
    }
}
