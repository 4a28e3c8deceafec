package io.ssi.examples;

import io.ssi.core.Cohort;
import io.ssi.core.CohortStatistics;
import io.ssi.core.Pillar;
import io.ssi.core.PillarScore;
import io.ssi.core.Recommendation;
import io.ssi.core.RuleContribution;
import io.ssi.core.RuleFailure;
import io.ssi.core.ScoreBand;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Standing;
import io.ssi.core.Trend;
import io.ssi.core.TrendPolicy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the {@linkplain SampleTeam bundled sample team} with the standard model and prints a
 * plain-text report: one block per member (total and band with what the band means, team rank,
 * 30-day trend, the four pillars and what earned each pillar's points, and the top three
 * recommendations), then the team as a whole (leaderboard, summary, and what the default
 * privacy floor would do). This is the project's main job:
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
 * <p>Ranks, the leaderboard and the team's averages are the statistics of a {@link Cohort}, so
 * they respect its privacy floor: a team smaller than the floor gets no ranks, only the reason.
 * The sample team has 7 members, below the library's default floor of
 * {@value Cohort#DEFAULT_MINIMUM_SIZE}, so {@link #main} lowers the floor to
 * {@value #SAMPLE_PRIVACY_FLOOR}, says so in the header, and shows what the default would do.
 *
 * <p>Like everything in ssi, the report shows ids, figures and explanations, never headlines,
 * summaries or contact ids. The recommendations name target-account ids, which are the
 * caller's own CRM keys.
 */
public final class TeamReport {

    /** Width of a pillar's bar, in characters: one per 1.25 points. */
    static final int BAR_WIDTH = 20;
    /** Contributions shown under each pillar. */
    static final int TOP_CONTRIBUTIONS = 2;
    /** Recommendations shown for each member. */
    static final int TOP_RECOMMENDATIONS = 3;
    /** The period of the trend shown for each member, in days. */
    static final int TREND_DAYS = 30;
    /**
     * Days of daily history computed for each member, ending on the report's day: enough for
     * the trend over {@value #TREND_DAYS} days and for the longest standard period (90 days).
     */
    static final int HISTORY_DAYS = 120;
    /** The name of the team's cohort. */
    static final String COHORT = "sample-team";
    /** The privacy floor {@link #main} uses: lowered for the 7-member sample team. */
    static final int SAMPLE_PRIVACY_FLOOR = 5;

    private static final String RULE = "-".repeat(78);
    private static final String MESSAGE_INDENT = " ".repeat(11);

    private final SsiCalculator calculator;
    private final SsiAdvisor advisor;
    private final TrendPolicy trendPolicy = TrendPolicy.standard();
    private final int privacyFloor;

    /**
     * A report that scores with the given calculator, with the default privacy floor of
     * {@value Cohort#DEFAULT_MINIMUM_SIZE} members.
     *
     * @param calculator the calculator, for example {@link SsiCalculator#standard()}
     */
    public TeamReport(SsiCalculator calculator) {
        this(calculator, Cohort.DEFAULT_MINIMUM_SIZE);
    }

    /**
     * A report that scores with the given calculator and shows ranks and team statistics only
     * for a team of at least {@code privacyFloor} members. The recommendations come from the
     * generators that {@link java.util.ServiceLoader} finds, measured with the same calculator,
     * in English.
     *
     * @param calculator   the calculator, for example {@link SsiCalculator#standard()}
     * @param privacyFloor the smallest team that gets ranks and statistics, at least 1
     */
    public TeamReport(SsiCalculator calculator, int privacyFloor) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        if (privacyFloor < 1) {
            throw new IllegalArgumentException("privacyFloor must be >= 1, but was " + privacyFloor);
        }
        this.privacyFloor = privacyFloor;
        // English whatever the JVM's default locale, so the report reads the same everywhere.
        this.advisor = SsiAdvisor.builder().discoverGenerators().calculator(calculator).locale(Locale.ENGLISH).build();
    }

    /**
     * Prints the report of the sample team, scored as of {@link SampleTeam#AS_OF}, to standard
     * output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false);
        new TeamReport(SsiCalculator.standard(), SAMPLE_PRIVACY_FLOOR).print(SampleTeam.members(), SampleTeam.AS_OF,
                out);
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

    /**
     * Scores, advises and trends every member once, and ranks the team; sections read these
     * rather than computing anything again.
     */
    Team score(List<SampleMember> members, Instant asOf) {
        List<ScoredMember> scored = new ArrayList<>(members.size());
        List<SsiScore> scores = new ArrayList<>(members.size());
        for (SampleMember m : members) {
            SsiScore score = calculator.score(m.profile(), m.activities(), asOf);
            List<Recommendation> recommendations = advisor.advise(score, m.profile(), m.activities());
            // Days in the member's own time zone, each scored as of its end; the last is today.
            LocalDate today = LocalDate.ofInstant(asOf, m.profile().timeZone());
            List<SsiScore> history = calculator.history(m.profile(), m.activities(),
                    today.minusDays(HISTORY_DAYS - 1L), today);
            scored.add(new ScoredMember(m, score, recommendations, trendPolicy.trend(history, TREND_DAYS)));
            scores.add(score);
        }
        Optional<Cohort> cohort = scores.isEmpty() ? Optional.empty()
                : Optional.of(Cohort.builder(COHORT).minimumSize(privacyFloor).addAll(scores).build());
        return new Team(asOf, calculator, scored, cohort);
    }

    // ---------------------------------------------------------------------------------------
    // Sections. Each prints one part of the report; the lists below say which and in what order.

    /** @return the sections of each member's block, in order */
    List<MemberSection> memberSections() {
        return List.of(this::memberHeading, this::band, this::rank, this::trend, this::pillars, this::recommendations);
    }

    /** @return the sections after the member blocks, in order */
    List<TeamSection> teamSections() {
        return List.of(this::leaderboard, this::teamSummary, this::defaultPrivacyFloor);
    }

    private void header(Team team, PrintWriter out) {
        String floor = privacyFloor < Cohort.DEFAULT_MINIMUM_SIZE
                ? String.format(Locale.ROOT, "privacy floor %d (lowered from %d for this sample)", privacyFloor,
                        Cohort.DEFAULT_MINIMUM_SIZE)
                : String.format(Locale.ROOT, "privacy floor %d", privacyFloor);
        out.printf(Locale.ROOT, "SSI team report: %d members, as of %s, model %s, %s%n", team.members().size(),
                team.asOf(), team.calculator().modelVersion(), floor);
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

    /** What the member's band means, in the advisor's words and under the calculator's thresholds. */
    void band(Team team, ScoredMember m, PrintWriter out) {
        out.printf(Locale.ROOT, "  Band: %s%n", advisor.describe(m.score().band()));
    }

    /** The member's place in the team, if the team is large enough to be ranked. */
    void rank(Team team, ScoredMember m, PrintWriter out) {
        Optional<Standing> standing = team.statistics().flatMap(s -> s.standing(m.id()));
        if (standing.isPresent()) {
            out.printf(Locale.ROOT, "  Team rank %d of %d, %s%n", standing.get().rank(), standing.get().cohortSize(),
                    standing.get().label());
        } else {
            out.printf(Locale.ROOT, "  Team rank withheld: %s%n", team.withheldBecause());
        }
    }

    /** How the total and each pillar moved over the last {@value #TREND_DAYS} days. */
    void trend(Team team, ScoredMember m, PrintWriter out) {
        Trend t = m.trend();
        if (t.direction() == Trend.Direction.INSUFFICIENT_DATA) {
            out.printf(Locale.ROOT, "  %d-day trend: %s%n", t.days(), t.direction());
            return;
        }
        StringBuilder pillars = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            pillars.append(pillars.length() == 0 ? "" : ", ").append(shortName(p)).append(' ')
                    .append(signed(t.change(p)));
        }
        out.printf(Locale.ROOT, "  %d-day trend: %s (%s): %s%n", t.days(), t.direction(), signed(t.totalChange()),
                pillars);
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

    /**
     * The member's top recommendations, best first: the expected gain and code, then the
     * message with the member's own figures.
     */
    void recommendations(Team team, ScoredMember m, PrintWriter out) {
        List<Recommendation> recs = m.recommendations();
        if (recs.isEmpty()) {
            out.println("  Next steps: none; every pillar is full");
            return;
        }
        out.printf(Locale.ROOT, "  Next steps, best first (points each is expected to add if followed):%n");
        for (Recommendation r : recs.subList(0, Math.min(TOP_RECOMMENDATIONS, recs.size()))) {
            out.printf(Locale.ROOT, "    %5s  %s%n", String.format(Locale.ROOT, "+%.1f", r.expectedGain()), r.code());
            out.printf(Locale.ROOT, "%s%s%n", MESSAGE_INDENT, r.message());
        }
    }

    /** Every member by total, best first, with rank and band. */
    void leaderboard(Team team, PrintWriter out) {
        Optional<CohortStatistics> stats = team.statistics();
        if (team.members().isEmpty()) {
            return;
        }
        if (stats.isEmpty()) {
            out.printf(Locale.ROOT, "Team leaderboard withheld: %s%n", team.withheldBecause());
            return;
        }
        Map<String, ScoredMember> byId = new HashMap<>();
        int idWidth = "member".length();
        for (ScoredMember m : team.members()) {
            byId.put(m.id(), m);
            idWidth = Math.max(idWidth, m.id().length());
        }
        out.printf(Locale.ROOT, "Team leaderboard (cohort %s, %d members):%n", COHORT, team.members().size());
        out.printf(Locale.ROOT, "  %4s  %-" + idWidth + "s  %5s  %s%n", "rank", "member", "SSI", "band");
        for (Standing s : stats.get().leaderboard()) {
            out.printf(Locale.ROOT, "  %4d  %-" + idWidth + "s  %5.1f  %s%n", s.rank(), s.memberId(), s.total(),
                    byId.get(s.memberId()).score().band());
        }
    }

    /** The team as a whole: average and spread, members per band, the weakest pillar. */
    void teamSummary(Team team, PrintWriter out) {
        List<ScoredMember> members = team.members();
        if (members.isEmpty()) {
            out.println("Team SSI: no members");
            return;
        }
        if (team.statistics().isEmpty()) {
            out.printf(Locale.ROOT, "Team SSI withheld: %s%n", team.withheldBecause());
            return;
        }
        CohortStatistics stats = team.statistics().get();
        List<Standing> board = stats.leaderboard();
        Standing best = board.get(0);
        Standing last = board.get(board.size() - 1);

        Map<ScoreBand, Integer> bands = new EnumMap<>(ScoreBand.class);
        for (ScoreBand b : ScoreBand.values()) {
            bands.put(b, 0);
        }
        for (ScoredMember m : members) {
            bands.merge(m.score().band(), 1, Integer::sum);
        }
        Pillar weakest = Pillar.values()[0];
        for (Pillar p : Pillar.values()) {
            if (stats.average(p) < stats.average(weakest)) {
                weakest = p;
            }
        }

        StringBuilder bandCounts = new StringBuilder();
        for (int i = ScoreBand.values().length - 1; i >= 0; i--) {
            ScoreBand b = ScoreBand.values()[i];
            bandCounts.append(bandCounts.length() == 0 ? "" : ", ").append(bands.get(b)).append(' ').append(b);
        }
        out.printf(Locale.ROOT, "Team SSI: average %.1f, median %.1f, from %.1f (%s) to %.1f (%s)%n",
                stats.averageTotal(), stats.medianTotal(), last.total(), last.memberId(), best.total(),
                best.memberId());
        out.printf(Locale.ROOT, "  bands: %s%n", bandCounts);
        out.printf(Locale.ROOT, "  weakest pillar on average: %s, %.1f / %.0f%n", pillarName(weakest),
                stats.average(weakest), Pillar.MAX_POINTS);
    }

    /**
     * What the library's default privacy floor would do with this team: for a team below it,
     * the reason {@link Cohort#of} gives for withholding the statistics above.
     */
    void defaultPrivacyFloor(Team team, PrintWriter out) {
        if (team.members().isEmpty() || privacyFloor >= Cohort.DEFAULT_MINIMUM_SIZE) {
            return;
        }
        List<SsiScore> scores = new ArrayList<>();
        for (ScoredMember m : team.members()) {
            scores.add(m.score());
        }
        Cohort.of(COHORT, scores).withheldBecause().ifPresent(reason -> out.printf(Locale.ROOT,
                "Privacy: at the default floor of %d members these ranks and statistics would be withheld: %s%n",
                Cohort.DEFAULT_MINIMUM_SIZE, reason));
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

    /** A pillar's name in a word, for compact lines. */
    static String shortName(Pillar p) {
        switch (p) {
            case PROFESSIONAL_BRAND: return "brand";
            case FIND_RIGHT_PEOPLE: return "find";
            case ENGAGE_WITH_INSIGHTS: return "engage";
            case BUILD_RELATIONSHIPS: return "relationships";
            default: throw new IllegalArgumentException("unknown pillar " + p);
        }
    }

    /**
     * A change in points with its sign and one decimal; a change that rounds to zero is
     * {@code +0.0}, never {@code -0.0}.
     */
    static String signed(double change) {
        return String.format(Locale.ROOT, "%+.1f", Math.round(change * 10) / 10.0);
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

    /**
     * One member, their score and what the report derived from it.
     *
     * @param member          the member, with profile and activities
     * @param score           their score as of the report's instant
     * @param recommendations every recommendation for that score, best first
     * @param trend           the trend over the last {@value #TREND_DAYS} days of their history
     */
    record ScoredMember(SampleMember member, SsiScore score, List<Recommendation> recommendations, Trend trend) {
        ScoredMember {
            recommendations = List.copyOf(recommendations);
        }

        /** @return the member's id */
        String id() {
            return member.profile().id();
        }
    }

    /**
     * The scored team, as every section sees it.
     *
     * @param asOf       the instant every member was scored at
     * @param calculator the calculator that scored them
     * @param members    the members in report order
     * @param cohort     the team as a cohort, with the report's privacy floor; empty for no members
     */
    record Team(Instant asOf, SsiCalculator calculator, List<ScoredMember> members, Optional<Cohort> cohort) {
        Team {
            members = List.copyOf(members);
            Objects.requireNonNull(cohort, "cohort");
        }

        /** @return the ranks and statistics, or empty if the team is below the floor or empty */
        Optional<CohortStatistics> statistics() {
            return cohort.flatMap(Cohort::statistics);
        }

        /** @return why there are no statistics */
        String withheldBecause() {
            return cohort.flatMap(Cohort::withheldBecause).orElse("the team has no members");
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
