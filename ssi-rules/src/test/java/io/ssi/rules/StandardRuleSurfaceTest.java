package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Coverage;
import io.ssi.core.Pillar;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every standard rule shares: its description, its printed signature and equality, the
 * signals it reads, and the edges of the tuning its builder accepts.
 */
final class StandardRuleSurfaceTest {

    private static HeadlineRule.Builder own() {
        return HeadlineRule.builder("brand.own-headline", Pillar.PROFESSIONAL_BRAND).maxPoints(4).target(60);
    }

    @Test
    void aWeeklyRuleWithoutAMeasureIsRefusedByName() {
        assertThatThrownBy(() -> WeeklyRateRule.builder("engage.own-rate", Pillar.ENGAGE_WITH_INSIGHTS).maxPoints(1)
                .target(2).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("aggregate of rule engage.own-rate");
    }

    @Test
    void aShippedRuleIsDescribedAndARuleOfACallersOwnIdIsNot() {
        StandardRule shipped = StandardModel.rule("brand.headline").orElseThrow();
        String english = shipped.description(Locale.ENGLISH).orElseThrow();
        assertThat(english).isNotBlank();
        assertThat(shipped.description(Locale.GERMAN)).isPresent();
        assertThat(shipped.description(Locale.JAPANESE)).as("English where no other is shipped").contains(english);
        assertThat(own().build().description(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aRulePrintsItsSignatureAndEqualRulesHashAlike() {
        HeadlineRule a = own().minimumCharacters(5).build();
        assertThat(a).hasToString(a.signature());
        assertThat(a.toString()).startsWith("HeadlineRule[brand.own-headline, PROFESSIONAL_BRAND, max 4.0, target 60.0");
        assertThat(a).isEqualTo(own().minimumCharacters(5).build()).hasSameHashCodeAs(own().minimumCharacters(5).build());
        assertThat(a).isNotEqualTo(own().minimumCharacters(6).build());
        assertThat(a.hashCode()).isNotEqualTo(own().minimumCharacters(6).build().hashCode());
    }

    @Test
    void theTuningAcceptsAFullPillarAndAMinimumOfZeroAndNothingPastThem() {
        assertThat(own().maxPoints(Pillar.MAX_POINTS).build().maxPoints()).isEqualTo(Pillar.MAX_POINTS);
        assertThatThrownBy(() -> own().maxPoints(Pillar.MAX_POINTS + 0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPoints of rule brand.own-headline must be a finite number > 0 and <= 25.0, but was 25.5");
        assertThat(own().minimumCharacters(0).build().minimumCharacters()).isZero();
        assertThatThrownBy(() -> own().minimumCharacters(-1).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumCharacters of rule brand.own-headline must be >= 0, but was -1");
    }

    @Test
    void aRuleCountingContactsAtTargetAccountsReadsTheTargetAccounts() {
        Coverage targets = StandardModel.rule("relationships.target-accounts").orElseThrow().reads();
        assertThat(targets.profileFacts()).containsExactly(Coverage.ProfileFact.TARGET_ACCOUNTS);
        assertThat(targets.activityTypes()).containsExactlyInAnyOrder(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                ActivityType.CONNECTION_INVITE_ACCEPTED);
        Coverage mentions = StandardModel.rule("relationships.mentions").orElseThrow().reads();
        assertThat(mentions.profileFacts()).isEmpty();
        assertThat(mentions.activityTypes()).containsExactly(ActivityType.MEMBER_MENTIONED);
    }

    @Test
    void aWholeNumberUpToTheLargestIntAndAShareUpToOneAreAccepted() {
        assertThat(own().target(Integer.MAX_VALUE).build().target()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> own().target(Integer.MAX_VALUE + 1.0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target of rule brand.own-headline must be a whole number, but was 2.147483648E9");
        assertThatThrownBy(() -> own().target(60.5).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target of rule brand.own-headline must be a whole number, but was 60.5");

        ConversationsRule.Builder conversations = ConversationsRule.builder("engage.own-conversations",
                Pillar.ENGAGE_WITH_INSIGHTS).maxPoints(5).target(10).priorWeight(10);
        assertThat(conversations.fullValueReplyRate(1.0).build().fullValueReplyRate()).isEqualTo(1.0);
        assertThatThrownBy(() -> conversations.fullValueReplyRate(1.01).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fullValueReplyRate of rule engage.own-conversations must be a share in (0, 1], but was 1.01");
    }
}
