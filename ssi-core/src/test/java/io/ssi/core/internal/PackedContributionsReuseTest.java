package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.ssi.core.internal.IdTableUnitTest.onAFreshThread;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packing what did not come straight from a rule: evidence whose arguments are a plain list
 * (as a contribution read back from JSON, or from another packed list, has them), and a
 * history's cached bytes copied on a thread whose scratch has never grown.
 */
final class PackedContributionsReuseTest {

    private record Rule(String id) implements ScoringRule {
        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 3;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            return RuleContribution.of(this, 0, Evidence.of(0, 1, "likes", "{measured} likes"));
        }
    }

    private static RuleContribution plain(ScoringRule rule, double points, double... args) {
        List<Double> list = new ArrayList<>();
        for (double a : args) {
            list.add(a);
        }
        return RuleContribution.of(rule, points, new Evidence(points * 1.7, 4, "a week", "{0} and {4}",
                rule.id() + ".scaled", List.copyOf(list)));
    }

    @Test
    void argumentsInAPlainListPackToTheSameFigures() {
        ScoringRule x = new Rule("engage.x");
        ContributionShapes table = new ContributionShapes(List.of(x));
        List<RuleContribution> list = List.of(plain(x, 1.25, 2.0, 0.1, 7.5), plain(x, 2.5, 3.0, 0.2, 7.5));
        PackedContributions packed = table.pack(list);
        assertThat(packed).containsExactlyElementsOf(list);
        assertThat(packed.get(1).evidence().args()).containsExactly(3.0, 0.2, 7.5);
        // Read back and packed again: the elements are records with plain argument lists.
        assertThat(table.pack(new ArrayList<>(packed))).isEqualTo(list).containsExactlyElementsOf(list);
    }

    @Test
    void cachedBytesAreCopiedWholeOnAThreadWhoseScratchIsSmall() {
        int n = 300;
        List<ScoringRule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rules.add(new Rule("engage.rule-" + i));
        }
        ContributionShapes table = new ContributionShapes(rules);
        RuleContribution[] byRule = new RuleContribution[n];
        int[] order = new int[n];
        boolean[] mayRepeat = new boolean[n];
        List<RuleContribution> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Figures of eight bytes each: 300 of them outgrow a fresh thread's scratch many times.
            byRule[i] = plain(rules.get(i), 1 / 3.0 + i * 1e-3, Math.PI * i, Math.E / (i + 1));
            order[i] = i;
            mayRepeat[i] = true;
            expected.add(byRule[i]);
        }
        PackedContributions.Cache cache = new PackedContributions.Cache(n);
        List<PackedContributions> days = new ArrayList<>();
        onAFreshThread(() -> days.add(table.pack(byRule, order, cache, mayRepeat)));
        // The next day, the same objects: every element is copied from the cache.
        onAFreshThread(() -> days.add(table.pack(byRule, order, cache, mayRepeat)));
        assertThat(days).hasSize(2);
        for (PackedContributions day : days) {
            assertThat(day).hasSize(n).isEqualTo(expected).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aRulesCachedBytesMakeRoomForALongerContribution() {
        ScoringRule x = new Rule("engage.x");
        ContributionShapes table = new ContributionShapes(List.of(x));
        PackedContributions.Cache cache = new PackedContributions.Cache(1);
        int[] order = {0};
        boolean[] mayRepeat = {true};
        // A day without arguments, then days with ten of eight bytes each: the rule's cached
        // bytes must grow to hold them, and the day after copies them whole.
        RuleContribution bare = RuleContribution.of(x, 1.5, Evidence.of(2, 4, "a week", "{measured}"));
        double[] ten = new double[10];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = Math.PI * (i + 1);
        }
        // Its shape made from other figures first, so that each of the ten is stored in full.
        double[] halves = new double[ten.length];
        java.util.Arrays.fill(halves, 0.5);
        table.pack(List.of(plain(x, 0.5, halves)));
        RuleContribution longer = plain(x, 1 / 3.0, ten);
        for (RuleContribution c : List.of(bare, longer, longer, bare, bare)) {
            RuleContribution[] byRule = {c};
            assertThat(table.pack(byRule, order, cache, mayRepeat)).containsExactly(c).isEqualTo(List.of(c));
        }
    }

    @Test
    void anElementLargerThanTheWholeScratchPacksAndIsCopiedWhole() {
        // 300 arguments of eight bytes each: one element needs more than twice a fresh scratch.
        ScoringRule x = new Rule("engage.x");
        ContributionShapes table = new ContributionShapes(List.of(x));
        double[] many = new double[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = Math.PI * (i + 1) / 7;
        }
        // The shape is made from other figures first, so that none of big's is the shape's own.
        double[] others = new double[many.length];
        java.util.Arrays.fill(others, 0.5);
        table.pack(List.of(plain(x, 0.5, others)));
        RuleContribution big = plain(x, 1 / 3.0, many);
        RuleContribution[] byRule = {big};
        int[] order = {0};
        boolean[] mayRepeat = {true};
        PackedContributions.Cache cache = new PackedContributions.Cache(1);
        List<PackedContributions> packs = new ArrayList<>();
        onAFreshThread(() -> packs.add(table.pack(List.of(big))));
        onAFreshThread(() -> packs.add(table.pack(byRule, order, cache, mayRepeat)));
        // The next day on another fresh thread: copied from the cache into a scratch too small for it.
        onAFreshThread(() -> packs.add(table.pack(byRule, order, cache, mayRepeat)));
        assertThat(packs).hasSize(3);
        for (PackedContributions p : packs) {
            assertThat(p).containsExactly(big);
            assertThat(p.get(0).evidence().args()).hasSize(300).containsExactlyElementsOf(big.evidence().args());
        }
    }

    /**
     * A cache is by rule index: contributions packed in their array's order, without indexes,
     * use none (and leave it as it was), however often the same objects come.
     */
    @Test
    void aCacheIsNotUsedWithoutRuleIndexes() {
        ScoringRule x = new Rule("engage.x");
        ScoringRule y = new Rule("engage.y");
        ContributionShapes table = new ContributionShapes(List.of(x, y));
        PackedContributions.Cache cache = new PackedContributions.Cache(2);
        boolean[] mayRepeat = {true, true};
        RuleContribution[] byRule = {plain(x, 1.25, 2.0, 0.1), null, plain(y, 1 / 3.0, Math.PI, 7.5)};
        for (int day = 0; day < 3; day++) {
            assertThat(table.pack(byRule, null, cache, mayRepeat)).containsExactly(byRule[0], byRule[2])
                    .isEqualTo(List.of(byRule[0], byRule[2]));
        }
        // With the indexes the cache is used: the same objects, copied, are the same elements.
        RuleContribution[] two = {byRule[0], byRule[2]};
        for (int day = 0; day < 3; day++) {
            assertThat(table.pack(two, new int[] {1, 0}, cache, mayRepeat)).containsExactly(byRule[2], byRule[0]);
        }
    }
}
