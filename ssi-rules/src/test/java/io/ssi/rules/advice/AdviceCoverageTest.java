package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.StandardModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every standard rule can be the aim of some advice: no rule below its maximum is left without a way up. */
final class AdviceCoverageTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    private static final SsiAdvisor ADVISOR = SsiAdvisor.builder().generators(StandardAdvice.generators())
            .calculator(CALC).build();

    @Test
    void everyStandardRuleIsAimedAtByTheAdviceOfSomeMember() {
        Set<String> all = new TreeSet<>();
        for (ScoringRule r : StandardModel.rules()) {
            all.add(r.id());
        }
        Set<String> aimed = new TreeSet<>();
        for (long seed = 1; seed <= 600 && !aimed.containsAll(all); seed++) {
            Members.Member m = Members.random(seed);
            SsiScore s = CALC.score(m.profile(), m.log(), Members.AS_OF);
            for (Recommendation r : ADVISOR.advise(s, m.profile(), m.log())) {
                aimed.addAll(r.ruleIds());
            }
        }
        assertThat(aimed).containsExactlyElementsOf(all);
    }

    @Test
    void everyCodeOfTheStandardGeneratorsComesUpForSomeMember() {
        Set<String> codes = new TreeSet<>();
        StandardAdvice.generators().forEach(g -> codes.addAll(g.codes()));
        Set<String> seen = new TreeSet<>();
        for (long seed = 1; seed <= 600 && !seen.containsAll(codes); seed++) {
            Members.Member m = Members.random(seed);
            SsiScore s = CALC.score(m.profile(), m.log(), Members.AS_OF);
            ADVISOR.advise(s, m.profile(), m.log()).forEach(r -> seen.add(r.code()));
        }
        // One code needs a member the generator does not make: a bare profile.
        seen.addAll(codesFor(MemberProfile.builder("bare").build(), List.of()));
        assertThat(seen).containsExactlyElementsOf(codes);
    }

    private static List<String> codesFor(MemberProfile p, List<Activity> log) {
        SsiScore s = CALC.score(p, log, Members.AS_OF);
        return ADVISOR.advise(s, p, log).stream().map(Recommendation::code).toList();
    }
}
