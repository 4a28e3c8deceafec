package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.Suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * What the standard generators share: their bundle, and the two common shapes of advice.
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

    /**
     * Advice to do more of an activity: as many more a week as the rule's target asks for,
     * planned evenly over the window. {@code alsoRaises} names the other rules the same
     * activity feeds, so that a recommendation lists every rule its plan raises.
     */
    static Optional<Suggestion> moreOf(AdviceContext context, Pillar pillar, String code, String ruleId,
                                       ActivityType type, int engagement, IntFunction<Contact> contacts,
                                       String... alsoRaises) {
        Optional<RuleContribution> found = context.contribution(ruleId);
        if (found.isEmpty() || found.get().saturated()) {
            return Optional.empty();
        }
        RuleContribution c = found.get();
        double now = c.evidence().measured();
        double target = c.evidence().target();
        double extra = target - now;
        if (extra < SMALLEST_GAP) {
            return Optional.empty();
        }
        List<Activity> plan = context.weekly(type, extra, engagement, contacts);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Suggestion.builder(pillar, code).rules(ruleId).rules(alsoRaises).activity(type, extra)
                .messageArgs(now, target, extra).evidenceArgs(evidence(c)).plan(plan).build());
    }

    /** Advice to raise a profile count to the rule's target. */
    static Optional<Suggestion> raise(AdviceContext context, String code, String ruleId, int current, int target,
                                      UnaryOperator<MemberProfile> change) {
        Optional<RuleContribution> found = context.contribution(ruleId);
        if (found.isEmpty() || found.get().saturated() || current >= target) {
            return Optional.empty();
        }
        RuleContribution c = found.get();
        return Optional.of(Suggestion.builder(c.pillar(), code).rules(ruleId).messageArgs(current, target)
                .evidenceArgs(evidence(c)).profileChange(change).build());
    }

    /**
     * A profile count raised by {@code more} (nothing if {@code more} is negative), at most
     * {@link Integer#MAX_VALUE}. A CRM may report a count near the top of {@code int}; a plain
     * sum would wrap round to a negative count, which the profile rejects, and take the
     * generator's other advice down with it. A network that large has no more room to grow.
     */
    static int saturatedSum(int count, int more) {
        return (int) Math.min(Integer.MAX_VALUE, (long) count + Math.max(0, more));
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
