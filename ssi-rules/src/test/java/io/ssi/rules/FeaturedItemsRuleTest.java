package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class FeaturedItemsRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.featured").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.featuredItems(count);
    }

    @Test
    void mediaItemsAreNotFeaturedItems() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().mediaItems(10).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
