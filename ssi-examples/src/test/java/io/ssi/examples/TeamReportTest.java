package io.ssi.examples;

import io.ssi.core.ScoreBand;
import io.ssi.core.SsiCalculator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the report's {@code main} as a newcomer would, and checks that it reports real scores. */
final class TeamReportTest {

    private static final Pattern TOTAL = Pattern.compile("^  SSI (\\d+\\.\\d) / 100  ([A-Z]+) ", Pattern.MULTILINE);
    private static final Pattern PILLAR = Pattern.compile("^  [A-Z][a-z ]+ +(\\d+\\.\\d) / 25  \\[[#.]{20}]$",
            Pattern.MULTILINE);

    @Test
    void mainPrintsABlockWithTotalBandAndPillarsForEveryMember() {
        String report = runMain();

        assertThat(report).contains("SSI");
        List<SampleMember> team = SampleTeam.members();
        for (SampleMember m : team) {
            assertThat(report).contains(m.profile().id() + "  " + m.description());
        }

        List<Double> totals = new ArrayList<>();
        Matcher total = TOTAL.matcher(report);
        while (total.find()) {
            totals.add(Double.parseDouble(total.group(1)));
            assertThat(ScoreBand.valueOf(total.group(2))).isNotNull();
        }
        assertThat(totals).hasSize(team.size()).allSatisfy(t -> assertThat(t).isBetween(0.0, 100.0));

        List<Double> pillars = new ArrayList<>();
        Matcher pillar = PILLAR.matcher(report);
        while (pillar.find()) {
            pillars.add(Double.parseDouble(pillar.group(1)));
        }
        assertThat(pillars).hasSize(4 * team.size()).allSatisfy(p -> assertThat(p).isBetween(0.0, 25.0));
    }

    @Test
    void mainShowsWhatEarnedThePointsAndTheTeamSummary() {
        String report = runMain();

        // Two contributions with their explanation under each pillar of each member.
        assertThat(Pattern.compile("^      [a-z]+\\.[a-z-]+ +\\d+\\.\\d / \\d+\\.\\d  \\S.*$", Pattern.MULTILINE)
                .matcher(report).results().count()).isEqualTo(2L * 4 * SampleTeam.members().size());
        assertThat(report).contains("a week earns all", "the profile has a profile photo");
        assertThat(report).contains("model standard-1", "as of 2026-11-30T17:00:00Z");
        assertThat(report).containsPattern("Team SSI: average \\d+\\.\\d");
        // The bands that the sample team spans, from the laggard newcomer to the leading trained rep.
        assertThat(report).contains("LAGGARD", "DEVELOPING", "GOOD", "LEADER");
        // The lapsed rep's old activity is reported, not silently dropped.
        assertThat(report).containsPattern("not counted: \\d+ before the window");
    }

    @Test
    void reportIsTheSameOnEveryRun() {
        assertThat(runMain()).isEqualTo(runMain());
    }

    @Test
    void aReportOfAnEmptyTeamSaysSoRatherThanFailing() {
        String report = new TeamReport(SsiCalculator.standard()).render(List.of(), SampleTeam.AS_OF);
        assertThat(report).contains("SSI team report: 0 members", "Team SSI: no members");
    }

    private static String runMain() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            TeamReport.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
