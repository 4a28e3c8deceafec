package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;

final class BackgroundPhotoRuleTest extends ProfileFlagRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.background-photo").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withAsset(MemberProfile.Builder profile) {
        return profile.hasBackgroundPhoto(true);
    }

    @Override
    protected MemberProfile.Builder withOtherAsset(MemberProfile.Builder profile) {
        return profile.hasPhoto(true);
    }
}
