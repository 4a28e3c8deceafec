package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.BandThresholds;
import io.ssi.core.Coverage;
import io.ssi.core.DataQuality;
import io.ssi.core.Evidence;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.ScoringOptions;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator's memo: which rules a what-if re-runs and what it adds up, and, in a history,
 * how often a rule whose reads move every day is recorded (the back-off) and that a rule reading
 * only the profile is not asked again.
 */
final class EvaluatorMemoTest {

    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).build();
    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");
    private static final long LAST_DAY = ActivityIndex.localDay(MEMBER, CUTOFF);

    /** A rule of the test: its points from the context; it counts its runs, and those that were recorded. */
    private static final class Counting implements ScoringRule {
        final String id;
        final Pillar pillar;
        final double max;
        final ToDoubleFunction<ScoringContext> points;
        final AtomicInteger runs = new AtomicInteger();
        final List<Integer> recordedAt = new ArrayList<>();
        /** Calls to id, pillar and maximum from outside the rule's own evaluation. */
        final AtomicInteger askedOutside = new AtomicInteger();
        private boolean evaluating;

        Counting(String id, Pillar pillar, double max, ToDoubleFunction<ScoringContext> points) {
            this.id = id;
            this.pillar = pillar;
            this.max = max;
            this.points = points;
        }

        @Override
        public String id() {
            asked();
            return id;
        }

        @Override
        public Pillar pillar() {
            asked();
            return pillar;
        }

        @Override
        public double maxPoints() {
            asked();
            return max;
        }

        private void asked() {
            if (!evaluating) {
                askedOutside.incrementAndGet();
            }
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            int run = runs.incrementAndGet();
            if (context instanceof Reads.Recorder) {
                recordedAt.add(run);
            }
            evaluating = true;
            try {
                double p = Math.min(max, points.applyAsDouble(context));
                return RuleContribution.of(this, p, Evidence.of(p, max, "points", "{measured} {unit}"));
            } finally {
                evaluating = false;
            }
        }
    }

    private static Evaluator evaluator(ScoringRule... rules) {
        return new Evaluator(List.of(rules), "test-1", BandThresholds.standard(), false,
                LoggerFactory.getLogger(EvaluatorMemoTest.class), Coverage.full(), new double[] {1, 1, 1, 1});
    }

    /** A context of one default window whose last day holds {@code likes} likes. */
    private static WindowContext likes(int likes) {
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < likes; i++) {
            log.add(Activity.builder(ActivityType.POST_LIKED, CUTOFF.minusSeconds(60L * i)).id("like-" + i).build());
        }
        ScoringOptions options = ScoringOptions.defaults();
        return Window.full(ActivityIndex.build(MEMBER, log, LAST_DAY - 89, 90, CUTOFF, true), options)
                .snapshot(CUTOFF);
    }

    @Test
    void aWhatIfRerunsOnlyThePillarsRulesWhoseReadsMovedAndCapsTheirSum() {
        Counting byLikes = new Counting("a.likes", Pillar.ENGAGE_WITH_INSIGHTS, 20,
                c -> c.count(ActivityType.POST_LIKED));
        Counting byProfile = new Counting("b.profile", Pillar.ENGAGE_WITH_INSIGHTS, 10,
                c -> c.profile().id().length() * 8.0);
        Counting failing = new Counting("c.failing", Pillar.ENGAGE_WITH_INSIGHTS, 5, c -> {
            throw new IllegalStateException("broken");
        });
        Counting other = new Counting("d.other", Pillar.BUILD_RELATIONSHIPS, 5, c -> 5);
        Evaluator evaluator = evaluator(byLikes, byProfile, failing, other);
        Evaluator.Memo memo = evaluator.recordingMemo();
        WindowContext base = likes(3);
        evaluator.evaluate(base, IgnoredActivities.NONE, DataQuality.NONE, memo);
        assertThat(memo.valid(0)).isTrue();
        assertThat(memo.valid(2)).as("a failed rule").isFalse();
        assertThat(memo.points(0)).isEqualTo(3.0);
        assertThat(memo.points(1)).isEqualTo(8.0);
        assertThat(memo.reads(0).size()).isEqualTo(1);
        int[] before = {byLikes.runs.get(), byProfile.runs.get(), failing.runs.get(), other.runs.get()};

        // Four likes: the likes rule runs again, the profile rule keeps its points, the failing
        // rule counts 0, the other pillar's rule is not asked.
        assertThat(evaluator.pillarPoints(likes(4), Pillar.ENGAGE_WITH_INSIGHTS, memo)).isEqualTo(12.0);
        assertThat(byLikes.runs.get()).isEqualTo(before[0] + 1);
        assertThat(byProfile.runs.get()).isEqualTo(before[1]);
        assertThat(failing.runs.get()).isEqualTo(before[2] + 1);
        assertThat(other.runs.get()).isEqualTo(before[3]);
        // The same window: nothing re-runs but the rule that failed.
        assertThat(evaluator.pillarPoints(base, Pillar.ENGAGE_WITH_INSIGHTS, memo)).isEqualTo(11.0);
        assertThat(byLikes.runs.get()).isEqualTo(before[0] + 1);
        // Thirty likes fill the likes rule: 20 + 8 is capped at the pillar's 25.
        assertThat(evaluator.pillarPoints(likes(30), Pillar.ENGAGE_WITH_INSIGHTS, memo)).isEqualTo(25.0);
        // Without a memo every rule of the pillar runs.
        assertThat(evaluator.pillarPoints(base, Pillar.ENGAGE_WITH_INSIGHTS, null)).isEqualTo(11.0);
        assertThat(byProfile.runs.get()).isEqualTo(before[1] + 1);
        assertThat(evaluator.pillarPoints(base, Pillar.BUILD_RELATIONSHIPS, memo)).isEqualTo(5.0);
        assertThat(other.runs.get()).isEqualTo(before[3]);
        // The memo is left as the base made it.
        assertThat(memo.points(0)).isEqualTo(3.0);

        assertThat(evaluator.whatIfPoints(0, likes(7))).isEqualTo(7.0);
        assertThat(evaluator.whatIfPoints(2, base)).isNaN();
        assertThat(evaluator.rules()).containsExactly(byLikes, byProfile, failing, other);
    }

    @Test
    void theMemoHandsOnTheContributionsItsScoreWasPackedFrom() {
        Counting byLikes = new Counting("a.likes", Pillar.ENGAGE_WITH_INSIGHTS, 20,
                c -> c.count(ActivityType.POST_LIKED));
        Counting failing = new Counting("b.failing", Pillar.ENGAGE_WITH_INSIGHTS, 5, c -> {
            throw new IllegalStateException("broken");
        });
        Counting other = new Counting("c.other", Pillar.BUILD_RELATIONSHIPS, 5, c -> 5);
        Evaluator evaluator = evaluator(byLikes, failing, other);
        Evaluator.Memo memo = evaluator.memo();
        SsiScore score = evaluator.evaluate(likes(3), IgnoredActivities.NONE, DataQuality.NONE, memo);
        assertThat(memo.contributions()).extracting(RuleContribution::ruleId).containsExactly("a.likes", "c.other");
        assertThat(memo.contributions()).containsExactlyInAnyOrderElementsOf(score.contributions());
        assertThat(memo.contributions().get(0).points()).isEqualTo(3.0);
    }

    /**
     * The advisor's memo notes what each rule's reads touch as the rule runs: the same footprint
     * as recording the reads and their answers gives, the same contributions and score, one
     * computation of a figure the rules share (a context's figures are pure), and a failing rule
     * left without one. It keeps no contribution for the next evaluation: every rule runs again.
     */
    @Test
    void theAdvisorsMemoNotesFootprintsAsTheRecordingMemoWouldHaveThem() {
        ToDoubleFunction<ScoringContext> likesFigure = c -> c.count(ActivityType.POST_LIKED);
        AtomicInteger figureRuns = new AtomicInteger();
        ToDoubleFunction<ScoringContext> shared = c -> {
            figureRuns.incrementAndGet();
            return c.weeklyRate(ActivityType.POST_COMMENTED) + c.distinctContacts(ActivityType.MESSAGE_SENT);
        };
        Counting byLikes = new Counting("a.likes", Pillar.ENGAGE_WITH_INSIGHTS, 20,
                c -> likesFigure.applyAsDouble(c) + c.shared(shared));
        Counting byProfile = new Counting("b.profile", Pillar.ENGAGE_WITH_INSIGHTS, 10,
                c -> c.profile().id().length() * 8.0 + c.shared(shared));
        Counting byDays = new Counting("c.days", Pillar.FIND_RIGHT_PEOPLE, 10,
                c -> c.activeDaysOf(ActivityType.POST_LIKED) + c.newConnections());
        Counting failing = new Counting("d.failing", Pillar.BUILD_RELATIONSHIPS, 5, c -> {
            c.count(ActivityType.POST_SHARED);
            throw new IllegalStateException("broken");
        });
        Evaluator evaluator = evaluator(byLikes, byProfile, byDays, failing);
        WindowContext base = likes(3);
        Evaluator.Memo recording = evaluator.recordingMemo();
        SsiScore recorded = evaluator.evaluate(base, IgnoredActivities.NONE, DataQuality.NONE, recording);
        figureRuns.set(0);
        Evaluator.Memo advice = evaluator.memo();
        for (int round = 0; round < 2; round++) {
            int[] before = {byLikes.runs.get(), byProfile.runs.get(), byDays.runs.get()};
            SsiScore score = evaluator.evaluate(base, IgnoredActivities.NONE, DataQuality.NONE, advice);
            assertThat(score.total()).isEqualTo(recorded.total());
            assertThat(score.contributions()).isEqualTo(recorded.contributions());
            assertThat(advice.contributions()).isEqualTo(recording.contributions());
            assertThat(new int[] {byLikes.runs.get(), byProfile.runs.get(), byDays.runs.get()})
                    .as("every rule runs again").containsExactly(before[0] + 1, before[1] + 1, before[2] + 1);
            // Once for all the rules, and not again for the same context.
            assertThat(figureRuns.get()).as("the shared figure, once").isEqualTo(1);
            for (int i = 0; i < 3; i++) {
                assertThat(advice.valid(i)).isTrue();
                assertThat(advice.reads(i)).as("no answers kept").isNull();
                Footprint expected = recording.reads(i).footprint(Footprint.facts(evaluator.rules().get(i)));
                Footprint got = advice.footprint(i);
                assertThat(got).as("rule %d", i).usingRecursiveComparison().isEqualTo(expected);
                assertThat(recording.footprint(i)).usingRecursiveComparison().isEqualTo(expected);
            }
            assertThat(advice.valid(3)).as("a failed rule").isFalse();
        }
        // What the footprints say: the likes rule and the shared figure's reads, not the profile.
        Footprint likes = new Footprint();
        likes.slot(ActivityType.POST_LIKED.ordinal() * ActivityIndex.F);
        Footprint comments = new Footprint();
        comments.slot(ActivityType.POST_COMMENTED.ordinal() * ActivityIndex.F);
        Footprint messaged = new Footprint();
        messaged.distinct(ActivityType.MESSAGE_SENT.ordinal());
        Footprint profile = new Footprint();
        profile.profile(Footprint.WHOLE_PROFILE);
        Footprint days = new Footprint();
        days.days(1 << ActivityType.POST_LIKED.ordinal());
        assertThat(advice.footprint(0).meets(likes)).isTrue();
        assertThat(advice.footprint(0).meets(comments)).isTrue();
        assertThat(advice.footprint(0).meets(messaged)).isTrue();
        assertThat(advice.footprint(0).meets(profile)).isFalse();
        assertThat(advice.footprint(1).meets(profile)).isTrue();
        assertThat(advice.footprint(1).meets(comments)).as("the shared figure's reads").isTrue();
        assertThat(advice.footprint(1).meets(likes)).isFalse();
        assertThat(advice.footprint(2).meets(days)).isTrue();
        assertThat(advice.footprint(2).meets(likes)).isFalse();
    }

    /**
     * A rate moves every day, so a rule reading one is recorded on the first day, and after each
     * day its reads failed to hold {@code n} times in a row runs {@code 2^n - 1} days unrecorded
     * before it is recorded again: days 1, 4, 9, 18 and 35 of 40.
     */
    @Test
    void aRuleWhoseReadsMoveEveryDayIsRecordedLessAndLessOften() {
        List<Activity> log = new ArrayList<>();
        int days = 129;
        long firstDay = LAST_DAY - (days - 1);
        for (int d = 0; d < days; d++) {
            for (int i = 0; i <= d % 5; i++) {
                log.add(Activity.builder(ActivityType.POST_LIKED,
                        Instant.ofEpochSecond((firstDay + d) * 86_400L + 40_000L + i)).id("like-" + d + "-" + i).build());
            }
        }
        Counting byRate = new Counting("a.rate", Pillar.ENGAGE_WITH_INSIGHTS, 25,
                c -> c.weeklyRate(ActivityType.POST_LIKED));
        Evaluator evaluator = evaluator(byRate);
        Window window = new Window(ActivityIndex.build(MEMBER, log, firstDay, days, CUTOFF, true),
                ScoringOptions.defaults());
        Evaluator.Memo memo = evaluator.historyMemo();
        for (int d = 89; d < days; d++) {
            window.advanceTo(d);
            Instant asOf = Instant.ofEpochSecond((firstDay + d) * 86_400L + 80_000L);
            double expected = Math.min(25, window.snapshot(asOf).weeklyRate(ActivityType.POST_LIKED));
            double got = evaluator.evaluate(window.view(asOf), IgnoredActivities.NONE, DataQuality.NONE, memo)
                    .pillar(Pillar.ENGAGE_WITH_INSIGHTS).points();
            assertThat(got).as("day %d", d).isEqualTo(expected);
        }
        assertThat(byRate.runs.get()).isEqualTo(40);
        assertThat(byRate.recordedAt).containsExactly(1, 4, 9, 18, 35);
    }

    /** A context that answers as {@code delegate} and counts the calls to {@code profile()}. */
    private static ScoringContext countingProfileReads(ScoringContext delegate, AtomicInteger profileReads) {
        return (ScoringContext) Proxy.newProxyInstance(ScoringContext.class.getClassLoader(),
                new Class<?>[] {ScoringContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("profile")) {
                        profileReads.incrementAndGet();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * In a history the profile and options are the same every day, so a rule that read only
     * those is kept without asking the day's context; a plain memo asks it every time.
     */
    @Test
    void aHistoryKeepsAProfileOnlyRuleWithoutAskingTheContextAgain() {
        for (boolean history : new boolean[] {true, false}) {
            Counting byProfile = new Counting("b.profile", Pillar.ENGAGE_WITH_INSIGHTS, 10,
                    c -> c.profile().id().length() * 8.0);
            Evaluator evaluator = evaluator(byProfile);
            Evaluator.Memo memo = history ? evaluator.historyMemo() : evaluator.recordingMemo();
            AtomicInteger profileReads = new AtomicInteger();
            WindowContext base = likes(2);
            for (int day = 0; day < 10; day++) {
                assertThat(evaluator.evaluate(countingProfileReads(base, profileReads), IgnoredActivities.NONE,
                        DataQuality.NONE, memo).pillar(Pillar.ENGAGE_WITH_INSIGHTS).points()).isEqualTo(8.0);
            }
            assertThat(byProfile.runs.get()).isEqualTo(1);
            // One read per score for the score's member id, one by the rule on the first day, and
            // without a history's memo one per later day to check the rule's read.
            assertThat(profileReads.get()).as("history %s", history).isEqualTo(history ? 11 : 20);
        }
    }

    /**
     * The evaluator checks each contribution against the id, pillar and maximum its rule had when
     * the calculator was built, without asking the rule again on every score.
     */
    @Test
    void aScoreChecksContributionsWithoutAskingTheRulesAgain() {
        Counting byLikes = new Counting("a.likes", Pillar.ENGAGE_WITH_INSIGHTS, 20,
                c -> c.count(ActivityType.POST_LIKED));
        Counting other = new Counting("d.other", Pillar.BUILD_RELATIONSHIPS, 5, c -> 5);
        Evaluator evaluator = evaluator(byLikes, other);
        byLikes.askedOutside.set(0);
        other.askedOutside.set(0);
        for (int likes = 0; likes < 4; likes++) {
            assertThat(evaluator.evaluate(likes(likes), IgnoredActivities.NONE).total()).isEqualTo(likes + 5.0);
        }
        assertThat(byLikes.askedOutside.get()).isZero();
        assertThat(other.askedOutside.get()).isZero();
    }
}
