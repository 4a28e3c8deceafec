package io.ssi.examples;

import io.ssi.core.SsiCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the main of every example that the README shows, checks what it prints, and checks that
 * the README shows its code word for word, so the README's examples compile, run and never rot.
 */
final class ExamplesTest {

    @ParameterizedTest
    @ValueSource(classes = {GuideExample.class, HistoryExample.class, PeersExample.class, BatchExample.class,
            NightlyExample.class})
    void readmeShowsTheExampleWordForWord(Class<?> example) {
        assertThat(ReadmeSnippets.readme())
                .as("README.md must show the code between the README markers of %s, in a java block",
                        example.getSimpleName())
                .contains("```java\n" + ReadmeSnippets.of(example) + "```\n");
    }

    @Test
    void guidePrintsTheNewcomersTopThreeInEnglishThenInGermanWithTheCallersOwnMessage() {
        List<String> lines = run(GuideExample::main);

        assertThat(lines).hasSize(1 + 3 * 2 + 1 + 3);
        assertThat(lines.get(0)).matches("SSI \\d+\\.\\d, LAGGARD: Below 30: starting out\\..*");
        List<String> gains = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(1 + 2 * i)).matches("\\+\\d+\\.\\d  [A-Z_]+  [a-z]+\\.[a-z-]+");
            assertThat(lines.get(2 + 2 * i)).startsWith("      ").contains("points");
            gains.add(lines.get(1 + 2 * i).substring(1, lines.get(1 + 2 * i).indexOf(' ')));
        }
        assertThat(lines.get(7)).startsWith("Unter 30: am Anfang.");
        List<String> german = lines.subList(8, 11);
        // The same recommendations, in the same order, in German: "Punkte" and decimal commas.
        for (int i = 0; i < 3; i++) {
            assertThat(german.get(i)).startsWith("+" + gains.get(i) + "  ").contains("Punkte");
        }
        assertThat(german).anySatisfy(l -> assertThat(l).matches(
                "\\+\\d+\\.\\d  Kommentieren Sie [\\d,]+-mal mehr pro Woche mit eigener Einsicht: \\+\\d+,\\d Punkte\\."));
        assertThat(german).anySatisfy(l -> assertThat(l).contains("Posten Sie"));
    }

    @Test
    void historyPrintsAMonthlyLineAndTheLapsedRepsTrends() {
        List<String> lines = run(HistoryExample::main);

        assertThat(lines).hasSize(4 + 3 + 1);
        assertThat(lines.subList(0, 4)).allSatisfy(l -> assertThat(l).matches("2026-\\d\\d-\\d\\d  \\d+\\.\\d"));
        assertThat(lines.get(0)).startsWith("2026-11-30  ");
        double today = Double.parseDouble(lines.get(0).substring(12));
        double twoMonthsAgo = Double.parseDouble(lines.get(2).substring(12));
        assertThat(today).isLessThan(twoMonthsAgo - 20);
        assertThat(lines.get(4)).matches(" 7 days: DECLINING +-\\d+\\.\\d \\(engage -\\d+\\.\\d\\)");
        assertThat(lines.get(5)).startsWith("30 days: DECLINING");
        assertThat(lines.get(6)).startsWith("90 days: DECLINING");
        // A lapsed rep fades day by day (standard-2 tapers the window), so her last week fell by
        // more than 5 points and even the coarser policy reads it as declining.
        assertThat(lines.get(7)).isEqualTo("7 days under a 5-point threshold: DECLINING");
    }

    @Test
    void peersShowsTheDefaultFloorWithholdingTheTeamThenItsStatistics() {
        List<String> lines = run(PeersExample::main);

        assertThat(lines.get(0)).isEqualTo("false: cohort sample-team has 7 members; statistics need at least 10,"
                + " so that no one's score can be inferred");
        assertThat(lines.get(1)).matches("average \\d+\\.\\d, median \\d+\\.\\d; engage average \\d+\\.\\d,"
                + " median \\d+\\.\\d");
        assertThat(lines.get(2)).matches("1\\. rep-ava +\\d+\\.\\d  top 15%");
        assertThat(lines.get(3)).matches("2\\. rep-chloe +\\d+\\.\\d  top 29%");
        assertThat(lines.get(4)).matches("3\\. rep-gia +\\d+\\.\\d  top 43%");
        assertThat(lines.get(5)).isEqualTo("rep-gia: rank 3 of 7, top 43%");
        assertThat(lines).hasSize(6);
    }

    @Test
    void theNightlyStreamStoresEachMembersCompactScoreAsScoringThemAloneGives() {
        List<String> lines = run(NightlyExample::main);

        List<SampleMember> team = SampleTeam.members();
        assertThat(lines).hasSize(team.size() + 1);
        SsiCalculator calc = SsiCalculator.standard();
        for (int i = 0; i < team.size(); i++) {
            SampleMember m = team.get(i);
            var s = calc.score(m.profile(), m.activities(), SampleTeam.AS_OF);
            assertThat(lines.get(i)).isEqualTo(String.format(Locale.ENGLISH, "%d %-9s %5.1f %s", i, m.profile().id(),
                    s.total(), s.band()));
        }
        assertThat(lines.get(team.size())).isEqualTo(team.size() + " members, 0 failed");
    }

    @Test
    void batchReportsTheBadRowForItselfAndScoresTheOthersAsOneByOne() {
        List<String> lines = run(BatchExample::main);

        List<SampleMember> team = SampleTeam.members();
        assertThat(lines).hasSize(team.size() + 1);
        assertThat(lines.get(2)).isEqualTo("2 rep-gia   failed: connections must be >= 0, but was -3");
        SsiCalculator calc = SsiCalculator.standard();
        List<String> expected = new ArrayList<>();
        for (SampleMember m : team) {
            expected.add(String.format(Locale.ENGLISH, "%-9s %.1f", m.profile().id(),
                    calc.score(m.profile(), m.activities(), SampleTeam.AS_OF).total()));
        }
        expected.add(2, null);
        for (int i = 0; i < lines.size(); i++) {
            if (i != 2) {
                assertThat(lines.get(i)).isEqualTo(i + " " + expected.get(i));
            }
        }
    }

    /**
     * Runs a main with standard output captured, under an English default locale, as the
     * README's printed examples were.
     */
    private static List<String> run(Consumer<String[]> main) {
        PrintStream original = System.out;
        Locale locale = Locale.getDefault();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Locale.setDefault(Locale.ENGLISH);
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
            Locale.setDefault(locale);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
