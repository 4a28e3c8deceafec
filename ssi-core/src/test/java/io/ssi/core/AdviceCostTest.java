package io.ssi.core;

import io.ssi.core.internal.PlannedActivities;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one advice costs, counted rather than timed: a what-if asks only the rules whose reads
 * its plans move, each what-if asks such a rule once, and planned activity stays described
 * (no activity is made for a what-if). A change that re-ran every rule per what-if, or made
 * every planned activity, fails here however fast the machine.
 */
final class AdviceCostTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final int LIKE_SUGGESTIONS = 6;
    private static final int VIEW_SUGGESTIONS = 4;

    /** A rule that counts how often it is asked. */
    private static final class Counting implements ScoringRule {
        private final String id;
        private final Pillar pillar;
        private final ToDoubleFunction<ScoringContext> measure;
        private final Optional<Coverage> reads;
        private final AtomicInteger evaluations = new AtomicInteger();

        Counting(String id, Pillar pillar, ToDoubleFunction<ScoringContext> measure) {
            this(id, pillar, measure, Optional.empty());
        }

        Counting(String id, Pillar pillar, ToDoubleFunction<ScoringContext> measure, Optional<Coverage> reads) {
            this.id = id;
            this.pillar = pillar;
            this.measure = measure;
            this.reads = reads;
        }

        @Override
        public Coverage reads() {
            return reads.orElseGet(ScoringRule.super::reads);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Pillar pillar() {
            return pillar;
        }

        @Override
        public double maxPoints() {
            return 10;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            evaluations.incrementAndGet();
            double v = measure.applyAsDouble(context);
            return RuleContribution.of(this, Math.min(10, v), Evidence.of(v, 10, "a week", "{measured#} a week"));
        }
    }

    /** Suggests likes and views of new decision makers at several rates, keeping the plans it was given. */
    private static final class Planning implements RecommendationGenerator {
        final List<List<Activity>> plans = new ArrayList<>();

        @Override
        public String id() {
            return "planning";
        }

        @Override
        public Set<String> codes() {
            Set<String> codes = new java.util.HashSet<>();
            for (int i = 0; i < LIKE_SUGGESTIONS; i++) {
                codes.add("engage.like-" + i);
            }
            for (int i = 0; i < VIEW_SUGGESTIONS; i++) {
                codes.add("find.view-" + i);
            }
            return codes;
        }

        @Override
        public ResourceBundle messages(Locale locale) {
            return messagesFor(codes(), "Do {1} a week: +{0,number,0.0}");
        }

        @Override
        public List<Suggestion> suggest(AdviceContext context) {
            List<Suggestion> out = new ArrayList<>();
            for (int i = 0; i < LIKE_SUGGESTIONS; i++) {
                List<Activity> plan = context.weekly(ActivityType.POST_LIKED, 1 + i, 0, k -> null);
                plans.add(plan);
                out.add(Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.like-" + i).rules("engage.likes")
                        .messageArgs(1 + i).evidenceArgs(0).plan(plan).build());
            }
            for (int i = 0; i < VIEW_SUGGESTIONS; i++) {
                List<Activity> plan = context.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 2 + i, 0,
                        Seniority.VP, 2, Optional.empty());
                plans.add(plan);
                out.add(Suggestion.builder(Pillar.FIND_RIGHT_PEOPLE, "find.view-" + i).rules("find.views")
                        .messageArgs(2 + i).evidenceArgs(0).plan(plan).build());
            }
            return out;
        }
    }

    @Test
    void whatIfsAskOnlyTheRulesTheirPlansMoveAndMakeNoActivity() {
        Counting likes = new Counting("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS,
                c -> c.weeklyRate(ActivityType.POST_LIKED));
        Counting comments = new Counting("engage.comments", Pillar.ENGAGE_WITH_INSIGHTS,
                c -> c.weeklyRate(ActivityType.POST_COMMENTED));
        Counting views = new Counting("find.views", Pillar.FIND_RIGHT_PEOPLE,
                c -> c.weeklyRate(ActivityType.PROFILE_VIEWED, io.ssi.core.spi.ContactFacet.DECISION_MAKER));
        Counting calls = new Counting("find.calls", Pillar.FIND_RIGHT_PEOPLE, c -> c.customCount("call"));
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(likes, comments, views, calls)).build();
        Planning generator = new Planning();
        SsiAdvisor advisor = SsiAdvisor.builder().calculator(calc).addGenerator(generator).build();
        MemberProfile profile = MemberProfile.builder("m").build();
        List<Activity> log = List.of(
                Activity.builder(ActivityType.POST_COMMENTED, AS_OF.minusSeconds(3_600)).id("c1").build(),
                Activity.builder(ActivityType.POST_LIKED, AS_OF.minusSeconds(7_200)).id("l1").build());

        Advice advice = advisor.advise(profile, log, AS_OF);

        assertThat(advice.recommendations()).isNotEmpty();
        // The score itself asks every rule once; a what-if asks a rule only if its plan moves
        // what the rule read: never the comments or the calls.
        assertThat(comments.evaluations).hasValue(1);
        assertThat(calls.evaluations).hasValue(1);
        // Likes and views: the score, at most one ask per measurement (a suggestion is measured
        // when it first comes out on top, and again only when it comes out on top after a pick),
        // and one per pick followed.
        int picks = advice.recommendations().size();
        assertThat(likes.evaluations.get()).isGreaterThan(LIKE_SUGGESTIONS)
                .isLessThanOrEqualTo(1 + LIKE_SUGGESTIONS + 2 * picks);
        assertThat(views.evaluations.get()).isGreaterThan(VIEW_SUGGESTIONS)
                .isLessThanOrEqualTo(1 + VIEW_SUGGESTIONS + 2 * picks);
        // No planned activity was made to measure a gain.
        assertThat(generator.plans).hasSize(LIKE_SUGGESTIONS + VIEW_SUGGESTIONS).allSatisfy(plan ->
                assertThat(plan).isInstanceOfSatisfying(PlannedActivities.class,
                        p -> assertThat(p.materialised()).isFalse()));
        // Asked for, the activities are there: as many as planned, of the planned type.
        List<Activity> first = generator.plans.get(0);
        assertThat(first).hasSize(13).allSatisfy(a -> assertThat(a.type()).isEqualTo(ActivityType.POST_LIKED));
        assertThat(((PlannedActivities) first).materialised()).isTrue();
    }

    /** Raises skills to several levels and adds a photo: profile changes only. */
    private static final class Profiling implements RecommendationGenerator {
        static final int SKILL_SUGGESTIONS = 3;

        @Override
        public String id() {
            return "profiling";
        }

        @Override
        public Set<String> codes() {
            Set<String> codes = new java.util.HashSet<>(Set.of("brand.photo"));
            for (int i = 0; i < SKILL_SUGGESTIONS; i++) {
                codes.add("brand.skills-" + i);
            }
            return codes;
        }

        @Override
        public ResourceBundle messages(Locale locale) {
            return messagesFor(codes(), "Do it: +{0,number,0.0}");
        }

        @Override
        public List<Suggestion> suggest(AdviceContext context) {
            List<Suggestion> out = new ArrayList<>();
            for (int i = 0; i < SKILL_SUGGESTIONS; i++) {
                int skills = 3 + 3 * i;
                out.add(Suggestion.builder(Pillar.PROFESSIONAL_BRAND, "brand.skills-" + i).rules("brand.skills")
                        .messageArgs(skills).evidenceArgs(0).profileChange(p -> p.toBuilder().skills(skills).build())
                        .build());
            }
            out.add(Suggestion.builder(Pillar.PROFESSIONAL_BRAND, "brand.photo").rules("brand.photo")
                    .messageArgs(1).evidenceArgs(0).profileChange(p -> p.toBuilder().hasPhoto(true).build()).build());
            return out;
        }
    }

    @Test
    void aProfileChangeAsksOnlyTheRulesThatReadTheFactsItChanges() {
        Counting skills = new Counting("brand.skills", Pillar.PROFESSIONAL_BRAND, c -> c.profile().skills() / 2.0,
                Optional.of(Coverage.builder().profile(Coverage.ProfileFact.SKILLS).build()));
        Counting photo = new Counting("brand.photo", Pillar.PROFESSIONAL_BRAND, c -> c.profile().hasPhoto() ? 3 : 0,
                Optional.of(Coverage.builder().profile(Coverage.ProfileFact.PHOTO).build()));
        // A rule that does not name what it reads depends on the whole profile.
        Counting followers = new Counting("brand.followers", Pillar.PROFESSIONAL_BRAND,
                c -> c.profile().followers() / 100.0);
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(skills, photo, followers)).build();
        SsiAdvisor advisor = SsiAdvisor.builder().calculator(calc).addGenerator(new Profiling()).build();
        MemberProfile profile = MemberProfile.builder("m").followers(300).build();

        Advice advice = advisor.advise(profile, List.of(), AS_OF);

        // Every suggestion adds points, so each is picked: the photo, then the most skills
        // (the others add nothing once it is followed).
        assertThat(advice.recommendations()).extracting(Recommendation::code)
                .containsExactlyInAnyOrder("brand.photo", "brand.skills-2");
        // The photo's rule: the score and its own what-if; never a skills what-if, and following
        // a pick runs no rule again.
        assertThat(photo.evaluations.get()).isEqualTo(2);
        // The skills rule: the score and each skills what-if once. Following the photo changes
        // only the photo in each skills candidate's profile, which the skills rule does not read,
        // so what they measured still holds and none is asked again.
        int skillMeasurements = skills.evaluations.get() - 1;
        assertThat(skillMeasurements).isEqualTo(Profiling.SKILL_SUGGESTIONS);
        // The rule that names no facts is asked by every what-if and every pick.
        assertThat(followers.evaluations.get()).isGreaterThanOrEqualTo(1 + Profiling.SKILL_SUGGESTIONS + 1 + 2);
    }

    @Test
    void aPillarAlreadyFullIsNotMeasured() {
        // Brand rules at the cap together whatever the profile (10 + 10 + 5), one of them reading
        // the skills that the suggestions raise and one naming no facts, so that a what-if would
        // ask both: no suggestion can add a point, so none is measured and the rules are asked
        // only by the score.
        Counting skills = new Counting("brand.skills", Pillar.PROFESSIONAL_BRAND, c -> 10 + c.profile().skills(),
                Optional.of(Coverage.builder().profile(Coverage.ProfileFact.SKILLS).build()));
        Counting photo = new Counting("brand.photo", Pillar.PROFESSIONAL_BRAND, c -> 10,
                Optional.of(Coverage.builder().profile(Coverage.ProfileFact.PHOTO).build()));
        Counting any = new Counting("brand.any", Pillar.PROFESSIONAL_BRAND, c -> c.profile().followers() + 5);
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(skills, photo, any)).build();
        MemberProfile member = MemberProfile.builder("m").build();
        assertThat(calc.score(member, List.of(), AS_OF).pillar(Pillar.PROFESSIONAL_BRAND).points())
                .isEqualTo(Pillar.MAX_POINTS);
        int byTheScore = skills.evaluations.getAndSet(0) + any.evaluations.getAndSet(0);
        SsiAdvisor advisor = SsiAdvisor.builder().calculator(calc).addGenerator(new Profiling()).build();
        assertThat(advisor.advise(member, List.of(), AS_OF).recommendations()).isEmpty();
        assertThat(skills.evaluations.get() + any.evaluations.get()).isEqualTo(byTheScore);
    }

    /** A bundle with one message and one evidence text ("now {0}") for each code. */
    static ResourceBundle messagesFor(Set<String> codes, String message) {
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                List<Object[]> rows = new ArrayList<>();
                for (String code : codes) {
                    rows.add(new Object[] {code, message});
                    rows.add(new Object[] {code + ".evidence", "now {0}"});
                }
                return rows.toArray(new Object[0][]);
            }
        };
    }
}
