package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class FollowersRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.followers").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.followers(count);
    }

    @Test
    void connectionsAreNotFollowers() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().connections(5000).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
