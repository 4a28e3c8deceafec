package io.ssi.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which of two different rows with the same id counts: the earliest, then the first by type
 * (in {@link ActivityType} order), then the lower engagement, then no contact before a contact
 * and contacts by id, seniority, account, degree and colleague. Whatever the order of the log,
 * the score is the one of the kept row alone, in every aggregate a rule can read.
 */
final class ConflictingDuplicatesTest {

    private static final SsiCalculator PROBES = Probes.calculator().build();
    private static final MemberProfile MEMBER = MemberProfile.builder("member-1").targetAccounts(Probes.ACCOUNTS)
            .build();

    static Stream<Arguments> pairs() {
        Instant at = daysBefore(AS_OF, 4);
        Instant midnight = LocalDate.ofInstant(at, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        Contact ann = Contact.builder("ann").accountId("acme").build();
        Contact bob = Contact.builder("bob").accountId("globex").build();
        Contact annVp = Contact.builder("ann").seniority(Seniority.VP).accountId("acme").build();
        Contact annAtGlobex = Contact.builder("ann").accountId("globex").build();
        Contact annThirdDegree = Contact.builder("ann").accountId("acme").degree(3).build();
        Contact annColleague = Contact.builder("ann").accountId("acme").colleague(true).build();
        return Stream.of(
                arguments("the earlier row", row(POST_COMMENTED, daysBefore(AS_OF, 5), 0, null),
                        row(POST_LIKED, daysBefore(AS_OF, 3), 0, null)),
                arguments("the earlier row, by a nanosecond across midnight", row(POST_LIKED, midnight.minusNanos(1), 0,
                        null), row(POST_LIKED, midnight, 0, null)),
                arguments("the earlier type", row(POST_LIKED, at, 0, null), row(POST_COMMENTED, at, 0, null)),
                arguments("the lower engagement", row(POST_PUBLISHED, at, 3, null), row(POST_PUBLISHED, at, 7, null)),
                arguments("no contact before a contact", row(CONNECTION_REQUEST_ACCEPTED, at, 0, null),
                        row(CONNECTION_REQUEST_ACCEPTED, at, 0, ann)),
                arguments("the contact first by id", row(CONNECTION_REQUEST_ACCEPTED, at, 0, ann),
                        row(CONNECTION_REQUEST_ACCEPTED, at, 0, bob)),
                arguments("then by seniority", row(CONNECTION_REQUEST_ACCEPTED, at, 0, ann),
                        row(CONNECTION_REQUEST_ACCEPTED, at, 0, annVp)),
                arguments("then by account", row(CONNECTION_REQUEST_ACCEPTED, at, 0, ann),
                        row(CONNECTION_REQUEST_ACCEPTED, at, 0, annAtGlobex)),
                arguments("then by degree", row(CONNECTION_REQUEST_ACCEPTED, at, 0, ann),
                        row(CONNECTION_REQUEST_ACCEPTED, at, 0, annThirdDegree)),
                arguments("then not a colleague", row(CONNECTION_REQUEST_ACCEPTED, at, 0, ann),
                        row(CONNECTION_REQUEST_ACCEPTED, at, 0, annColleague)),
                arguments("the row in the window over the row after asOf", row(POST_LIKED, AS_OF, 0, null),
                        row(POST_COMMENTED, AS_OF.plusSeconds(1), 0, null)),
                arguments("the row before the window over the row in it",
                        row(POST_LIKED, daysBefore(AS_OF, 200), 0, null), row(POST_COMMENTED, at, 0, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theCanonicalRowIsKeptWhicheverComesFirst(String rule, Activity kept, Activity dropped) {
        SsiScore alone = PROBES.score(MEMBER, List.of(kept), AS_OF);
        SsiScore other = PROBES.score(MEMBER, List.of(dropped), AS_OF);
        assertThat(other.contributions()).as("the pair must tell the rows apart").isNotEqualTo(alone.contributions());

        for (List<Activity> log : List.of(List.of(kept, dropped), List.of(dropped, kept))) {
            SsiScore both = PROBES.score(MEMBER, log, AS_OF);
            assertThat(both.contributions()).as("%s, log %s", rule, log).isEqualTo(alone.contributions());
            assertThat(both.ignored().duplicates()).isEqualTo(1);
            assertThat(both.ignored().afterAsOf()).isEqualTo(alone.ignored().afterAsOf());
            assertThat(both.ignored().beforeWindow()).isEqualTo(alone.ignored().beforeWindow());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aHistoryKeepsTheSameRowOnEveryDay(String rule, Activity kept, Activity dropped) {
        LocalDate to = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC).plusDays(1);
        LocalDate from = to.minusDays(6);
        List<SsiScore> alone = PROBES.history(MEMBER, List.of(kept), from, to);
        for (List<Activity> log : List.of(List.of(kept, dropped), List.of(dropped, kept))) {
            List<SsiScore> both = PROBES.history(MEMBER, log, from, to);
            for (int i = 0; i < both.size(); i++) {
                assertThat(both.get(i).contributions()).as("%s, day %d", rule, i)
                        .isEqualTo(alone.get(i).contributions());
            }
        }
    }

    private static Activity row(ActivityType type, Instant at, int engagement, Contact contact) {
        Activity.Builder b = Activity.builder(type, at).id("crm-1").engagement(engagement);
        if (contact != null) {
            b.contact(contact);
        }
        return b.build();
    }
}
