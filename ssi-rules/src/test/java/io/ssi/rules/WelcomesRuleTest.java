package io.ssi.rules;

import io.ssi.core.Contact;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code relationships.welcomes}: new connections welcomed a week, a count rather than the
 * share it replaced, so that a new connection never lowers it.
 */
final class WelcomesRuleTest extends WeeklyRateRuleContract {

    /** Four weeks, so that a whole number of welcomes is an exact weekly figure. */
    private static final int FOUR_WEEKS = 28;

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.welcomes").orElseThrow();
    }

    /** New connections at the rate, each welcomed (welcomes with no contact match any new connection). */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(CONNECTION_INVITE_ACCEPTED, perWeek, k -> log.contact(Seniority.SENIOR, null, 1));
        log.perWeek(WELCOME_MESSAGE_SENT, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        int welcomed = (int) Math.round(perWeek * FOUR_WEEKS / 7.0);
        assertThat((double) welcomed).as("a whole number of welcomes in four weeks")
                .isEqualTo(perWeek * FOUR_WEEKS / 7.0);
        return StubContext.empty().windowDays(FOUR_WEEKS).newConnections(welcomed, welcomed);
    }

    @Test
    void aNewConnectionNeverLowersThePoints() {
        double welcomedFour = points(connections(10, 4));
        assertThat(welcomedFour).isPositive();
        assertThat(points(connections(20, 4))).isEqualTo(welcomedFour);
        assertThat(points(connections(20, 8))).isGreaterThan(welcomedFour);
    }

    @Test
    void welcomingSomeoneWhoIsNotANewConnectionDoesNotCount() {
        Logs log = Logs.log();
        for (int i = 0; i < 10; i++) {
            log.onDay(CONNECTION_INVITE_ACCEPTED, 5, 1, k -> log.contact(Seniority.SENIOR, null, 1));
            log.onDay(WELCOME_MESSAGE_SENT, 4, 1, k -> log.contact(Seniority.SENIOR, null, 1));
        }
        assertThat(points(log.input(Profiles.member().build()))).isZero();
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
        assertThat(points(log.input(Profiles.member().build()))).isEqualTo(points(connections(10, 4))).isPositive();
    }

    private double points(RuleInput input) {
        return rule().evaluate(input.context()).points();
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
