package io.ssi.rules.advice;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.BackgroundPhotoRule;
import io.ssi.rules.EducationRule;
import io.ssi.rules.EndorsementsRule;
import io.ssi.rules.ExperienceRule;
import io.ssi.rules.FeaturedItemsRule;
import io.ssi.rules.FollowersRule;
import io.ssi.rules.HeadlineRule;
import io.ssi.rules.ProfileMediaRule;
import io.ssi.rules.ProfilePhotoRule;
import io.ssi.rules.RecommendationsReceivedRule;
import io.ssi.rules.SkillsRule;
import io.ssi.rules.SummaryRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Brand: the gaps in the profile. A profile that lacks most basics (at least
 * {@value #BARE_PROFILE_GAPS} of photo, headline, summary and experience) also gets one piece
 * of advice, complete it in one sitting, whose gain covers every gap the member can close
 * alone. Each gap also gets its own; the advisor's greedy ranking keeps whichever is worth more
 * and drops the overlap.
 */
public final class ProfileAdvice extends AdviceGenerator {

    /**
     * Complete a bare profile: everything the member can do alone, in one sitting (photo,
     * background, headline, summary, experience, education, skills, featured items, media).
     */
    public static final String COMPLETE_PROFILE = "brand.complete-profile";
    /** Add a profile photo. */
    public static final String ADD_PHOTO = "brand.add-photo";
    /** Add a background photo. */
    public static final String ADD_BACKGROUND_PHOTO = "brand.add-background-photo";
    /** Rewrite a headline that is only a job title. */
    public static final String REWRITE_HEADLINE = "brand.rewrite-headline";
    /** Write or expand the summary. */
    public static final String EXPAND_SUMMARY = "brand.expand-summary";
    /** List past positions. */
    public static final String ADD_EXPERIENCE = "brand.add-experience";
    /** Add education. */
    public static final String ADD_EDUCATION = "brand.add-education";
    /** List more skills. */
    public static final String ADD_SKILLS = "brand.add-skills";
    /** Ask for endorsements. */
    public static final String ASK_FOR_ENDORSEMENTS = "brand.ask-for-endorsements";
    /** Ask customers and colleagues for recommendations. */
    public static final String ASK_FOR_RECOMMENDATIONS = "brand.ask-for-recommendations";
    /** Feature content on the profile. */
    public static final String FEATURE_CONTENT = "brand.feature-content";
    /** Add media such as a profile video. */
    public static final String ADD_PROFILE_MEDIA = "brand.add-profile-media";
    /** Grow the audience. */
    public static final String GROW_FOLLOWERS = "brand.grow-followers";

    /** How many of the basics (photo, headline, summary, experience) must be missing for "complete your profile". */
    static final int BARE_PROFILE_GAPS = 3;

    /** Creates the generator; stateless. */
    public ProfileAdvice() {
        super("brand.profile", Set.of(COMPLETE_PROFILE, ADD_PHOTO, ADD_BACKGROUND_PHOTO, REWRITE_HEADLINE,
                EXPAND_SUMMARY, ADD_EXPERIENCE, ADD_EDUCATION, ADD_SKILLS, ASK_FOR_ENDORSEMENTS,
                ASK_FOR_RECOMMENDATIONS, FEATURE_CONTENT, ADD_PROFILE_MEDIA, GROW_FOLLOWERS));
    }

    /**
     * A headline that says {@link HeadlineRule#TARGET_CHARS} characters beyond the job title:
     * a stand-in for the member's own words in a what-if; never shown.
     */
    static String valueHeadline(MemberProfile p) {
        String title = p.jobTitle().orElse("");
        return (title + " | " + "x".repeat(HeadlineRule.TARGET_CHARS + 3)).strip();
    }

    @Override
    public List<Suggestion> suggest(AdviceContext context) {
        MemberProfile p = context.profile();
        List<Suggestion> out = new ArrayList<>();
        completeProfile(context).ifPresent(out::add);
        if (!p.hasPhoto()) {
            flag(context, ADD_PHOTO, ProfilePhotoRule.ID, b -> b.hasPhoto(true)).ifPresent(out::add);
        }
        if (!p.hasBackgroundPhoto()) {
            flag(context, ADD_BACKGROUND_PHOTO, BackgroundPhotoRule.ID, b -> b.hasBackgroundPhoto(true))
                    .ifPresent(out::add);
        }
        raise(context, REWRITE_HEADLINE, HeadlineRule.ID, HeadlineRule.charactersBeyondTitle(p),
                HeadlineRule.TARGET_CHARS, q -> q.toBuilder().headline(valueHeadline(q)).build()).ifPresent(out::add);
        raise(context, EXPAND_SUMMARY, SummaryRule.ID, p.summary().strip().length(), SummaryRule.TARGET_CHARS,
                q -> q.toBuilder().summary(longer(q.summary(), SummaryRule.TARGET_CHARS)).build()).ifPresent(out::add);
        raise(context, ADD_EXPERIENCE, ExperienceRule.ID, p.experienceEntries(), ExperienceRule.TARGET,
                q -> q.toBuilder().experienceEntries(ExperienceRule.TARGET).build()).ifPresent(out::add);
        raise(context, ADD_EDUCATION, EducationRule.ID, p.educationEntries(), EducationRule.TARGET,
                q -> q.toBuilder().educationEntries(EducationRule.TARGET).build()).ifPresent(out::add);
        raise(context, ADD_SKILLS, SkillsRule.ID, p.skills(), SkillsRule.TARGET,
                q -> q.toBuilder().skills(SkillsRule.TARGET).build()).ifPresent(out::add);
        raise(context, ASK_FOR_ENDORSEMENTS, EndorsementsRule.ID, p.endorsements(), EndorsementsRule.TARGET,
                q -> q.toBuilder().endorsements(EndorsementsRule.TARGET).build()).ifPresent(out::add);
        raise(context, ASK_FOR_RECOMMENDATIONS, RecommendationsReceivedRule.ID, p.recommendationsReceived(),
                RecommendationsReceivedRule.TARGET,
                q -> q.toBuilder().recommendationsReceived(RecommendationsReceivedRule.TARGET).build())
                .ifPresent(out::add);
        raise(context, FEATURE_CONTENT, FeaturedItemsRule.ID, p.featuredItems(), FeaturedItemsRule.TARGET,
                q -> q.toBuilder().featuredItems(FeaturedItemsRule.TARGET).build()).ifPresent(out::add);
        raise(context, ADD_PROFILE_MEDIA, ProfileMediaRule.ID, p.mediaItems(), ProfileMediaRule.TARGET,
                q -> q.toBuilder().mediaItems(ProfileMediaRule.TARGET).build()).ifPresent(out::add);
        raise(context, GROW_FOLLOWERS, FollowersRule.ID, p.followers(), FollowersRule.TARGET,
                q -> q.toBuilder().followers(FollowersRule.TARGET).build()).ifPresent(out::add);
        return out;
    }

    private static Optional<Suggestion> flag(AdviceContext context, String code, String ruleId,
                                             UnaryOperator<MemberProfile.Builder> set) {
        return raise(context, code, ruleId, 0, 1, q -> set.apply(q.toBuilder()).build());
    }

    /** One suggestion for a bare profile: every basic at its target. */
    private static Optional<Suggestion> completeProfile(AdviceContext context) {
        MemberProfile p = context.profile();
        int gaps = (p.hasPhoto() ? 0 : 1)
                + (HeadlineRule.charactersBeyondTitle(p) > HeadlineRule.MIN_CHARS ? 0 : 1)
                + (p.summary().isBlank() ? 1 : 0)
                + (p.experienceEntries() > 0 ? 0 : 1);
        if (gaps < BARE_PROFILE_GAPS) {
            return Optional.empty();
        }
        List<RuleContribution> aimed = new ArrayList<>();
        for (String id : List.of(ProfilePhotoRule.ID, BackgroundPhotoRule.ID, HeadlineRule.ID, SummaryRule.ID,
                ExperienceRule.ID, EducationRule.ID, SkillsRule.ID, FeaturedItemsRule.ID, ProfileMediaRule.ID)) {
            context.contribution(id).filter(c -> !c.saturated()).ifPresent(aimed::add);
        }
        if (aimed.isEmpty()) {
            return Optional.empty();
        }
        double points = 0;
        double max = 0;
        for (RuleContribution c : aimed) {
            points += c.points();
            max += c.maxPoints();
        }
        return Optional.of(Suggestion.builder(Pillar.PROFESSIONAL_BRAND, COMPLETE_PROFILE)
                .rules(aimed.stream().map(RuleContribution::ruleId).toArray(String[]::new))
                .messageArgs(SummaryRule.TARGET_CHARS, ExperienceRule.TARGET, SkillsRule.TARGET,
                        FeaturedItemsRule.TARGET)
                .evidenceArgs(points, max, gaps, 4)
                .profileChange(q -> q.toBuilder().hasPhoto(true).hasBackgroundPhoto(true).headline(valueHeadline(q))
                        .summary(longer(q.summary(), SummaryRule.TARGET_CHARS))
                        .experienceEntries(Math.max(q.experienceEntries(), ExperienceRule.TARGET))
                        .educationEntries(Math.max(q.educationEntries(), EducationRule.TARGET))
                        .skills(Math.max(q.skills(), SkillsRule.TARGET))
                        .featuredItems(Math.max(q.featuredItems(), FeaturedItemsRule.TARGET))
                        .mediaItems(Math.max(q.mediaItems(), ProfileMediaRule.TARGET)).build())
                .build());
    }

    /** The text padded to at least {@code length} characters: a stand-in for the member's own words. */
    static String longer(String text, int length) {
        String t = text.strip();
        return t.length() >= length ? t : t + " " + "x".repeat(length - t.length());
    }
}
