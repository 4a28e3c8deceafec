package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class HeadlineRuleTest extends ScoringRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.headline").orElseThrow();
    }

    @Override
    protected RuleInput saturatingInput() {
        return headline(Profiles.VALUE_HEADLINE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Account Executive", "account executive", "  ACCOUNT EXECUTIVE  ", ""})
    void aHeadlineThatIsOnlyTheJobTitleEarnsNothing(String headline) {
        RuleContribution c = rule().evaluate(headline(headline).context());
        assertThat(c.points()).isZero();
        assertThat(c.evidence().measured()).isZero();
        assertThat(c.explanation()).contains("job title");
    }

    @Test
    void theJobTitleWithAFewWordsEarnsNothing() {
        // 20 characters beyond the title is the threshold below which a headline earns nothing.
        assertThat(points(headline(Profiles.JOB_TITLE + " at Acme Corporation"))).isZero();
    }

    @Test
    void pointsGrowLinearlyFromTwentyToSixtyCharactersBeyondTheTitle() {
        String forty = "x".repeat(40);
        assertThat(points(headline(Profiles.JOB_TITLE + forty))).isCloseTo(rule().maxPoints() / 2, within(1e-12));
        assertThat(points(headline(Profiles.JOB_TITLE + "x".repeat(60)))).isEqualTo(StandardModel.rule("brand.headline").orElseThrow().maxPoints());
        assertThat(points(headline(Profiles.JOB_TITLE + "x".repeat(500)))).isEqualTo(StandardModel.rule("brand.headline").orElseThrow().maxPoints());
    }

    @Test
    void aHeadlineIsMeasuredByWhatItSaysBeyondTheLengthOfTheTitleWhetherOrNotItRepeatsIt() {
        String value = "I help CFOs at manufacturers close their books in days";
        int beyond = value.length() - Profiles.JOB_TITLE.length();
        assertThat(points(headline(value))).isCloseTo(StandardModel.rule("brand.headline").orElseThrow().maxPoints() * (beyond - 20) / 40.0, within(1e-12));
        assertThat(points(headline(Profiles.JOB_TITLE + " " + value)))
                .isGreaterThan(points(headline(value)));
    }

    @Test
    void withoutAKnownJobTitleTheWholeHeadlineCounts() {
        RuleInput input = RuleInput.profileOnly(MemberProfile.builder("member-1")
                .headline(Profiles.JOB_TITLE + " " + "y".repeat(40)).build());
        assertThat(rule().evaluate(input.context()).evidence().measured())
                .isEqualTo(Profiles.JOB_TITLE.length() + 41);
    }

    private double points(RuleInput input) {
        return rule().evaluate(input.context()).points();
    }

    private static RuleInput headline(String headline) {
        return RuleInput.profileOnly(Profiles.member().headline(headline).build());
    }
}
