package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class RecommendationsReceivedRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.recommendations").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.recommendationsReceived(count);
    }

    @Test
    void endorsementsAreNotRecommendations() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().endorsements(500).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
