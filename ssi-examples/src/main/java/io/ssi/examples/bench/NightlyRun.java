package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.BatchResult;
import io.ssi.core.CompactResult;
import io.ssi.core.Contact;
import io.ssi.core.MemberInput;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import io.ssi.core.SsiCalculator;
import io.ssi.core.StreamingBatch;
import io.ssi.core.BatchProgress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A nightly rescoring of a whole organisation on one machine: {@code n} synthetic members of
 * about 150 activities each, generated lazily (as a database cursor hands them over), scored
 * with {@link StreamingBatch} and stored as {@link CompactResult}s of which only a sample is
 * kept. It checks that every sampled result equals scoring that member on its own, and prints
 * members a second and the peak live heap.
 *
 * <p>The million-member run is a manual command, not part of the build:
 * <pre>
 * java -Xmx256m -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.NightlyRun 1000000 2
 * </pre>
 * (members, then threads). The build runs the same code on a few thousand members.
 */
public final class NightlyRun {

    /** One member in this many is kept and checked against scoring it on its own. */
    public static final int SAMPLE_EVERY = 997;

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final ActivityType[] TYPES = ActivityType.values();

    private NightlyRun() {
    }

    /**
     * What a run did.
     *
     * @param progress   the batch's final progress
     * @param sample     the sampled results, in input order
     * @param mismatches sampled members whose result differs from scoring them on their own
     * @param peakBytes  the most heap in use after any garbage collection during the run
     */
    public record Outcome(BatchProgress progress, List<CompactResult> sample, int mismatches, long peakBytes) {
    }

    /**
     * Runs the batch and prints what it did.
     *
     * @param args members (default 1,000,000) and threads (default 2)
     */
    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Outcome o = run(members, threads, SAMPLE_EVERY);
        BatchProgress p = o.progress();
        System.out.printf("%,d members (%,d failed) on %d threads in %.1f s: %,.0f members a second%n", p.done(),
                p.failed(), threads, p.elapsed().toNanos() / 1e9, p.perSecond());
        System.out.printf("%d sampled results checked against one-by-one scoring: %d differ%n", o.sample().size(),
                o.mismatches());
        System.out.printf("peak live heap %,d bytes (%.1f MiB) of a maximum of %,d%n", o.peakBytes(),
                o.peakBytes() / 1048576.0, Runtime.getRuntime().maxMemory());
        if (o.mismatches() > 0) {
            System.exit(1);
        }
    }

    /**
     * Scores {@code members} generated members on {@code threads} threads.
     *
     * @param members how many members
     * @param threads how many threads
     * @param sampleEvery one member in this many is kept and checked
     * @return what the run did
     */
    public static Outcome run(int members, int threads, int sampleEvery) {
        SsiCalculator calc = SsiCalculator.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong peak = new AtomicLong();
        Runnable stopWatching = HeapWatch.start(peak);
        try {
            List<CompactResult> sample = new ArrayList<>();
            StreamingBatch batch = StreamingBatch.builder(calc).asOf(AS_OF).executor(pool)
                    .maxInFlight(4 * threads).build();
            BatchProgress progress = batch.run(() -> ids(members), NightlyRun::member, result -> {
                if (result.index() % sampleEvery == 0) {
                    sample.add(CompactResult.of(result, calc.modelVersion()));
                }
            });
            sample.sort(java.util.Comparator.comparingInt(CompactResult::index));
            int mismatches = 0;
            for (CompactResult r : sample) {
                MemberInput in = member(r.index());
                BatchResult one = calc.scoreAll(List.of(in), AS_OF).get(0);
                CompactResult alone = CompactResult.of(new BatchResult(r.index(), one.memberId(), one.score(),
                        one.failure()), calc.modelVersion());
                if (!alone.equals(r)) {
                    mismatches++;
                }
            }
            return new Outcome(progress, List.copyOf(sample), mismatches, peak.get());
        } finally {
            stopWatching.run();
            pool.shutdown();
        }
    }

    /** The members' numbers 0 to n - 1, one at a time: the cursor over the organisation. */
    private static Iterator<Integer> ids(int n) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < n;
            }

            @Override
            public Integer next() {
                if (next >= n) {
                    throw new NoSuchElementException();
                }
                return next++;
            }
        };
    }

    /**
     * Member {@code i}: a profile and about 150 activities over the 90 days before the run,
     * with contacts at its target accounts and a duplicate row now and then. The same number
     * always gives the same member.
     *
     * @param i the member's number
     * @return the member's inputs
     */
    public static MemberInput member(int i) {
        SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        Set<String> targets = new HashSet<>();
        for (int t = random.nextInt(12); t > 0; t--) {
            targets.add("account-" + random.nextInt(40));
        }
        int connections = 200 + random.nextInt(1_800);
        MemberProfile profile = MemberProfile.builder("member-" + i).hasPhoto(random.nextBoolean())
                .headline("Account Executive helping finance teams close faster".substring(0, 18 + random.nextInt(30)).strip())
                .experienceEntries(random.nextInt(6)).educationEntries(random.nextInt(3)).skills(random.nextInt(50))
                .endorsements(random.nextInt(80)).recommendationsReceived(random.nextInt(5))
                .connections(connections).followers(random.nextInt(2_000))
                .decisionMakerConnections(random.nextInt(150)).colleagueConnections(random.nextInt(80))
                .targetAccounts(targets).build();
        int rows = 100 + random.nextInt(101);
        List<Activity> log = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            if (r > 0 && random.nextInt(50) == 0) {
                log.add(log.get(r - 1));
                continue;
            }
            ActivityType type = TYPES[random.nextInt(TYPES.length)];
            Activity.Builder a = Activity.builder(type, AS_OF.minusSeconds(random.nextLong(95L * 86_400)))
                    .id("m" + i + "-" + r);
            if (random.nextInt(3) != 0) {
                int c = random.nextInt(300);
                a.contact(Contact.builder("contact-" + c).seniority(Seniority.values()[c % 9])
                        .accountId("account-" + (c % 40)).degree(c % 4).build());
            }
            if (type.isContent()) {
                a.engagement(random.nextInt(40));
            }
            log.add(a.build());
        }
        return MemberInput.of(profile, log);
    }
}
