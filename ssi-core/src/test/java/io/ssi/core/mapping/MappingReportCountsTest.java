package io.ssi.core.mapping;

import io.ssi.core.ActivityType;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Every count of a mapping's report, each from rows that should move it and rows that should not. */
final class MappingReportCountsTest {

    private static Row row(String... cells) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            m.put(cells[i], cells[i + 1]);
        }
        return Row.of(m);
    }

    private static Row task(String id, String owner, String date, String created, String who, String title) {
        return row("Id", id, "Subject", "LinkedIn Message", "OwnerId", owner, "ActivityDate", date,
                "CreatedDate", created, "WhoId", who, "Who.Title", title, "Status", "Completed");
    }

    @Test
    void theReportCountsWhatEachRowWas() {
        List<Row> rows = List.of(
                // owner a, in Berlin: a date-only row, one with a time, a duplicate id
                task("r1", "a", "2026-11-02", "", "c1", ""),
                task("r2", "a", "2026-11-03", "2026-11-03T09:00:00Z", "c1", "VP Sales"),
                task("r2", "a", "2026-11-04", "2026-11-04T09:00:00Z", "c2", ""),
                // owner b, zone unknown
                task("r3", "b", "2026-11-05T10:00:00Z", "", "c3", "Account Executive"),
                // rejected: no id, no owner
                task("", "a", "2026-11-06", "", "c1", ""),
                task("", "b", "2026-11-07", "", "c1", ""),
                task("r5", "", "2026-11-06", "", "c1", ""),
                // an owner whose only row is rejected is not counted, nor is its zone
                task("r6", "c", "", "", "c1", ""));
        MappingReport report = ActivityRows.salesforceTasks().map(rows,
                owner -> owner.equals("b") || owner.equals("c") ? Optional.empty() : Optional.of(ZoneId.of("Europe/Berlin")))
                .report();
        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.mapped()).containsExactly(entry(ActivityType.MESSAGE_SENT, 4));
        assertThat(report.rejected()).containsOnly(entry("missing Id", 2), entry("missing OwnerId", 1),
                entry("missing ActivityDate and CreatedDate", 1));
        assertThat(report.dateOnly()).as("only r1 has no time on its day").isEqualTo(1);
        assertThat(report.duplicateIds()).isEqualTo(1);
        assertThat(report.owners()).isEqualTo(2);
        assertThat(report.ownersWithDefaultedZone()).as("b; c has no mapped row").isEqualTo(1);
        assertThat(report.contacts()).isEqualTo(3);
        // c1 was seen without a title, then as a VP: known. c2 has no title; c3 is an account executive.
        assertThat(report.contactsWithUnknownSeniority()).isEqualTo(1);
        assertThat(report.contactsWithUnknownDegree()).as("CRMs do not hold the degree").isEqualTo(3);
        assertThat(report.unknownSeniorityShare()).isEqualTo(1 / 3.0);
        assertThat(report.unknownDegreeShare()).isEqualTo(1.0);
        assertThat(report.mappedRows()).isEqualTo(4);
        assertThat(report.unmappedRows()).isZero();
        assertThat(report.rejectedRows()).isEqualTo(4);
    }

    @Test
    void anOwnerMayHaveNoUnmappedRowsButNotFewer() {
        MappedActivities m = ActivityRows.salesforceTasks().map(List.of(task("r1", "a", "2026-11-02", "", "c1", "")));
        MappedActivities none = new MappedActivities(m.byOwner(), m.report(), Map.of("a", 0));
        assertThat(none.unmappedByOwner()).containsExactly(entry("a", 0));
        assertThatThrownBy(() -> new MappedActivities(m.byOwner(), m.report(), Map.of("a", -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unmapped rows of an owner must be >= 0, but was -1");
    }

    @Test
    void aContactKeepsTheSeniorityItWasFirstKnownBy() {
        List<Row> rows = List.of(task("r1", "a", "2026-11-02", "", "c1", "VP Sales"),
                task("r2", "a", "2026-11-03", "", "c1", ""), task("r3", "a", "2026-11-04", "", "c1", "Intern"));
        MappedActivities m = ActivityRows.salesforceTasks().map(rows);
        assertThat(m.report().contactsWithUnknownSeniority()).isZero();
        assertThat(m.report().ownersWithDefaultedZone()).isEqualTo(1);
        assertThat(m.toString()).isEqualTo("MappedActivities[owners=1, report=" + m.report() + "]");
        assertThat(m.report().toString()).startsWith("MappingReport[rows=3, mapped={MESSAGE_SENT=3}, unmapped=0 rows of 0"
                + " values, rejected=0 rows for 0 reasons, dateOnly=3, duplicateIds=0, owners=1");
    }

    @Test
    void anAvpIsAManagerAndAVicePresidentAVp() {
        assertThat(JobTitles.seniority("AVP, Sales")).isEqualTo(io.ssi.core.Seniority.MANAGER);
        assertThat(JobTitles.seniority("Assistant to the CFO")).isNotEqualTo(io.ssi.core.Seniority.MANAGER);
        assertThat(JobTitles.seniority("Vice President Sales")).isEqualTo(io.ssi.core.Seniority.VP);
    }

    @Test
    void aMappingSaysWhichColumnsItReads() {
        ActivityRows tasks = ActivityRows.salesforceTasks();
        assertThat(tasks.toString()).isEqualTo("ActivityRows[id=Id, type=Subject, owner=OwnerId, " + tasks.types() + "]");
        assertThat(tasks.types().toString()).isEqualTo("TypeTable[6 exact, 4 prefixes, 0 patterns]");
        assertThat(tasks.types().typeOf("LinkedIn InMail: hello")).contains(ActivityType.INMAIL_SENT);
    }
}
