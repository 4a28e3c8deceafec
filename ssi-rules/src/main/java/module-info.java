/**
 * The standard scoring model of ssi ({@code standard-1}) and its recommendation generators.
 * Each rule is registered with {@code provides} here and in {@code META-INF/services}, so that
 * {@link io.ssi.core.SsiCalculator#standard()} finds it on the module path and the class path.
 */
module io.ssi.rules {
    requires transitive io.ssi.core;

    exports io.ssi.rules;
    exports io.ssi.rules.advice;

    provides io.ssi.core.spi.ScoringRule with
            io.ssi.rules.AcceptanceRateRule,
            io.ssi.rules.AccountsSavedRule,
            io.ssi.rules.ArticlesRule,
            io.ssi.rules.BackgroundPhotoRule,
            io.ssi.rules.ColleagueNetworkRule,
            io.ssi.rules.CommentsRule,
            io.ssi.rules.ConnectionGrowthRule,
            io.ssi.rules.ConsistencyRule,
            io.ssi.rules.ContentEngagementRule,
            io.ssi.rules.ConversationsRule,
            io.ssi.rules.DaysActiveRule,
            io.ssi.rules.DecisionMakerNetworkRule,
            io.ssi.rules.DecisionMakerViewsRule,
            io.ssi.rules.EducationRule,
            io.ssi.rules.EndorsementsRule,
            io.ssi.rules.ExperienceRule,
            io.ssi.rules.FeaturedItemsRule,
            io.ssi.rules.FilteredSearchesRule,
            io.ssi.rules.FollowersRule,
            io.ssi.rules.GroupPostsRule,
            io.ssi.rules.GroupsJoinedRule,
            io.ssi.rules.HeadlineRule,
            io.ssi.rules.IntroductionsRule,
            io.ssi.rules.LeadsSavedRule,
            io.ssi.rules.LikesRule,
            io.ssi.rules.MembersFollowedRule,
            io.ssi.rules.MentionsRule,
            io.ssi.rules.MultiThreadingRule,
            io.ssi.rules.NetworkSizeRule,
            io.ssi.rules.OutOfNetworkViewsRule,
            io.ssi.rules.PostsRule,
            io.ssi.rules.ProfileMediaRule,
            io.ssi.rules.ProfilePhotoRule,
            io.ssi.rules.ProfileViewsReceivedRule,
            io.ssi.rules.ProfileViewsRule,
            io.ssi.rules.RecommendationsReceivedRule,
            io.ssi.rules.SearchesRule,
            io.ssi.rules.SharesRule,
            io.ssi.rules.SharesWithCommentaryRule,
            io.ssi.rules.SkillsRule,
            io.ssi.rules.SummaryRule,
            io.ssi.rules.VideoInsightsRule,
            io.ssi.rules.VideosRule,
            io.ssi.rules.WelcomeRateRule;

    provides io.ssi.core.spi.RecommendationGenerator with
            io.ssi.rules.advice.ContentAdvice,
            io.ssi.rules.advice.EngageAdvice,
            io.ssi.rules.advice.FindAdvice,
            io.ssi.rules.advice.ProfileAdvice,
            io.ssi.rules.advice.RelationshipAdvice;
}
