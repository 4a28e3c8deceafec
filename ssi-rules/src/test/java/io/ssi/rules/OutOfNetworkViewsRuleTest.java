package io.ssi.rules;

import io.ssi.core.Seniority;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;

final class OutOfNetworkViewsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.out-of-network-views").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(PROFILE_VIEWED, perWeek, k -> log.contact(Seniority.MANAGER, null, 3));
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(PROFILE_VIEWED, ContactFacet.OUT_OF_NETWORK, perWeek)
                .rate(PROFILE_VIEWED, perWeek);
    }

    @ParameterizedTest(name = "degree {0}")
    @ValueSource(ints = {0, 1, 2})
    void viewsInsideTheNetworkOrOfUnknownDegreeDoNotCount(int degree) {
        Logs log = Logs.log();
        log.perWeek(PROFILE_VIEWED, 50, k -> log.contact(Seniority.CXO, "acme", degree));
        assertThat(rule().evaluate(log.input(profile()).context()).points()).isZero();
    }

    @ParameterizedTest(name = "{0} views of 3rd-degree members a week")
    @ValueSource(doubles = {2, 5, 10})
    void moreThirdDegreeViewsEarnMore(double perWeek) {
        double fewer = rule().evaluate(steady(perWeek).context()).points();
        double more = rule().evaluate(steady(perWeek * 1.5).context()).points();
        assertThat(more).isGreaterThan(fewer);
    }
}
