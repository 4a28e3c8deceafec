package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class EndorsementsRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.endorsements").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.endorsements(count);
    }

    @Test
    void skillsAndRecommendationsAreNotEndorsements() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().skills(100).recommendationsReceived(10).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
