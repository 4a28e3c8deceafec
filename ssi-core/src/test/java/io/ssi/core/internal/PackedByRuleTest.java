package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Packing by rule index, as a history packs each day's pillars: rules that failed are left out,
 * a contribution kept from the day before is copied from the bytes it packed to then, and the
 * pack's sum is the loop's, to the last bit.
 */
final class PackedByRuleTest {

    @Test
    void packingByRuleWithTheDayBeforesBytesEqualsPackingTheListAfresh() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<ScoringRule> rules = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rules.add(rule("engage.rule-" + i));
            }
            ContributionShapes shapes = new ContributionShapes(rules);
            PackedContributions.Cache cache = new PackedContributions.Cache(rules.size());
            int[] order = {0, 2, 3, 5, 7};
            RuleContribution[] byRule = new RuleContribution[rules.size()];
            boolean[] mayRepeat = new boolean[rules.size()];
            for (int day = 0; day < 12; day++) {
                for (int i = 0; i < rules.size(); i++) {
                    int what = random.nextInt(4);
                    if (what == 0 || byRule[i] == null && what == 1) {
                        byRule[i] = day % 5 == 4 && i == 3 ? null : contribution(random, rules.get(i));
                    } else if (what == 2) {
                        byRule[i] = contribution(random, rules.get(i));
                    }
                    // what == 1 (or 3): the day before's contribution, the same object, kept.
                    mayRepeat[i] = random.nextBoolean();
                }
                List<RuleContribution> expected = new ArrayList<>();
                double sum = 0;
                for (int i : order) {
                    if (byRule[i] != null) {
                        expected.add(byRule[i]);
                        sum += byRule[i].points();
                    }
                }
                PackedContributions packed = PackedContributions.pack(byRule, order, shapes, cache, mayRepeat);

                assertThat(packed).isEqualTo(expected).containsExactlyElementsOf(expected);
                assertThat(packed).isEqualTo(shapes.pack(expected));
                assertThat(Double.doubleToRawLongBits(packed.sumOfPoints(Pillar.ENGAGE_WITH_INSIGHTS)))
                        .isEqualTo(Double.doubleToRawLongBits(sum));
            }
        });
    }

    @Test
    void aPackFedByTwoPillarsNamesTheRuleOfTheOtherAndAnEmptyOneSumsToZeroForAny() {
        ScoringRule engage = rule("engage.one");
        ScoringRule brand = new Renamed("brand.one", Pillar.PROFESSIONAL_BRAND);
        ContributionShapes shapes = new ContributionShapes(List.of(engage, brand));
        RuleContribution[] byRule = {
            RuleContribution.of(engage, 1, Evidence.keyed(1, 2, "u", "engage.one", "{0}", 3.0)),
            RuleContribution.of(brand, 2, Evidence.of(1, 2, "u", "x"))};

        PackedContributions mixed = shapes.pack(byRule, new int[] {0, 1});
        PackedContributions none = shapes.pack(new RuleContribution[2], new int[] {0, 1});

        assertThatThrownBy(() -> mixed.sumOfPoints(Pillar.ENGAGE_WITH_INSIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("brand.one");
        assertThat(none).isEmpty();
        assertThat(none.sumOfPoints(Pillar.FIND_RIGHT_PEOPLE)).isZero();
    }

    private static RuleContribution contribution(Random random, ScoringRule rule) {
        double points = random.nextInt(3) == 0 ? rule.maxPoints() : rule.maxPoints() * random.nextDouble();
        double measured = random.nextInt(3) == 0 ? 4.0 : random.nextDouble() * 30;
        double[] args = random.nextBoolean() ? new double[] {random.nextInt(4), random.nextDouble()} : new double[0];
        Evidence e = random.nextInt(4) == 0 ? Evidence.of(measured, 4.0, "a week", "{measured}")
                : Evidence.keyed(measured, 4.0, "a week", rule.id() + (args.length == 0 ? "" : ".scaled"), "{0}",
                args);
        return RuleContribution.of(rule, points, e);
    }

    private static ScoringRule rule(String id) {
        return new Renamed(id, Pillar.ENGAGE_WITH_INSIGHTS);
    }

    /** A rule that is only an id, a pillar and a maximum: packing never runs it. */
    private record Renamed(String id, Pillar pillar) implements ScoringRule {
        @Override
        public double maxPoints() {
            return 3.0;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            return RuleContribution.of(this, Math.min(3.0, context.count(io.ssi.core.ActivityType.POST_LIKED)),
                    Evidence.of(0, 1, "likes", "{measured} likes"));
        }
    }
}
