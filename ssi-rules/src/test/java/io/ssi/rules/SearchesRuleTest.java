package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class SearchesRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.searches").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(SEARCH_PERFORMED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(SEARCH_PERFORMED, perWeek);
    }

    @Test
    void filteredSearchesAreSearchesToo() {
        RuleInput basic = Logs.log().perWeek(SEARCH_PERFORMED, 2).input(profile());
        RuleInput filtered = Logs.log().perWeek(ADVANCED_SEARCH_PERFORMED, 2).input(profile());
        assertThat(rule().evaluate(filtered.context()).points())
                .isEqualTo(rule().evaluate(basic.context()).points()).isPositive();
    }

    @Test
    void basicAndFilteredSearchesAddUp() {
        StubContext both = StubContext.empty().withOutcomes().rate(SEARCH_PERFORMED, target() / 4)
                .rate(ADVANCED_SEARCH_PERFORMED, target() / 4);
        assertThat(rule().evaluate(both).evidence().measured()).isCloseTo(target() / 2, within(1e-12));
        assertThat(rule().evaluate(both).points())
                .isCloseTo(rule().evaluate(measuring(target() / 2)).points(), within(1e-12));
    }
}
