package io.ssi.rules;

import io.ssi.core.Contact;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class WelcomeRateRuleTest extends ScoringRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.welcome-rate").orElseThrow();
    }

    @Override
    protected RuleInput saturatingInput() {
        return connections(10, 10);
    }

    @Test
    void belowTheMinimumSampleTheRateIsNotApplicable() {
        RuleContribution c = rule().evaluate(connections(((RateRule) StandardModel.rule("relationships.welcome-rate").orElseThrow()).minimumSample() - 1, 4).context());
        assertThat(c.applicable()).isFalse();
        assertThat(c.points()).isZero();
    }

    @ParameterizedTest(name = "{1} of {0} welcomed earns {2}")
    @CsvSource({"10, 8, 3.0", "10, 4, 1.5", "5, 0, 0.0", "20, 2, 0.375"})
    void pointsGrowLinearlyWithTheRateUpToTheTarget(int connected, int welcomed, double points) {
        assertThat(rule().evaluate(connections(connected, welcomed).context()).points())
                .isCloseTo(points, within(1e-12));
    }

    @Test
    void welcomingSomeoneWhoIsNotANewConnectionDoesNotCount() {
        Logs log = Logs.log();
        for (int i = 0; i < 10; i++) {
            log.onDay(CONNECTION_INVITE_ACCEPTED, 5, 1, k -> log.contact(Seniority.SENIOR, null, 1));
            log.onDay(WELCOME_MESSAGE_SENT, 4, 1, k -> log.contact(Seniority.SENIOR, null, 1));
        }
        assertThat(rule().evaluate(log.input(Profiles.member().build()).context()).points()).isZero();
    }

    @Test
    void welcomingTheSamePersonTwiceCountsOnce() {
        List<Contact> people = people(10);
        Logs log = Logs.log();
        for (Contact c : people) {
            log.onDay(CONNECTION_REQUEST_ACCEPTED, 5, 1, k -> c);
        }
        for (int i = 0; i < 4; i++) {
            Contact c = people.get(i);
            log.onDay(WELCOME_MESSAGE_SENT, 4, 2, k -> c);
        }
        assertThat(rule().evaluate(log.input(Profiles.member().build()).context()).points())
                .isCloseTo(1.5, within(1e-12));
    }

    private static RuleInput connections(int connected, int welcomed) {
        List<Contact> people = people(connected);
        Logs log = Logs.log();
        for (int i = 0; i < connected; i++) {
            Contact c = people.get(i);
            log.onDay(i % 2 == 0 ? CONNECTION_REQUEST_ACCEPTED : CONNECTION_INVITE_ACCEPTED, 10, 1, k -> c);
            if (i < welcomed) {
                log.onDay(WELCOME_MESSAGE_SENT, 9, 1, k -> c);
            }
        }
        return log.input(Profiles.member().build());
    }

    private static List<Contact> people(int n) {
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(Logs.person("new-connection-" + i, Seniority.MANAGER, "acme", 1));
        }
        return people;
    }
}
