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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A year of daily history against one score, in the same run, on the Trained-rep persona of the
 * calibration. The persona's 90 days are {@linkplain Workloads#backfill kept up} for
 * {@value #QUARTERS} quarters of 13 weeks, so that every day of the history has a full window
 * of activity. Both benchmarks read the same log; the score is as of the end of the history's
 * last day, so it equals that day's entry.
 *
 * <p>Because the history slides its window a day at a time instead of rescoring each day, it
 * should cost far less than {@value #DAYS} scores. Not final: JMH generates a subclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HistoryBenchmark {

    /** Days of history. */
    public static final int DAYS = 365;
    /** Quarters of 13 weeks of log: the year of history and the window before its first day. */
    public static final int QUARTERS = 5;

    private SsiCalculator calculator;
    private MemberProfile profile;
    private List<Activity> activities;
    private LocalDate from;
    private LocalDate to;
    private Instant endOfLastDay;

    /** Builds the calculator and a log long enough for a year of full windows. */
    @Setup
    public void setUp() {
        calculator = SsiCalculator.standard();
        SampleMember rep = Personas.trainedRep(SampleTeam.AS_OF);
        profile = rep.profile();
        activities = Workloads.backfill(rep.activities(), QUARTERS);
        to = LocalDate.ofInstant(SampleTeam.AS_OF, profile.timeZone()).minusDays(1);
        from = to.minusDays(DAYS - 1);
        endOfLastDay = SsiCalculator.endOfDay(to, profile.timeZone());
    }

    /**
     * A score for each of the last {@value #DAYS} days.
     *
     * @return the scores, consumed by JMH
     */
    @Benchmark
    public List<SsiScore> history() {
        return calculator.history(profile, activities, from, to);
    }

    /**
     * The history of its last day alone: what a history costs before its other days. The
     * difference from {@link #history()} is what the {@value #DAYS} days less one before it add
     * (indexing their activity, sliding the window over them, and running their rules), which no
     * saving on the first day can reduce.
     *
     * @return the one day's score, consumed by JMH
     */
    @Benchmark
    public List<SsiScore> lastDayAlone() {
        return calculator.history(profile, activities, to, to);
    }

    /** @return the log being scored */
    public List<Activity> activities() {
        return activities;
    }

    /**
     * One score of the same member, as of the end of the history's last day.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore score() {
        return calculator.score(profile, activities, endOfLastDay);
    }
}
