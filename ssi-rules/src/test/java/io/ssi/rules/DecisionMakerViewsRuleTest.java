package io.ssi.rules;

import io.ssi.core.Seniority;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;

final class DecisionMakerViewsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.decision-maker-views").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(PROFILE_VIEWED, perWeek, k -> log.contact(Seniority.VP, "acme", 2));
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(PROFILE_VIEWED, ContactFacet.DECISION_MAKER, perWeek)
                .rate(PROFILE_VIEWED, perWeek);
    }

    @ParameterizedTest
    @EnumSource(value = Seniority.class, names = {"VP", "CXO", "OWNER", "PARTNER"})
    void viewsOfDecisionMakersCount(Seniority seniority) {
        assertThat(points(seniority)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = Seniority.class, names = {"UNKNOWN", "ENTRY", "SENIOR", "MANAGER", "DIRECTOR"})
    void viewsBelowVicePresidentDoNotCount(Seniority seniority) {
        assertThat(points(seniority)).isZero();
    }

    @Test
    void viewsWithoutAContactDoNotCount() {
        RuleInput anonymous = Logs.log().perWeek(PROFILE_VIEWED, 50).input(profile());
        assertThat(rule().evaluate(anonymous.context()).points()).isZero();
    }

    private double points(Seniority seniority) {
        Logs log = Logs.log();
        log.perWeek(PROFILE_VIEWED, 10, k -> log.contact(seniority, null, 2));
        return rule().evaluate(log.input(profile()).context()).points();
    }
}
