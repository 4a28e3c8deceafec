package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.BandThresholds;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.Pillar;
import io.ssi.core.PillarScore;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Invariants of the standard model over arbitrary members: bounds,
 * the total as the sum of the pillars, and a score that does not depend on the order of the log,
 * on duplicate rows or on which days the whole history happened.
 */
final class StandardModelInvariantsTest {

    private static final int EXAMPLES = Examples.of(150);

    @Test
    void pillarsAreBetweenZeroAndTwentyFiveAndTheTotalIsTheirSum() {
        qt().withExamples(EXAMPLES).forAll(Generators.inputs()).checkAssert(input -> {
            SsiScore s = Models.score(input);
            double sum = 0;
            for (Pillar p : Pillar.values()) {
                PillarScore pillar = s.pillar(p);
                assertThat(pillar.points()).as("%s", p).isBetween(0.0, Pillar.MAX_POINTS);
                double contributions = 0;
                for (RuleContribution c : pillar.contributions()) {
                    assertThat(c.pillar()).isEqualTo(p);
                    assertThat(c.points()).isBetween(0.0, c.maxPoints());
                    contributions += c.points();
                }
                assertThat(pillar.points()).isEqualTo(Math.min(Pillar.MAX_POINTS, contributions));
                sum += pillar.points();
            }
            assertThat(s.total()).isEqualTo(sum).isBetween(0.0, 100.0);
            assertThat(s.band()).isEqualTo(BandThresholds.standard().bandOf(s.total()));
            assertThat(s.failures()).isEmpty();
            assertThat(s.modelVersion()).isEqualTo(StandardModel.VERSION);
            assertThat(s.contributions()).hasSize(StandardModel.rules().size());
        });
    }

    @Test
    void everyActivityLeftOutIsReported() {
        qt().withExamples(EXAMPLES).forAll(Generators.inputs()).checkAssert(input -> {
            LocalDate last = LocalDate.ofInstant(input.asOf(), input.profile().timeZone());
            LocalDate first = last.minusDays(Logs.WINDOW_DAYS - 1);
            int after = 0;
            int before = 0;
            int suspected = 0;
            Set<List<Object>> keys = new HashSet<>();
            for (Activity a : input.activities()) {
                List<Object> key = nearDuplicateKey(a, input.profile().timeZone());
                if (key != null && !keys.add(key)) {
                    // Another id, the same type, instant and contact: one of them counts (all share the instant).
                    suspected++;
                } else if (a.at().isAfter(input.asOf())) {
                    after++;
                } else if (LocalDate.ofInstant(a.at(), input.profile().timeZone()).isBefore(first)) {
                    before++;
                }
            }
            assertThat(Models.score(input).ignored()).isEqualTo(new IgnoredActivities(0, after, before, suspected));
        });
    }

    /**
     * What makes rows near-duplicates, as {@code ScoringOptions.nearDuplicatesOnce()} documents it:
     * type, instant and contact id; without a contact, engagement too, and none at all for an
     * instant on a whole minute in the member's zone (where date-only rows meet).
     */
    private static List<Object> nearDuplicateKey(Activity a, ZoneId zone) {
        if (a.contact().isPresent()) {
            return List.of(a.type(), a.at(), a.contact().get().id());
        }
        ZonedDateTime local = a.at().atZone(zone);
        if (local.getSecond() == 0 && local.getNano() == 0) {
            return null;
        }
        return List.of(a.type(), a.at(), a.engagement());
    }

    @Test
    void theOrderOfTheLogDoesNotMatter() {
        qt().withExamples(EXAMPLES).forAll(Generators.inputs(), longRange(Long.MIN_VALUE, Long.MAX_VALUE))
                .checkAssert((input, seed) -> {
                    List<Activity> shuffled = new ArrayList<>(input.activities());
                    Collections.shuffle(shuffled, new Random(seed));
                    List<Activity> reversed = new ArrayList<>(input.activities());
                    Collections.reverse(reversed);
                    SsiScore original = Models.score(input);
                    // Records compare doubles bit for bit.
                    assertThat(Models.score(input.withActivities(shuffled))).isEqualTo(original);
                    assertThat(Models.score(input.withActivities(reversed))).isEqualTo(original);
                });
    }

    @Test
    void duplicateRowsCountOnce() {
        qt().withExamples(EXAMPLES)
                .forAll(Generators.inputs(), lists().of(range(0, Integer.MAX_VALUE)).ofSizeBetween(1, 40))
                .checkAssert((input, picks) -> {
                    List<Activity> log = new ArrayList<>(input.activities());
                    int copies = input.activities().isEmpty() ? 0 : picks.size();
                    for (int i = 0; i < copies; i++) {
                        Activity a = input.activities().get(picks.get(i) % input.activities().size());
                        // Half the copies are the same object, half an equal row built again.
                        log.add(i % 2 == 0 ? a : RuleInput.copy(a, a.id()));
                    }
                    Collections.shuffle(log, new Random(picks.get(0)));
                    SsiScore original = Models.score(input);
                    SsiScore duplicated = Models.score(input.withActivities(log));
                    assertThat(duplicated.pillars()).isEqualTo(original.pillars());
                    IgnoredActivities ignored = original.ignored();
                    assertThat(duplicated.ignored()).isEqualTo(new IgnoredActivities(
                            ignored.duplicates() + copies, ignored.afterAsOf(), ignored.beforeWindow(),
                            ignored.suspectedDuplicates()));
                });
    }

    @Test
    void shiftingTheWholeHistoryByWholeDaysChangesNothing() {
        qt().withExamples(EXAMPLES).forAll(Generators.inputs(), range(-400, 400)).checkAssert((input, days) -> {
            SsiScore original = Models.score(input);
            SsiScore shifted = Models.score(Models.shiftedByDays(input, days));
            // Pillar scores hold every contribution and its evidence, compared bit for bit.
            assertThat(shifted.pillars()).isEqualTo(original.pillars());
            for (Pillar p : Pillar.values()) {
                assertThat(Double.doubleToRawLongBits(shifted.pillar(p).points()))
                        .isEqualTo(Double.doubleToRawLongBits(original.pillar(p).points()));
            }
            assertThat(shifted.ignored()).isEqualTo(original.ignored());
        });
    }
}
