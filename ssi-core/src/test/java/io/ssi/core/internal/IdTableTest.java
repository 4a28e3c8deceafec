package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Examples;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ContactFacet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The de-duplication table: it keeps no activity, it tells ids that share a hash apart exactly,
 * it costs linear time however many rows conflict, and it does not believe a log's size.
 */
final class IdTableTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").targetAccounts(Set.of("acme", "globex"))
            .build();
    private static final String[] ACCOUNTS = {"acme", "globex", "initech"};

    private static ActivityIndex index(java.util.Collection<Activity> log, ToLongFunction<String> hash) {
        return ActivityIndex.build(MEMBER, log, ActivityIndex.localDay(MEMBER, AS_OF) - 89, 90, AS_OF, hash,
                LongUnaryOperator.identity());
    }

    /** Everything a score can read from an index, in a fixed order. */
    private static List<Object> readings(ActivityIndex index) {
        Window w = Window.full(index, ScoringOptions.defaults());
        WindowContext c = w.snapshot(AS_OF);
        List<Object> out = new ArrayList<>();
        for (ActivityType t : ActivityType.values()) {
            out.add(c.count(t));
            out.add(c.weeklyRate(t));
            out.add(c.distinctContacts(t));
            if (t.isContent()) {
                out.add(c.weeklyEngagement(t));
            }
            for (ContactFacet f : ContactFacet.values()) {
                out.add(c.count(t, f));
                out.add(c.weeklyRate(t, f));
            }
        }
        out.add(c.activeDays(Set.of(ActivityType.values())));
        out.add(c.newConnections());
        out.add(c.welcomedNewConnections());
        for (String account : ACCOUNTS) {
            out.add(c.newConnectionsAt(account));
        }
        out.add(w.unwelcomedNewConnections());
        IgnoredActivities ignored = w.ignored();
        out.add(ignored);
        return out;
    }

    /** A log with identical and conflicting duplicates, rows outside the window and contacts of every kind. */
    private static List<Activity> log(long seed, int rows) {
        Random random = new Random(seed);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Contact.Builder c = Contact.builder("c" + i).seniority(Seniority.values()[random.nextInt(9)])
                    .degree(random.nextInt(4)).colleague(random.nextInt(4) == 0);
            if (random.nextBoolean()) {
                c.accountId(ACCOUNTS[random.nextInt(ACCOUNTS.length)]);
            }
            contacts.add(c.build());
        }
        ActivityType[] types = ActivityType.values();
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ActivityType type = random.nextInt(3) == 0 ? ActivityType.CONNECTION_REQUEST_ACCEPTED
                    : types[random.nextInt(types.length)];
            Activity.Builder a = Activity.builder(type, AS_OF.minusSeconds(random.nextInt(120 * 86_400) - 86_400))
                    .id("row-" + random.nextInt(Math.max(1, rows / 2)));
            if (random.nextInt(4) != 0) {
                a.contact(contacts.get(random.nextInt(contacts.size())));
            }
            if (type.isContent()) {
                a.engagement(random.nextInt(30));
            }
            Activity built = a.build();
            log.add(built);
            if (random.nextInt(5) == 0) {
                log.add(built);
            }
        }
        return log;
    }

    @Test
    void idsThatShareAHashAreToldApartExactly() {
        qt().withExamples(Examples.of(60))
                .forAll(longs().all(), integers().between(0, 120)).checkAssert((seed, rows) -> {
            List<Activity> log = log(seed, rows);
            List<Object> exact = readings(index(log, IdTable::hash));
            assertThat(readings(index(log, id -> 42L))).isEqualTo(exact);
            assertThat(readings(index(log, id -> id.length()))).isEqualTo(exact);
            assertThat(readings(index(log, id -> 0L))).isEqualTo(exact);
        });
    }

    /** As {@link #log}, with rows again under new ids, some of them with other engagement or contact facts. */
    private static List<Activity> withNearDuplicates(long seed, int rows) {
        List<Activity> log = log(seed, rows);
        Random random = new Random(~seed);
        int n = log.size();
        for (int i = 0; i < n / 3; i++) {
            Activity a = log.get(random.nextInt(n));
            Activity.Builder b = Activity.builder(a.type(), a.at()).id("near-" + random.nextInt(Math.max(1, n / 4)))
                    .engagement(random.nextBoolean() ? a.engagement() : random.nextInt(30));
            a.contact().ifPresent(c -> b.contact(random.nextBoolean() ? c
                    : Contact.builder(c.id()).seniority(Seniority.CXO).accountId("acme").build()));
            log.add(b.build());
        }
        return log;
    }

    private static ActivityIndex index(java.util.Collection<Activity> log, ToLongFunction<String> hash,
                                       LongUnaryOperator nearMix) {
        return ActivityIndex.build(MEMBER, log, ActivityIndex.localDay(MEMBER, AS_OF) - 89, 90, AS_OF, hash, nearMix);
    }

    @Test
    void nearDuplicateKeysThatShareAHashAreToldApartExactly() {
        qt().withExamples(Examples.of(60))
                .forAll(longs().all(), integers().between(0, 120)).checkAssert((seed, rows) -> {
            List<Activity> log = withNearDuplicates(seed, rows);
            List<Object> exact = readings(index(log, IdTable::hash, LongUnaryOperator.identity()));
            assertThat(readings(index(log, id -> 42L, h -> 42L))).isEqualTo(exact);
            assertThat(readings(index(log, IdTable::hash, h -> h & 3))).isEqualTo(exact);
            assertThat(readings(index(log, id -> id.length(), h -> 0L))).isEqualTo(exact);
        });
    }

    @Test
    void withoutNearDuplicatesOnlyIdsCountOnce() {
        Activity a = Activity.builder(ActivityType.POST_LIKED, AS_OF.minusSeconds(3_601)).id("x").build();
        Activity b = Activity.builder(ActivityType.POST_LIKED, AS_OF.minusSeconds(3_601)).id("y").build();

        IgnoredActivities once = Window.full(index(List.of(a, b, a), IdTable::hash, LongUnaryOperator.identity()),
                ScoringOptions.defaults()).ignored();
        IgnoredActivities every = Window.full(index(List.of(a, b, a), IdTable::hash, null), ScoringOptions.defaults())
                .ignored();

        assertThat(once).isEqualTo(new IgnoredActivities(1, 0, 0, 1));
        assertThat(every).isEqualTo(new IgnoredActivities(1, 0, 0, 0));
    }

    @Test
    void duplicatesAreCountedOnceWhetherTheyConflictOrNot() {
        Activity a = Activity.builder(ActivityType.POST_LIKED, AS_OF.minus(Duration.ofDays(1))).id("x").build();
        Activity conflicting = Activity.builder(ActivityType.POST_COMMENTED, AS_OF.minus(Duration.ofDays(2))).id("x")
                .build();
        Activity other = Activity.builder(ActivityType.POST_LIKED, AS_OF.minus(Duration.ofDays(1))).id("y").build();

        WindowContext c = Window.full(index(List.of(a, a, conflicting, other), id -> 7L), ScoringOptions.defaults())
                .snapshot(AS_OF);

        assertThat(c.count(ActivityType.POST_LIKED) + c.count(ActivityType.POST_COMMENTED)).isEqualTo(2);
        assertThat(Window.full(index(List.of(a, a, conflicting, other), IdTable::hash), ScoringOptions.defaults()).ignored()
                .duplicates()).isEqualTo(2);
    }

    @Test
    void aLogThatOverReportsItsSizeIsNotTrusted() {
        List<Activity> real = log(3, 40);
        java.util.Collection<Activity> boastful = new AbstractCollection<>() {
            @Override
            public Iterator<Activity> iterator() {
                return real.iterator();
            }

            @Override
            public int size() {
                return Integer.MAX_VALUE;
            }
        };

        assertThat(readings(index(boastful, IdTable::hash))).isEqualTo(readings(index(real, IdTable::hash)));
        assertThat(new IdTable(Integer.MAX_VALUE).capacity()).isLessThanOrEqualTo(4 * IdTable.MAX_PRESIZE);
    }

    @Test
    void aThreadReusesItsTableAndANestedScoreGetsItsOwn() {
        IdTable outer = IdTable.acquire(100);
        IdTable nested = IdTable.acquire(100);
        assertThat(nested).isNotSameAs(outer);
        assertThat(outer.insert(5L)).isNotNegative();
        nested.release();
        outer.release();

        IdTable again = IdTable.acquire(10);
        assertThat(again).isSameAs(outer);
        assertThat(again.size()).isZero();
        assertThat(again.insert(5L)).as("cleared: 5 is new again").isNotNegative();
        assertThat(again.insert(5L)).isEqualTo(-1);
        assertThat(again.contested()).isEqualTo(1);
        again.release();

        IdTable big = IdTable.acquire(0);
        for (long h = 1; h <= IdTable.MAX_KEPT; h++) {
            big.insert(h);
        }
        big.release();
        assertThat(IdTable.acquire(0)).as("too big to keep").isNotSameAs(big).satisfies(IdTable::release);
    }

    @Test
    void aLogThatChangesBetweenItsTwoReadingsIsReported() {
        Activity a = Activity.builder(ActivityType.POST_LIKED, AS_OF.minus(Duration.ofDays(1))).id("x").build();
        java.util.Collection<Activity> growing = new AbstractCollection<>() {
            private int readings;

            @Override
            public Iterator<Activity> iterator() {
                readings++;
                return readings == 1 ? List.of(a, a).iterator() : List.of(a, a, a).iterator();
            }

            @Override
            public int size() {
                return 2;
            }
        };

        assertThatThrownBy(() -> index(growing, IdTable::hash)).isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining("2 rows");
    }

    @Test
    void theIndexKeepsNoActivityOnceBuilt() {
        List<Activity> log = withNearDuplicates(11, 300);
        ActivityIndex index = index(log, IdTable::hash);
        Window window = Window.full(index, ScoringOptions.defaults());

        assertThat(reachableTypes(window)).doesNotContain(Activity.class, Contact.class);
    }

    @Test
    @Tag("timing")
    void conflictingDuplicatesCostLinearTime() {
        int rows = 100_000;
        List<Activity> identical = new ArrayList<>(rows);
        List<Activity> conflicting = new ArrayList<>(rows);
        Contact contact = Contact.builder("c").accountId("acme").build();
        for (int i = 0; i < rows; i++) {
            Instant at = AS_OF.minusSeconds(60L * (i % 1_000));
            identical.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, AS_OF).id("dup").contact(contact)
                    .build());
            // Each row is earlier than the last, so every one replaces the row kept before it.
            conflicting.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, at.minusSeconds(i)).id("dup")
                    .contact(contact).build());
        }
        long identicalNanos = Long.MAX_VALUE;
        long conflictingNanos = Long.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            // Ids alone: the identical rows are also near-duplicates, the conflicting ones are not.
            identicalNanos = Math.min(identicalNanos, nanos(identical, null));
            conflictingNanos = Math.min(conflictingNanos, nanos(conflicting, null));
        }
        // Linear is about 1x; the quadratic search this replaced took over 50x at this size.
        assertThat((double) conflictingNanos / identicalNanos).isLessThan(2.0);
    }

    /** The time to index and window a log, with near-duplicates looked for or not (then null). */
    private static long nanos(List<Activity> log, LongUnaryOperator nearMix) {
        long start = System.nanoTime();
        ActivityIndex index = index(log, IdTable::hash, nearMix);
        Window.full(index, ScoringOptions.defaults());
        return System.nanoTime() - start;
    }

    @Test
    @Tag("timing")
    void nearDuplicatesCostWhatIdenticalRowsCost() {
        int rows = 100_000;
        Contact contact = Contact.builder("c").accountId("acme").build();
        List<Activity> identical = new ArrayList<>(rows);
        List<Activity> near = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            identical.add(Activity.builder(ActivityType.PROFILE_VIEWED, AS_OF.minusSeconds(7)).id("dup").contact(contact)
                    .build());
            // Every row a near-duplicate of every other: the second look holds them all.
            near.add(Activity.builder(ActivityType.PROFILE_VIEWED, AS_OF.minusSeconds(7)).id("row-" + i)
                    .contact(contact).build());
        }
        long identicalNanos = Long.MAX_VALUE;
        long nearNanos = Long.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            identicalNanos = Math.min(identicalNanos, nanos(identical, LongUnaryOperator.identity()));
            nearNanos = Math.min(nearNanos, nanos(near, LongUnaryOperator.identity()));
        }
        assertThat(Window.full(index(near, IdTable::hash, LongUnaryOperator.identity()), ScoringOptions.defaults())
                .ignored().suspectedDuplicates()).isEqualTo(rows - 1);
        // The same second look over as many rows, with an id table of 100,000 ids instead of one:
        // a small factor; a quadratic settling of keys would take thousands of times as long.
        assertThat((double) nearNanos / identicalNanos).isLessThan(10.0);
    }

    /** Every class reachable from {@code root} through instance fields and arrays. */
    private static Set<Class<?>> reachableTypes(Object root) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Class<?>> types = new java.util.HashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (!seen.add(o)) {
                continue;
            }
            Class<?> type = o.getClass();
            types.add(type);
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        Object e = Array.get(o, i);
                        if (e != null) {
                            todo.push(e);
                        }
                    }
                }
                continue;
            }
            if (o instanceof Iterable<?> elements) {
                elements.forEach(todo::push);
            }
            if (o instanceof java.util.Map<?, ?> map) {
                map.forEach((k, v) -> {
                    todo.push(k);
                    todo.push(v);
                });
            }
            if (o instanceof java.util.Optional<?> optional) {
                optional.ifPresent(todo::push);
            }
            if (!type.getName().startsWith("io.ssi.")) {
                continue;
            }
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    f.setAccessible(true);
                    try {
                        Object v = f.get(o);
                        if (v != null) {
                            todo.push(v);
                        }
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return types;
    }
}
