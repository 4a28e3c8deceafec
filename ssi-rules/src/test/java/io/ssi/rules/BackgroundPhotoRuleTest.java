package io.ssi.rules;

import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class BackgroundPhotoRuleTest extends ScoringRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.background-photo").orElseThrow();
    }

    @Override
    protected RuleInput saturatingInput() {
        return RuleInput.profileOnly(Profiles.member().hasBackgroundPhoto(true).build());
    }

    @Test
    void withoutItEarnsNothingAndSaysSo() {
        RuleContribution c = rule().evaluate(RuleInput.profileOnly(Profiles.member().build()).context());
        assertThat(c.points()).isZero();
        assertThat(c.explanation()).contains("no ");
    }

    @Test
    void aProfilePhotoIsNotABackgroundPhoto() {
        RuleInput other = RuleInput.profileOnly(Profiles.member().hasPhoto(true).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }

    @Test
    void activityDoesNotChangeIt() {
        RuleInput busy = saturatingInput().withActivities(Busy.LOG);
        assertThat(rule().evaluate(busy.context())).isEqualTo(rule().evaluate(saturatingInput().context()));
    }
}
