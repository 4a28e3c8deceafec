package io.ssi.core;

import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's choices at their edges: a gain of exactly {@link SsiAdvisor#MIN_GAIN} is kept,
 * equal gains are taken in the order of their codes (which decides which of two rivals for the
 * last points is advised), a suggestion's profile change is applied once, by the check, each
 * pick is the largest gain given the picks before it whatever the order suggested, and a
 * suggestion that could not be advised, or whose bound falls behind the others', is not measured.
 */
final class PlannerChoicesTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

    /** {@code perComment} points per comment in the window, up to 25. */
    private record CommentPoints(double perComment) implements ScoringRule {
        @Override
        public String id() {
            return "engage.comment-points";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 25;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            int n = context.count(ActivityType.POST_COMMENTED);
            return RuleContribution.of(this, Math.min(25, n * perComment), Evidence.of(n, 25, "comments",
                    "{measured#} comments"));
        }
    }

    /**
     * Up to {@code max} points, {@code perLike} a like in the window; counts its evaluations, so
     * that a test sees whether a what-if ran it.
     */
    private record LikePoints(double perLike, double max, AtomicInteger evaluations) implements ScoringRule {
        @Override
        public String id() {
            return "engage.like-points";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return max;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            evaluations.incrementAndGet();
            int n = context.count(ActivityType.POST_LIKED);
            return RuleContribution.of(this, Math.min(max, n * perLike), Evidence.of(n, max / perLike, "likes",
                    "{measured#} likes"));
        }
    }

    /**
     * Suggests {@code n} activities of a type today under {@code code}, for the rule they raise,
     * with an optional profile change.
     */
    private record Today(String id, String code, ActivityType type, String rule, int n,
                         UnaryOperator<MemberProfile> change) implements RecommendationGenerator {
        @Override
        public Set<String> codes() {
            return Set.of(code);
        }

        @Override
        public ResourceBundle messages(Locale locale) {
            return new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return new Object[][] {{code, "Do: +{0,number,0.00}"}, {code + ".evidence", "now"}};
                }
            };
        }

        @Override
        public List<Suggestion> suggest(AdviceContext context) {
            List<Activity> plan = IntStream.range(0, n).mapToObj(i -> context.today(type, Optional.empty())).toList();
            Suggestion.Builder b = Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, code).rules(rule).plan(plan);
            if (change != null) {
                b.profileChange(change);
            }
            return List.of(b.build());
        }
    }

    private static Today likes(String id, String code, int n) {
        return new Today(id, code, ActivityType.POST_LIKED, "engage.like-points", n, null);
    }

    private static Today commenting(String id, String code, int n) {
        return new Today(id, code, ActivityType.POST_COMMENTED, "engage.comment-points", n, null);
    }

    /** One comment today, with an optional profile change. */
    private static Today oneComment(String id, String code, UnaryOperator<MemberProfile> change) {
        return new Today(id, code, ActivityType.POST_COMMENTED, "engage.comment-points", 1, change);
    }

    /**
     * Advises a member with {@code logged} comments, scored by the comment rule and a like rule,
     * with the generators given; the like rule's evaluations are counted from the advice on.
     */
    private static List<Recommendation> adviseWithLikes(double perComment, int logged, LikePoints likes,
                                                        RecommendationGenerator... generators) {
        SsiCalculator calc = SsiCalculator.builder().addRule(new CommentPoints(perComment)).addRule(likes).build();
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = comments(logged);
        SsiScore s = calc.score(p, log, AS_OF);
        likes.evaluations().set(0);
        return SsiAdvisor.builder().calculator(calc).generators(List.of(generators)).build().advise(s, p, log);
    }

    /** {@link #adviseWithLikes} on one comment and ten likes. */
    private static List<Recommendation> adviseCommentAndLikes(double perComment, int logged, LikePoints likes) {
        return adviseWithLikes(perComment, logged, likes, oneComment("one", "engage.one", null),
                likes("two", "engage.two", 10));
    }

    @Test
    void aSuggestionWhoseRulesCouldAddLessThanTheMinimumIsNeverMeasured() {
        // The likes' rule has 0.04 points to give: so much could the likes add, and no more. The
        // two comments logged give the pillar 10 points, which the bound must not count twice.
        LikePoints likes = new LikePoints(0.01, 0.04, new AtomicInteger());
        assertThat(adviseCommentAndLikes(5, 2, likes)).extracting(Recommendation::code).containsExactly("engage.one");
        // Once, as the advice scores its inputs again; never in a what-if.
        assertThat(likes.evaluations()).hasValue(1);

        // With 0.1 points to give, the likes are measured, and advised.
        LikePoints more = new LikePoints(0.01, 0.1, new AtomicInteger());
        assertThat(adviseCommentAndLikes(5, 2, more)).extracting(Recommendation::code)
                .containsExactly("engage.one", "engage.two");
        assertThat(more.evaluations().get()).isGreaterThan(1);
    }

    @Test
    void aSuggestionLeftWhenItsPillarIsFullIsNeverMeasured() {
        // The comment fills the pillar: the likes could add a point before it, and none after.
        LikePoints likes = new LikePoints(0.1, 1, new AtomicInteger());
        List<Recommendation> recs = adviseCommentAndLikes(25, 0, likes);
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.one");
        assertThat(recs.get(0).expectedGain()).isEqualTo(25.0);
        assertThat(likes.evaluations()).hasValue(1);
    }

    @Test
    void aSuggestionWhoseRulesAPickFilledIsDroppedWithoutBeingMeasured() {
        // Ten likes fill the like rule's point, and so would twenty: once the first is followed,
        // the second's rule is full, and it could add nothing.
        LikePoints likes = new LikePoints(0.1, 1, new AtomicInteger());
        List<Recommendation> recs = adviseWithLikes(5, 0, likes, likes("a", "engage.ten", 10),
                likes("b", "engage.twenty", 20));
        // Both could add the point; of equal bounds, the first code is measured first and taken.
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.ten");
        assertThat(recs.get(0).expectedGain()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        // The advice's score, and the what-if of the ten likes: none of the twenty.
        assertThat(likes.evaluations()).hasValue(2);
    }

    @Test
    void eachPickIsTheLargestGainGivenThePicksBefore() {
        // 13 of 25 points logged, a point a comment. Ten more comments add 10; five add 5 alone,
        // and 2 once the ten are followed. The generators run in the order of their ids, so the
        // five and a like worth less than the minimum gain are suggested before the ten.
        LikePoints likes = new LikePoints(0.01, 0.04, new AtomicInteger());
        List<Recommendation> recs = adviseWithLikes(1, 13, likes, commenting("a", "engage.five", 5),
                likes("b", "engage.like", 10), commenting("c", "engage.ten", 10));
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.ten", "engage.five");
        assertThat(recs).extracting(Recommendation::expectedGain).containsExactly(10.0, 2.0);
    }

    @Test
    void aCandidateWhoseBoundDropsWaitsBehindThoseAboveIt() {
        // 13 of 25 points logged, a point a comment; ten likes could add 5 alone. Ten comments
        // are taken first (10), which leaves the pillar 2 points: the likes' bound drops to 2,
        // below the three comments' last gain of 3, whose own bound is 2 as well and whose code
        // sorts first. The three comments are measured, take the last 2 points, and fill the
        // pillar: the likes are never measured.
        LikePoints likes = new LikePoints(0.5, 5, new AtomicInteger());
        List<Recommendation> recs = adviseWithLikes(1, 13, likes, commenting("a", "engage.a-ten", 10),
                commenting("b", "engage.b-three", 3), likes("c", "engage.c-likes", 10));
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.a-ten", "engage.b-three");
        assertThat(recs).extracting(Recommendation::expectedGain).containsExactly(10.0, 2.0);
        assertThat(likes.evaluations()).hasValue(1);
    }

    private static List<Activity> comments(int n) {
        return IntStream.range(0, n).mapToObj(i -> Activity.builder(ActivityType.POST_COMMENTED,
                AS_OF.minusSeconds(3600L * (i + 1))).id("c" + i).build()).toList();
    }

    private static List<Recommendation> advise(double perComment, int logged, RecommendationGenerator... generators) {
        SsiCalculator calc = SsiCalculator.builder().addRule(new CommentPoints(perComment)).build();
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = comments(logged);
        SsiScore s = calc.score(p, log, AS_OF);
        return SsiAdvisor.builder().calculator(calc).generators(List.of(generators)).build().advise(s, p, log);
    }

    @Test
    void aGainOfExactlyTheMinimumIsKeptAndOneBelowIsDropped() {
        assertThat(advise(SsiAdvisor.MIN_GAIN, 0, oneComment("one", "engage.one", null)))
                .singleElement().satisfies(r -> assertThat(r.expectedGain()).isEqualTo(SsiAdvisor.MIN_GAIN));
        assertThat(advise(0.04, 0, oneComment("one", "engage.one", null))).isEmpty();
    }

    @Test
    void ofTwoEqualGainsTheFirstCodeIsTakenFirst() {
        // 24 of 25 points: each comment alone adds the last point; after one, the other adds nothing.
        // The generators run in the order of their ids, the opposite of their codes'.
        List<Recommendation> recs = advise(1, 24, oneComment("a", "engage.zz", null),
                oneComment("b", "engage.aa", null));
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.aa");
        assertThat(recs.get(0).expectedGain()).isEqualTo(1.0);
    }

    @Test
    void aSuggestionsProfileChangeIsAppliedOnceWhenNothingElseChangesTheProfile() {
        AtomicInteger calls = new AtomicInteger();
        List<Recommendation> recs = advise(1, 3, oneComment("one", "engage.one", p -> {
            calls.incrementAndGet();
            return p.toBuilder().headline("Account executive").build();
        }));
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.one");
        assertThat(calls).hasValue(1);
    }
}
