package io.ssi.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ssi.core.Advice;
import io.ssi.core.SsiCalculator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, on files with bad rows, in every format. */
final class SsiCommandTest {

    private static final String MEMBERS = """
            id,name,time_zone,has_photo,connections,decision_maker_connections,skills,target_accounts,headline
            m-1,Ada Byron,Europe/Berlin,true,800,60,20,acme;globex,"Helping revenue teams, one insight at a time"
            m-2,Bo Chen,America/Chicago,yes,500+,40,12,acme,Account Executive
            m-3,Bad Zone,Mars/Olympus,true,100,10,5,,
            m-4,,UTC,false,-3,0,0,,
            m-5,Cy Diaz,UTC,maybe,10,0,0,,
            """;

    private static final String ACTIVITIES = """
            id,member_id,type,at,contact_id,contact_seniority,contact_account_id,contact_degree,contact_colleague,engagement
            a1,m-1,POST_COMMENTED,2026-11-20T09:00:00Z,,,,,,
            a2,m-1,CONNECTION_REQUEST_SENT,2026-11-21T09:00:00Z,c-1,VP,acme,2,false,
            a3,m-1,CONNECTION_REQUEST_ACCEPTED,2026-11-22T09:00:00+01:00,c-1,VP,acme,1,false,
            a4,m-2,post_published,2026-11-25T12:00:00Z,,,,,,31
            a5,m-2,POST_LIKED,yesterday,,,,,,
            a6,m-2,TELEPATHY,2026-11-25T12:00:00Z,,,,,,
            a7,m-9,POST_LIKED,2026-11-25T12:00:00Z,,,,,,
            a8,m-1,PROFILE_VIEWED,2026-11-26T12:00:00Z,c-2,EMPEROR,,,,
            a9,m-2,MESSAGE_SENT,2026-11-27T12:00:00Z,c-3,,,7,,
            a1,m-1,POST_COMMENTED,2026-11-20T09:00:00Z,,,,,,
            """;

    @TempDir
    Path dir;
    private Path members;
    private Path activities;

    @BeforeEach
    void files() throws Exception {
        members = dir.resolve("members.csv");
        activities = dir.resolve("activities.csv");
        Files.writeString(members, MEMBERS);
        Files.writeString(activities, ACTIVITIES);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SsiCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run score(String format) {
        return run("score", "--profiles", members.toString(), "--activities", activities.toString(), "--as-of",
                "2026-11-30", "--format", format, "--privacy-floor", "1");
    }

    @Test
    void badRowsAreReportedWithFileLineAndColumnAndSkippedAndTheExitCodeSaysSo() {
        Run r = score("text");
        assertThat(r.code()).isEqualTo(SsiCommand.ROWS_SKIPPED);
        assertThat(r.err().lines()).contains(
                "members.csv line 4, column 3 (time_zone): time_zone must be a zone id such as Europe/Berlin, but was "
                        + "Mars/Olympus; row skipped",
                "members.csv line 5, column 5 (connections): connections must be >= 0, but was -3; row skipped",
                "members.csv line 6, column 4 (has_photo): has_photo must be true or false, but was maybe; row skipped",
                "activities.csv line 6, column 4 (at): at must be an ISO-8601 instant such as 2026-11-02T09:15:00Z, "
                        + "but was yesterday; row skipped",
                "activities.csv line 9, column 6 (contact_seniority): contact_seniority must be one of [UNKNOWN, "
                        + "ENTRY, SENIOR, MANAGER, DIRECTOR, VP, CXO, OWNER, PARTNER], but was EMPEROR; row skipped",
                "activities.csv line 8, column 2 (member_id): 1 row name member m-9, who is not in the members file "
                        + "(or whose row was skipped); skipped",
                "8 rows were skipped; the rest were scored.");
        assertThat(r.err()).contains("activities.csv line 7, column 3 (type): type must be one of [");
        assertThat(r.err()).contains("activities.csv line 10, column 8 (contact_degree): degree must be");
        // The good members still score, by name, team first; diagnostics at the end.
        assertThat(r.out()).contains("Ada Byron: SSI", "Bo Chen: SSI").doesNotContain("Bad Zone");
        assertThat(r.out().indexOf("THE TEAM")).isLessThan(r.out().indexOf("Ada Byron: SSI"));
        assertThat(r.out().indexOf("NOTES ON THE DATA")).isGreaterThan(r.out().indexOf("Bo Chen: SSI"));
        assertThat(r.out()).contains("members.csv line 4, column 3 (time_zone)");
    }

    @Test
    void cleanFilesExitZero() throws Exception {
        Files.writeString(members, MEMBERS.lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
        Files.writeString(activities, ACTIVITIES.lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
        Run r = score("text");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(SsiCommand.OK);
    }

    @Test
    void jsonIsOneAdvicePerMemberThatReadsBackAndMatchesTheSchema() throws Exception {
        Run r = score("json");
        assertThat(r.code()).as(r.err()).isEqualTo(SsiCommand.ROWS_SKIPPED);
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        List<Advice> advice = plain.readValue(r.out(), new TypeReference<List<Advice>>() { });
        assertThat(advice).extracting(a -> a.score().memberId()).containsExactly("m-1", "m-2");
        JsonNode tree = plain.readTree(r.out());
        for (JsonNode a : tree) {
            assertThat(ScoreSchemaTest.schema().validate(a, "advice")).isEmpty();
        }
        // Scored as of the end of 30 November in Berlin, exactly as the library would.
        assertThat(advice.get(0).score().asOf()).isEqualTo(SsiCalculator.endOfDay(java.time.LocalDate.of(2026, 11, 30),
                java.time.ZoneId.of("Europe/Berlin")));
        assertThat(tree.get(0).get("score").get("asOf").asText()).isEqualTo("2026-11-30T22:59:59.999999999Z");
        assertThat(advice.get(0).score().ignored().duplicates()).isEqualTo(1);
    }

    @Test
    void csvHasOneRowPerMember() throws Exception {
        Run r = score("csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).extracting(x -> x.get("name")).containsExactly("Ada Byron", "Bo Chen");
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(Reports.CSV_COLUMNS);
        double total = Double.parseDouble(rows.get(0).get("total"));
        double sum = 0;
        for (String p : List.of("brand", "find", "engage", "relationships")) {
            sum += Double.parseDouble(rows.get(0).get(p));
        }
        assertThat(total).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(rows.get(0).get("next_step_1")).isNotBlank();
    }

    @Test
    void htmlGoesToTheOutFileInTheReadersLanguage() throws Exception {
        Path out = dir.resolve("team.html");
        Run r = run("score", "--profiles", members.toString(), "--activities", activities.toString(), "--as-of",
                "2026-11-30T17:00:00Z", "--format", "html", "--out", out.toString(), "--locale", "de");
        assertThat(r.code()).isEqualTo(SsiCommand.ROWS_SKIPPED);
        assertThat(r.out()).isEmpty();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"de\"", "Ada Byron", "Bo Chen",
                "Die drei besten nächsten Schritte", "class=\"dial\"").doesNotContain("<script", "http://", "https://");
    }

    @Test
    void aMissingFileAndABadDateAreErrorsNotScores() {
        Run missing = run("score", "--profiles", dir.resolve("nope.csv").toString(), "--activities",
                activities.toString());
        assertThat(missing.code()).isEqualTo(SsiCommand.FAILED);
        assertThat(missing.err()).contains("nope.csv");
        Run date = run("score", "--profiles", members.toString(), "--activities", activities.toString(), "--as-of",
                "soon");
        assertThat(date.code()).isEqualTo(SsiCommand.USAGE);
        assertThat(date.err()).contains("--as-of must be a date such as 2026-11-30", "but was soon");
        assertThat(run("score").code()).isEqualTo(SsiCommand.USAGE);
    }

    @Test
    void aHeaderWithoutARequiredColumnFails() throws Exception {
        Files.writeString(activities, "id,member,type,at\na1,m-1,POST_LIKED,2026-11-20T09:00:00Z\n");
        Run r = score("text");
        assertThat(r.code()).isEqualTo(SsiCommand.FAILED);
        assertThat(r.err()).contains("activities.csv line 1: the header must name the column member_id");
    }

    @Test
    void noArgumentsPrintTheSampleTeamsReportTeamFirstNamesAndNotesLast() {
        Run r = run();
        assertThat(r.code()).isEqualTo(SsiCommand.OK);
        String out = r.out();
        assertThat(out).startsWith("SSI team report: 7 members, as of November 30, 2026");
        TeamScores team = SampleTeamScores.get();
        int team0 = out.indexOf("THE TEAM");
        int notes = out.indexOf("NOTES ON THE DATA");
        assertThat(team0).isPositive().isLessThan(notes);
        io.ssi.core.Pillar weakest = team.weakestPillar();
        assertThat(out.substring(team0, out.indexOf("-----"))).contains("Weakest pillar: "
                + TextReport.pillarName(weakest, java.util.Locale.ENGLISH), "Leaderboard");
        for (TeamScores.Member m : team.members()) {
            String heading = m.name() + ": SSI " + String.format(java.util.Locale.ENGLISH, "%.1f", m.score().total());
            assertThat(out.indexOf(heading)).as(heading).isGreaterThan(team0).isLessThan(notes);
            // Diagnostics (time zone, rows not counted) only in the notes, in plain words.
            assertThat(out.indexOf(m.profile().timeZone().getId())).isGreaterThan(notes);
        }
        assertThat(out).doesNotContain("recency-weighted", "brand.", "relationships.", "rep-ava ", "rep-ava:");
        assertThat(out.substring(notes)).contains("older than the 90-day window", "privacy floor is lowered");
    }

    @Test
    void theSampleReportSpeaksGerman() {
        Run r = run("--locale", "de");
        assertThat(r.code()).isEqualTo(SsiCommand.OK);
        assertThat(r.out()).startsWith("SSI-Teambericht: 7 Mitglieder").contains("DAS TEAM",
                "Die drei besten nächsten Schritte", "Beziehungen aufbauen", "Punkte");
    }

    @Test
    void theSampleReportAsHtmlIsOneSelfContainedFile() throws Exception {
        Path out = dir.resolve("sample.html");
        assertThat(run("--format", "html", "--out", out.toString()).code()).isEqualTo(SsiCommand.OK);
        String html = Files.readString(out);
        assertThat(html).doesNotContain("<script", "<link", "<img", "url(", "http://", "https://", "@import");
        assertThat(html).contains("<style>", "<svg class=\"dial\"", "id=\"leaderboard\"", "id=\"heatmap\"");
        assertThat(html.indexOf("id=\"leaderboard\"")).isLessThan(html.indexOf("class=\"card member\""));
    }
    /** Salesforce Task rows as the CRM sync writes them: two reps (one by its 15-character id), calls and emails. */
    private static final String TASKS = """
            Id,Subject,ActivityDate,CreatedDate,WhoId,Who.Title,Who.AccountId,OwnerId,Status,TaskSubtype
            00T000000000001AAA,LinkedIn Message,2026-11-20,2026-11-20T08:15:00Z,003000000000001AAA,VP Sales,001000000000001AAA,005000000000001AAA,Completed,Task
            00T000000000002AAA,LinkedIn InMail: Intro,2026-11-21,,003000000000002AAA,Director,,005000000000001AAA,Completed,Task
            00T000000000003AAA,Call: pricing,2026-11-22,,003000000000002AAA,,,005000000000001AAA,Completed,Call
            00T000000000004AAA,Email: follow-up,2026-11-23,,,,,005000000000001AAA,Completed,Email
            00T000000000005AAA,LinkedIn Connection Request,2026-11-24,,003000000000003AAA,,,005000000000002AAA,Completed,Task
            00T000000000006AAA,LinkedIn Message,2026-11-25,,,,,005000000000009AAA,Completed,Task
            """;

    @Test
    void aSalesforceExportIsMappedScoredAndItsUnmappedRowsCarriedIntoTheScores() throws Exception {
        Path people = dir.resolve("reps.csv");
        Files.writeString(people, """
                id,name,time_zone,connections
                005000000000001AAA,Ada Byron,Europe/Berlin,800
                005000000000002,Bo Chen,,500+
                """);
        Path tasks = dir.resolve("tasks.csv");
        Files.writeString(tasks, TASKS);

        Run r = run("score", "--profiles", people.toString(), "--activities", tasks.toString(), "--mapping",
                "salesforce-tasks", "--as-of", "2026-11-30", "--format", "json", "--privacy-floor", "1");

        assertThat(r.code()).as(r.err()).isEqualTo(SsiCommand.OK);
        JsonNode tree = new ObjectMapper().findAndRegisterModules().readTree(r.out());
        JsonNode ada = tree.get(0).get("score");
        JsonNode bo = tree.get(1).get("score");
        assertThat(ada.get("memberId").asText()).isEqualTo("005000000000001AAA");
        assertThat(ada.get("dataQuality").get("unmappedRows").asInt()).isEqualTo(2);
        assertThat(ada.get("dataQuality").get("activitiesWithContact").asInt()).isEqualTo(2);
        assertThat(ada.get("dataQuality").get("timeZoneDefaulted").asBoolean()).isFalse();
        assertThat(bo.get("dataQuality").get("unmappedRows").asInt()).isZero();
        assertThat(bo.get("dataQuality").get("activitiesWithContact").asInt()).isEqualTo(1);
        assertThat(bo.get("dataQuality").get("timeZoneDefaulted").asBoolean()).isTrue();
        assertThat(r.err()).contains("tasks.csv: 6 rows, 4 mapped", "2 unmapped {Call=1, Email=1}",
                "1 mapped row belongs to owners who are not in the members file");
        assertThat(r.err()).doesNotContain("pricing", "follow-up", "VP Sales");
    }

    @Test
    void anUnknownMappingIsAUsageError() {
        Run r = run("score", "--profiles", members.toString(), "--activities", activities.toString(), "--mapping",
                "dynamics");

        assertThat(r.code()).isEqualTo(SsiCommand.USAGE);
        assertThat(r.err()).contains("--mapping must be one of ssi, salesforce-tasks, hubspot-messages, but was dynamics");
    }
}
