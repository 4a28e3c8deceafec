package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class ProfilePhotoRuleTest extends ProfileFlagRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.photo").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withAsset(MemberProfile.Builder profile) {
        return profile.hasPhoto(true);
    }

    @Override
    protected MemberProfile.Builder withOtherAsset(MemberProfile.Builder profile) {
        return profile.hasBackgroundPhoto(true);
    }

    @Test
    void itReadsItsOwnAsset() {
        assertThat(((ProfileFlagRule) rule()).field()).isEqualTo(ProfileField.PHOTO);
    }
}
