package io.ssi.rules.advice;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.rules.Scaling;
import io.ssi.rules.Response;

import java.util.ArrayList;
import java.util.List;
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

    /** What the find advice looks up among a calculator's rules, once per rule list. */
    private record Found(List<WeeklyRateRule> activeDays, ActivityType[] dose, boolean[] doseIsProspecting,
                         String[][] alsoRaised) {
    }

    @Override
    Object find(List<ScoringRule> rules) {
        List<WeeklyRateRule> days = new ArrayList<>();
        for (ScoringRule r : rules) {
            if (r instanceof WeeklyRateRule w && w.pillar() == Pillar.FIND_RIGHT_PEOPLE
                    && w.aggregate().kind() == Aggregate.Kind.ACTIVE_DAYS) {
                days.add(w);
            }
        }
        ActivityType[] dose = new ActivityType[days.size()];
        boolean[] prospecting = new boolean[days.size()];
        String[][] alsoRaised = new String[days.size()][];
        for (int i = 0; i < dose.length; i++) {
            WeeklyRateRule d = days.get(i);
            ActivityType type = d.aggregate().types().contains(ActivityType.ADVANCED_SEARCH_PERFORMED)
                    ? ActivityType.ADVANCED_SEARCH_PERFORMED : d.aggregate().types().get(0);
            dose[i] = type;
            for (ScoringRule r : rules) {
                if (r instanceof WeeklyRateRule w && w.scaling() == Scaling.PROSPECTING
                        && w.aggregate().reads(type, ContactFacet.ANY)) {
                    prospecting[i] = true;
                    break;
                }
            }
            alsoRaised[i] = alsoRaised(rules, d, type);
        }
        return new Found(List.copyOf(days), dose, prospecting, alsoRaised);
    }

    @Override
    public List<Suggestion> suggest(AdviceContext c) {
        Found found = found(c, Found.class);
        List<Suggestion> levers = levers(c);
        // Prospecting counts in full only once it leads to outcomes (profile views received among
        // them): while the advice to be found is open and outcomes are short, more searches,
        // views and saves are worth little, and their gain would hinge on it; they come after.
        boolean attract = false;
        for (Suggestion l : levers) {
            attract |= l.code().equals(ATTRACT_PROFILE_VIEWS);
        }
        boolean beFoundFirst = attract && Response.outcomes(c.scoring()) < Response.OUTCOMES_FULL;
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion lever : levers) {
            if (!beFoundFirst || !prospecting(c, lever)) {
                out.add(lever);
            }
        }
        // Presence: one filtered search on each of the missing days is enough to make a day
        // active (a plain search is a click, which does not count as presence). Filtered searches
        // are prospecting too, so they also wait for the advice to be found.
        for (int i = 0; i < found.activeDays().size(); i++) {
            WeeklyRateRule days = found.activeDays().get(i);
            ActivityType dose = found.dose()[i];
            if (beFoundFirst && found.doseIsProspecting()[i]) {
                continue;
            }
            String[] alsoRaised = found.alsoRaised()[i];
            open(c, days).filter(r -> r.evidence().target() - r.evidence().measured() >= SMALLEST_GAP).ifPresent(r -> {
                double target = r.evidence().target();
                out.add(Suggestion.builder(days.pillar(), BE_ACTIVE_DAILY).rules(days.id())
                        .rules(alsoRaised)
                        .activity(dose, target)
                        .messageArgs(r.evidence().measured(), target, target - r.evidence().measured())
                        .evidenceArgs(evidence(r))
                        .plan(c.weekly(dose, target, 0, k -> null)).build());
            });
        }
        return out;
    }
}
