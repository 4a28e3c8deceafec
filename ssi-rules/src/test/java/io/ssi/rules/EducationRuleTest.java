package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class EducationRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.education").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.educationEntries(count);
    }

    @Test
    void experienceIsNotEducation() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().experienceEntries(10).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
