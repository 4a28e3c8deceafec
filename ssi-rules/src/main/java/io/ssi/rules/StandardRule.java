package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Coverage;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.Evidence;
import io.ssi.core.spi.FiguresRule;
import io.ssi.core.spi.ScoringRule;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A rule of the standard model: a value made by one of the rule families' builders, with an
 * id, a pillar, a maximum, a target and the aggregate it measures, and a {@link #lever()} that
 * says how a member raises it. Rules are immutable and thread-safe, equal when they score
 * alike, and tuned by {@link #withTarget(double)} and {@link #withMaxPoints(double)} (or,
 * for a whole model, by {@link StandardModel#builder()}).
 *
 * <p>Families: {@link WeeklyRateRule} (a recency-weighted weekly rate, or active days a week),
 * {@link RateRule} (a share such as the acceptance rate), {@link ProfileCountRule} (a count or
 * length on the profile), {@link ProfileFlagRule} (a yes-or-no profile asset), and the rules
 * with logic of their own: {@link HeadlineRule}, {@link ConversationsRule},
 * {@link ConnectionGrowthRule} and {@link MultiThreadingRule}.
 */
public abstract sealed class StandardRule implements ScoringRule
        permits WeeklyRateRule, RateRule, ProfileCountRule, ProfileFlagRule, HeadlineRule, ConversationsRule,
        ConnectionGrowthRule, MultiThreadingRule {

    private final String id;
    private final Pillar pillar;
    private final double maxPoints;
    private final double target;
    private final Lever lever;
    private final Map<String, String> english;
    /** The message key of each shipped variant, {@code id + variant}: made once, not at every evaluation. */
    private final Map<String, String> keys;
    /** The main variant's English message and key, or null: asked for at every evaluation, so not looked up. */
    private final String mainPattern;
    private final String mainKey;
    /**
     * Likewise for {@link #SCALED}, the variant of a volume rule scaled for the response its work
     * gets: asked for by most of a score's rules, every day of a history.
     */
    private final String scaledPattern;
    private final String scaledKey;

    /**
     * The variant of a scaled rule's explanation. The rules pass it as the literal
     * {@code ".scaled"}, which is this same (interned) string, so that it is known by identity.
     */
    static final String SCALED = ".scaled";

    /**
     * The arguments of a message that takes none, passed explicitly: a varargs call with none
     * makes an empty array at every call, and a history's volume rules write their figures some
     * twenty times a day. Never written to (it has no elements), so sharing it is safe.
     */
    static final double[] NO_ARGS = {};

    StandardRule(Builder<?, ?> b) {
        this.id = Tuning.id(b.id);
        this.pillar = Objects.requireNonNull(b.pillar, "pillar of rule " + id);
        this.maxPoints = Tuning.maxPoints(id, b.maxPoints);
        this.target = Tuning.positive(id, "target", b.target);
        this.lever = b.lever;
        this.english = englishOf(id);
        Map<String, String> k = new HashMap<>();
        for (String variant : english.keySet()) {
            k.put(variant, id + variant);
        }
        this.keys = Map.copyOf(k);
        this.mainPattern = english.get("");
        this.mainKey = keys.get("");
        this.scaledPattern = english.get(SCALED);
        this.scaledKey = keys.get(SCALED);
    }

    /** The base name of the standard rules' explanations. */
    static final String BUNDLE = "io.ssi.rules.explanations";
    /** The languages the explanations ship in; English is also the root bundle. */
    static final Set<String> LANGUAGES = Set.of("en", "de");

    /** The English messages of a rule, by variant ("" for the main one), read once when it is made. */
    private static Map<String, String> englishOf(String id) {
        ResourceBundle root = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        Map<String, String> out = new HashMap<>();
        for (String key : root.keySet()) {
            if (key.equals(id) || key.startsWith(id + ".") && !key.endsWith(".description")) {
                out.put(key.substring(id.length()), root.getString(key));
            }
        }
        return Map.copyOf(out);
    }

    @Override
    public final ResourceBundle explanations(Locale locale) {
        // Loaded from this module, so that the lookup also works on the module path; a language
        // not shipped is asked for as the root bundle rather than the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ROOT);
    }

    /**
     * What the rule measures, in a language, for tables such as the README's; empty for a rule
     * made with a family's builder under an id the shipped explanations do not know.
     *
     * @param locale the language; English where no other is shipped
     * @return the description
     */
    public final Optional<String> description(Locale locale) {
        ResourceBundle b = explanations(locale);
        return b.containsKey(id + ".description") ? Optional.of(b.getString(id + ".description")) : Optional.empty();
    }

    /**
     * The evidence of one variant of this rule's explanation ("" for the main one, ".none",
     * ".scaled", ".not-applicable"): keyed to the shipped message when there is one, otherwise
     * the family's English template, for rules built under ids of a caller's own.
     */
    final Evidence evidence(String variant, double measured, double target, String unit, String fallback,
                            double... args) {
        String pattern = pattern(variant);
        return pattern != null ? Evidence.keyed(measured, target, unit, key(variant), pattern, args)
                : Evidence.of(measured, target, unit, fallback);
    }

    /**
     * As {@link #evidence(String, double, double, String, String, double...)}, with a fallback
     * that is only written out when no message ships for the variant: a rule evaluated every
     * day of a history does not format a template it does not use.
     */
    final Evidence evidence(String variant, double measured, double target, String unit, Supplier<String> fallback,
                            double... args) {
        String pattern = pattern(variant);
        return pattern != null ? Evidence.keyed(measured, target, unit, key(variant), pattern, args)
                : Evidence.of(measured, target, unit, fallback.get());
    }

    /**
     * The figures of {@link #evidence(String, double, double, String, Supplier, double...)}'s
     * keyed evidence and these points, written for {@link FiguresRule#writeFigures}; nothing,
     * and {@code false}, when no message ships for the variant (the evidence is then not keyed).
     */
    final boolean written(FiguresRule.Figures figures, String variant, double points, double measured,
                          double target, String unit, double... args) {
        String pattern = pattern(variant);
        if (pattern == null) {
            return false;
        }
        figures.keyed(points, measured, target, unit, key(variant), pattern, args);
        return true;
    }

    /** The English message of a variant, or null if none ships: the main and scaled ones without a look-up. */
    private String pattern(String variant) {
        if (variant.isEmpty()) {
            return mainPattern;
        }
        return variant == SCALED ? scaledPattern : english.get(variant);
    }

    /** The message key of a variant whose message ships. */
    private String key(String variant) {
        if (variant.isEmpty()) {
            return mainKey;
        }
        return variant == SCALED ? scaledKey : keys.get(variant);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Pillar pillar() {
        return pillar;
    }

    @Override
    public final double maxPoints() {
        return maxPoints;
    }

    /**
     * The measured value that earns all the points, in the rule's own unit: a weekly rate, a
     * share, a count, characters or accounts.
     *
     * @return the target, finite and greater than 0
     */
    public final double target() {
        return target;
    }

    /** @return how a member raises this rule; never {@code null} */
    public final Lever lever() {
        return lever;
    }

    /**
     * The signals this rule reads, from what its family measures: a weekly rate's activity types
     * (and the target accounts, when it counts contacts at them), a rate's two counts, a profile
     * rule's fact, the message and connection types of the rules with logic of their own.
     *
     * @return the signals, never {@code null}
     */
    @Override
    public final Coverage reads() {
        Coverage.Builder c = Coverage.builder();
        if (this instanceof WeeklyRateRule w) {
            w.aggregate().types().forEach(c::activities);
            if (w.aggregate().facet() == ContactFacet.TARGET_ACCOUNT) {
                c.profile(Coverage.ProfileFact.TARGET_ACCOUNTS);
            }
        } else if (this instanceof RateRule r) {
            r.ratio().types().forEach(c::activities);
        } else if (this instanceof ProfileCountRule r) {
            c.profile(fact(r.field()));
        } else if (this instanceof ProfileFlagRule r) {
            c.profile(fact(r.field()));
        } else if (this instanceof HeadlineRule) {
            c.profile(Coverage.ProfileFact.HEADLINE);
        } else if (this instanceof ConversationsRule) {
            c.activities(ActivityType.MESSAGE_SENT, ActivityType.MESSAGE_REPLY_RECEIVED, ActivityType.INMAIL_SENT,
                    ActivityType.INMAIL_REPLY_RECEIVED);
        } else {
            // Connection growth and multi-threading: new connections, judged by the outreach behind
            // them and counted at the target accounts.
            c.activities(ActivityType.CONNECTION_REQUEST_SENT, ActivityType.CONNECTION_REQUEST_ACCEPTED,
                    ActivityType.CONNECTION_INVITE_ACCEPTED).profile(Coverage.ProfileFact.TARGET_ACCOUNTS);
        }
        return c.build();
    }

    private static Coverage.ProfileFact fact(ProfileField field) {
        return switch (field) {
            case PHOTO -> Coverage.ProfileFact.PHOTO;
            case BACKGROUND_PHOTO -> Coverage.ProfileFact.BACKGROUND_PHOTO;
            case HEADLINE_CHARACTERS -> Coverage.ProfileFact.HEADLINE;
            case SUMMARY_CHARACTERS -> Coverage.ProfileFact.SUMMARY;
            case EXPERIENCE_ENTRIES -> Coverage.ProfileFact.EXPERIENCE;
            case EDUCATION_ENTRIES -> Coverage.ProfileFact.EDUCATION;
            case SKILLS -> Coverage.ProfileFact.SKILLS;
            case ENDORSEMENTS -> Coverage.ProfileFact.ENDORSEMENTS;
            case RECOMMENDATIONS_RECEIVED -> Coverage.ProfileFact.RECOMMENDATIONS;
            case FEATURED_ITEMS -> Coverage.ProfileFact.FEATURED_ITEMS;
            case MEDIA_ITEMS -> Coverage.ProfileFact.MEDIA_ITEMS;
            case FOLLOWERS -> Coverage.ProfileFact.FOLLOWERS;
            case CONNECTIONS -> Coverage.ProfileFact.CONNECTIONS;
            case DECISION_MAKER_CONNECTIONS -> Coverage.ProfileFact.DECISION_MAKER_CONNECTIONS;
            case COLLEAGUE_CONNECTIONS -> Coverage.ProfileFact.COLLEAGUE_CONNECTIONS;
        };
    }

    @Override
    public final String modelVersion() {
        return StandardModel.VERSION;
    }

    /** @return the fingerprint of the standard model with the default options */
    @Override
    public final Optional<String> referenceFingerprint() {
        return Optional.of(StandardModel.referenceFingerprint());
    }

    /**
     * This rule with another target.
     *
     * @param target the new target, in the rule's unit
     * @return a new rule
     * @throws IllegalArgumentException naming the rule and the value, if the target is not
     *                                  finite, not positive, or not one this family accepts
     */
    public final StandardRule withTarget(double target) {
        return toBuilder().target(target).build();
    }

    /**
     * This rule with another maximum.
     *
     * @param maxPoints finite, greater than 0 and at most 25
     * @return a new rule
     * @throws IllegalArgumentException naming the rule and the value
     */
    public final StandardRule withMaxPoints(double maxPoints) {
        return toBuilder().maxPoints(maxPoints).build();
    }

    /** A builder of this family that holds everything this rule holds. */
    abstract Builder<?, ?> toBuilder();

    /** Copies what every rule holds into a builder of its family. */
    final <B extends Builder<B, ?>> B copyInto(B b) {
        return b.maxPoints(maxPoints).target(target).lever(lever);
    }

    /** The family-specific parameters, for {@link #signature()}: everything else that shapes a number. */
    abstract String parameters();

    @Override
    public final String signature() {
        return getClass().getSimpleName() + "[" + id + ", " + pillar + ", max " + maxPoints + ", target " + target
                + ", " + parameters() + "]";
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof StandardRule r && r.signature().equals(signature()) && r.lever.equals(lever);
    }

    @Override
    public final int hashCode() {
        return signature().hashCode();
    }

    @Override
    public final String toString() {
        return signature();
    }

    /**
     * What the builders of every family share: id, pillar, maximum, target and lever. Setters
     * take any value; {@link #build()} validates and names the rule and the value it rejects.
     * Not thread-safe.
     *
     * @param <B> the family's builder
     * @param <R> the family's rule
     */
    public abstract static sealed class Builder<B extends Builder<B, R>, R extends StandardRule>
            permits WeeklyRateRule.Builder, RateRule.Builder, ProfileCountRule.Builder, ProfileFlagRule.Builder,
            HeadlineRule.Builder, ConversationsRule.Builder, ConnectionGrowthRule.Builder, MultiThreadingRule.Builder {
        private final String id;
        private final Pillar pillar;
        private double maxPoints = Double.NaN;
        private double target = Double.NaN;
        private Lever lever = Lever.none();

        Builder(String id, Pillar pillar) {
            this.id = id;
            this.pillar = pillar;
        }

        abstract B self();

        /** @return the id of the rule being built */
        final String id() {
            return id;
        }

        /**
         * @param maxPoints the most points the rule awards, greater than 0 and at most 25
         * @return this builder
         */
        public final B maxPoints(double maxPoints) {
            this.maxPoints = maxPoints;
            return self();
        }

        /**
         * @param target the measured value that earns all the points, in the family's unit
         * @return this builder
         */
        public final B target(double target) {
            this.target = target;
            return self();
        }

        /**
         * @param lever how a member raises the rule; {@link Lever#none()} by default
         * @return this builder
         */
        public final B lever(Lever lever) {
            this.lever = Objects.requireNonNull(lever, "lever");
            return self();
        }

        /**
         * @return the rule
         * @throws IllegalArgumentException naming the rule and the value, if a figure is
         *                                  missing or out of range
         */
        public abstract R build();
    }

    /**
     * Points for {@link ScoringRule#points}, which builds no evidence: NaN (a failure) where
     * {@code evaluate} would fail because a figure its evidence shows is not finite.
     */
    static double shown(double points, double figure) {
        return Double.isFinite(figure) ? points : Double.NaN;
    }

    /** Formats a share as a whole percentage. */
    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
