package io.ssi.examples;

import io.ssi.core.Pillar;
import io.ssi.core.PillarScore;
import io.ssi.core.RuleContribution;
import io.ssi.core.RuleFailure;
import io.ssi.core.ScoreBand;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the {@linkplain SampleTeam bundled sample team} with the standard model and prints a
 * plain-text report: one block per member (total, band, the four pillars and what earned each
 * pillar's points), then the team as a whole. This is the project's main job:
 *
 * <pre>{@code
 * java -jar ssi-examples/target/ssi-examples.jar
 * }</pre>
 *
 * <p>The report is built from sections, each one method. A member block runs every
 * {@link MemberSection} in {@link #memberSections()} in order; the team part runs every
 * {@link TeamSection} in {@link #teamSections()}. To add a section (recommendations, a trend,
 * a rank, a leaderboard), write one method with the section's signature and add it to the
 * list. Sections print ASCII only, with numbers formatted in {@link Locale#ROOT}, so the
 * report reads the same in every terminal and locale.
 *
 * <p>Like everything in ssi, the report shows ids, figures and explanations, never headlines,
 * summaries or contact ids.
 */
public final class TeamReport {

    /** Width of a pillar's bar, in characters: one per 1.25 points. */
    static final int BAR_WIDTH = 20;
    /** Contributions shown under each pillar. */
    static final int TOP_CONTRIBUTIONS = 2;

    private static final String RULE = "-".repeat(78);

    private final SsiCalculator calculator;

    /**
     * A report that scores with the given calculator.
     *
     * @param calculator the calculator, for example {@link SsiCalculator#standard()}
     */
    public TeamReport(SsiCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /**
     * Prints the report of the sample team, scored as of {@link SampleTeam#AS_OF}, to standard
     * output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false);
        new TeamReport(SsiCalculator.standard()).print(SampleTeam.members(), SampleTeam.AS_OF, out);
        out.flush();
    }

    /**
     * Scores a team and prints the report.
     *
     * @param members the team
     * @param asOf    the instant to score every member at
     * @param out     where to print; flushed by the caller
     */
    public void print(List<SampleMember> members, Instant asOf, PrintWriter out) {
        Team team = score(members, asOf);
        header(team, out);
        for (ScoredMember m : team.members()) {
            out.println(RULE);
            for (MemberSection section : memberSections()) {
                section.print(team, m, out);
            }
        }
        out.println(RULE);
        for (TeamSection section : teamSections()) {
            section.print(team, out);
        }
    }

    /**
     * The report as a string.
     *
     * @param members the team
     * @param asOf    the instant to score every member at
     * @return the report, lines separated by the platform's line separator
     */
    public String render(List<SampleMember> members, Instant asOf) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            print(members, asOf, out);
        }
        return s.toString();
    }

    /** Scores every member once; sections read these scores rather than rescoring. */
    Team score(List<SampleMember> members, Instant asOf) {
        List<ScoredMember> scored = new ArrayList<>(members.size());
        for (SampleMember m : members) {
            scored.add(new ScoredMember(m, calculator.score(m.profile(), m.activities(), asOf)));
        }
        return new Team(asOf, calculator, scored);
    }

    // ---------------------------------------------------------------------------------------
    // Sections. Each prints one part of the report; the lists below say which and in what order.

    /** @return the sections of each member's block, in order */
    List<MemberSection> memberSections() {
        return List.of(this::memberHeading, this::pillars);
    }

    /** @return the sections after the member blocks, in order */
    List<TeamSection> teamSections() {
        return List.of(this::teamSummary);
    }

    private void header(Team team, PrintWriter out) {
        out.printf(Locale.ROOT, "SSI team report: %d members, as of %s, model %s%n", team.members().size(),
                team.asOf(), team.calculator().modelVersion());
        out.printf(Locale.ROOT, "Each pillar is worth up to %.0f points; the SSI is their sum, 0 to 100.%n",
                Pillar.MAX_POINTS);
    }

    /** Who the member is, their SSI and band, and anything the score did not count. */
    void memberHeading(Team team, ScoredMember m, PrintWriter out) {
        SsiScore s = m.score();
        out.printf(Locale.ROOT, "%s  %s%n", m.id(), m.member().description());
        out.printf(Locale.ROOT, "  SSI %.1f / 100  %s  (%s, %d activities)%n", s.total(), s.band(),
                m.member().profile().timeZone(), m.member().activities().size());
        int ignored = s.ignored().total();
        if (ignored > 0) {
            out.printf(Locale.ROOT, "  not counted: %d before the window, %d after as-of, %d duplicates%n",
                    s.ignored().beforeWindow(), s.ignored().afterAsOf(), s.ignored().duplicates());
        }
        for (RuleFailure f : s.failures()) {
            out.printf(Locale.ROOT, "  incomplete: rule %s failed and was left out of %s%n", f.ruleId(),
                    pillarName(f.pillar()));
        }
    }

    /** The four pillars, each with a bar and the contributions that earned it the most. */
    void pillars(Team team, ScoredMember m, PrintWriter out) {
        int idWidth = team.ruleIdWidth();
        for (Pillar p : Pillar.values()) {
            PillarScore ps = m.score().pillar(p);
            out.printf(Locale.ROOT, "  %-24s %4.1f / %.0f  [%s]%n", pillarName(p), ps.points(), ps.maxPoints(),
                    bar(ps.points(), ps.maxPoints()));
            for (RuleContribution c : ps.topContributions(TOP_CONTRIBUTIONS)) {
                out.printf(Locale.ROOT, "      %-" + idWidth + "s %3.1f / %3.1f  %s%n", c.ruleId(), c.points(),
                        c.maxPoints(), c.explanation());
            }
        }
    }

    /** The team as a whole: average and spread, members per band, the weakest pillar. */
    void teamSummary(Team team, PrintWriter out) {
        List<ScoredMember> members = team.members();
        if (members.isEmpty()) {
            out.println("Team SSI: no members");
            return;
        }
        List<ScoredMember> ranked = byTotal(team);
        int n = ranked.size();
        double average = 0;
        for (ScoredMember m : ranked) {
            average += m.score().total() / n;
        }
        double median = (ranked.get((n - 1) / 2).score().total() + ranked.get(n / 2).score().total()) / 2;
        ScoredMember best = ranked.get(0);
        ScoredMember last = ranked.get(n - 1);

        Map<ScoreBand, Integer> bands = new EnumMap<>(ScoreBand.class);
        for (ScoreBand b : ScoreBand.values()) {
            bands.put(b, 0);
        }
        Map<Pillar, Double> pillarAverage = new EnumMap<>(Pillar.class);
        for (ScoredMember m : members) {
            bands.merge(m.score().band(), 1, Integer::sum);
            for (Pillar p : Pillar.values()) {
                pillarAverage.merge(p, m.score().pillar(p).points() / n, Double::sum);
            }
        }
        Pillar weakest = pillarAverage.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();

        StringBuilder bandCounts = new StringBuilder();
        for (int i = ScoreBand.values().length - 1; i >= 0; i--) {
            ScoreBand b = ScoreBand.values()[i];
            bandCounts.append(bandCounts.length() == 0 ? "" : ", ").append(bands.get(b)).append(' ').append(b);
        }
        out.printf(Locale.ROOT, "Team SSI: average %.1f, median %.1f, from %.1f (%s) to %.1f (%s)%n", average, median,
                last.score().total(), last.id(), best.score().total(), best.id());
        out.printf(Locale.ROOT, "  bands: %s%n", bandCounts);
        out.printf(Locale.ROOT, "  weakest pillar on average: %s, %.1f / %.0f%n", pillarName(weakest),
                pillarAverage.get(weakest), Pillar.MAX_POINTS);
    }

    // ---------------------------------------------------------------------------------------
    // Helpers shared by sections.

    /**
     * A pillar's name as LinkedIn shows it.
     *
     * @param p the pillar
     * @return a short English name
     */
    static String pillarName(Pillar p) {
        switch (p) {
            case PROFESSIONAL_BRAND: return "Professional brand";
            case FIND_RIGHT_PEOPLE: return "Find the right people";
            case ENGAGE_WITH_INSIGHTS: return "Engage with insights";
            case BUILD_RELATIONSHIPS: return "Build relationships";
            default: throw new IllegalArgumentException("unknown pillar " + p);
        }
    }

    /**
     * A text bar, {@value #BAR_WIDTH} characters wide.
     *
     * @param points the points, in {@code [0, max]}
     * @param max    the most points
     * @return for example {@code "###############....."} for 19 of 25
     */
    static String bar(double points, double max) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, points / max)) * BAR_WIDTH);
        return "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
    }

    /** The members sorted by total, best first; ties by id. For ranks and leaderboards. */
    static List<ScoredMember> byTotal(Team team) {
        List<ScoredMember> sorted = new ArrayList<>(team.members());
        sorted.sort(Comparator.comparingDouble((ScoredMember m) -> m.score().total()).reversed()
                .thenComparing(ScoredMember::id));
        return sorted;
    }

    /**
     * One member and their score.
     *
     * @param member the member, with profile and activities
     * @param score  their score as of the report's instant
     */
    record ScoredMember(SampleMember member, SsiScore score) {
        /** @return the member's id */
        String id() {
            return member.profile().id();
        }
    }

    /**
     * The scored team, as every section sees it.
     *
     * @param asOf       the instant every member was scored at
     * @param calculator the calculator that scored them, for sections that need more (a history)
     * @param members    the members in report order
     */
    record Team(Instant asOf, SsiCalculator calculator, List<ScoredMember> members) {
        Team {
            members = List.copyOf(members);
        }

        /** @return the length of the longest rule id, to align columns */
        int ruleIdWidth() {
            return calculator.rules().stream().mapToInt(r -> r.id().length()).max().orElse(1);
        }
    }

    /** A part of each member's block. */
    @FunctionalInterface
    interface MemberSection {
        /**
         * Prints this section for one member.
         *
         * @param team   the whole team, for sections that compare
         * @param member the member
         * @param out    where to print
         */
        void print(Team team, ScoredMember member, PrintWriter out);
    }

    /** A part of the report after the member blocks. */
    @FunctionalInterface
    interface TeamSection {
        /**
         * Prints this section.
         *
         * @param team the team
         * @param out  where to print
         */
        void print(Team team, PrintWriter out);
    }
}
