package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of a rule that reads one yes-or-no asset of the profile ({@link ProfileFlagRule}):
 * with the asset it earns its maximum, without it nothing (and says so), another asset does not
 * stand in for it, and activity does not change it.
 */
abstract class ProfileFlagRuleContract extends ScoringRuleContract {

    /** Gives the profile the asset this rule reads. */
    protected abstract MemberProfile.Builder withAsset(MemberProfile.Builder profile);

    /** Gives the profile another asset, which must not count for this rule. */
    protected abstract MemberProfile.Builder withOtherAsset(MemberProfile.Builder profile);

    @Override
    protected RuleInput saturatingInput() {
        return RuleInput.profileOnly(withAsset(Profiles.member()).build());
    }

    @Test
    void withoutItEarnsNothingAndSaysSo() {
        RuleContribution c = rule().evaluate(RuleInput.profileOnly(Profiles.member().build()).context());
        assertThat(c.points()).isZero();
        assertThat(c.explanation()).contains("no ");
    }

    @Test
    void anotherAssetDoesNotStandInForIt() {
        RuleInput other = RuleInput.profileOnly(withOtherAsset(Profiles.member()).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }

    @Test
    void activityDoesNotChangeIt() {
        RuleInput busy = saturatingInput().withActivities(Busy.LOG);
        assertThat(rule().evaluate(busy.context())).isEqualTo(rule().evaluate(saturatingInput().context()));
    }
}
