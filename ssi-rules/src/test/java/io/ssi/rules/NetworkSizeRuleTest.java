package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class NetworkSizeRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.network-size").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.connections(count);
    }

    @Test
    void followersAreNotConnections() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().followers(5000).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
