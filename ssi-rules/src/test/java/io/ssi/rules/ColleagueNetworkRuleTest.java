package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class ColleagueNetworkRuleTest extends ProfileCountRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.colleague-network").orElseThrow();
    }

    @Override
    protected MemberProfile.Builder withCount(MemberProfile.Builder profile, int count) {
        return profile.connections(count).colleagueConnections(count);
    }

    @Test
    void decisionMakersAreNotColleagues() {
        RuleInput other = RuleInput.profileOnly(
                Profiles.member().connections(5000).decisionMakerConnections(500).build());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
