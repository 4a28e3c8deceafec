package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class ExperienceRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.experience").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.experienceEntries(count);
    }

    @Test
    void educationIsNotExperience() {
        RuleInput education = RuleInput.profileOnly(Profiles.member().educationEntries(10).build());
        assertThat(rule().evaluate(education.context()).points()).isZero();
    }
}
