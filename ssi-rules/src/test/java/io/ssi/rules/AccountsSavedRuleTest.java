package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.ACCOUNT_SAVED;
import static io.ssi.core.ActivityType.LEAD_SAVED;
import static org.assertj.core.api.Assertions.assertThat;

final class AccountsSavedRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.accounts-saved").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(ACCOUNT_SAVED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(ACCOUNT_SAVED, perWeek);
    }

    @Test
    void savedLeadsAreNotSavedAccounts() {
        RuleInput other = Logs.log().perWeek(LEAD_SAVED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
