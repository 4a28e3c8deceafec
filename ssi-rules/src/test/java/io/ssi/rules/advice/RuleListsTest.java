package io.ssi.rules.advice;

import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.StandardModel;
import io.ssi.rules.StandardRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generator finds what it looks up among a calculator's rules once per rule list and keeps
 * it: one instance that advises with calculators of other rules in turn must suggest exactly
 * what a new instance suggests with each, so that nothing found among one calculator's rules
 * is used with another's.
 */
final class RuleListsTest {

    /** The standard model without every third rule. */
    private static SsiCalculator thinned() {
        List<ScoringRule> all = SsiCalculator.standard().rules();
        StandardModel.Builder b = StandardModel.builder();
        for (int i = 0; i < all.size(); i++) {
            if (i % 3 == 1) {
                b.drop(all.get(i).id());
            }
        }
        return SsiCalculator.builder().rules(b.build()).build();
    }

    /**
     * The standard model with the target of every rule that counts or rates doubled: as many
     * rules as the standard model, in the same order, none of them the same object, and advice
     * that names other targets.
     */
    private static SsiCalculator retargeted() {
        StandardModel.Builder b = StandardModel.builder();
        for (ScoringRule r : SsiCalculator.standard().rules()) {
            if (r instanceof StandardRule s && s.target() > 1) {
                b.target(s.id(), 2 * s.target());
            }
        }
        return SsiCalculator.builder().rules(b.build()).build();
    }

    /** What a suggestion says and plans, to compare suggestions of two instances. */
    private static List<String> described(List<Suggestion> suggestions) {
        List<String> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            out.add(s.pillar() + " " + s.code() + " " + s.ruleIds() + " " + s.messageArgs() + " " + s.evidenceArgs()
                    + " " + s.activity() + " " + s.extraPerWeek() + " " + s.subjects() + " "
                    + s.plannedActivities().size());
        }
        return out;
    }

    @Test
    void oneInstanceAdvisesWithCalculatorsOfOtherRulesInTurnAsNewOnesDo() {
        // In turn: two lists of as many rules (each rule another object), then one of fewer.
        List<SsiCalculator> calculators = List.of(SsiCalculator.standard(), retargeted(), thinned());
        assertThat(calculators.get(1).rules()).hasSameSizeAs(calculators.get(0).rules());
        List<Supplier<RecommendationGenerator>> kinds = List.of(ContentAdvice::new, ProfileAdvice::new,
                EngageAdvice::new, FindAdvice::new, RelationshipAdvice::new);
        int compared = 0;
        int differing = 0;
        for (Supplier<RecommendationGenerator> kind : kinds) {
            RecommendationGenerator kept = kind.get();
            for (long seed = 1; seed <= 12; seed++) {
                Members.Member m = Members.random(seed);
                List<List<String>> each = new ArrayList<>();
                for (SsiCalculator calc : calculators) {
                    List<String> byKept = described(Suggested.by(kept, calc, m.profile(), m.log()).all());
                    List<String> byNew = described(Suggested.by(kind.get(), calc, m.profile(), m.log()).all());
                    assertThat(byKept).as("%s, member %d", kept.id(), seed).isEqualTo(byNew);
                    compared += byNew.size();
                    each.add(byNew);
                }
                differing += each.get(0).equals(each.get(1)) || each.get(0).equals(each.get(2)) ? 0 : 1;
            }
        }
        assertThat(compared).as("suggestions compared").isGreaterThan(200);
        assertThat(differing).as("members advised otherwise by each other calculator").isGreaterThan(20);
    }
}
