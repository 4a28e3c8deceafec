package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;

import java.time.Instant;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak live heap per activity while one member's log of millions of activities is scored. The
 * log is generated lazily, as a database cursor would hand it over, so the heap holds only
 * what scoring itself keeps; the peak is the most heap still in use after any garbage
 * collection during the score, less what was in use before it.
 *
 * <p>Not a JMH benchmark (one long score is not a micro-benchmark) and not part of the build:
 * <pre>
 * java -Xmx1g -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.MemoryPerActivity 10000000
 * </pre>
 */
public final class MemoryPerActivity {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");

    private MemoryPerActivity() {
    }

    /**
     * Scores one member with {@code args[0]} activities (default 1,000,000) and prints the peak
     * bytes per activity.
     *
     * @param args the number of activities
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        SsiCalculator calc = SsiCalculator.standard();
        MemberProfile profile = MemberProfile.builder("member-1").connections(900).targetAccounts(accounts(50))
                .build();
        calc.score(profile, log(10_000), AS_OF);
        AtomicLong peak = new AtomicLong();
        HeapWatch.start(peak);
        System.gc();
        long before = used();
        peak.set(before);
        long start = System.nanoTime();
        SsiScore score = calc.score(profile, log(n), AS_OF);
        double seconds = (System.nanoTime() - start) / 1e9;
        long top = Math.max(peak.get(), used());
        System.out.printf("%,d activities scored in %.1f s: total %.2f, %,d duplicates%n", n, seconds,
                score.total(), score.ignored().duplicates());
        System.out.printf("peak live heap during the score: %,d bytes above the %,d before, %.1f bytes an activity"
                + " (max heap %,d)%n", top - before, before, (double) (top - before) / n,
                Runtime.getRuntime().maxMemory());
    }

    /** A log of {@code n} activities over the 90-day window, 1 in 100 rows exported twice. */
    static AbstractCollection<Activity> log(int n) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Activity> iterator() {
                return new Iterator<>() {
                    private final SplittableRandom random = new SplittableRandom(42);
                    private final ActivityType[] types = ActivityType.values();
                    private int i;
                    private Activity last;

                    @Override
                    public boolean hasNext() {
                        return i < n;
                    }

                    @Override
                    public Activity next() {
                        i++;
                        if (last != null && random.nextInt(100) == 0) {
                            return last;
                        }
                        ActivityType type = types[random.nextInt(types.length)];
                        Activity.Builder a = Activity.builder(type, AS_OF.minusSeconds(random.nextLong(90L * 86_400)))
                                .id("crm-" + i);
                        if (random.nextInt(3) != 0) {
                            int c = random.nextInt(20_000);
                            a.contact(Contact.builder("contact-" + c).seniority(Seniority.values()[c % 9])
                                    .accountId("account-" + (c % 500)).degree(c % 4).build());
                        }
                        if (type.isContent()) {
                            a.engagement(random.nextInt(50));
                        }
                        last = a.build();
                        return last;
                    }
                };
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    private static Set<String> accounts(int n) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            s.add("account-" + i);
        }
        return s;
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
