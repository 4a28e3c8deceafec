package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;

import java.util.List;

/**
 * The standard model, version {@value #VERSION}: the rules that
 * {@link io.ssi.core.SsiCalculator#standard()} discovers when this module is present.
 *
 * <p>Use {@link #rules()} to wire the standard rules explicitly, for example next to rules of
 * your own:
 *
 * <pre>{@code
 * List<ScoringRule> rules = new ArrayList<>(StandardModel.rules());
 * rules.add(new MyCrmRule());
 * SsiCalculator calc = SsiCalculator.builder().rules(rules).modelVersion("acme-1").build();
 * }</pre>
 */
public final class StandardModel {

    /** The version stamped on every score of the standard model. */
    public static final String VERSION = "standard-1";

    private StandardModel() {
    }

    /**
     * New instances of every standard rule, sorted by class name. (A calculator orders its rules
     * by id itself.)
     *
     * @return the rules, unmodifiable
     */
    public static List<ScoringRule> rules() {
        return List.of(
                new AcceptanceRateRule(),
                new AccountsSavedRule(),
                new ArticlesRule(),
                new BackgroundPhotoRule(),
                new ColleagueNetworkRule(),
                new CommentsRule(),
                new ConnectionGrowthRule(),
                new ConsistencyRule(),
                new ContentEngagementRule(),
                new ConversationsRule(),
                new DaysActiveRule(),
                new DecisionMakerNetworkRule(),
                new DecisionMakerViewsRule(),
                new EducationRule(),
                new EndorsementsRule(),
                new ExperienceRule(),
                new FeaturedItemsRule(),
                new FilteredSearchesRule(),
                new FollowersRule(),
                new GroupPostsRule(),
                new GroupsJoinedRule(),
                new HeadlineRule(),
                new IntroductionsRule(),
                new LeadsSavedRule(),
                new LikesRule(),
                new MembersFollowedRule(),
                new MentionsRule(),
                new MultiThreadingRule(),
                new NetworkSizeRule(),
                new OutOfNetworkViewsRule(),
                new PostsRule(),
                new ProfileMediaRule(),
                new ProfilePhotoRule(),
                new ProfileViewsReceivedRule(),
                new ProfileViewsRule(),
                new RecommendationsReceivedRule(),
                new SearchesRule(),
                new SharesRule(),
                new SharesWithCommentaryRule(),
                new SkillsRule(),
                new SummaryRule(),
                new VideoInsightsRule(),
                new VideosRule(),
                new WelcomeRateRule());
    }
}
