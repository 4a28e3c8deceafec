package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

final class PackedContributionsTest {

    /** Figures that take each of the encodings: usual, zero, negative zero, small, short and full bits. */
    private static final double[] FIGURES = {0.0, -0.0, 1.0, 2.5, 3.0, 255.0, 256.0, 0.1, 1e-300, -7.25,
            Double.MAX_VALUE, Double.MIN_VALUE, 46.80064990258043, 1.0 / 3, 1200.0, 0.75};

    @Test
    void aPackedListEqualsTheContributionsToTheLastBit() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            List<ScoringRule> rules = rules(6, Pillar.FIND_RIGHT_PEOPLE);
            ContributionShapes shapes = new ContributionShapes(rules);
            // Two scores against one table: the second finds the first one's shapes.
            for (int round = 0; round < 2; round++) {
                List<RuleContribution> source = contributions(random, rules, n);
                PackedContributions packed = shapes.pack(source);

                assertThat(packed).hasSize(n).isEqualTo(source).containsExactlyElementsOf(source);
                assertThat(source).isEqualTo(packed);
                assertThat(packed.hashCode()).isEqualTo(source.hashCode());
                for (int i = 0; i < n; i++) {
                    RuleContribution c = packed.get(i);
                    assertThat(c).isEqualTo(source.get(i));
                    assertThat(Double.doubleToRawLongBits(c.points()))
                            .isEqualTo(Double.doubleToRawLongBits(source.get(i).points()));
                    assertThat(Double.doubleToRawLongBits(c.evidence().measured()))
                            .isEqualTo(Double.doubleToRawLongBits(source.get(i).evidence().measured()));
                }
                double sum = 0;
                for (RuleContribution c : source) {
                    sum += c.points();
                }
                assertThat(Double.doubleToRawLongBits(packed.sumOfPoints(Pillar.FIND_RIGHT_PEOPLE)))
                        .isEqualTo(Double.doubleToRawLongBits(sum));
                assertThat(shapes.pack(source)).isEqualTo(packed).hasSameHashCodeAs(packed);
            }
        });
    }

    @Test
    void aRuleTheTableDoesNotKnowIsKeptAsItIs() {
        List<ScoringRule> known = rules(2, Pillar.PROFESSIONAL_BRAND);
        ContributionShapes shapes = new ContributionShapes(known);
        RuleContribution stranger = RuleContribution.of(rule("brand.stranger", Pillar.PROFESSIONAL_BRAND), 0.5,
                Evidence.of(1, 2, "things", "{measured} things"));
        List<RuleContribution> source = List.of(contribution(known.get(0), 0.25, 3, 4, "a"), stranger,
                contribution(known.get(1), 1, 2, 2, "b", 7.0));

        PackedContributions packed = shapes.pack(source);

        assertThat(packed).isEqualTo(source);
        assertThat(packed.get(1)).isSameAs(stranger);
        assertThat(packed.sumOfPoints(Pillar.PROFESSIONAL_BRAND)).isEqualTo(0.25 + 0.5 + 1);
    }

    @Test
    void aRuleWhoseUnitChangesEveryTimeIsKeptAsItIsOnceItHasUsedItsVariants() {
        ScoringRule rule = rule("engage.moody", Pillar.ENGAGE_WITH_INSIGHTS);
        ContributionShapes shapes = new ContributionShapes(List.of(rule));
        List<RuleContribution> all = new ArrayList<>();
        for (int i = 0; i < ContributionShapes.VARIANTS_PER_RULE + 5; i++) {
            RuleContribution c = contribution(rule, 0.5, i, 4, "unit " + i);
            all.add(c);
            assertThat(shapes.pack(List.of(c))).containsExactly(c);
        }
        assertThat(shapes.all()).hasSize(1 + ContributionShapes.VARIANTS_PER_RULE);
        assertThat(shapes.pack(all)).isEqualTo(all);
    }

    @Test
    void shapeNumbersAndKeptIndexesPast127TakeTwoBytesAndReadBack() {
        List<ScoringRule> rules = rules(300, Pillar.BUILD_RELATIONSHIPS);
        // The first 150 rules are known to the table; the other 150 are kept as they are.
        ContributionShapes shapes = new ContributionShapes(rules.subList(0, 150));
        List<RuleContribution> source = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < rules.size(); i++) {
            RuleContribution c = contribution(rules.get(i), i % 5 * 0.5, i, 4, "unit", i);
            source.add(c);
            sum += c.points();
        }

        PackedContributions packed = shapes.pack(source);

        assertThat(shapes.all()).hasSize(151);
        assertThat(packed).isEqualTo(source);
        assertThat(packed.get(299)).isSameAs(source.get(299));
        assertThat(packed.get(140)).isEqualTo(source.get(140));
        assertThat(packed.sumOfPoints(Pillar.BUILD_RELATIONSHIPS)).isEqualTo(sum);
    }

    @Test
    void theListCannotBeChanged() {
        ScoringRule rule = rule("find.one", Pillar.FIND_RIGHT_PEOPLE);
        RuleContribution c = contribution(rule, 1, 1, 1, "x");
        List<RuleContribution> packed = new ContributionShapes(List.of(rule)).pack(List.of(c));

        assertThatThrownBy(() -> packed.add(c)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.set(0, c)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("but was 1");
        Iterator<RuleContribution> it = packed.iterator();
        it.next();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theSumRefusesAContributionOfAnotherPillar() {
        ScoringRule rule = rule("find.one", Pillar.FIND_RIGHT_PEOPLE);
        PackedContributions packed = new ContributionShapes(List.of(rule)).pack(List.of(contribution(rule, 1, 1, 1, "x")));

        assertThatThrownBy(() -> packed.sumOfPoints(Pillar.BUILD_RELATIONSHIPS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contribution of rule find.one feeds FIND_RIGHT_PEOPLE, not BUILD_RELATIONSHIPS");
    }

    @Test
    void eachFigureTakesTheBytesItNeeds() {
        assertThat(PackedContributions.kind(5.0, 5.0)).isEqualTo(PackedContributions.SAME);
        assertThat(PackedContributions.kind(0.0, 5.0)).isEqualTo(PackedContributions.ZERO);
        assertThat(PackedContributions.kind(-0.0, 5.0)).as("negative zero keeps its sign bit").isEqualTo(1);
        assertThat(PackedContributions.kind(60.0, 5.0)).isEqualTo(PackedContributions.SMALL);
        assertThat(PackedContributions.kind(2.5, 5.0)).isEqualTo(2);
        assertThat(PackedContributions.kind(1200.0, 5.0)).isEqualTo(3);
        assertThat(PackedContributions.kind(0.1, 5.0)).isEqualTo(8);
    }

    private static List<RuleContribution> contributions(Random random, List<ScoringRule> rules, int n) {
        List<RuleContribution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScoringRule rule = rules.get(random.nextInt(rules.size()));
            double max = rule.maxPoints();
            boolean applicable = random.nextInt(5) > 0;
            double points = !applicable ? 0 : switch (random.nextInt(4)) {
                case 0 -> max;
                case 1 -> 0;
                default -> max * random.nextDouble();
            };
            double target = random.nextInt(3) == 0 ? figure(random) : 4.0;
            double measured = random.nextInt(4) == 0 ? target : figure(random);
            double[] args = new double[random.nextInt(5)];
            for (int a = 0; a < args.length; a++) {
                args[a] = figure(random);
            }
            String unit = "unit " + random.nextInt(3);
            Evidence e = random.nextBoolean()
                    ? Evidence.keyed(measured, target, unit, rule.id() + (random.nextBoolean() ? "" : ".none"),
                    "{0} of {1}", args)
                    : Evidence.of(measured, target, unit, "{measured} of {target}");
            out.add(applicable ? RuleContribution.of(rule, points, e) : RuleContribution.notApplicable(rule, e));
        }
        return out;
    }

    private static double figure(Random random) {
        return random.nextBoolean() ? FIGURES[random.nextInt(FIGURES.length)] : random.nextDouble() * 1000;
    }

    private static RuleContribution contribution(ScoringRule rule, double points, double measured, double target,
                                                 String unit, double... args) {
        return RuleContribution.of(rule, points, Evidence.keyed(measured, target, unit, rule.id(), "{0}", args));
    }

    private static List<ScoringRule> rules(int n, Pillar pillar) {
        List<ScoringRule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rules.add(rule(pillar.name().toLowerCase().replace('_', '-') + ".rule-" + i, pillar));
        }
        return rules;
    }

    private static ScoringRule rule(String id, Pillar pillar) {
        return new ScoringRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Pillar pillar() {
                return pillar;
            }

            @Override
            public double maxPoints() {
                return 2.5;
            }

            @Override
            public RuleContribution evaluate(ScoringContext context) {
                // The shapes are built from the rules alone; a rule scored here would count comments.
                double comments = context.count(io.ssi.core.ActivityType.POST_COMMENTED);
                return RuleContribution.of(this, Math.min(maxPoints(), comments / 4),
                        Evidence.of(comments, 10, "comments", "{0} comments"));
            }
        };
    }
}
