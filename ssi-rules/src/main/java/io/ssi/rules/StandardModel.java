package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.ScoringOptions;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringModel;
import io.ssi.core.spi.ScoringRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.ssi.core.ActivityType.ACCOUNT_SAVED;
import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static io.ssi.core.ActivityType.GROUP_JOINED;
import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.INTRODUCTION_REQUESTED;
import static io.ssi.core.ActivityType.LEAD_SAVED;
import static io.ssi.core.ActivityType.MEMBER_FOLLOWED;
import static io.ssi.core.ActivityType.MEMBER_MENTIONED;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static io.ssi.core.ActivityType.POST_SHARED;
import static io.ssi.core.ActivityType.POST_SHARED_WITH_COMMENTARY;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static io.ssi.core.ActivityType.PROFILE_VIEW_RECEIVED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.core.Pillar.BUILD_RELATIONSHIPS;
import static io.ssi.core.Pillar.ENGAGE_WITH_INSIGHTS;
import static io.ssi.core.Pillar.FIND_RIGHT_PEOPLE;
import static io.ssi.core.Pillar.PROFESSIONAL_BRAND;

/**
 * The standard model, version {@value #VERSION}: one table of rule values, the rules that
 * {@link io.ssi.core.SsiCalculator#standard()} discovers when this module is present (this class
 * is the module's one {@link ScoringModel} provider, so registration cannot drift from the table).
 *
 * <p>Tune it without forking, and hand the result to a calculator:
 *
 * <pre>{@code
 * List<ScoringRule> rules = StandardModel.builder()
 *         .target("engage.comments", 8)          // 8 comments a week earn all the points
 *         .maxPoints("find.profile-views", 2)
 *         .drop("brand.articles")
 *         .add(new MyCrmRule())
 *         .build();
 * SsiCalculator calc = SsiCalculator.builder().rules(rules).build();
 * }</pre>
 *
 * A tuned model's scores carry the version {@code standard-2+} and the first eight digits of
 * the model's fingerprint, such as {@code standard-2+1f0c9e2a}, so they are never mixed with
 * the standard model's. The same holds for the standard rules under other options (window,
 * half-life, daily cap, band thresholds).
 */
public final class StandardModel implements ScoringModel {

    /** The version stamped on every score of the standard model with default options. */
    public static final String VERSION = "standard-2";

    /**
     * The reactions and comments that credit one published item as content that found an
     * audience: the engine's default cap per item ({@link ScoringOptions#engagementCap()}), so
     * that an item counts once it drew that much.
     */
    static final double ENGAGEMENT_PER_ITEM = 20;

    /**
     * What makes a day count for presence: work that takes a few minutes of thought, not a
     * click. Likes, plain shares, views, basic searches, saves, follows and mentions do not.
     */
    static final Set<ActivityType> SUBSTANTIVE = Collections.unmodifiableSet(EnumSet.of(POST_COMMENTED,
            POST_SHARED_WITH_COMMENTARY, POST_PUBLISHED, ARTICLE_PUBLISHED, VIDEO_PUBLISHED, GROUP_POST_PUBLISHED,
            MESSAGE_SENT, INMAIL_SENT, CONNECTION_REQUEST_SENT, WELCOME_MESSAGE_SENT, INTRODUCTION_REQUESTED,
            ADVANCED_SEARCH_PERFORMED));

    /** What makes a day count for engaging: commenting, sharing with commentary, publishing. */
    static final Set<ActivityType> ENGAGED = Collections.unmodifiableSet(EnumSet.of(POST_COMMENTED,
            POST_SHARED_WITH_COMMENTARY, POST_PUBLISHED, ARTICLE_PUBLISHED, VIDEO_PUBLISHED, GROUP_POST_PUBLISHED));

    /** The content types, whose engagement received counts. */
    private static final ActivityType[] MORE_CONTENT = {ARTICLE_PUBLISHED, VIDEO_PUBLISHED, GROUP_POST_PUBLISHED};

    /** The table: every rule of the standard model, by pillar. */
    private static final List<StandardRule> TABLE = List.of(
            // ---- brand: profile
            flag("brand.photo", 3.0, ProfileField.PHOTO, "profile photo", "brand.add-photo"),
            flag("brand.background-photo", 0.75, ProfileField.BACKGROUND_PHOTO, "background photo",
                    "brand.add-background-photo"),
            HeadlineRule.builder("brand.headline", PROFESSIONAL_BRAND).maxPoints(2.5).target(60).minimumCharacters(20)
                    .lever(Lever.profile("brand.rewrite-headline", ProfileField.HEADLINE_CHARACTERS)).build(),
            ProfileCountRule.builder("brand.summary", PROFESSIONAL_BRAND).maxPoints(2.5).target(600)
                    .reads(ProfileField.SUMMARY_CHARACTERS).unit("summary characters")
                    .explained("no summary", "a summary of {measured#} characters; {target#} earn all {max} points")
                    .lever(Lever.profile("brand.expand-summary", ProfileField.SUMMARY_CHARACTERS)).build(),
            count("brand.experience", PROFESSIONAL_BRAND, 2.0, 3, ProfileField.EXPERIENCE_ENTRIES,
                    "experience entries", "brand.add-experience"),
            count("brand.education", PROFESSIONAL_BRAND, 0.5, 1, ProfileField.EDUCATION_ENTRIES, "education entries",
                    "brand.add-education"),
            count("brand.skills", PROFESSIONAL_BRAND, 2.0, 15, ProfileField.SKILLS, "skills", "brand.add-skills"),
            count("brand.endorsements", PROFESSIONAL_BRAND, 1.5, 50, ProfileField.ENDORSEMENTS, "endorsements",
                    "brand.ask-for-endorsements"),
            count("brand.recommendations", PROFESSIONAL_BRAND, 1.5, 3, ProfileField.RECOMMENDATIONS_RECEIVED,
                    "recommendations received", "brand.ask-for-recommendations"),
            count("brand.featured", PROFESSIONAL_BRAND, 1.0, 3, ProfileField.FEATURED_ITEMS, "featured items",
                    "brand.feature-content"),
            count("brand.media", PROFESSIONAL_BRAND, 0.75, 1, ProfileField.MEDIA_ITEMS, "media items",
                    "brand.add-profile-media"),
            network("brand.followers", PROFESSIONAL_BRAND, 2.0, 5000, 50, ProfileField.FOLLOWERS, "followers",
                    "brand.grow-followers"),
            // ---- brand: publishing that found an audience
            weekly("brand.posts", PROFESSIONAL_BRAND, 4.0, 2, Aggregate.content(ENGAGEMENT_PER_ITEM, POST_PUBLISHED),
                    Scaling.NONE, "posts a week that drew engagement", "brand.post-weekly"),
            weekly("brand.articles", PROFESSIONAL_BRAND, 1.5, 0.5,
                    Aggregate.content(ENGAGEMENT_PER_ITEM, ARTICLE_PUBLISHED), Scaling.NONE,
                    "articles a week that drew engagement", "brand.publish-articles"),
            weekly("brand.videos", PROFESSIONAL_BRAND, 1.5, 0.5,
                    Aggregate.content(ENGAGEMENT_PER_ITEM, VIDEO_PUBLISHED), Scaling.NONE,
                    "videos a week that drew engagement", "brand.publish-videos"),
            WeeklyRateRule.builder("brand.content-engagement", PROFESSIONAL_BRAND).maxPoints(3.0).target(40)
                    .measures(Aggregate.engagement(POST_PUBLISHED, MORE_CONTENT))
                    .unit("reactions and comments received a week").build(),
            // ---- find: prospecting, scaled by what it leads to
            weekly("find.searches", FIND_RIGHT_PEOPLE, 2.0, 10, Aggregate.rate(SEARCH_PERFORMED,
                    ADVANCED_SEARCH_PERFORMED), Scaling.PROSPECTING, "searches a week", "find.search-more", Curve.EASED),
            weekly("find.filtered-searches", FIND_RIGHT_PEOPLE, 3.0, 5, Aggregate.rate(ADVANCED_SEARCH_PERFORMED),
                    Scaling.PROSPECTING, "filtered searches a week", "find.use-search-filters", Curve.EASED),
            weekly("find.profile-views", FIND_RIGHT_PEOPLE, 3.5, 40, Aggregate.rate(PROFILE_VIEWED),
                    Scaling.PROSPECTING, "profile views a week", ""),
            weekly("find.decision-maker-views", FIND_RIGHT_PEOPLE, 5.0, 20,
                    Aggregate.rate(PROFILE_VIEWED, ContactFacet.DECISION_MAKER), Scaling.PROSPECTING,
                    "decision-maker profile views a week", "find.view-decision-makers"),
            weekly("find.out-of-network-views", FIND_RIGHT_PEOPLE, 3.5, 20,
                    Aggregate.rate(PROFILE_VIEWED, ContactFacet.OUT_OF_NETWORK), Scaling.PROSPECTING,
                    "3rd-degree profile views a week", "find.look-beyond-network"),
            weekly("find.leads-saved", FIND_RIGHT_PEOPLE, 3.0, 10, Aggregate.rate(LEAD_SAVED), Scaling.PROSPECTING,
                    "leads saved a week", "find.save-leads", Curve.EASED),
            weekly("find.accounts-saved", FIND_RIGHT_PEOPLE, 1.0, 3, Aggregate.rate(ACCOUNT_SAVED),
                    Scaling.PROSPECTING, "accounts saved a week", "find.save-accounts", Curve.EASED),
            weekly("find.members-followed", FIND_RIGHT_PEOPLE, 1.5, 5, Aggregate.rate(MEMBER_FOLLOWED),
                    Scaling.PROSPECTING, "members followed a week", "find.follow-members", Curve.EASED),
            weekly("find.profile-views-received", FIND_RIGHT_PEOPLE, 5.0, 20, Aggregate.rate(PROFILE_VIEW_RECEIVED),
                    Scaling.NONE, "profile views received a week", "find.attract-profile-views", Curve.EASED),
            WeeklyRateRule.builder("find.days-active", FIND_RIGHT_PEOPLE).maxPoints(2.5).target(5)
                    .measures(Aggregate.activeDays(SUBSTANTIVE)).scaled(Scaling.RESPONSE).curve(Curve.EASED)
                    .unit("days a week with substantive activity").build(),
            // ---- engage
            weekly("engage.comments", ENGAGE_WITH_INSIGHTS, 6.5, 8, Aggregate.rate(POST_COMMENTED), Scaling.RESPONSE,
                    "comments a week", "engage.comment-with-insight"),
            weekly("engage.shares-with-commentary", ENGAGE_WITH_INSIGHTS, 2.0, 3,
                    Aggregate.rate(POST_SHARED_WITH_COMMENTARY), Scaling.RESPONSE, "shares with commentary a week",
                    "engage.share-with-commentary"),
            weekly("engage.shares", ENGAGE_WITH_INSIGHTS, 1.0, 3, Aggregate.rate(POST_SHARED), Scaling.RESPONSE,
                    "plain shares a week", "engage.share-posts"),
            weekly("engage.likes", ENGAGE_WITH_INSIGHTS, 1.0, 20, Aggregate.rate(POST_LIKED), Scaling.RESPONSE,
                    "likes a week", "engage.like-posts"),
            weekly("engage.groups-joined", ENGAGE_WITH_INSIGHTS, 0.25, 0.25, Aggregate.rate(GROUP_JOINED),
                    Scaling.RESPONSE, "groups joined a week", "engage.join-groups"),
            weekly("engage.group-posts", ENGAGE_WITH_INSIGHTS, 2.0, 0.5, Aggregate.rate(GROUP_POST_PUBLISHED),
                    Scaling.RESPONSE, "group posts a week", "engage.post-in-groups"),
            ConversationsRule.builder("engage.conversations", ENGAGE_WITH_INSIGHTS).maxPoints(5.0).target(10)
                    .priorWeight(Response.REPLY_PRIOR_WEIGHT).fullValueReplyRate(Response.REPLY_FULL).build(),
            WeeklyRateRule.builder("engage.audience", ENGAGE_WITH_INSIGHTS).maxPoints(6.0).target(36)
                    .measures(Aggregate.engagement(POST_PUBLISHED, ARTICLE_PUBLISHED, VIDEO_PUBLISHED))
                    .unit("reactions and comments received a week").build(),
            WeeklyRateRule.builder("engage.consistency", ENGAGE_WITH_INSIGHTS).maxPoints(2.5).target(4)
                    .measures(Aggregate.activeDays(ENGAGED)).scaled(Scaling.RESPONSE).curve(Curve.EASED)
                    .unit("engaged days a week").build(),
            // ---- relationships
            network("relationships.network-size", BUILD_RELATIONSHIPS, 9.0, 5000, 2, ProfileField.CONNECTIONS,
                    "connections", "relationships.grow-network"),
            network("relationships.decision-maker-network", BUILD_RELATIONSHIPS, 6.0, 500, 1,
                    ProfileField.DECISION_MAKER_CONNECTIONS, "decision-maker connections",
                    "relationships.grow-decision-maker-network"),
            network("relationships.colleague-network", BUILD_RELATIONSHIPS, 3.0, 200, 1,
                    ProfileField.COLLEAGUE_CONNECTIONS, "colleague connections", "relationships.connect-with-colleagues"),
            ConnectionGrowthRule.builder("relationships.connection-growth", BUILD_RELATIONSHIPS).maxPoints(5.0)
                    .target(5).decisionMakerBonus(1).targetAccountBonus(0).build(),
            RateRule.builder("relationships.acceptance-rate", BUILD_RELATIONSHIPS).maxPoints(2.0).target(0.4)
                    .judges(Ratio.of(CONNECTION_REQUEST_ACCEPTED, CONNECTION_REQUEST_SENT))
                    .prior(Response.ACCEPTANCE_FULL, Response.ACCEPTANCE_PRIOR_WEIGHT).fullSample(20)
                    .unit("connection requests accepted").build(),
            weekly("relationships.welcomes", BUILD_RELATIONSHIPS, 1.5, 4, Aggregate.welcomed(), Scaling.RESPONSE,
                    "new connections welcomed a week", "relationships.welcome-new-connections", Curve.EASED),
            weekly("relationships.mentions", BUILD_RELATIONSHIPS, 0.5, 3, Aggregate.rate(MEMBER_MENTIONED),
                    Scaling.RESPONSE, "mentions a week", "relationships.mention-others", Curve.EASED),
            weekly("relationships.introductions", BUILD_RELATIONSHIPS, 1.5, 0.75, Aggregate.rate(INTRODUCTION_REQUESTED),
                    Scaling.RESPONSE, "introductions requested a week", "relationships.ask-for-introductions"),
            MultiThreadingRule.builder("relationships.multi-threading", BUILD_RELATIONSHIPS).maxPoints(2.5).target(5)
                    .contactsPerAccount(3).build(),
            WeeklyRateRule.builder("relationships.target-accounts", BUILD_RELATIONSHIPS).maxPoints(0.5).target(1)
                    .measures(Aggregate.rate(ContactFacet.TARGET_ACCOUNT, CONNECTION_REQUEST_ACCEPTED,
                            CONNECTION_INVITE_ACCEPTED))
                    .unit("new connections at target accounts a week").build());

    /**
     * The fingerprint of the table with the default options: what every standard rule names as
     * its reference, so that only this configuration is stamped with the bare {@value #VERSION}.
     */
    static String referenceFingerprint() {
        return Reference.FINGERPRINT;
    }

    /** Computed when first asked for, after the table exists. */
    private static final class Reference {
        static final String FINGERPRINT = SsiCalculator.fingerprint(TABLE, ScoringOptions.defaults());
    }

    /** For {@link java.util.ServiceLoader}: the standard model as a provider. Prefer the static methods. */
    public StandardModel() {
    }

    /** @return {@value #VERSION} */
    @Override
    public String name() {
        return VERSION;
    }

    /** @return {@link #rules()} */
    @Override
    public List<ScoringRule> scoringRules() {
        return rules();
    }

    /**
     * Every rule of the standard model, in table order (a calculator orders its rules by id).
     *
     * @return the rules, unmodifiable
     */
    public static List<ScoringRule> rules() {
        return List.copyOf(TABLE);
    }

    /**
     * The standard rule with an id.
     *
     * @param id a rule id, such as {@code engage.comments}
     * @return the rule, or empty if the standard model has none with this id
     */
    public static Optional<StandardRule> rule(String id) {
        Objects.requireNonNull(id, "id");
        for (StandardRule r : TABLE) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * A builder that starts from the standard model, to tune targets and maximums, drop rules
     * and add rules of your own.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static ProfileFlagRule flag(String id, double max, ProfileField field, String what, String code) {
        return ProfileFlagRule.builder(id, PROFESSIONAL_BRAND).maxPoints(max).reads(field).unit(what)
                .lever(Lever.profile(code, field)).build();
    }

    private static ProfileCountRule count(String id, io.ssi.core.Pillar pillar, double max, int target,
                                          ProfileField field, String unit, String code) {
        return ProfileCountRule.builder(id, pillar).maxPoints(max).target(target).reads(field).unit(unit)
                .lever(Lever.profile(code, field)).build();
    }

    private static ProfileCountRule network(String id, io.ssi.core.Pillar pillar, double max, int target,
                                            double knee, ProfileField field, String unit, String code) {
        return ProfileCountRule.builder(id, pillar).maxPoints(max).target(target).reads(field).unit(unit)
                .logarithmic(knee).lever(Lever.profile(code, field)).build();
    }

    /** A weekly rate, in proportion to its target; its lever is more of its first type, unless the code is empty. */
    private static WeeklyRateRule weekly(String id, io.ssi.core.Pillar pillar, double max, double target,
                                         Aggregate aggregate, Scaling scaling, String unit, String code) {
        return weekly(id, pillar, max, target, aggregate, scaling, unit, code, Curve.LINEAR);
    }

    /** A weekly rate on a curve; its lever is more of its first type, unless the code is empty. */
    private static WeeklyRateRule weekly(String id, io.ssi.core.Pillar pillar, double max, double target,
                                         Aggregate aggregate, Scaling scaling, String unit, String code,
                                         Curve curve) {
        Lever lever = code.isEmpty() ? Lever.none()
                : Lever.activity(code, aggregate.types().get(0), aggregate.facet());
        return WeeklyRateRule.builder(id, pillar).maxPoints(max).target(target).measures(aggregate).unit(unit)
                .scaled(scaling).curve(curve).lever(lever).build();
    }

    /**
     * Tunes the standard model: targets and maximums by rule id, rules dropped, rules added.
     * Every change is checked when it is made: an unknown id, or a target or maximum the rule
     * cannot take, is an {@link IllegalArgumentException} naming the id and the value. Not
     * thread-safe.
     */
    public static final class Builder {
        private final Map<String, ScoringRule> rules = new LinkedHashMap<>();

        private Builder() {
            for (StandardRule r : TABLE) {
                rules.put(r.id(), r);
            }
        }

        /**
         * Changes a standard rule's target: the measured value that earns all its points, in
         * the rule's unit (a weekly rate, a share, a count, characters or accounts).
         *
         * @param ruleId the id of a standard rule still in the model
         * @param target the new target
         * @return this builder
         * @throws IllegalArgumentException if there is no such standard rule, or the rule cannot take the target
         */
        public Builder target(String ruleId, double target) {
            rules.put(ruleId, standard(ruleId, "target", target).withTarget(target));
            return this;
        }

        /**
         * Changes a standard rule's maximum.
         *
         * @param ruleId    the id of a standard rule still in the model
         * @param maxPoints the new maximum, greater than 0 and at most 25
         * @return this builder
         * @throws IllegalArgumentException if there is no such standard rule, or the maximum is out of range
         */
        public Builder maxPoints(String ruleId, double maxPoints) {
            rules.put(ruleId, standard(ruleId, "maxPoints", maxPoints).withMaxPoints(maxPoints));
            return this;
        }

        /**
         * Leaves a rule out.
         *
         * @param ruleId the id of a rule in the model
         * @return this builder
         * @throws IllegalArgumentException if the model has no such rule
         */
        public Builder drop(String ruleId) {
            if (rules.remove(Objects.requireNonNull(ruleId, "ruleId")) == null) {
                throw new IllegalArgumentException("cannot drop rule " + ruleId + ": the model has no such rule;"
                        + " its rules are " + rules.keySet());
            }
            return this;
        }

        /**
         * Adds a rule, your own or a standard one made with a family's builder.
         *
         * @param rule the rule, whose id is not yet in the model
         * @return this builder
         * @throws IllegalArgumentException if the model already has a rule with its id
         */
        public Builder add(ScoringRule rule) {
            Objects.requireNonNull(rule, "rule");
            String id = Objects.requireNonNull(rule.id(), "rule id");
            if (rules.containsKey(id)) {
                throw new IllegalArgumentException("cannot add rule " + id + " (" + rule.getClass().getName()
                        + "): the model already has a rule with this id; drop it first");
            }
            rules.put(id, rule);
            return this;
        }

        /**
         * @return the rules, in table order with added rules last, unmodifiable; hand them to
         *         {@code SsiCalculator.builder().rules(...)}
         * @throws IllegalStateException if every rule was dropped
         */
        public List<ScoringRule> build() {
            if (rules.isEmpty()) {
                throw new IllegalStateException("every rule of the model was dropped");
            }
            return List.copyOf(new ArrayList<>(rules.values()));
        }

        private StandardRule standard(String ruleId, String what, double value) {
            Objects.requireNonNull(ruleId, "ruleId");
            ScoringRule r = rules.get(ruleId);
            if (r instanceof StandardRule s) {
                return s;
            }
            throw new IllegalArgumentException("cannot set " + what + " of rule " + ruleId + " to " + value + ": "
                    + (r == null ? "the model has no such rule" : "it is not a standard rule") + "; its standard rules are "
                    + standardIds());
        }

        private Set<String> standardIds() {
            Set<String> ids = new HashSet<>();
            for (ScoringRule r : rules.values()) {
                if (r instanceof StandardRule) {
                    ids.add(r.id());
                }
            }
            return new java.util.TreeSet<>(ids);
        }
    }
}
