package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of contribution shapes: a contribution finds the shape of its variant (the same one
 * each time, whatever its figures), a new variant adds one numbered in order, every field but the
 * figures tells variants apart, and a rule has room for a bounded number of variants.
 */
final class ContributionShapesTest {

    private static ScoringRule rule(String id) {
        return new ScoringRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Pillar pillar() {
                return Pillar.ENGAGE_WITH_INSIGHTS;
            }

            @Override
            public double maxPoints() {
                return 10;
            }

            @Override
            public RuleContribution evaluate(ScoringContext context) {
                // The table is built from the rules' ids, pillars and maxima; a real rule all the same.
                int n = context.count(io.ssi.core.ActivityType.POST_COMMENTED);
                return RuleContribution.of(this, Math.min(10, n), Evidence.of(n, 10, "comments", "{measured#} comments"));
            }
        };
    }

    private static RuleContribution of(String rule, double points, Evidence evidence) {
        return new RuleContribution(rule, Pillar.ENGAGE_WITH_INSIGHTS, points, 10, true, evidence);
    }

    private static Evidence keyed(double measured, String key, double... args) {
        return Evidence.keyed(measured, 4, "a week", key, "{0} of {1}", args);
    }

    @Test
    void aContributionFindsItsVariantsShapeWhateverItsFigures() {
        ContributionShapes shapes = new ContributionShapes(List.of(rule("a"), rule("b")));
        assertThat(shapes.all()).hasSize(1);
        assertThat(shapes.all()[0]).as("number 0 is kept for contributions kept as they are").isNull();
        ContributionShapes.Shape first = shapes.shapeOf(of("a", 2, keyed(2, "a.k", 1)));
        assertThat(first).isNotNull();
        assertThat(first.number).isEqualTo(1);
        assertThat(first.ruleId).isEqualTo("a");
        assertThat(first.key).isEqualTo("a.k");
        assertThat(first.args).containsExactly(1.0);
        assertThat(shapes.all()).hasSize(2);
        assertThat(shapes.all()[1]).isSameAs(first);
        // Other figures, the same variant.
        assertThat(shapes.shapeOf(of("a", 3, keyed(3.5, "a.k", 9)))).isSameAs(first);
        assertThat(shapes.shapeOf(of("a", 3, keyed(3.5, "a.k", 9)), 0)).isSameAs(first);
        assertThat(shapes.shapeOf(of("a", 3, keyed(3.5, "a.k", 9)), 0)).as("the rule's last shape").isSameAs(first);
        // Another rule's contribution takes a shape of its own.
        ContributionShapes.Shape ofB = shapes.shapeOf(of("b", 1, keyed(1, "a.k", 1)), 1);
        assertThat(ofB).isNotNull().isNotSameAs(first);
        assertThat(ofB.number).isEqualTo(2);
        assertThat(shapes.shapeOf(of("b", 2, keyed(2, "a.k", 1)), 1)).isSameAs(ofB);
        // A rule the table was not made for has none.
        assertThat(shapes.shapeOf(of("unknown", 1, keyed(1, "a.k")))).isNull();
        assertThat(shapes.shapeOf(of("unknown", 1, keyed(1, "a.k")), 0)).isNull();
        assertThat(shapes.all()).hasSize(3);
    }

    @Test
    void everyFieldButTheFiguresTellsVariantsApart() {
        ContributionShapes shapes = new ContributionShapes(List.of(rule("a"), rule("a2")));
        RuleContribution base = of("a", 2, keyed(2, "a.k", 1));
        ContributionShapes.Shape shape = shapes.shapeOf(base);
        List<RuleContribution> others = List.of(
                new RuleContribution("a", Pillar.ENGAGE_WITH_INSIGHTS, 0, 10, false, keyed(2, "a.k", 1)),
                new RuleContribution("a", Pillar.BUILD_RELATIONSHIPS, 2, 10, true, keyed(2, "a.k", 1)),
                new RuleContribution("a", Pillar.ENGAGE_WITH_INSIGHTS, 2, 12, true, keyed(2, "a.k", 1)),
                of("a", 2, keyed(2, "a.k", 1, 2)),
                of("a", 2, keyed(2, "a.other", 1)),
                of("a", 2, Evidence.keyed(2, 4, "a day", "a.k", "{0} of {1}", 1)),
                of("a", 2, Evidence.keyed(2, 4, "a week", "a.k", "{0} out of {1}", 1)));
        for (RuleContribution other : others) {
            assertThat(shape.fits(other)).as("%s", other).isFalse();
        }
        assertThat(shape.fits(of("a2", 2, keyed(2, "a.k", 1)))).as("another rule").isFalse();
        assertThat(shape.fits(of("a", 7, keyed(6, "a.k", 8)))).isTrue();
        // Each of the seven is a variant of its own; the eighth and last fills the rule's room.
        int number = shape.number;
        for (RuleContribution other : others) {
            ContributionShapes.Shape s = shapes.shapeOf(other, 0);
            assertThat(s).as("%s", other).isNotNull();
            assertThat(s.number).isEqualTo(++number);
            assertThat(s.fits(other)).isTrue();
            assertThat(shapes.shapeOf(other, 0)).isSameAs(s);
        }
        assertThat(shapes.all()).hasSize(1 + ContributionShapes.VARIANTS_PER_RULE);
        // A ninth variant of the rule is kept as it is; the rule's old variants are still found.
        assertThat(shapes.shapeOf(of("a", 2, keyed(2, "a.ninth")))).isNull();
        assertThat(shapes.shapeOf(of("a", 2, keyed(2, "a.ninth")), 0)).isNull();
        assertThat(shapes.shapeOf(base, 0)).isSameAs(shape);
        // Another rule still has room.
        assertThat(shapes.shapeOf(of("a2", 2, keyed(2, "a.ninth")))).isNotNull();
    }
}
