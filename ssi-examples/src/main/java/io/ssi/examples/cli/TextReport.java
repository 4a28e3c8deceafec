package io.ssi.examples.cli;

import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiScore;
import io.ssi.core.Standing;
import io.ssi.core.Trend;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The team's report as plain text, for a sales manager: the team first (average, median, the
 * weakest pillar and the leaderboard), then each member by name with the total and band, the
 * rank, the 30-day trend, the four pillars as bars out of 25 and the three best next steps in
 * the reader's language; notes on the data (time zones, rows not counted, skipped input rows)
 * come last. Stateless.
 */
public final class TextReport {

    /** Width of a pillar's bar, in characters: one per 1.25 points. */
    static final int BAR_WIDTH = 20;
    private static final String RULE = "-".repeat(78);

    private final Words words;

    /**
     * A report in the given language (English or German; any other gets English).
     *
     * @param locale the reader's language
     */
    public TextReport(Locale locale) {
        this.words = new Words(locale);
    }

    /**
     * Renders the report.
     *
     * @param team the scored team
     * @return the report, lines separated by {@code \n}
     */
    public String render(TeamScores team) {
        StringBuilder t = new StringBuilder(16 * 1024);
        String date = LocalDate.ofInstant(team.asOf(), ZoneOffset.UTC)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale()));
        line(t, words.format("textHeader", team.members().size(), date, team.modelVersion()));
        line(t, words.get("scale"));
        line(t, "");
        line(t, words.get("team"));
        if (!team.members().isEmpty()) {
            Pillar weakest = team.weakestPillar();
            line(t, "  " + words.format("teamLine", words.number(team.averageTotal()), words.number(team.medianTotal()),
                    words.pillar(weakest), words.number(team.average(weakest))));
        }
        int nameWidth = team.members().stream().mapToInt(m -> m.name().length()).max().orElse(4);
        List<TeamScores.Member> ranked = team.byTotal();
        line(t, "  " + words.get("leaderboard"));
        for (int i = 0; i < ranked.size(); i++) {
            TeamScores.Member m = ranked.get(i);
            int rank = team.statistics().flatMap(x -> x.standing(m.id())).map(Standing::rank).orElse(i + 1);
            line(t, String.format(words.locale(), "  %3d. %-" + nameWidth + "s %5s  %-11s %s", rank, m.name(),
                    words.number(m.score().total()), words.band(m.score().band()), bar(m.score().total(), 100)));
        }
        if (team.statistics().isEmpty() && !team.members().isEmpty()) {
            line(t, "  " + words.get("withheld") + ": " + team.withheldBecause());
        }
        for (TeamScores.Member m : team.members()) {
            line(t, RULE);
            member(team, m, t);
        }
        line(t, RULE);
        line(t, words.get("diagnostics").toUpperCase(words.locale()));
        for (TeamScores.Member m : team.members()) {
            SsiScore s = m.score();
            StringBuilder note = new StringBuilder("  ").append(m.name()).append(": ").append(words.get("timeZone"))
                    .append(' ').append(m.profile().timeZone().getId()).append(", ").append(m.activityCount())
                    .append(' ').append(words.get("activities"));
            if (s.ignored().total() > 0) {
                note.append("; ").append(words.format("notCounted", s.ignored().beforeWindow(), s.ignored().afterAsOf(),
                        s.ignored().duplicates(), s.ignored().suspectedDuplicates()));
            }
            s.failures().forEach(f -> note.append("; ").append(words.format("incomplete", words.pillar(f.pillar()))));
            line(t, note.toString());
        }
        for (String d : team.diagnostics()) {
            line(t, "  " + d);
        }
        line(t, "  " + words.format("privacy", team.privacyFloor()));
        return t.toString();
    }

    private void member(TeamScores team, TeamScores.Member m, StringBuilder t) {
        SsiScore s = m.score();
        line(t, words.format("memberLine", m.name(), words.number(s.total()), words.band(s.band())));
        Optional<Standing> st = team.statistics().flatMap(x -> x.standing(m.id()));
        st.ifPresent(x -> line(t, "  " + words.format("rankLine", x.rank(), x.cohortSize(), x.label())));
        Trend trend = m.trend();
        String direction = words.get(trend.direction().name());
        if (trend.direction() != Trend.Direction.INSUFFICIENT_DATA) {
            direction += " (" + (trend.totalChange() >= 0 ? "+" : "") + words.number(trend.totalChange()) + ")";
        }
        line(t, "  " + words.format("trendLine", direction));
        int width = 0;
        for (Pillar p : Pillar.values()) {
            width = Math.max(width, words.pillar(p).length());
        }
        for (Pillar p : Pillar.values()) {
            double v = s.pillar(p).points();
            line(t, String.format(words.locale(), "  %-" + width + "s  %s  %s", words.pillar(p),
                    bar(v, Pillar.MAX_POINTS), words.format("pillarLine", words.number(v))));
        }
        List<Recommendation> steps = m.recommendations().subList(0, Math.min(HtmlReport.NEXT_STEPS,
                m.recommendations().size()));
        line(t, "  " + words.get("nextSteps") + ":");
        if (steps.isEmpty()) {
            line(t, "    " + words.get("noSteps"));
        }
        for (Recommendation r : steps) {
            line(t, "    +" + words.number(r.expectedGain()) + "  " + r.message());
        }
    }

    /**
     * A pillar's name as the reports print it.
     *
     * @param pillar the pillar
     * @param locale the reader's language (English or German; any other gets English)
     * @return for example {@code "Find the right people"}
     */
    public static String pillarName(Pillar pillar, Locale locale) {
        return new Words(locale).pillar(pillar);
    }

    /** A bar of {@value #BAR_WIDTH} characters, filled in proportion to {@code value / max}. */
    static String bar(double value, double max) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, value / max)) * BAR_WIDTH);
        return "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
    }

    private static void line(StringBuilder t, String s) {
        t.append(s).append('\n');
    }
}
