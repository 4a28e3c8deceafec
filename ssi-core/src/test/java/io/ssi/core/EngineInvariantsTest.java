package io.ssi.core;

import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
 * Invariants of the engine over random logs and windows, as QuickTheories properties. The
 * generated values are a seed for {@link LogGenerator}, the log's size and the window, so a
 * failure shrinks toward a small log in a short window.
 */
final class EngineInvariantsTest {

    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/St_Johns", "Pacific/Chatham"};

    private static MemberProfile member(long seed) {
        return MemberProfile.builder("m").timeZone(ZoneId.of(ZONES[(int) Math.floorMod(seed, ZONES.length)]))
                .targetAccounts(Set.of("acme", "globex")).build();
    }

    private static List<Activity> log(long seed, int rows, int windowDays) {
        return LogGenerator.log(seed, rows, daysBefore(AS_OF, windowDays + 15), AS_OF.plusSeconds(5 * 86_400));
    }

    @Test
    void orderNeverChangesTheScore() {
        qt().withExamples(Examples.of(25)).forAll(longs().all(), integers().between(0, 300), integers().between(1, 120))
                .checkAssert((seed, rows, windowDays) -> {
                    SsiCalculator calc = Probes.calculator().window(Duration.ofDays(windowDays)).build();
                    List<Activity> log = log(seed, rows, windowDays);
                    List<Activity> shuffled = new ArrayList<>(log);
                    Collections.shuffle(shuffled, new Random(seed));

                    assertThat(calc.score(member(seed), shuffled, AS_OF)).isEqualTo(calc.score(member(seed), log, AS_OF));
                });
    }

    @Test
    void aggregatesStayWithinTheirBounds() {
        qt().withExamples(Examples.of(40)).forAll(longs().all(), integers().between(0, 300), integers().between(1, 120))
                .checkAssert((seed, rows, windowDays) -> {
                    List<Activity> log = log(seed, rows, windowDays);
                    SsiCalculator.Builder options = SsiCalculator.builder().window(Duration.ofDays(windowDays));
                    ScoringContext c = Fixtures.contextOf(options, member(seed), log, AS_OF);
                    SsiScore s = options.build().score(member(seed), log, AS_OF);

                    int counted = 0;
                    for (ActivityType t : ActivityType.values()) {
                        counted += c.count(t);
                        assertThat(c.distinctContacts(t)).isBetween(0, c.count(t));
                        assertThat(c.weeklyRate(t)).isBetween(0.0, 7.0 * c.dailyCap() + 1e-9);
                        assertThat(c.weeklyEngagement(t)).isGreaterThanOrEqualTo(0.0);
                        assertThat(c.activeDays(Set.of(t))).isBetween(0, Math.min(windowDays, c.count(t)));
                        for (ContactFacet f : ContactFacet.values()) {
                            assertThat(c.count(t, f)).isBetween(0, c.count(t));
                            assertThat(c.weeklyRate(t, f)).isBetween(0.0, c.weeklyRate(t) + 1e-12);
                        }
                    }
                    assertThat(counted + s.ignored().total()).isEqualTo(log.size());
                    assertThat(c.activeDays(EnumSet.allOf(ActivityType.class))).isBetween(0, windowDays);
                    assertThat(c.weeklyActiveDays(EnumSet.allOf(ActivityType.class))).isBetween(0.0, 7.0);
                    assertThat(c.welcomedNewConnections()).isBetween(0, c.newConnections());
                    assertThat(c.newConnections()).isLessThanOrEqualTo(c.count(ActivityType.CONNECTION_REQUEST_ACCEPTED)
                            + c.count(ActivityType.CONNECTION_INVITE_ACCEPTED));
                    assertThat(c.newConnectionsAt("acme")).isBetween(0, c.newConnections());
                });
    }

    @Test
    void pillarsStayWithin25AndTheTotalIsTheirSum() {
        qt().withExamples(Examples.of(40)).forAll(longs().all(), integers().between(0, 300))
                .checkAssert((seed, rows) -> {
                    SsiScore s = Probes.calculator().build().score(member(seed), log(seed, rows, 90), AS_OF);

                    double sum = 0;
                    for (Pillar p : Pillar.values()) {
                        assertThat(s.pillar(p).points()).isBetween(0.0, 25.0)
                                .isEqualTo(Math.min(25.0, s.pillar(p).uncappedPoints()));
                        sum += s.pillar(p).points();
                    }
                    assertThat(s.total()).isEqualTo(sum).isBetween(0.0, 100.0);
                    assertThat(s.band()).isEqualTo(BandThresholds.standard().bandOf(s.total()));
                });
    }
}
