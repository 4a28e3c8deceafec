package io.ssi.examples;

import io.ssi.core.Recommendation;
import io.ssi.core.ScoreBand;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Trend;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the report's {@code main} as a newcomer would, and checks that it reports real scores. */
final class TeamReportTest {

    private static final Pattern TOTAL = Pattern.compile("^  SSI (\\d+\\.\\d) / 100  ([A-Z]+) ", Pattern.MULTILINE);
    private static final Pattern PILLAR = Pattern.compile("^  [A-Z][a-z ]+ +(\\d+\\.\\d) / 25  \\[[#.]{20}]$",
            Pattern.MULTILINE);
    /** A recommendation: the gain and code on one line, the message on the next. */
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "^    +\\+(\\d+\\.\\d)  ([a-z]+\\.[a-z-]+)\\R {11}(\\S.*)$", Pattern.MULTILINE);
    private static final Pattern TREND = Pattern.compile(
            "^  30-day trend: ([A-Z_]+) \\(([+-]\\d+\\.\\d)\\): brand [+-]\\d+\\.\\d, find [+-]\\d+\\.\\d,"
                    + " engage [+-]\\d+\\.\\d, relationships [+-]\\d+\\.\\d$", Pattern.MULTILINE);
    private static final Pattern RANK = Pattern.compile("^  Team rank (\\d+) of (\\d+), top (\\d+)%$",
            Pattern.MULTILINE);
    private static final Pattern LEADERBOARD_ROW = Pattern.compile("^  +(\\d+)  (rep-[a-z]+) +(\\d+\\.\\d)  ([A-Z]+)$",
            Pattern.MULTILINE);
    private static final String RULE = "-".repeat(78);

    /** The report of the sample team, printed once for the tests that only read it. */
    private static final String REPORT = runMain();

    @Test
    void mainPrintsABlockWithTotalBandAndPillarsForEveryMember() {
        String report = REPORT;

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
        String report = REPORT;

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
    void everyMemberGetsTheTopThreeRecommendationsOfTheAdvisorWithPositiveGainsBestFirst() {
        SsiCalculator calc = SsiCalculator.standard();
        SsiAdvisor advisor = SsiAdvisor.builder().discoverGenerators().calculator(calc).build();
        Map<String, String> blocks = memberBlocks(REPORT);
        for (SampleMember m : SampleTeam.members()) {
            String id = m.profile().id();
            SsiScore score = calc.score(m.profile(), m.activities(), SampleTeam.AS_OF);
            assertThat(score.total()).as(id).isLessThan(100.0);
            List<Recommendation> expected = advisor.advise(score, m.profile(), m.activities()).subList(0, 3);

            List<Shown> shown = RECOMMENDATION.matcher(blocks.get(id)).results().map(Shown::of).toList();
            assertThat(shown).as(id).hasSize(3);
            assertThat(shown).extracting(Shown::code).as(id)
                    .containsExactlyElementsOf(expected.stream().map(Recommendation::code).toList());
            assertThat(shown).extracting(Shown::message).as(id)
                    .containsExactlyElementsOf(expected.stream().map(Recommendation::message).toList());
            assertThat(shown).extracting(Shown::gain).as(id).containsExactlyElementsOf(expected.stream()
                    .map(r -> String.format(Locale.ROOT, "%.1f", r.expectedGain())).toList());
            List<Double> gains = shown.stream().map(r -> Double.parseDouble(r.gain())).toList();
            assertThat(gains).as(id).allSatisfy(g -> assertThat(g).isPositive());
            assertThat(gains).as(id).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void everyMemberGetsTheExplanationOfTheirBand() {
        SsiAdvisor advisor = SsiAdvisor.standard();
        Map<String, String> blocks = memberBlocks(REPORT);
        blocks.forEach((id, block) -> {
            Matcher total = TOTAL.matcher(block);
            assertThat(total.find()).as(id).isTrue();
            assertThat(block.lines()).as(id).contains("  Band: " + advisor.describe(ScoreBand.valueOf(total.group(2))));
        });
    }

    @Test
    void everyMemberHasA30DayTrendThatTellsTheirStory() {
        Map<String, String> blocks = memberBlocks(REPORT);
        Map<String, Trend.Direction> directions = new HashMap<>();
        blocks.forEach((id, block) -> {
            List<MatchResult> trends = TREND.matcher(block).results().toList();
            assertThat(trends).as(id).hasSize(1);
            Trend.Direction direction = Trend.Direction.valueOf(trends.get(0).group(1));
            double change = Double.parseDouble(trends.get(0).group(2));
            // The logs reach back far enough for every member to have a real trend.
            assertThat(direction).as(id).isNotEqualTo(Trend.Direction.INSUFFICIENT_DATA);
            if (direction == Trend.Direction.IMPROVING) {
                assertThat(change).as(id).isGreaterThanOrEqualTo(2.0);
            } else if (direction == Trend.Direction.DECLINING) {
                assertThat(change).as(id).isLessThanOrEqualTo(-2.0);
            } else {
                assertThat(Math.abs(change)).as(id).isLessThanOrEqualTo(2.0);
            }
            directions.put(id, direction);
        });
        assertThat(directions).containsEntry("rep-ben", Trend.Direction.IMPROVING)
                .containsEntry("rep-elena", Trend.Direction.DECLINING)
                .containsEntry("rep-ava", Trend.Direction.STEADY);
    }

    @Test
    void ranksAreOneToSevenOnceEachAndAgreeWithTheLeaderboard() {
        Map<String, String> blocks = memberBlocks(REPORT);
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, Double> totals = new HashMap<>();
        blocks.forEach((id, block) -> {
            Matcher rank = RANK.matcher(block);
            assertThat(rank.find()).as(id).isTrue();
            int r = Integer.parseInt(rank.group(1));
            assertThat(rank.group(2)).isEqualTo("7");
            // "top X%" is 100 * rank / size, rounded up.
            assertThat(Integer.parseInt(rank.group(3))).as(id).isEqualTo((int) Math.ceil(100.0 * r / 7));
            ranks.put(id, r);
            Matcher total = TOTAL.matcher(block);
            assertThat(total.find()).isTrue();
            totals.put(id, Double.parseDouble(total.group(1)));
        });
        assertThat(ranks.values()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);

        String team = REPORT.substring(REPORT.indexOf("Team leaderboard"));
        List<MatchResult> rows = LEADERBOARD_ROW.matcher(team).results().toList();
        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(r -> Integer.parseInt(r.group(1))).containsExactly(1, 2, 3, 4, 5, 6, 7);
        List<Double> boardTotals = rows.stream().map(r -> Double.parseDouble(r.group(3))).toList();
        assertThat(boardTotals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (MatchResult row : rows) {
            String id = row.group(2);
            assertThat(ranks.get(id)).as(id).isEqualTo(Integer.parseInt(row.group(1)));
            assertThat(totals.get(id)).as(id).isEqualTo(Double.parseDouble(row.group(3)));
            assertThat(ScoreBand.valueOf(row.group(4))).isNotNull();
        }
    }

    @Test
    void theLoweredPrivacyFloorIsStatedAndTheDefaultOneIsShownToWithholdTheTeam() {
        assertThat(REPORT.lines().findFirst().orElseThrow())
                .startsWith("SSI team report: 7 members")
                .endsWith("privacy floor 5 (lowered from 10 for this sample)");
        assertThat(REPORT).contains("Privacy: at the default floor of 10 members these ranks and statistics would be"
                + " withheld: cohort sample-team has 7 members; statistics need at least 10");
    }

    @Test
    void aTeamBelowTheFloorGetsNoRanksOnlyTheReason() {
        String report = new TeamReport(SsiCalculator.standard())
                .render(SampleTeam.members().subList(0, 3), SampleTeam.AS_OF);
        assertThat(report).doesNotContain("Team rank 1", "Team SSI: average", "Privacy:");
        assertThat(report).contains("Team rank withheld: cohort sample-team has 3 members; statistics need at least 10",
                "Team leaderboard withheld: ", "Team SSI withheld: ");
        // Scores, trends and recommendations are each member's own, and still shown.
        assertThat(TREND.matcher(report).results().count()).isEqualTo(3);
        assertThat(RECOMMENDATION.matcher(report).results().count()).isEqualTo(9);
    }

    @Test
    void reportIsAsciiAndTheSameOnEveryRunInEveryLocale() {
        assertThat(REPORT.chars().allMatch(c -> c < 128)).as("ASCII only").isTrue();
        Locale original = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("ar-EG")}) {
                Locale.setDefault(l);
                assertThat(runMain()).as(l.toString()).isEqualTo(REPORT);
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void aReportOfAnEmptyTeamSaysSoRatherThanFailing() {
        String report = new TeamReport(SsiCalculator.standard()).render(List.of(), SampleTeam.AS_OF);
        assertThat(report).contains("SSI team report: 0 members", "Team SSI: no members");
    }

    /** Each member's block of the report, by member id. */
    private static Map<String, String> memberBlocks(String report) {
        Map<String, String> blocks = new HashMap<>();
        for (String block : report.split(Pattern.quote(RULE) + "\\R")) {
            Matcher id = Pattern.compile("^(rep-[a-z]+)  ").matcher(block);
            if (id.find()) {
                blocks.put(id.group(1), block);
            }
        }
        assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(
                SampleTeam.members().stream().map(m -> m.profile().id()).collect(Collectors.toList()));
        return blocks;
    }

    /** One recommendation as the report prints it. */
    private record Shown(String gain, String code, String message) {
        static Shown of(MatchResult m) {
            return new Shown(m.group(1), m.group(2), m.group(3));
        }
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
