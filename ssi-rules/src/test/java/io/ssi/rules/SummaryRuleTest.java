package io.ssi.rules;

import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

final class SummaryRuleTest extends ScoringRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.summary").orElseThrow();
    }

    @Override
    protected RuleInput saturatingInput() {
        return summary(Profiles.SUMMARY);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\n\t  \n"})
    void noSummaryEarnsNothing(String text) {
        RuleContribution c = rule().evaluate(summary(text).context());
        assertThat(c.points()).isZero();
        assertThat(c.explanation()).isEqualTo("no summary");
    }

    @Test
    void aQuarterOfTheTargetLengthEarnsHalfThePoints() {
        String quarter = Logs.PII + "x".repeat((int) StandardModel.rule("brand.summary").orElseThrow().target() / 4 - Logs.PII.length());
        assertThat(rule().evaluate(summary(quarter).context()).points()).isEqualTo(StandardModel.rule("brand.summary").orElseThrow().maxPoints() / 2);
    }

    @Test
    void surroundingWhitespaceIsNotSubstance() {
        String text = Logs.PII + "x".repeat(100);
        assertThat(rule().evaluate(summary("   \n" + text + "\n\n   ").context()))
                .isEqualTo(rule().evaluate(summary(text).context()));
    }

    @Test
    void theTargetLengthEarnsTheMaximum() {
        String exact = Logs.PII + "x".repeat((int) StandardModel.rule("brand.summary").orElseThrow().target() - Logs.PII.length());
        assertThat(rule().evaluate(summary(exact).context()).points()).isEqualTo(StandardModel.rule("brand.summary").orElseThrow().maxPoints());
        assertThat(rule().evaluate(summary(exact.substring(1)).context()).points())
                .isLessThan(StandardModel.rule("brand.summary").orElseThrow().maxPoints());
    }

    private static RuleInput summary(String summary) {
        return RuleInput.profileOnly(Profiles.member().summary(summary).build());
    }
}
