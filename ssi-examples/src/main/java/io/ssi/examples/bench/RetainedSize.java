package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.SsiCalculator;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What a stored score keeps on the heap: the heap in use after a full collection while
 * {@code n} scores are held, less the heap in use before, over {@code n}. Each score is of its
 * own member (a profile under an id of its own, dropped once scored, as a nightly job drops
 * the row it read), so the figure includes the member id and everything else that score alone
 * holds, and leaves out only what every score shares (the calculator's rules and tables, the
 * model version, a run's {@code asOf}, full coverage).
 *
 * <pre>
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.RetainedSize [scores] [rounds]
 * </pre>
 *
 * <p>It prints the bytes a score of the Trained-rep persona and of each sample-team member keeps,
 * the median of the rounds (default 4,000 scores, 5 rounds), as a check of the method the bytes
 * it finds for arrays of 1,000 bytes (1,016 with their header), and what one day of a year of
 * the Trained rep's daily history keeps (one history of 365 days held for every 100 scores).
 */
public final class RetainedSize {

    private RetainedSize() {
    }

    /**
     * Measures and prints.
     *
     * @param args optionally the scores held per round and the number of rounds
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 4_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SsiCalculator calc = SsiCalculator.standard();
        System.out.printf(Locale.ROOT, "bytes retained per object, median of %d rounds of %,d held%n", rounds, n);
        print("byte[1000] (the method's check: 1,016)", median(perObject(i -> new byte[1000], n, rounds)));
        SampleMember rep = Personas.trainedRep(SampleTeam.AS_OF);
        print("score of the Trained rep (" + contributions(calc, rep) + " contributions)",
                median(perScore(calc, rep, SampleTeam.AS_OF, n, rounds)));
        for (SampleMember m : SampleTeam.members()) {
            print("score of " + m.profile().id(), median(perScore(calc, m, SampleTeam.AS_OF, n, rounds)));
        }
        print("day of a " + DAYS + "-day history of the Trained rep", median(perHistoryDay(calc, rep,
                Math.max(1, n / 100), rounds)));
    }

    /** The days of each history in {@link #perHistoryDay}. */
    static final int DAYS = 365;

    /**
     * Bytes one day of a year of daily history keeps: {@code histories} histories of the
     * member, each under a member id of its own, held, over the days they hold.
     */
    private static double[] perHistoryDay(SsiCalculator calc, SampleMember member, int histories, int rounds) {
        MemberProfile p = member.profile();
        LocalDate to = LocalDate.ofInstant(SampleTeam.AS_OF, p.timeZone()).minusDays(1);
        LocalDate from = to.minusDays(DAYS - 1);
        calc.history(Workloads.renamed(p, p.id() + "-warm"), member.activities(), from, to);
        double[] perHistory = perObject(i -> calc.history(Workloads.renamed(p, p.id() + "-" + i), member.activities(),
                from, to), histories, rounds);
        for (int r = 0; r < perHistory.length; r++) {
            perHistory[r] /= DAYS;
        }
        return perHistory;
    }

    private static int contributions(SsiCalculator calc, SampleMember m) {
        return calc.score(m.profile(), m.activities(), SampleTeam.AS_OF).contributions().size();
    }

    private static void print(String what, double bytes) {
        System.out.printf(Locale.ROOT, "  %-52s %,8.0f%n", what, bytes);
    }

    /**
     * Bytes a score of {@code member} keeps, each score under a member id of its own.
     *
     * @param calc   the calculator, warmed up here
     * @param member the member
     * @param asOf   the instant of every score
     * @param n      scores held per round
     * @param rounds rounds
     * @return each round's bytes per score
     */
    public static double[] perScore(SsiCalculator calc, SampleMember member, Instant asOf, int n, int rounds) {
        MemberProfile p = member.profile();
        // Whatever the calculator keeps once (its tables, its threads' scratch) is kept before
        // the first measurement.
        for (int i = 0; i < 200; i++) {
            calc.score(Workloads.renamed(p, p.id() + "-warm-" + i), member.activities(), asOf);
        }
        List<Activity> log = member.activities();
        return perObject(i -> calc.score(Workloads.renamed(p, p.id() + "-" + i), log, asOf), n, rounds);
    }

    /**
     * Bytes each object that {@code make} returns keeps on the heap, while {@code n} of them
     * are held.
     *
     * @param make   makes the {@code i}th object
     * @param n      objects held per round
     * @param rounds rounds
     * @return each round's bytes per object
     */
    public static double[] perObject(IntFunction<?> make, int n, int rounds) {
        double[] out = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Object[] held = new Object[n];
            long before = usedAfterCollection();
            for (int i = 0; i < n; i++) {
                held[i] = make.apply(i);
            }
            long after = usedAfterCollection();
            out[r] = (after - before) / (double) n;
            // Keeps every object reachable until the heap has been read.
            if (held[n - 1] == null) {
                throw new IllegalStateException("object " + (n - 1) + " is null");
            }
        }
        return out;
    }

    /** The median of some figures. */
    public static double median(double[] figures) {
        double[] s = figures.clone();
        Arrays.sort(s);
        return (s[(s.length - 1) / 2] + s[s.length / 2]) / 2;
    }

    /**
     * The heap in use after full collections: the least of three, so that what another thread
     * allocated between two of them does not count.
     */
    private static long usedAfterCollection() {
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, mx.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
