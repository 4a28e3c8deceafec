package io.ssi.examples.cli;

import io.ssi.core.Advice;
import io.ssi.core.BandThresholds;
import io.ssi.core.Cohort;
import io.ssi.core.CohortStatistics;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.ScoreBand;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiScore;
import io.ssi.core.Trend;
import io.ssi.core.TrendPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A team scored once for every report format: each member's score, advice, the last
 * {@value #HISTORY_DAYS} days of daily scores and the {@value #TREND_DAYS}-day trend, and the
 * team's ranks and statistics. Immutable.
 *
 * @param asOf          the instant every member was scored at
 * @param modelVersion  the model that scored them
 * @param thresholds    where the bands begin
 * @param members       the members, in input order
 * @param cohort        the team as a cohort, with the report's privacy floor; empty for no members
 * @param privacyFloor  the smallest team that gets ranks and statistics
 * @param diagnostics   what the input had wrong (skipped rows), in input order
 */
public record TeamScores(Instant asOf, String modelVersion, BandThresholds thresholds, List<Member> members,
                         Optional<Cohort> cohort, int privacyFloor, List<String> diagnostics) {

    /** Days of daily history for each member's line: the last 120 days. */
    public static final int HISTORY_DAYS = 120;
    /** The trend shown for each member, in days. */
    public static final int TREND_DAYS = 30;

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public TeamScores {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(thresholds, "thresholds");
        members = List.copyOf(members);
        Objects.requireNonNull(cohort, "cohort");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * One member as every report shows them.
     *
     * @param name            the name to show: the input's, or the id when it has none
     * @param profile         the profile
     * @param activityCount   how many activity rows the member had
     * @param score           the score as of the report's instant
     * @param recommendations the recommendations, best first
     * @param history         the daily totals of the last {@value #HISTORY_DAYS} days, oldest first
     * @param trend           the trend over {@value #TREND_DAYS} days
     */
    public record Member(String name, MemberProfile profile, int activityCount, SsiScore score,
                         List<Recommendation> recommendations, List<Day> history, Trend trend) {

        /**
         * Checks and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(score, "score");
            recommendations = List.copyOf(recommendations);
            history = List.copyOf(history);
            Objects.requireNonNull(trend, "trend");
        }

        /** @return the member's id */
        public String id() {
            return profile.id();
        }
    }

    /**
     * One day of a member's line: only what the line draws, so that a team of thousands keeps
     * 120 small values per member rather than 120 full scores.
     *
     * @param asOf  the end of the day, in the member's time zone
     * @param total the total that day
     * @param band  the band that day
     */
    public record Day(Instant asOf, double total, ScoreBand band) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Day {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(band, "band");
        }
    }

    /**
     * Scores, advises and trends every member.
     *
     * @param inputs       the members with their names and logs
     * @param asOf         how to pick each member's instant: the same for all, or the end of a
     *                     day in each member's time zone
     * @param advisor      the advisor, with its calculator and the reader's locale
     * @param privacyFloor the smallest team that gets ranks and statistics, at least 1
     * @param diagnostics  what reading the input reported
     * @param progress     told the number of members done after each one
     * @return the scored team
     */
    public static TeamScores score(List<MemberInput> inputs, AsOf asOf, SsiAdvisor advisor, int privacyFloor,
                                   List<String> diagnostics, IntConsumer progress) {
        TrendPolicy trends = TrendPolicy.standard();
        List<Member> members = new ArrayList<>(inputs.size());
        List<SsiScore> scores = new ArrayList<>(inputs.size());
        Instant latest = Instant.EPOCH;
        for (MemberInput in : inputs) {
            MemberProfile p = in.profile();
            Instant at = asOf.instantFor(p.timeZone());
            Advice advice = advisor.advise(p, in.activities(), at);
            LocalDate today = LocalDate.ofInstant(at, p.timeZone());
            List<SsiScore> history = advisor.calculator().history(p, in.activities(),
                    today.minusDays(HISTORY_DAYS - 1L), today);
            List<Day> line = new ArrayList<>(history.size());
            for (SsiScore day : history) {
                line.add(new Day(day.asOf(), day.total(), day.band()));
            }
            SsiScore score = in.unmappedRows() == 0 ? advice.score() : advice.score().withUnmappedRows(in.unmappedRows());
            members.add(new Member(in.name().orElse(p.id()), p, in.activities().size(), score,
                    advice.recommendations(), line, trends.trend(history, TREND_DAYS)));
            scores.add(score);
            latest = at.isAfter(latest) ? at : latest;
            progress.accept(members.size());
        }
        Optional<Cohort> cohort = scores.isEmpty() ? Optional.empty()
                : Optional.of(Cohort.builder("team").minimumSize(privacyFloor).addAll(scores).build());
        return new TeamScores(members.isEmpty() ? asOf.instantFor(java.time.ZoneOffset.UTC) : latest,
                advisor.calculator().modelVersion(), advisor.calculator().bandThresholds(), members, cohort, privacyFloor, diagnostics);
    }

    /** @return the ranks and statistics, or empty if the team is below the floor or empty */
    public Optional<CohortStatistics> statistics() {
        return cohort.flatMap(Cohort::statistics);
    }

    /** @return why there are no statistics */
    public String withheldBecause() {
        return cohort.flatMap(Cohort::withheldBecause).orElse("the team has no members");
    }

    /** @return the members, best total first (ties by name) */
    public List<Member> byTotal() {
        return members.stream().sorted(Comparator.comparingDouble((Member m) -> m.score().total()).reversed()
                .thenComparing(Member::name)).toList();
    }

    /** @return the team's average of one pillar, over every member (0 for no members) */
    public double average(Pillar pillar) {
        return members.stream().mapToDouble(m -> m.score().pillar(pillar).points()).average().orElse(0);
    }

    /** @return the pillar with the lowest team average; ties the first in pillar order */
    public Pillar weakestPillar() {
        Pillar weakest = Pillar.values()[0];
        for (Pillar p : Pillar.values()) {
            if (average(p) < average(weakest)) {
                weakest = p;
            }
        }
        return weakest;
    }

    /** @return the average total over every member (0 for no members) */
    public double averageTotal() {
        return members.stream().mapToDouble(m -> m.score().total()).average().orElse(0);
    }

    /** @return the median total over every member (0 for no members) */
    public double medianTotal() {
        double[] t = members.stream().mapToDouble(m -> m.score().total()).sorted().toArray();
        if (t.length == 0) {
            return 0;
        }
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }
}
