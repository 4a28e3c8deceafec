package io.ssi.core.mapping;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Seniority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

final class ActivityRowsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String REP = "005D000000AbCdE";

    static Row row(String... cells) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            m.put(cells[i], cells[i + 1]);
        }
        return Row.of(m);
    }

    static Row task(String id, String subject, String activityDate, String createdDate) {
        return row("Id", id, "Subject", subject, "ActivityDate", activityDate, "CreatedDate", createdDate,
                "WhoId", "003D000000QxYz1", "Who.Title", "VP Sales", "Who.AccountId", "001D000000IRt53",
                "OwnerId", REP, "CreatedById", "005D000000ZzZzZ", "Status", "Completed", "TaskSubtype", "Task");
    }

    private static MappedActivities inBerlin(List<Row> rows) {
        return ActivityRows.salesforceTasks().map(rows, owner -> Optional.of(BERLIN));
    }

    @Test
    void salesforceRowsBelongToTheirOwnerNotTheirCreator() {
        MappedActivities m = inBerlin(List.of(task("00TD000000000A1", "LinkedIn InMail: Hello", "2026-11-02",
                "2026-11-02T09:15:00.000+0000")));
        assertThat(m.byOwner()).containsOnlyKeys(SalesforceIds.canonical(REP));
        Activity a = m.activitiesOf(SalesforceIds.canonical(REP)).get(0);
        assertThat(a.type()).isEqualTo(ActivityType.INMAIL_SENT);
        assertThat(a.at()).isEqualTo(Instant.parse("2026-11-02T09:15:00Z"));
        assertThat(a.contact()).hasValueSatisfying(c -> {
            assertThat(c.seniority()).isEqualTo(Seniority.VP);
            assertThat(c.accountId()).contains("001D000000IRt53IAD");
            assertThat(c.degree()).isZero();
        });
    }

    @Test
    void aDateOnlyRowIsNoonInTheMembersZoneUnlessItsCreatedDateIsThatDay() {
        MappedActivities m = inBerlin(List.of(
                task("00TD000000000A1", "LinkedIn Message", "2026-11-02", "2026-11-05T09:15:00.000+0000"),
                task("00TD000000000A2", "LinkedIn Message", "2026-11-03", ""),
                task("00TD000000000A3", "LinkedIn Message", "2026-11-04", "2026-11-04T07:30:00.000+0000"),
                task("00TD000000000A4", "LinkedIn Message", "", "2026-11-06T07:30:00.000+0000")));
        assertThat(m.all()).extracting(Activity::at).containsExactly(
                Instant.parse("2026-11-02T11:00:00Z"),
                Instant.parse("2026-11-03T11:00:00Z"),
                Instant.parse("2026-11-04T07:30:00Z"),
                Instant.parse("2026-11-06T07:30:00Z"));
        assertThat(m.report().dateOnly()).isEqualTo(2);
    }

    @Test
    void dateOnlyActivitiesThroughTheApiFollowTheSameRule() {
        Activity a = Activity.builder(ActivityType.MESSAGE_SENT, java.time.LocalDate.parse("2026-03-29"), BERLIN)
                .id("x").build();
        // The day Berlin moves its clocks forward: noon is still that day, at 10:00 UTC.
        assertThat(a.at()).isEqualTo(Instant.parse("2026-03-29T10:00:00Z"));
    }

    @Test
    void everyRowIsCountedOnceAsMappedUnmappedOrRejected() {
        List<Row> rows = List.of(
                task("00TD000000000A1", "LinkedIn InMail: Hello", "2026-11-02", ""),
                task("00TD000000000A1MAI", "LinkedIn InMail: Hello", "2026-11-02", ""),
                task("00TD000000000A2", "Call", "2026-11-02", ""),
                task("00TD000000000A3", "Email: Re: pricing", "2026-11-02", ""),
                task("00TD000000000A4", "Email: intro", "2026-11-02", ""),
                task("00TD000000000A5", "LinkedIn InMail Declined: Hello", "2026-11-02", ""),
                task("", "LinkedIn Message", "2026-11-02", ""),
                task("00TD000000000A6", "LinkedIn Message", "", ""),
                task("00TD000000000A7", "LinkedIn Message", "02.11.2026", ""),
                row("Id", "00TD000000000A8", "Subject", "LinkedIn Message", "ActivityDate", "2026-11-02",
                        "OwnerId", REP, "Status", "Not Started"),
                row("Id", "00TD000000000A9", "Subject", "LinkedIn Connection Request", "ActivityDate",
                        "2026-11-02", "Status", "Completed"));
        MappingReport r = inBerlin(rows).report();
        assertThat(r.rows()).isEqualTo(11);
        assertThat(r.mapped()).containsExactly(entry(ActivityType.INMAIL_SENT, 2));
        assertThat(r.unmapped()).containsExactly(entry("Call", 1), entry("Email", 2),
                entry("LinkedIn InMail Declined", 1));
        assertThat(r.rejected()).containsOnly(entry("missing Id", 1), entry("missing ActivityDate and CreatedDate", 1),
                entry("unreadable ActivityDate", 1), entry("Status: Not Started", 1), entry("missing OwnerId", 1));
        assertThat(r.duplicateIds()).as("the 15- and 18-character forms of one id").isEqualTo(1);
        assertThat(r.mappedRows() + r.unmappedRows() + r.rejectedRows()).isEqualTo(r.rows());
    }

    @Test
    void dataQualityCountsContactsOwnersAndZones() {
        Row noTitle = row("Id", "00TD000000000B1", "Subject", "LinkedIn Message", "ActivityDate", "2026-11-02",
                "WhoId", "003D000000QxYz2", "OwnerId", "005D000000OtHeR", "Status", "Completed");
        MappedActivities m = ActivityRows.salesforceTasks().map(
                List.of(task("00TD000000000A1", "LinkedIn Message", "2026-11-02", ""), noTitle),
                owner -> owner.startsWith("005D000000AbCdE") ? Optional.of(BERLIN) : Optional.empty());
        MappingReport r = m.report();
        assertThat(r.owners()).isEqualTo(2);
        assertThat(r.ownersWithDefaultedZone()).isEqualTo(1);
        assertThat(r.contacts()).isEqualTo(2);
        assertThat(r.contactsWithUnknownSeniority()).isEqualTo(1);
        assertThat(r.unknownSeniorityShare()).isEqualTo(0.5);
        assertThat(r.unknownDegreeShare()).isEqualTo(1.0);
        assertThat(m.activitiesOf(SalesforceIds.canonical("005D000000OtHeR")).get(0).at())
                .as("an unknown zone is UTC").isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
    }

    @Test
    void hubSpotLinkedInMessagesAreMessagesOfTheirOwner() {
        List<Row> rows = List.of(
                row("hs_object_id", "9001", "hs_communication_channel_type", "LINKEDIN_MESSAGE",
                        "hs_timestamp", "1793610900000", "hubspot_owner_id", "77", "hs_created_by_user_id", "12",
                        "contact_id", "501", "jobtitle", "Leiterin Einkauf", "associatedcompanyid", "3001"),
                row("hs_object_id", "9002", "hs_communication_channel_type", "LINKEDIN_MESSAGE",
                        "hs_timestamp", "2026-11-03T10:00:00.000Z", "hubspot_owner_id", "77"),
                row("hs_object_id", "9003", "hs_communication_channel_type", "SMS",
                        "hs_timestamp", "2026-11-03T10:00:00.000Z", "hubspot_owner_id", "77"),
                row("hs_object_id", "9004", "hs_communication_channel_type", "WHATS_APP",
                        "hs_timestamp", "2026-11-03T10:00:00.000Z", "hubspot_owner_id", "12"));
        MappedActivities m = ActivityRows.hubSpotLinkedInMessages().map(rows, owner -> Optional.of(BERLIN));
        assertThat(m.byOwner()).containsOnlyKeys("77");
        assertThat(m.activitiesOf("77")).extracting(Activity::type).containsOnly(ActivityType.MESSAGE_SENT);
        assertThat(m.activitiesOf("77").get(0).at()).isEqualTo(Instant.parse("2026-11-02T09:15:00Z"));
        assertThat(m.activitiesOf("77").get(0).contact().orElseThrow().seniority()).isEqualTo(Seniority.DIRECTOR);
        assertThat(m.report().unmapped()).containsExactly(entry("SMS", 1), entry("WHATS_APP", 1));
    }

    @Test
    void aMappingIsChangedThroughItsBuilder() {
        ActivityRows custom = ActivityRows.salesforceTasks().toBuilder()
                .types(ActivityRows.salesforceTaskSubjects().toBuilder()
                        .prefix("Smart Link Viewed:", ActivityType.PROFILE_VIEW_RECEIVED).build())
                .anyStatus().build();
        Row r = row("Id", "00TD000000000C1", "Subject", "Smart Link Viewed: Deck", "ActivityDate", "2026-11-02",
                "OwnerId", REP, "Status", "Open");
        assertThat(custom.map(List.of(r)).report().mapped()).containsExactly(entry(ActivityType.PROFILE_VIEW_RECEIVED, 1));
        assertThat(ActivityRows.salesforceTasks().map(List.of(r)).report().unmapped())
                .containsExactly(entry("Smart Link Viewed", 1));
    }

    static Stream<Arguments> badConfigurations() {
        TypeTable t = TypeTable.builder().build();
        return Stream.of(
                Arguments.of("no time column", (Runnable) () -> ActivityRows.builder("Id", "Type", "Owner", t).build(),
                        IllegalStateException.class, "needs a date or a time column"),
                Arguments.of("blank id column", (Runnable) () -> ActivityRows.builder(" ", "Type", "Owner", t),
                        IllegalArgumentException.class, "idColumn must not be blank"),
                Arguments.of("no accepted status", (Runnable) () -> ActivityRows.builder("Id", "Type", "Owner", t)
                        .statusColumn("Status", Set.of()), IllegalArgumentException.class,
                        "accepted statuses must not be empty"),
                Arguments.of("null table", (Runnable) () -> ActivityRows.builder("Id", "Type", "Owner", null),
                        NullPointerException.class, "types"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void badConfigurationsAreRefused(String description, Runnable call, Class<? extends Throwable> type,
                                     String message) {
        assertThatThrownBy(call::run).isExactlyInstanceOf(type).hasMessageContaining(message);
    }

    @Test
    void rowsShowOnlyTheirColumnNames() {
        assertThat(row("Who.Title", "CEO", "Id", "1")).hasToString("Row[Id, Who.Title]");
        assertThat(row("Id", "  ").value("Id")).isEmpty();
    }
}
