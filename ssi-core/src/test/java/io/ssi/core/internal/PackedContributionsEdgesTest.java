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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where packed lists differ although their bytes agree (other tables, other kept records),
 * lists longer than the thread's scratch, the bounds of the one-byte figures, and the sum of
 * a list that mixes pillars.
 */
final class PackedContributionsEdgesTest {

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
                double likes = context.count(io.ssi.core.ActivityType.POST_LIKED);
                return RuleContribution.of(this, Math.min(maxPoints(), likes), Evidence.of(likes, 3, "likes", "{0}"));
            }
        };
    }

    private static RuleContribution of(ScoringRule rule, double points, double measured) {
        return RuleContribution.of(rule, points, Evidence.keyed(measured, 4, "unit", rule.id(), "{0}", measured / 3));
    }

    @Test
    void listsWithTheSameBytesAreEqualOnlyIfTheyHoldTheSameContributions() {
        ScoringRule x = rule("find.x", Pillar.FIND_RIGHT_PEOPLE);
        ScoringRule y = rule("find.y", Pillar.FIND_RIGHT_PEOPLE);
        PackedContributions ofX = new ContributionShapes(List.of(x)).pack(List.of(of(x, 1, 2)));
        PackedContributions ofY = new ContributionShapes(List.of(y)).pack(List.of(of(y, 1, 2)));
        // Shape 1 of each table, the same figures: the same bytes, other rules.
        assertThat(ofX).isNotEqualTo(ofY);
        assertThat(ofY).isNotEqualTo(ofX);
        assertThat(ofX).isEqualTo(new ContributionShapes(List.of(x)).pack(List.of(of(x, 1, 2))));

        ContributionShapes table = new ContributionShapes(List.of(x));
        PackedContributions one = table.pack(List.of(of(x, 1, 2)));
        PackedContributions other = table.pack(List.of(of(x, 1.5, 2)));
        assertThat(one).isNotEqualTo(other).isEqualTo(table.pack(List.of(of(x, 1, 2)))).isEqualTo(one);
        assertThat(one).isNotEqualTo(List.of()).isNotEqualTo(table.pack(List.of(of(x, 1, 2), of(x, 1, 2))));
        assertThat(one).isEqualTo(new ArrayList<>(List.of(of(x, 1, 2))));

        // Rules the table does not know are kept as records: the same bytes, other records.
        ScoringRule stranger = rule("find.stranger", Pillar.FIND_RIGHT_PEOPLE);
        PackedContributions keptA = table.pack(List.of(of(stranger, 1, 2)));
        PackedContributions keptB = table.pack(List.of(of(stranger, 2, 2)));
        assertThat(keptA).isNotEqualTo(keptB);
        assertThat(keptA).isEqualTo(table.pack(List.of(of(stranger, 1, 2))));
    }

    @Test
    void aListLongerThanTheThreadsScratchPacksWhole() {
        onAFreshThread(() -> {
            List<ScoringRule> rules = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                rules.add(rule("brand.rule-" + i, Pillar.PROFESSIONAL_BRAND));
            }
            ContributionShapes table = new ContributionShapes(rules);
            for (int n : new int[] {3, 17, 40, 400, 41}) {
                List<RuleContribution> source = new ArrayList<>();
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    ScoringRule r = rules.get(i % rules.size());
                    // Figures of eight bytes each, several arguments: some 50 bytes an element.
                    double points = 0.1 + i * 1e-7;
                    RuleContribution c = RuleContribution.of(r, points, Evidence.keyed(0.3 + i * 1e-9, 0.7 + i,
                            "unit", r.id(), "{0} {1} {2}", 1.0 / (i + 3), Math.PI * i, Math.E / (i + 1)));
                    source.add(c);
                    sum += points;
                }
                PackedContributions packed = table.pack(source);
                assertThat(packed).as("%d elements", n).isEqualTo(source);
                assertThat(packed.sumOfPoints(Pillar.PROFESSIONAL_BRAND)).isEqualTo(sum);
            }
        });
    }

    @Test
    void wholeNumbersFromOneTo255TakeOneByte() {
        assertThat(PackedContributions.kind(1.0, 5.0)).isEqualTo(PackedContributions.SMALL);
        assertThat(PackedContributions.kind(255.0, 5.0)).isEqualTo(PackedContributions.SMALL);
        assertThat(PackedContributions.kind(256.0, 5.0)).isEqualTo(2);
        assertThat(PackedContributions.kind(0.5, 5.0)).isEqualTo(2);
        assertThat(PackedContributions.kind(-1.0, 5.0)).isEqualTo(2);
        ScoringRule x = rule("find.x", Pillar.FIND_RIGHT_PEOPLE);
        List<RuleContribution> edges = List.of(of(x, 1, 1), of(x, 2.5, 255), of(x, 0, 256), of(x, 1, 0.5));
        assertThat(new ContributionShapes(List.of(x)).pack(edges)).isEqualTo(edges);
    }

    @Test
    void aSumOverMixedPillarsNamesTheFirstRuleOfAnother() {
        ScoringRule find = rule("find.x", Pillar.FIND_RIGHT_PEOPLE);
        ScoringRule brand = rule("brand.y", Pillar.PROFESSIONAL_BRAND);
        ScoringRule strangerBrand = rule("brand.stranger", Pillar.PROFESSIONAL_BRAND);
        ContributionShapes table = new ContributionShapes(List.of(find, brand));
        PackedContributions mixed = table.pack(List.of(of(find, 1, 2), of(brand, 0.5, 2)));
        assertThatThrownBy(() -> mixed.sumOfPoints(Pillar.FIND_RIGHT_PEOPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contribution of rule brand.y feeds PROFESSIONAL_BRAND, not FIND_RIGHT_PEOPLE");
        assertThatThrownBy(() -> mixed.sumOfPoints(Pillar.PROFESSIONAL_BRAND))
                .hasMessage("contribution of rule find.x feeds FIND_RIGHT_PEOPLE, not PROFESSIONAL_BRAND");
        PackedContributions keptFirst = table.pack(List.of(of(find, 1, 2), of(strangerBrand, 0.5, 2)));
        assertThatThrownBy(() -> keptFirst.sumOfPoints(Pillar.FIND_RIGHT_PEOPLE))
                .hasMessage("contribution of rule brand.stranger feeds PROFESSIONAL_BRAND, not FIND_RIGHT_PEOPLE");
        assertThat(table.pack(List.of()).sumOfPoints(Pillar.ENGAGE_WITH_INSIGHTS)).isZero();
        assertThat(table.pack(List.of(of(strangerBrand, 0.75, 2), of(brand, 0.5, 2)))
                .sumOfPoints(Pillar.PROFESSIONAL_BRAND)).isEqualTo(1.25);
        assertThatThrownBy(() -> table.pack(List.of(of(find, 1, 2))).get(3))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index must be between 0 and 0, but was 3");
        assertThatThrownBy(() -> table.pack(List.of(of(find, 1, 2))).get(-1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
