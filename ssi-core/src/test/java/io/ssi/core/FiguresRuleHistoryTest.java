package io.ssi.core;

import io.ssi.core.spi.FiguresRule;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.ssi.core.ActivityType.POST_LIKED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history packs the figures a {@link FiguresRule} writes on the days it runs unrecorded, and
 * every day is still the day it would be without them: figures that describe the rule's contribution
 * make the same score, and figures the records would reject, written twice, thrown from or
 * declined leave the day to the rule's {@code evaluate}, whose contribution or failure counts.
 */
final class FiguresRuleHistoryTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZONE).build();
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final List<Activity> LOG = LogGenerator.log(21, 1500, FROM.minusDays(100).atStartOfDay(ZONE)
            .toInstant(), TO.plusDays(2).atStartOfDay(ZONE).toInstant());

    /** How a test rule writes its figures. */
    private interface Writer {
        boolean write(Likes rule, ScoringContext context, FiguresRule.Figures figures, double points, double rate);
    }

    /**
     * Points for the recency-weighted likes, which move every day; its evidence takes the
     * ".high" variant, with the rate as an argument, on days above 2 a week.
     */
    private static class Likes implements FiguresRule {
        final Writer writer;
        final AtomicInteger evaluated = new AtomicInteger();
        final AtomicInteger written = new AtomicInteger();

        Likes(Writer writer) {
            this.writer = writer;
        }

        @Override
        public String id() {
            return "engage.figures";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 5;
        }

        static double rate(ScoringContext c) {
            return c.weeklyRate(POST_LIKED);
        }

        static double points(double rate) {
            return Math.min(5, rate);
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            evaluated.incrementAndGet();
            double rate = rate(context);
            return RuleContribution.of(this, points(rate), rate > 2
                    ? Evidence.keyed(rate, 5, "likes a week", "engage.figures.high", "{0} likes, high", rate)
                    : Evidence.keyed(rate, 5, "likes a week", "engage.figures", "{0} likes"));
        }

        @Override
        public boolean writeFigures(ScoringContext context, FiguresRule.Figures figures) {
            written.incrementAndGet();
            double rate = rate(context);
            return writer.write(this, context, figures, points(rate), rate);
        }
    }

    /** The figures of {@link Likes#evaluate}, written as they are. */
    private static boolean faithful(Likes rule, ScoringContext context, FiguresRule.Figures figures, double points,
                                    double rate) {
        if (rate > 2) {
            figures.keyed(points, rate, 5, "likes a week", "engage.figures.high", "{0} likes, high", rate);
        } else {
            figures.keyed(points, rate, 5, "likes a week", "engage.figures", "{0} likes");
        }
        return true;
    }

    /** The rule as a plain {@link ScoringRule}: the engine can only call its {@code evaluate}. */
    private static ScoringRule plain(ScoringRule rule) {
        return new ScoringRule() {
            @Override
            public String id() {
                return rule.id();
            }

            @Override
            public Pillar pillar() {
                return rule.pillar();
            }

            @Override
            public double maxPoints() {
                return rule.maxPoints();
            }

            @Override
            public RuleContribution evaluate(ScoringContext context) {
                return rule.evaluate(context);
            }
        };
    }

    /**
     * The rule's history equals, day by day and to the last bit, the history of the same rule
     * evaluated as a plain rule (a history slides its window, so its sums may differ from a
     * single score's in the last bit, as HistoryTest allows; here nothing may).
     */
    private static void assertEveryDayIsItsScore(Likes rule) {
        List<SsiScore> history = SsiCalculator.builder().rules(List.of(rule)).build().history(MEMBER, LOG, FROM, TO);
        List<SsiScore> expected = SsiCalculator.builder().rules(List.of(plain(rule))).build()
                .history(MEMBER, LOG, FROM, TO);
        assertThat(history).hasSize((int) (TO.toEpochDay() - FROM.toEpochDay() + 1));
        for (int i = 0; i < history.size(); i++) {
            // Everything but the model version, which fingerprints the rules' classes.
            SsiScore a = history.get(i);
            SsiScore e = expected.get(i);
            assertThat(a.asOf()).as("day %d", i).isEqualTo(e.asOf());
            assertThat(Double.doubleToRawLongBits(a.total())).as("total of day %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(e.total()));
            assertThat(a.pillars()).as("day %d", i).isEqualTo(e.pillars());
            assertThat(a.contributions()).as("day %d", i).isEqualTo(e.contributions());
            assertThat(a.failures()).as("day %d", i).isEqualTo(e.failures());
            assertThat(a.band()).as("day %d", i).isEqualTo(e.band());
        }
    }

    @Test
    void writtenFiguresMakeTheScoresTheContributionsMake() {
        Likes rule = new Likes(FiguresRuleHistoryTest::faithful);
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(rule)).build();
        List<SsiScore> history = calc.history(MEMBER, LOG, FROM, TO);

        int days = history.size();
        assertThat(rule.written.get()).as("the days it ran unrecorded wrote figures").isGreaterThan(days / 2);
        assertThat(rule.evaluated.get()).as("evaluated only on the days it was recorded").isLessThan(days / 4);
        assertThat(history.stream().map(s -> s.contributions().get(0).evidence().key()).distinct())
                .as("both variants").containsExactlyInAnyOrder("engage.figures", "engage.figures.high");
        assertEveryDayIsItsScore(new Likes(FiguresRuleHistoryTest::faithful));
    }

    @Test
    void pointsOutOfRangeLeaveTheDayToEvaluate() {
        Likes rule = new Likes((r, c, f, points, rate) -> {
            f.keyed(points + 10, rate, 5, "likes a week", "engage.figures", "{0} likes");
            return true;
        });
        assertEveryDayIsItsScore(rule);
        assertThat(rule.evaluated.get()).as("every day, in both histories").isGreaterThanOrEqualTo(2 * 91);
    }

    @Test
    void figuresTheRecordsRejectLeaveTheDayToEvaluate() {
        for (Writer w : List.<Writer>of(
                (r, c, f, p, rate) -> {
                    f.keyed(Double.NaN, rate, 5, "likes a week", "engage.figures", "{0} likes");
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, Double.POSITIVE_INFINITY, 5, "likes a week", "engage.figures", "{0} likes");
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, Double.NaN, "likes a week", "engage.figures", "{0} likes");
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, 5, "likes a week", "engage.figures", "{0} likes", rate, Double.NaN);
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, 5, null, "engage.figures", "{0} likes");
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, 5, "likes a week", " ", "{0} likes");
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, 5, "likes a week", null, "{0} likes");
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, 5, "likes a week", "engage.figures", null);
                    return true;
                },
                (r, c, f, p, rate) -> {
                    f.keyed(p, rate, 5, "likes a week", "engage.figures", "{0} likes", (double[]) null);
                    return true;
                })) {
            Likes rule = new Likes(w);
            assertEveryDayIsItsScore(rule);
            assertThat(rule.evaluated.get()).as("every day, in both histories").isGreaterThanOrEqualTo(2 * 91);
        }
    }

    @Test
    void figuresWrittenTwiceThrownFromOrDeclinedLeaveTheDayToEvaluate() {
        for (Writer w : List.<Writer>of(
                (r, c, f, p, rate) -> faithful(r, c, f, p, rate) && faithful(r, c, f, p, rate),
                (r, c, f, p, rate) -> {
                    throw new IllegalStateException("no figures");
                },
                (r, c, f, p, rate) -> faithful(r, c, f, p, rate) && false,
                (r, c, f, p, rate) -> false,
                (r, c, f, p, rate) -> true)) {
            Likes rule = new Likes(w);
            assertEveryDayIsItsScore(rule);
            assertThat(rule.evaluated.get()).as("every day, in both histories").isGreaterThanOrEqualTo(2 * 91);
        }
    }

    @Test
    void aRuleThatFailsInEvaluateFailsTheDayWhateverItsFiguresSay() {
        // Evaluate fails on the days above 2 likes a week, where the figures are rejected: the
        // history reports those failures as the plain rule's does, and scores the other days.
        Likes failing = new Likes((r, c, f, p, rate) -> {
            if (rate > 2) {
                f.keyed(Double.NaN, rate, 5, "likes a week", "engage.figures", "{0} likes");
                return true;
            }
            return faithful(r, c, f, p, rate);
        }) {
            @Override
            public RuleContribution evaluate(ScoringContext context) {
                double rate = rate(context);
                if (rate > 2) {
                    evaluated.incrementAndGet();
                    return RuleContribution.of(this, Double.NaN, Evidence.of(0, 5, "likes a week", ""));
                }
                return super.evaluate(context);
            }
        };
        assertEveryDayIsItsScore(failing);
        assertThat(failing.written.get()).as("asked for figures").isPositive();
        List<SsiScore> history = SsiCalculator.builder().rules(List.of(failing)).build().history(MEMBER, LOG, FROM, TO);
        assertThat(history).anySatisfy(s -> assertThat(s.failures()).hasSize(1))
                .anySatisfy(s -> assertThat(s.failures()).isEmpty());
    }
}
