package io.ssi.core;

import io.ssi.core.mapping.ActivityRows;
import io.ssi.core.mapping.MappedActivities;
import io.ssi.core.mapping.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every score reports what lowered its trustworthiness: contacts of unknown seniority or
 * degree in its window, a defaulted time zone, suspected duplicates and, carried in by the
 * caller, unmapped rows.
 */
final class DataQualityTest {

    private static final SsiCalculator CALC = Fixtures.calculator(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE,
            5, 1));
    private static final Contact KNOWN = Contact.builder("known").seniority(Seniority.VP).degree(2).build();
    private static final Contact NO_SENIORITY = Contact.builder("no-seniority").degree(3).build();
    private static final Contact NOTHING = Contact.builder("nothing").build();
    private static final MemberProfile DEFAULT_ZONE = MemberProfile.builder("m").build();
    private static final MemberProfile GIVEN_UTC = MemberProfile.builder("m").timeZone(ZoneOffset.UTC).build();

    private static Activity view(String id, long daysAgo, Contact contact) {
        Activity.Builder b = Activity.builder(ActivityType.PROFILE_VIEWED, daysBefore(AS_OF, daysAgo).plusMillis(7))
                .id(id);
        if (contact != null) {
            b.contact(contact);
        }
        return b.build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("an empty log, the zone left at UTC", DEFAULT_ZONE, List.of(),
                        new DataQuality(0, 0, 0, true, 0, 0)),
                arguments("UTC given is not a default", GIVEN_UTC, List.of(), DataQuality.NONE),
                arguments("another zone given", MemberProfile.builder("m").timeZone(ZoneId.of("Europe/Berlin")).build(),
                        List.of(view("1", 1, KNOWN)), new DataQuality(1, 0, 0, false, 0, 0)),
                arguments("rows without a contact are not counted", GIVEN_UTC,
                        List.of(view("1", 1, null), view("2", 2, KNOWN)), new DataQuality(1, 0, 0, false, 0, 0)),
                arguments("seniority and degree unknown apart", GIVEN_UTC,
                        List.of(view("1", 1, KNOWN), view("2", 2, NO_SENIORITY), view("3", 3, NOTHING),
                                view("4", 4, NOTHING)), new DataQuality(4, 3, 2, false, 0, 0)),
                arguments("per row: one contact twice counts twice", GIVEN_UTC,
                        List.of(view("1", 1, NOTHING), view("2", 2, NOTHING)), new DataQuality(2, 2, 2, false, 0, 0)),
                arguments("only rows in the window count", GIVEN_UTC,
                        List.of(view("1", 1, NOTHING), view("2", 95, NOTHING), view("3", -1, NOTHING)),
                        new DataQuality(1, 1, 1, false, 0, 0)),
                arguments("a duplicate id is no suspected duplicate", GIVEN_UTC,
                        List.of(view("1", 1, KNOWN), view("1", 1, KNOWN)), new DataQuality(1, 0, 0, false, 0, 0)),
                arguments("a re-import under a new id is one", GIVEN_UTC,
                        List.of(view("1", 1, NOTHING), view("2", 1, NOTHING)), new DataQuality(1, 1, 1, false, 1, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aScoreReportsItsDataQuality(String name, MemberProfile profile, List<Activity> log, DataQuality expected) {
        SsiScore s = CALC.score(profile, log, AS_OF);

        assertThat(s.dataQuality()).isEqualTo(expected);
        assertThat(s.dataQuality().suspectedDuplicates()).isEqualTo(s.ignored().suspectedDuplicates());
    }

    @Test
    void sharesAreOfTheRowsThatNameAContact() {
        DataQuality q = CALC.score(GIVEN_UTC, List.of(view("1", 1, KNOWN), view("2", 2, NO_SENIORITY),
                view("3", 3, NOTHING), view("4", 4, NOTHING)), AS_OF).dataQuality();

        assertThat(q.unknownSeniorityShare()).isEqualTo(0.75);
        assertThat(q.unknownDegreeShare()).isEqualTo(0.5);
        assertThat(q.clean()).isFalse();
        assertThat(DataQuality.NONE.unknownSeniorityShare()).isZero();
        assertThat(DataQuality.NONE.unknownDegreeShare()).isZero();
        assertThat(DataQuality.NONE.clean()).isTrue();
    }

    @Test
    void unmappedRowsAreCarriedInByTheCaller() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Map.of("Id", "00T1", "Subject", "LinkedIn Message", "OwnerId", "005A",
                "ActivityDate", "2026-11-20", "WhoId", "003X")));
        rows.add(Row.of(Map.of("Id", "00T2", "Subject", "Call: pricing", "OwnerId", "005A",
                "ActivityDate", "2026-11-20")));
        rows.add(Row.of(Map.of("Id", "00T3", "Subject", "Email: hello", "OwnerId", "005A",
                "ActivityDate", "2026-11-21")));
        rows.add(Row.of(Map.of("Id", "00T4", "Subject", "Email: hello", "OwnerId", "005B",
                "ActivityDate", "2026-11-21")));
        MappedActivities mapped = ActivityRows.salesforceTasks().map(rows, owner -> Optional.empty());
        int unmappedOfA = mapped.unmappedRowsOf("005A");

        SsiScore s = CALC.score(DEFAULT_ZONE, mapped.activitiesOf("005A"), AS_OF).withUnmappedRows(unmappedOfA);

        assertThat(mapped.report().unmappedRows() - mapped.unmappedRowsOf("005B")).isEqualTo(unmappedOfA);
        assertThat(s.dataQuality().unmappedRows()).isEqualTo(unmappedOfA);
        assertThat(s.dataQuality().timeZoneDefaulted()).isTrue();
        assertThat(mapped.unmappedRowsOf("nobody")).isZero();
        assertThat(s.withUnmappedRows(0).dataQuality().unmappedRows()).isZero();
        assertThat(s.withUnmappedRows(0).total()).isEqualTo(s.total());
        assertThatThrownBy(() -> s.withUnmappedRows(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unmappedRows must be >= 0, but was -1");
    }

    @Test
    void eachDayOfAHistoryReportsItsOwnWindow() {
        List<Activity> log = List.of(view("1", 2, NOTHING), view("2", 40, KNOWN), view("3", 91, NOTHING));
        LocalDate day = LocalDate.ofInstant(AS_OF, ZoneOffset.UTC);

        List<SsiScore> history = CALC.history(GIVEN_UTC, log, day.minusDays(10), day);

        for (SsiScore s : history) {
            assertThat(s.dataQuality()).isEqualTo(CALC.score(GIVEN_UTC, log, s.asOf()).dataQuality());
        }
        assertThat(history.get(0).dataQuality().activitiesWithContact()).isEqualTo(2);
        assertThat(history.get(history.size() - 1).dataQuality().activitiesWithContact()).isEqualTo(2);
    }

    @Test
    void badFiguresAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> new DataQuality(-1, 0, 0, false, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activitiesWithContact must be >= 0, but was -1");
        assertThatThrownBy(() -> new DataQuality(1, 2, 0, false, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknownSeniority must be <= activitiesWithContact (1), but was 2");
        assertThatThrownBy(() -> new DataQuality(1, 0, 3, false, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknownDegree must be <= activitiesWithContact (1), but was 3");
        assertThatThrownBy(() -> new DataQuality(0, 0, 0, false, -2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("suspectedDuplicates must be >= 0, but was -2");
    }

    @Test
    void itPrintsCountsOnly() {
        SsiScore s = CALC.score(GIVEN_UTC, List.of(view("1", 1, NOTHING)), AS_OF);

        assertThat(s.dataQuality().toString()).doesNotContain("nothing")
                .contains("activitiesWithContact=1", "unknownSeniority=1");
        assertThat(s.toString()).contains("dataQuality=DataQuality[").doesNotContain("nothing");
    }

    @Test
    void aProfileKnowsWhetherItsZoneWasGiven() {
        assertThat(DEFAULT_ZONE.timeZoneGiven()).isFalse();
        assertThat(GIVEN_UTC.timeZoneGiven()).isTrue();
        assertThat(GIVEN_UTC.toBuilder().hasPhoto(true).build().timeZoneGiven()).isTrue();
        assertThat(DEFAULT_ZONE.toBuilder().build().timeZoneGiven()).isFalse();
        assertThat(DEFAULT_ZONE).isNotEqualTo(GIVEN_UTC);
    }
}
