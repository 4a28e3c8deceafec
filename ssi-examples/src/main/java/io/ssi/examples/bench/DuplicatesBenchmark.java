package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hostile input, linear: {@value #ROWS} rows that share one id, each with other content (every
 * one displaces the row kept before it), against {@value #ROWS} identical copies of one row.
 * Both are counted once; the conflicting rows must cost at most twice the identical ones.
 *
 * <p>Not final: JMH generates a subclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DuplicatesBenchmark {

    /** Rows in each log. */
    public static final int ROWS = 100_000;

    private SsiCalculator calculator;
    private MemberProfile profile;
    private List<Activity> identical;
    private List<Activity> conflicting;
    private Instant asOf;

    /** Builds the two logs, outside the measurement. */
    @Setup
    public void setUp() {
        asOf = Instant.parse("2026-11-30T18:00:00Z");
        calculator = SsiCalculator.standard();
        profile = MemberProfile.builder("member").connections(500).build();
        Contact contact = Contact.builder("contact").accountId("acme").build();
        identical = new ArrayList<>(ROWS);
        conflicting = new ArrayList<>(ROWS);
        Activity one = Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, asOf.minusSeconds(60)).id("crm-1")
                .contact(contact).build();
        for (int i = 0; i < ROWS; i++) {
            identical.add(one);
            // Each row is earlier than the last, so each is the canonical one when it arrives.
            conflicting.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, asOf.minusSeconds(60L + i))
                    .id("crm-1").contact(contact).build());
        }
    }

    /**
     * Scores the conflicting rows.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore conflicting() {
        return calculator.score(profile, conflicting, asOf);
    }

    /**
     * Scores the identical rows.
     *
     * @return the score, consumed by JMH
     */
    @Benchmark
    public SsiScore identical() {
        return calculator.score(profile, identical, asOf);
    }
}
