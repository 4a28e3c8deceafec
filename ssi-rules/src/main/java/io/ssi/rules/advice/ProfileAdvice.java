package io.ssi.rules.advice;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.HeadlineRule;
import io.ssi.rules.Lever;
import io.ssi.rules.ProfileField;
import io.ssi.rules.StandardRule;

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

    /** The fields a member can fill alone, in one sitting: what "complete your profile" raises. */
    private static final Set<ProfileField> ONE_SITTING = Set.of(ProfileField.PHOTO, ProfileField.BACKGROUND_PHOTO,
            ProfileField.HEADLINE_CHARACTERS, ProfileField.SUMMARY_CHARACTERS, ProfileField.EXPERIENCE_ENTRIES,
            ProfileField.EDUCATION_ENTRIES, ProfileField.SKILLS, ProfileField.FEATURED_ITEMS, ProfileField.MEDIA_ITEMS);

    /**
     * What "complete your profile" looks up among a calculator's rules, once per rule list: the
     * first headline rule's floor, and the rules it raises in one sitting.
     */
    private record Found(int headlineFloor, List<StandardRule> oneSitting) {
    }

    @Override
    Object find(List<ScoringRule> rules) {
        int headlineFloor = -1;
        List<StandardRule> raised = new ArrayList<>();
        for (ScoringRule r : rules) {
            if (r instanceof HeadlineRule h && headlineFloor < 0) {
                headlineFloor = h.minimumCharacters();
            }
            if (r instanceof StandardRule s && s.pillar() == Pillar.PROFESSIONAL_BRAND
                    && s.lever().kind() == Lever.Kind.PROFILE && ONE_SITTING.contains(s.lever().field().orElseThrow())) {
                raised.add(s);
            }
        }
        return new Found(Math.max(headlineFloor, 0), List.copyOf(raised));
    }

    @Override
    public List<Suggestion> suggest(AdviceContext context) {
        List<Suggestion> out = new ArrayList<>();
        completeProfile(context, found(context, Found.class)).ifPresent(out::add);
        out.addAll(levers(context));
        return out;
    }

    /** One suggestion for a bare profile: every rule it can raise in one sitting at its target. */
    private static Optional<Suggestion> completeProfile(AdviceContext context, Found found) {
        MemberProfile p = context.profile();
        int headlineFloor = found.headlineFloor();
        int gaps = (p.hasPhoto() ? 0 : 1)
                + (HeadlineRule.charactersBeyondTitle(p) > headlineFloor ? 0 : 1)
                + (p.summaryLength() == 0 ? 1 : 0)
                + (p.experienceEntries() > 0 ? 0 : 1);
        if (gaps < BARE_PROFILE_GAPS) {
            return Optional.empty();
        }
        List<StandardRule> raised = found.oneSitting();
        List<RuleContribution> aimed = new ArrayList<>();
        for (StandardRule r : raised) {
            open(context, r).ifPresent(aimed::add);
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
        List<ProfileField> fields = new ArrayList<>();
        int[] targets = new int[raised.size()];
        for (StandardRule r : raised) {
            targets[fields.size()] = (int) Math.ceil(r.target());
            fields.add(r.lever().field().orElseThrow());
        }
        UnaryOperator<MemberProfile> change = q -> ProfileField.raiseAll(q, fields, targets);
        return Optional.of(Suggestion.builder(Pillar.PROFESSIONAL_BRAND, COMPLETE_PROFILE)
                .rules(aimed.stream().map(RuleContribution::ruleId).toArray(String[]::new))
                .messageArgs(target(raised, ProfileField.SUMMARY_CHARACTERS, p), target(raised,
                        ProfileField.EXPERIENCE_ENTRIES, p), target(raised, ProfileField.SKILLS, p),
                        target(raised, ProfileField.FEATURED_ITEMS, p))
                .evidenceArgs(points, max, gaps, 4)
                .profileChange(change)
                .build());
    }

    /** The target of the rule that reads a field, or the member's own value when no rule does. */
    private static int target(List<StandardRule> rules, ProfileField field, MemberProfile p) {
        for (StandardRule r : rules) {
            if (r.lever().field().orElseThrow() == field) {
                return (int) Math.ceil(r.target());
            }
        }
        return field.read(p);
    }
}
