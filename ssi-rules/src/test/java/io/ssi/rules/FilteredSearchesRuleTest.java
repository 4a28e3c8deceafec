package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static org.assertj.core.api.Assertions.assertThat;

final class FilteredSearchesRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.filtered-searches").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(ADVANCED_SEARCH_PERFORMED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(ADVANCED_SEARCH_PERFORMED, perWeek);
    }

    @Test
    void searchesWithoutFiltersDoNotCount() {
        RuleInput other = Logs.log().perWeek(SEARCH_PERFORMED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
