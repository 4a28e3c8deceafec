package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Lever;
import io.ssi.rules.ProfileField;
import io.ssi.rules.StandardRule;
import io.ssi.rules.Aggregate;
import io.ssi.rules.Response;
import io.ssi.rules.Scaling;
import io.ssi.rules.WeeklyRateRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What the standard generators share: their bundle, and the advice that follows a rule's
 * {@link Lever}. Every rule of the calculator whose lever names one of a generator's codes gets
 * that generator's advice, aimed at the rule's actual target; hand-written advice remains only
 * where steps must be sequenced.
 *
 * <p>Message arguments follow one convention, so translators can rely on it: {@code {0}} is the
 * expected gain; for activity advice {@code {1}} is the member's current weekly rate,
 * {@code {2}} the target rate and {@code {3}} how many more a week; for profile advice
 * {@code {1}} is the current count and {@code {2}} the target. Evidence arguments are always
 * {@code {0}} points, {@code {1}} maximum, {@code {2}} measured and {@code {3}} target of the
 * rule the advice aims at.
 */
abstract class AdviceGenerator implements RecommendationGenerator {

    /** The base name of the standard generators' messages. */
    static final String BUNDLE = "io.ssi.rules.advice.messages";

    /** The languages the standard messages ship in; English is also the root bundle. */
    static final Set<String> LANGUAGES = Set.of("en", "de");

    /** Weekly gaps smaller than this are not worth a suggestion. */
    static final double SMALLEST_GAP = 0.05;

    private final String id;
    private final Set<String> codes;
    // This generator's levers among the rules it last advised with: every advice of a
    // calculator asks for the same ones, so they are found once per rule list.
    private volatile Levers levers;

    AdviceGenerator(String id, Set<String> codes) {
        this.id = id;
        this.codes = Set.copyOf(codes);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<String> codes() {
        return codes;
    }

    @Override
    public final ResourceBundle messages(Locale locale) {
        // Loaded from this module, so that the lookup also works on the module path. A language
        // not shipped is asked for as the root bundle: getBundle would otherwise fall back to
        // the JVM's default locale, and a French request on a German server would get German.
        return ResourceBundle.getBundle(BUNDLE, LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ROOT);
    }

    /** The advice of every rule whose lever names one of this generator's codes. */
    final List<Suggestion> levers(AdviceContext context) {
        Levers found = levers(context.rules());
        List<Suggestion> out = new ArrayList<>(found.rules.length);
        for (int i = 0; i < found.rules.length; i++) {
            StandardRule r = found.rules[i];
            Lever lever = r.lever();
            Optional<Suggestion> s = lever.kind() == Lever.Kind.ACTIVITY
                    ? moreOf(context, r, lever.code(), lever.activity().orElseThrow(), lever.facet(),
                    found.alsoRaised[i], found.engagement[i])
                    : raise(context, r, lever.code(), lever.field().orElseThrow());
            if (s.isPresent()) {
                out.add(s.get());
            }
        }
        return out;
    }

    /** This generator's levers among these rules: kept while the same rules come back. */
    private Levers levers(List<ScoringRule> rules) {
        Levers found = levers;
        if (found == null || !found.of(rules)) {
            found = new Levers(rules, codes, this);
            levers = found;
        }
        return found;
    }

    /**
     * What a generator looks up among a calculator's rules for every advice (the rules of a
     * family, the ids a plan also raises): found once per rule list, kept with the levers, and
     * asked for with {@link #found}. Must depend on nothing but the rules, and be immutable.
     *
     * @param rules the calculator's rules
     * @return what the generator finds among them; none by default
     */
    Object find(List<ScoringRule> rules) {
        return null;
    }

    /** What {@link #find} found among the context's rules. */
    final <F> F found(AdviceContext context, Class<F> type) {
        return type.cast(levers(context.rules()).own);
    }

    /**
     * Whether the first rule a suggestion aims at is a weekly rule scaled for the member's
     * response, as the first weekly rule of that id among the context's rules says.
     */
    final boolean scaledByResponse(AdviceContext context, Suggestion s) {
        return levers(context.rules()).scaled.contains(s.ruleIds().get(0));
    }

    /**
     * Whether the first rule a suggestion aims at is a weekly rule scaled by the outcomes
     * prospecting leads to, as the first weekly rule of that id among the context's rules says.
     */
    final boolean prospecting(AdviceContext context, Suggestion s) {
        return levers(context.rules()).prospecting.contains(s.ruleIds().get(0));
    }

    /**
     * The rules whose lever names one of a generator's codes, in the calculator's order, and
     * for each activity lever the other rules its activity raises; with the rules they were
     * found among, compared element by element, so that a context with other rules (or a list
     * changed since) finds them afresh. Immutable once made.
     */
    private static final class Levers {
        private final ScoringRule[] among;
        private final StandardRule[] rules;
        private final String[][] alsoRaised;
        // By lever, the engagement each planned item carries (activity levers only).
        private final int[] engagement;
        // The ids of the weekly rules scaled for the response, and of those scaled by prospecting
        // outcomes (each id judged by its first weekly rule).
        private final Set<String> scaled;
        private final Set<String> prospecting;
        private final Object own;

        Levers(List<ScoringRule> all, Set<String> codes, AdviceGenerator generator) {
            among = all.toArray(new ScoringRule[0]);
            List<StandardRule> found = new ArrayList<>();
            for (ScoringRule r : among) {
                if (r instanceof StandardRule s && codes.contains(s.lever().code())) {
                    found.add(s);
                }
            }
            rules = found.toArray(new StandardRule[0]);
            alsoRaised = new String[rules.length][];
            engagement = new int[rules.length];
            for (int i = 0; i < rules.length; i++) {
                Lever lever = rules[i].lever();
                if (lever.kind() == Lever.Kind.ACTIVITY) {
                    ActivityType type = lever.activity().orElseThrow();
                    alsoRaised[i] = alsoRaised(List.of(among), rules[i], type, lever.facet());
                    engagement[i] = engagementPerItem(rules[i], type);
                }
            }
            Map<String, Scaling> scaling = new HashMap<>();
            for (ScoringRule r : among) {
                if (r instanceof WeeklyRateRule w) {
                    scaling.putIfAbsent(w.id(), w.scaling());
                }
            }
            Set<String> byResponse = new HashSet<>();
            Set<String> byOutcomes = new HashSet<>();
            scaling.forEach((id, how) -> {
                if (how != Scaling.NONE) {
                    byResponse.add(id);
                }
                if (how == Scaling.PROSPECTING) {
                    byOutcomes.add(id);
                }
            });
            scaled = Set.copyOf(byResponse);
            prospecting = Set.copyOf(byOutcomes);
            own = generator.find(List.of(among));
        }

        /** Whether these are the rules the levers were found among, the same objects in the same order. */
        boolean of(List<ScoringRule> all) {
            if (all.size() != among.length) {
                return false;
            }
            for (int i = 0; i < among.length; i++) {
                if (all.get(i) != among[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The contribution of a rule, if it scored and is not saturated. */
    static Optional<RuleContribution> open(AdviceContext context, ScoringRule rule) {
        return context.contribution(rule.id()).filter(c -> !c.saturated());
    }

    /**
     * Advice to do more of an activity: as many more a week as the rule's target asks for,
     * planned evenly over the window with contacts of the lever's facet. The recommendation
     * also names the other rules of the pillar that the same activity raises ({@code alsoRaised}).
     */
    static Optional<Suggestion> moreOf(AdviceContext context, ScoringRule rule, String code, ActivityType type,
                                       ContactFacet facet, String[] alsoRaised, int engagement) {
        Optional<RuleContribution> found = open(context, rule);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RuleContribution c = found.get();
        double now = c.evidence().measured();
        double target = c.evidence().target();
        double extra = target - now;
        if (extra < SMALLEST_GAP) {
            return Optional.empty();
        }
        List<Activity> plan = weekly(context, type, extra, engagement, facet);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Suggestion.builder(rule.pillar(), code).rules(rule.id())
                .rules(alsoRaised).activity(type, extra)
                .messageArgs(now, target, extra).evidenceArgs(evidence(c)).plan(plan).build());
    }

    /**
     * The engagement each planned item of a type carries: for content credited by engagement
     * ({@link Aggregate.Kind#CONTENT}), what credits one item, since a post nobody reacts to
     * earns nothing there; for other content, what keeps the member's audience quality
     * ({@link Response#AUDIENCE_FULL} per item), since content nobody reacts to lowers the
     * response that scales the member's other work; none for anything else.
     */
    static int engagementPerItem(ScoringRule rule, ActivityType type) {
        if (rule instanceof WeeklyRateRule w && w.aggregate().kind() == Aggregate.Kind.CONTENT) {
            return (int) Math.ceil(Math.max(w.aggregate().perItem(), Response.AUDIENCE_FULL));
        }
        return type.isContent() ? (int) Math.ceil(Response.AUDIENCE_FULL) : 0;
    }

    /** The other weekly rules of the rule's pillar that more of the type, with any contacts, raises. */
    static String[] alsoRaised(List<ScoringRule> rules, ScoringRule rule, ActivityType type) {
        return alsoRaised(rules, rule, type, ContactFacet.ANY);
    }

    /** The other weekly rules of the rule's pillar that more of the type, with such contacts, raises. */
    private static String[] alsoRaised(List<ScoringRule> rules, ScoringRule rule, ActivityType type,
                                       ContactFacet facet) {
        List<String> ids = new ArrayList<>();
        for (ScoringRule r : rules) {
            if (r instanceof WeeklyRateRule w && w != rule && w.pillar() == rule.pillar()
                    && w.aggregate().reads(type, facet)) {
                ids.add(w.id());
            }
        }
        return ids.toArray(new String[0]);
    }

    /**
     * Planned activity whose contacts have a facet: each a new decision maker, or someone beyond
     * the network, or at the first target account; no contact for any. The context keeps such a
     * plan as counts, so no activity or contact is made for it.
     */
    private static List<Activity> weekly(AdviceContext context, ActivityType type, double perWeek, int engagement,
                                         ContactFacet facet) {
        return switch (facet) {
            case DECISION_MAKER -> context.weeklyWithNewContacts(type, perWeek, engagement, Seniority.VP, 2,
                    Optional.empty());
            case OUT_OF_NETWORK -> context.weeklyWithNewContacts(type, perWeek, engagement, Seniority.MANAGER, 3,
                    Optional.empty());
            case TARGET_ACCOUNT -> context.weeklyWithNewContacts(type, perWeek, engagement, Seniority.MANAGER, 2,
                    first(context.profile().targetAccounts()));
            // A planned contact cannot be a colleague: such a lever's plan earns nothing, and its
            // advice is dropped by the advisor's minimum gain rather than promising points.
            case COLLEAGUE, ANY -> context.weekly(type, perWeek, engagement, k -> null);
        };
    }

    /** The first of some ids in their natural order (as sorting them would find it), if any. */
    static Optional<String> first(Set<String> ids) {
        String first = null;
        for (String id : ids) {
            if (first == null || id.compareTo(first) < 0) {
                first = id;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Advice to raise a profile field to the rule's target. */
    static Optional<Suggestion> raise(AdviceContext context, StandardRule rule, String code, ProfileField field) {
        Optional<RuleContribution> found = open(context, rule);
        int current = field.read(context.profile());
        int target = (int) Math.ceil(rule.target());
        if (found.isEmpty() || current >= target) {
            return Optional.empty();
        }
        return Optional.of(Suggestion.builder(rule.pillar(), code).rules(rule.id()).messageArgs(current, target)
                .evidenceArgs(evidence(found.get())).profileChange(q -> field.raise(q, target)).build());
    }

    /** The standard evidence arguments of a contribution: points, maximum, measured, target. */
    static Object[] evidence(RuleContribution c) {
        return new Object[] {c.points(), c.maxPoints(), c.evidence().measured(), c.evidence().target()};
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", " + codes.size() + " codes]";
    }
}
