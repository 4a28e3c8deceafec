package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class ProfileMediaRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.media").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.mediaItems(count);
    }

    @Test
    void featuredItemsAreNotMedia() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().featuredItems(10).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
