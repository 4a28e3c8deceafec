package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Multi-threading's count costs what the log names, not what the CRM lists: the engine's
 * answer equals asking every target account, and a history of a member with 100,000 target
 * accounts costs about what one with a few costs.
 */
final class LinearHistoryTest {

    private static final String[] LOGGED = {"acme", "globex", "initech", "umbrella"};

    @Test
    void theEnginesCountEqualsAskingEveryTargetAccount() {
        qt().withExamples(Examples.of(80)).forAll(longs().all(), integers().between(0, 300), integers().between(0, 15))
                .checkAssert((seed, rows, targetMask) -> {
                    Set<String> targets = new HashSet<>(Set.of("never-logged", "other"));
                    for (int i = 0; i < LOGGED.length; i++) {
                        if ((targetMask & (1 << i)) != 0) {
                            targets.add(LOGGED[i]);
                        }
                    }
                    MemberProfile p = MemberProfile.builder("m").targetAccounts(targets).build();
                    List<Activity> log = LogGenerator.log(seed, rows, daysBefore(AS_OF, 100), AS_OF);
                    ScoringContext c = Fixtures.contextOf(SsiCalculator.builder(), p, log, AS_OF);
                    for (int atLeast = -1; atLeast <= 4; atLeast++) {
                        int expected = 0;
                        for (String t : targets) {
                            if (c.newConnectionsAt(t) >= atLeast) {
                                expected++;
                            }
                        }
                        assertThat(c.targetAccountsWithNewConnections(atLeast)).as("at least %d", atLeast)
                                .isEqualTo(expected);
                    }
                });
    }

    @Test
    @Tag("timing")
    void aHistorysCostDoesNotGrowWithTheTargetAccounts() {
        Set<String> many = new HashSet<>(Set.of(LOGGED));
        for (int i = 0; many.size() < 100_000; i++) {
            many.add("prospect-" + i);
        }
        MemberProfile few = MemberProfile.builder("m").targetAccounts(Set.of(LOGGED)).build();
        MemberProfile lots = few.toBuilder().targetAccounts(many).build();
        List<Activity> log = LogGenerator.log(17, 400, daysBefore(AS_OF, 130), AS_OF);
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(TestRule.measuring("relationships.threads",
                Pillar.BUILD_RELATIONSHIPS, 25, c -> Math.min(25, c.targetAccountsWithNewConnections(3))))).build();
        LocalDate to = AS_OF.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = to.minusDays(29);

        assertThat(calc.history(lots, log, from, to)).extracting(SsiScore::total)
                .isEqualTo(calc.history(few, log, from, to).stream().map(SsiScore::total).toList());
        long fewNanos = Long.MAX_VALUE;
        long lotsNanos = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            calc.history(few, log, from, to);
            fewNanos = Math.min(fewNanos, System.nanoTime() - start);
            start = System.nanoTime();
            calc.history(lots, log, from, to);
            lotsNanos = Math.min(lotsNanos, System.nanoTime() - start);
        }
        // Asking each of 100,000 accounts every day made this about 100 times as slow.
        assertThat((double) lotsNanos / fewNanos).isLessThan(3.0);
    }
}
