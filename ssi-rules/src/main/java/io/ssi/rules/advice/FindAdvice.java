package io.ssi.rules.advice;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.Seniority;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.AccountsSavedRule;
import io.ssi.rules.DaysActiveRule;
import io.ssi.rules.DecisionMakerViewsRule;
import io.ssi.rules.FilteredSearchesRule;
import io.ssi.rules.LeadsSavedRule;
import io.ssi.rules.MembersFollowedRule;
import io.ssi.rules.OutOfNetworkViewsRule;
import io.ssi.rules.ProfileViewsReceivedRule;
import io.ssi.rules.ProfileViewsRule;
import io.ssi.rules.SearchesRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Find the right people: searches with filters, views of decision makers, saved leads, daily
 * presence. Views in general get no advice of their own: the advice to view decision makers and
 * to look beyond the network raises them too, and is worth more.
 */
public final class FindAdvice extends AdviceGenerator {

    /** Search for people more often. */
    public static final String SEARCH_MORE = "find.search-more";
    /** Use search filters. */
    public static final String USE_SEARCH_FILTERS = "find.use-search-filters";
    /** View decision makers' profiles. */
    public static final String VIEW_DECISION_MAKERS = "find.view-decision-makers";
    /** Look beyond the existing network. */
    public static final String LOOK_BEYOND_NETWORK = "find.look-beyond-network";
    /** Save leads. */
    public static final String SAVE_LEADS = "find.save-leads";
    /** Save accounts. */
    public static final String SAVE_ACCOUNTS = "find.save-accounts";
    /** Follow members met through content. */
    public static final String FOLLOW_MEMBERS = "find.follow-members";
    /** Be found: get the profile viewed. */
    public static final String ATTRACT_PROFILE_VIEWS = "find.attract-profile-views";
    /** Be present on more days a week. */
    public static final String BE_ACTIVE_DAILY = "find.be-active-daily";

    /** Creates the generator; stateless. */
    public FindAdvice() {
        super("find", Set.of(SEARCH_MORE, USE_SEARCH_FILTERS, VIEW_DECISION_MAKERS,
                LOOK_BEYOND_NETWORK, SAVE_LEADS, SAVE_ACCOUNTS, FOLLOW_MEMBERS, ATTRACT_PROFILE_VIEWS,
                BE_ACTIVE_DAILY));
    }

    @Override
    public List<Suggestion> suggest(AdviceContext c) {
        Pillar find = Pillar.FIND_RIGHT_PEOPLE;
        List<Suggestion> out = new ArrayList<>();
        moreOf(c, find, USE_SEARCH_FILTERS, FilteredSearchesRule.ID, ActivityType.ADVANCED_SEARCH_PERFORMED, 0,
                k -> null, SearchesRule.ID, DaysActiveRule.ID).ifPresent(out::add);
        moreOf(c, find, SEARCH_MORE, SearchesRule.ID, ActivityType.SEARCH_PERFORMED, 0, k -> null, DaysActiveRule.ID)
                .ifPresent(out::add);
        moreOf(c, find, VIEW_DECISION_MAKERS, DecisionMakerViewsRule.ID, ActivityType.PROFILE_VIEWED, 0,
                k -> c.plannedContact(Seniority.VP, 2, Optional.empty()), ProfileViewsRule.ID, DaysActiveRule.ID)
                .ifPresent(out::add);
        moreOf(c, find, LOOK_BEYOND_NETWORK, OutOfNetworkViewsRule.ID, ActivityType.PROFILE_VIEWED, 0,
                k -> c.plannedContact(Seniority.MANAGER, 3, Optional.empty()), ProfileViewsRule.ID,
                DaysActiveRule.ID).ifPresent(out::add);
        moreOf(c, find, SAVE_LEADS, LeadsSavedRule.ID, ActivityType.LEAD_SAVED, 0, k -> null).ifPresent(out::add);
        moreOf(c, find, SAVE_ACCOUNTS, AccountsSavedRule.ID, ActivityType.ACCOUNT_SAVED, 0, k -> null)
                .ifPresent(out::add);
        moreOf(c, find, FOLLOW_MEMBERS, MembersFollowedRule.ID, ActivityType.MEMBER_FOLLOWED, 0, k -> null)
                .ifPresent(out::add);
        moreOf(c, find, ATTRACT_PROFILE_VIEWS, ProfileViewsReceivedRule.ID, ActivityType.PROFILE_VIEW_RECEIVED, 0,
                k -> null).ifPresent(out::add);
        // Presence: one saved search on each of the missing days is enough to make a day active.
        c.contribution(DaysActiveRule.ID).filter(r -> !r.saturated()).ifPresent(r -> {
            double target = r.evidence().target();
            out.add(Suggestion.builder(find, BE_ACTIVE_DAILY).rules(DaysActiveRule.ID, SearchesRule.ID)
                    .activity(ActivityType.SEARCH_PERFORMED, target)
                    .messageArgs(r.evidence().measured(), target, target - r.evidence().measured())
                    .evidenceArgs(evidence(r))
                    .plan(c.weekly(ActivityType.SEARCH_PERFORMED, target, 0, k -> null)).build());
        });
        return out;
    }
}
