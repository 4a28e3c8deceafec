package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.HeadlineRule;
import io.ssi.rules.Response;
import io.ssi.rules.StandardModel;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.ssi.rules.advice.Suggested.inWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the brand advice plans: the engagement planned content carries, the one post a week that
 * sparks the engagement the widest rule misses, and when a profile is bare enough to be told to
 * complete it in one sitting, with what.
 */
final class ContentAndProfileAdvicePlansTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    private static final MemberProfile P = MemberProfile.builder("m").build();

    // A fresh generator for every run: a generator remembers what it found among the last rule list
    // it was given, so one kept across tests would let a test pass on what another test's run
    // found, and a broken look-up would go unseen by every test but the first.
    private static ContentAdvice contentAdvice() {
        return new ContentAdvice();
    }

    private static ProfileAdvice profileAdvice() {
        return new ProfileAdvice();
    }

    private static SsiCalculator tuned(StandardModel.Builder b) {
        return SsiCalculator.builder().rules(b.build()).build();
    }

    // ---- content

    @Test
    void plannedPostsCarryTheEngagementThatCreditsOneItem() {
        Suggested run = Suggested.by(contentAdvice(), CALC, P, List.of());
        Suggestion s = run.get(ContentAdvice.POST_WEEKLY);
        assertThat(s.pillar()).isEqualTo(Pillar.PROFESSIONAL_BRAND);
        assertThat(s.activity()).contains(ActivityType.POST_PUBLISHED);
        assertThat(s.extraPerWeek()).isEqualTo(2.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 2.0, 2.0);
        assertThat(s.ruleIds()).containsExactly("brand.posts");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(2)).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.POST_PUBLISHED);
            assertThat(a.engagement()).isEqualTo(20);
        });
        assertThat(run.get(ContentAdvice.PUBLISH_ARTICLES).plannedActivities()).hasSize((int) inWindow(0.5))
                .allSatisfy(a -> assertThat(a.engagement()).isEqualTo(20));
        // A member who never posts is not told to spark conversation on posts that do not exist.
        assertThat(run.codes()).containsExactlyInAnyOrder(ContentAdvice.POST_WEEKLY, ContentAdvice.PUBLISH_ARTICLES,
                ContentAdvice.PUBLISH_VIDEOS);
    }

    @Test
    void contentCreditedAtLessThanTheAudienceQualityIsPlannedWithWhatKeepsTheAudience() {
        SsiCalculator calc = tuned(StandardModel.builder().drop("brand.posts").add(io.ssi.rules.WeeklyRateRule
                .builder("brand.posts", Pillar.PROFESSIONAL_BRAND).maxPoints(4).target(2)
                .measures(io.ssi.rules.Aggregate.content(2.5, ActivityType.POST_PUBLISHED)).unit("posts")
                .lever(io.ssi.rules.Lever.activity(ContentAdvice.POST_WEEKLY, ActivityType.POST_PUBLISHED,
                        io.ssi.core.spi.ContactFacet.ANY)).build()));
        Suggestion s = Suggested.by(contentAdvice(), calc, P, List.of()).get(ContentAdvice.POST_WEEKLY);
        assertThat(s.plannedActivities()).allSatisfy(a -> assertThat(a.engagement())
                .isEqualTo((int) Math.ceil(Response.AUDIENCE_FULL)));
    }

    @Test
    void aMemberWhosePostsDrawNothingIsToldToSparkTheWidestGapWithOnePostAWeek() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_PUBLISHED, 1, 0, k -> null).activities();
        Suggested run = Suggested.by(contentAdvice(), CALC, p, log);
        Suggestion s = run.get(ContentAdvice.SPARK_CONVERSATION);
        // 40 reactions a week for the brand, 36 for the audience: the brand's gap is the wider.
        assertThat(s.pillar()).isEqualTo(Pillar.PROFESSIONAL_BRAND);
        assertThat(s.ruleIds()).containsExactly("brand.content-engagement", "engage.audience");
        assertThat(s.messageArgs()).containsExactly(0.0, 40.0, 40.0);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("brand.content-engagement"));
        assertThat(s.activity()).contains(ActivityType.POST_PUBLISHED);
        assertThat(s.extraPerWeek()).isEqualTo(1.0);
        assertThat(s.plannedActivities()).hasSize((int) inWindow(1)).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.POST_PUBLISHED);
            assertThat(a.engagement()).isEqualTo(40);
        });
    }

    @Test
    void theWiderGapLeadsWhicheverPillarItIsIn() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_PUBLISHED, 1, 0, k -> null).activities();
        Suggestion s = Suggested.by(contentAdvice(), tuned(StandardModel.builder().target("engage.audience", 50)), p, log)
                .get(ContentAdvice.SPARK_CONVERSATION);
        assertThat(s.pillar()).isEqualTo(Pillar.ENGAGE_WITH_INSIGHTS);
        assertThat(s.ruleIds()).containsExactly("engage.audience", "brand.content-engagement");
        assertThat(s.messageArgs()).containsExactly(0.0, 50.0, 50.0);
        assertThat(s.plannedActivities()).allSatisfy(a -> assertThat(a.engagement()).isEqualTo(50));
    }

    @Test
    void equalGapsAreLedByTheFirstRuleById() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_PUBLISHED, 1, 0, k -> null).activities();
        Suggestion s = Suggested.by(contentAdvice(), tuned(StandardModel.builder().target("engage.audience", 40)), p, log)
                .get(ContentAdvice.SPARK_CONVERSATION);
        assertThat(s.ruleIds()).containsExactly("brand.content-engagement", "engage.audience");
    }

    @Test
    void aSmallGapIsSparkedWithAtLeastWhatKeepsTheAudienceQuality() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_PUBLISHED, 1, 0, k -> null).activities();
        Suggestion s = Suggested.by(contentAdvice(), tuned(StandardModel.builder().target("brand.content-engagement", 3)
                .drop("engage.audience")), p, log).get(ContentAdvice.SPARK_CONVERSATION);
        assertThat(s.ruleIds()).containsExactly("brand.content-engagement");
        assertThat(s.messageArgs()).containsExactly(0.0, 3.0, 3.0);
        assertThat(s.plannedActivities()).allSatisfy(a -> assertThat(a.engagement()).isEqualTo(5));
        assertThat(ContentAdvice.sparked(3)).isEqualTo(5);
        assertThat(ContentAdvice.sparked(5.2)).isEqualTo(6);
    }

    @Test
    void aSaturatedEngagementRuleIsNeitherSparkedNorNamed() {
        MemberProfile p = MemberProfile.builder("m").build();
        // Three posts a week that draw 20 reactions each (what the engine counts of one item at
        // most): 60 a week, beyond both targets, the audience's 36 and the brand's 40.
        List<Activity> full = new Log(p, "a").weekly(ActivityType.POST_PUBLISHED, 3, 20, k -> null).activities();
        Suggested run = Suggested.by(contentAdvice(), CALC, p, full);
        assertThat(run.codes()).doesNotContain(ContentAdvice.SPARK_CONVERSATION);
        // With the audience's target raised, only the audience rule is open, and it alone is named.
        Suggestion s = Suggested.by(contentAdvice(), tuned(StandardModel.builder().target("engage.audience", 200)), p, full)
                .get(ContentAdvice.SPARK_CONVERSATION);
        assertThat(s.ruleIds()).containsExactly("engage.audience");
    }

    // ---- profile

    /** A profile with a photo, a headline 30 characters beyond the title, a summary and experience. */
    private static MemberProfile.Builder basics() {
        return MemberProfile.builder("m").hasPhoto(true).jobTitle("AE").headline("AE " + "h".repeat(30))
                .summary("s".repeat(100)).experienceEntries(1);
    }

    @Test
    void threeMissingBasicsMakeABareProfileThatIsToldToCompleteItInOneSitting() {
        MemberProfile p = basics().hasPhoto(false).summary("").experienceEntries(0).build();
        Suggested run = Suggested.by(profileAdvice(), CALC, p, List.of());
        Suggestion s = run.get(ProfileAdvice.COMPLETE_PROFILE);
        assertThat(s.pillar()).isEqualTo(Pillar.PROFESSIONAL_BRAND);
        assertThat(s.messageArgs()).containsExactly(600, 3, 15, 3);
        List<String> aimed = List.of("brand.background-photo", "brand.education", "brand.experience",
                "brand.featured", "brand.headline", "brand.media", "brand.photo", "brand.skills", "brand.summary");
        assertThat(s.ruleIds()).containsExactlyElementsOf(aimed);
        double points = 0;
        double max = 0;
        for (String id : aimed) {
            points += run.contribution(id).points();
            max += run.contribution(id).maxPoints();
        }
        assertThat(s.evidenceArgs()).hasSize(4);
        assertThat((double) s.evidenceArgs().get(0)).isCloseTo(points, within(1e-12));
        assertThat((double) s.evidenceArgs().get(1)).isCloseTo(max, within(1e-12));
        assertThat(s.evidenceArgs().subList(2, 4)).containsExactly(3, 4);
        assertThat(s.plannedActivities()).isEmpty();
        MemberProfile done = s.changedProfile(p);
        assertThat(done.hasPhoto()).isTrue();
        assertThat(done.hasBackgroundPhoto()).isTrue();
        assertThat(HeadlineRule.charactersBeyondTitle(done)).isGreaterThanOrEqualTo(60);
        assertThat(done.summaryLength()).isGreaterThanOrEqualTo(600);
        assertThat(done.experienceEntries()).isEqualTo(3);
        assertThat(done.educationEntries()).isEqualTo(1);
        assertThat(done.skills()).isEqualTo(15);
        assertThat(done.featuredItems()).isEqualTo(3);
        assertThat(done.mediaItems()).isEqualTo(1);
        // What a member cannot do alone in one sitting stays as it was.
        assertThat(done.endorsements()).isEqualTo(p.endorsements());
        assertThat(done.recommendationsReceived()).isEqualTo(p.recommendationsReceived());
        assertThat(done.followers()).isEqualTo(p.followers());
        assertThat(done.connections()).isEqualTo(p.connections());
    }

    @Test
    void twoMissingBasicsAreNotABareProfile() {
        for (MemberProfile p : List.of(basics().hasPhoto(false).summary("").build(),
                basics().summary("").experienceEntries(0).build(),
                basics().hasPhoto(false).experienceEntries(0).build(),
                basics().hasPhoto(false).headline("AE").build())) {
            Suggested run = Suggested.by(profileAdvice(), CALC, p, List.of());
            assertThat(run.codes()).as("%s", p).doesNotContain(ProfileAdvice.COMPLETE_PROFILE)
                    .contains(ProfileAdvice.ADD_BACKGROUND_PHOTO);
        }
    }

    @Test
    void aHeadlineAtTheMinimumIsAGapAndOneCharacterMoreIsNot() {
        MemberProfile.Builder twoGaps = basics().hasPhoto(false).summary("");
        MemberProfile atFloor = twoGaps.headline("AE " + "h".repeat(19)).build();
        assertThat(HeadlineRule.charactersBeyondTitle(atFloor)).isEqualTo(20);
        assertThat(Suggested.by(profileAdvice(), CALC, atFloor, List.of()).codes()).contains(ProfileAdvice.COMPLETE_PROFILE);
        MemberProfile beyond = twoGaps.headline("AE " + "h".repeat(20)).build();
        assertThat(HeadlineRule.charactersBeyondTitle(beyond)).isEqualTo(21);
        assertThat(Suggested.by(profileAdvice(), CALC, beyond, List.of()).codes()).doesNotContain(ProfileAdvice.COMPLETE_PROFILE);
    }

    @Test
    void withoutAHeadlineRuleAnyHeadlineAtAllIsEnough() {
        SsiCalculator calc = tuned(StandardModel.builder().drop("brand.headline"));
        MemberProfile oneChar = basics().hasPhoto(false).summary("").headline("AE h").build();
        assertThat(HeadlineRule.charactersBeyondTitle(oneChar)).isEqualTo(2);
        assertThat(Suggested.by(profileAdvice(), calc, oneChar, List.of()).codes()).doesNotContain(ProfileAdvice.COMPLETE_PROFILE);
        MemberProfile none = basics().hasPhoto(false).summary("").headline("AE").build();
        Suggestion s = Suggested.by(profileAdvice(), calc, none, List.of()).get(ProfileAdvice.COMPLETE_PROFILE);
        assertThat(s.ruleIds()).doesNotContain("brand.headline");
    }

    @Test
    void whatNoRuleAsksForIsToldAsTheMembersOwnValue() {
        SsiCalculator calc = tuned(StandardModel.builder().drop("brand.summary").drop("brand.experience")
                .drop("brand.skills").drop("brand.featured"));
        MemberProfile p = MemberProfile.builder("m").skills(7).featuredItems(2).build();
        Suggestion s = Suggested.by(profileAdvice(), calc, p, List.of()).get(ProfileAdvice.COMPLETE_PROFILE);
        assertThat(s.messageArgs()).containsExactly(0, 0, 7, 2);
        assertThat(s.changedProfile(p).skills()).isEqualTo(7);
    }

    @Test
    void aBareProfileWhoseOneSittingRulesAreAllFullGetsNoCompleteAdvice() {
        SsiCalculator calc = tuned(StandardModel.builder().drop("brand.photo").drop("brand.background-photo")
                .drop("brand.headline").drop("brand.summary").drop("brand.experience").drop("brand.education")
                .drop("brand.featured").drop("brand.media"));
        MemberProfile p = MemberProfile.builder("m").skills(40).build();
        assertThat(Suggested.by(profileAdvice(), calc, p, List.of()).codes()).doesNotContain(ProfileAdvice.COMPLETE_PROFILE);
        // The same bare profile with skills to add: the one rule left is aimed at.
        Suggestion s = Suggested.by(profileAdvice(), calc, MemberProfile.builder("m").skills(4).build(), List.of())
                .get(ProfileAdvice.COMPLETE_PROFILE);
        assertThat(s.ruleIds()).containsExactly("brand.skills");
    }

    @Test
    void aSaturatedOneSittingRuleIsNotAimedAtNorLoweredByTheChange() {
        MemberProfile p = MemberProfile.builder("m").skills(40).mediaItems(4).build();
        Suggestion s = Suggested.by(profileAdvice(), CALC, p, List.of()).get(ProfileAdvice.COMPLETE_PROFILE);
        assertThat(s.ruleIds()).doesNotContain("brand.skills", "brand.media");
        assertThat(s.changedProfile(p).skills()).isEqualTo(40);
        assertThat(s.changedProfile(p).mediaItems()).isEqualTo(4);
    }

    @Test
    void eachGapGetsItsOwnAdviceRaisingTheFieldToTheTarget() {
        MemberProfile p = basics().skills(10).endorsements(12).build();
        Suggested run = Suggested.by(profileAdvice(), CALC, p, List.of());
        Suggestion skills = run.get(ProfileAdvice.ADD_SKILLS);
        assertThat(skills.messageArgs()).containsExactly(10, 15);
        assertThat(skills.ruleIds()).containsExactly("brand.skills");
        assertThat(skills.evidenceArgs()).isEqualTo(run.evidence("brand.skills"));
        assertThat(skills.changedProfile(p).skills()).isEqualTo(15);
        assertThat(skills.plannedActivities()).isEmpty();
        assertThat(run.get(ProfileAdvice.ASK_FOR_ENDORSEMENTS).messageArgs()).containsExactly(12, 50);
        assertThat(run.get(ProfileAdvice.EXPAND_SUMMARY).messageArgs()).containsExactly(100, 600);
        assertThat(run.get(ProfileAdvice.REWRITE_HEADLINE).messageArgs()).containsExactly(31, 60);
        assertThat(run.codes()).doesNotContain(ProfileAdvice.ADD_PHOTO, ProfileAdvice.COMPLETE_PROFILE);
    }
}
