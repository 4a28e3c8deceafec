package io.ssi.core;

import io.ssi.core.internal.Checks;
import io.ssi.core.internal.Evaluator;
import io.ssi.core.internal.Planner;
import io.ssi.core.internal.Providers;
import io.ssi.core.internal.Texts;
import io.ssi.core.internal.Texts.Text;
import io.ssi.core.internal.Window;
import io.ssi.core.internal.WindowContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The guide: turns a score into ranked, concrete recommendations in the member's own numbers,
 * each with the points it is expected to add.
 *
 * <pre>{@code
 * SsiAdvisor advisor = SsiAdvisor.standard();            // generators via ServiceLoader, English
 * List<Recommendation> recs = advisor.advise(score, profile, activities);
 * recs.get(0).message();       // "7 of your 9 new connections got no welcome message: ..."
 * recs.get(0).expectedGain();  // 2.1
 * }</pre>
 *
 * <p><b>How the expected gain is computed.</b> Each generator suggests changes (planned
 * activity at a weekly rate, or a profile change). The advisor adds a suggestion's planned
 * activity to the score's own one-pass aggregates and re-scores the suggestion's pillar with
 * the calculator's own rules and targets, re-running only the rules whose reads the change
 * moves. Within a pillar it picks greedily: first the suggestion
 * with the largest gain, then the largest gain given that one is followed, and so on (lazily:
 * a candidate is re-measured only when it comes out on top), so a pillar's gains add up to
 * exactly what following all of them would add, never more than the points the pillar is
 * missing. Suggestions that would add less than {@value #MIN_GAIN} points
 * are dropped, so a saturated rule, or a pillar already at 25, gets no advice, and a perfect
 * score gets none at all. The result is ranked by expected gain, ties by code.
 *
 * <p>Immutable and thread-safe. The advisor must use the calculator that produced the score:
 * {@link #advise} checks that re-scoring the inputs reproduces it.
 */
public final class SsiAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(SsiAdvisor.class);
    private static final String CORE_MESSAGES = "io.ssi.core.messages";
    /**
     * The languages of the band explanations. Any other is asked for as the root (English)
     * bundle, because {@code ResourceBundle} would otherwise fall back to the JVM's default
     * locale, and a French request on a German server would get German.
     */
    private static final Set<String> CORE_LANGUAGES = Set.of("en", "de");

    /** Suggestions expected to add fewer points than this are not worth a rep's time. */
    public static final double MIN_GAIN = 0.05;

    private final SsiCalculator calculator;
    private final List<RecommendationGenerator> generators;
    private final Locale locale;
    private final Optional<ResourceBundle> overrides;
    private final Planner planner;
    // By generator, its messages once found: read-only after construction, each slot set once.
    private final Map<RecommendationGenerator, AtomicReference<Messages>> messages = new IdentityHashMap<>();

    private SsiAdvisor(Builder b, List<RecommendationGenerator> generators) {
        this.calculator = b.calculator != null ? b.calculator : SsiCalculator.standard();
        this.generators = generators;
        this.locale = b.locale;
        this.overrides = Optional.ofNullable(b.overrides);
        this.planner = new Planner(calculator.evaluator(), MIN_GAIN);
        for (RecommendationGenerator g : generators) {
            messages.put(g, new AtomicReference<>());
        }
    }

    /**
     * An advisor with the generators found by {@link ServiceLoader} (the standard ones when
     * {@code ssi-rules} is present), the standard calculator, in English.
     *
     * @return the advisor
     * @throws IllegalStateException if no generator or no rule is found
     */
    public static SsiAdvisor standard() {
        return builder().discoverGenerators().build();
    }

    /**
     * A builder for explicit generators, calculator, locale and messages.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Scores a member and advises from the same pass: the common case, when the inputs are at
     * hand. Equivalent to {@code calculator().score(profile, activities, asOf)} followed by
     * {@link #advise(SsiScore, MemberProfile, Collection)}, at the cost of one.
     *
     * @param profile    the member's profile at {@code asOf}
     * @param activities the member's activity log
     * @param asOf       the instant to score and advise at
     * @return the score and its recommendations, ranked by expected gain (ties by code)
     * @throws NullPointerException     if an argument or an element of {@code activities} is null
     * @throws IllegalArgumentException if {@code asOf} is outside years 1 to 9999
     */
    public Advice advise(MemberProfile profile, Collection<Activity> activities, Instant asOf) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        Checks.supportedInstant(asOf, "asOf");
        // The index lives only while the advice is worked out: it borrows this thread's tables.
        return calculator.withWindow(profile, activities, asOf, window -> {
            WindowContext scoring = window.snapshot(asOf);
            Evaluator.Memo memo = calculator.evaluator().memo();
            SsiScore score = calculator.evaluator().evaluate(scoring, window.ignored(), window.dataQuality(), memo);
            return new Advice(score, plan(score, profile, scoring, window, memo));
        });
    }

    /**
     * Recommendations for a stored score and the inputs it was computed from, best first. Use
     * {@link #advise(MemberProfile, Collection, Instant)} when the inputs are at hand; this one
     * is for a score that was kept (read back from JSON, for example), and checks that
     * re-scoring the inputs gives the same pillars.
     *
     * @param score      the score to improve, from this advisor's calculator
     * @param profile    the profile it was computed from
     * @param activities the activity log it was computed from
     * @return the recommendations, ranked by expected gain (ties by code); empty for a perfect
     *         score
     * @throws IllegalArgumentException if the score does not belong to these inputs or to this
     *                                  advisor's calculator; the message says what to do
     */
    public List<Recommendation> advise(SsiScore score, MemberProfile profile, Collection<Activity> activities) {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        if (!score.memberId().equals(profile.id())) {
            throw new IllegalArgumentException("score is of member " + score.memberId() + ", but profile is of "
                    + profile.id());
        }
        if (!score.modelVersion().equals(calculator.modelVersion())) {
            throw new IllegalArgumentException("score was computed with model " + score.modelVersion()
                    + ", but this advisor's calculator uses " + calculator.modelVersion()
                    + ": build the advisor with the calculator that made the score, or rescore with this one");
        }
        return calculator.withWindow(profile, activities, score.asOf(), window -> {
            WindowContext scoring = window.snapshot(score.asOf());
            Evaluator.Memo memo = calculator.evaluator().memo();
            SsiScore rescored = calculator.evaluator().evaluate(scoring, window.ignored(), window.dataQuality(), memo);
            matches(score, rescored);
            return plan(rescored, profile, scoring, window, memo);
        });
    }

    /** Checks that re-scoring the inputs gives the stored score's pillars. */
    private static void matches(SsiScore score, SsiScore rescored) {
        for (Pillar p : Pillar.values()) {
            if (Math.abs(rescored.pillar(p).points() - score.pillar(p).points()) > 1e-9) {
                throw new IllegalArgumentException("score does not match its inputs: re-scoring gives " + p + " = "
                        + rescored.pillar(p).points() + ", but the score says " + score.pillar(p).points()
                        + ". The log or profile has changed since the score was computed (rows synced later?): "
                        + "to advise on the inputs as they are now, call advise(profile, activities, asOf); "
                        + "to advise on this score, pass the inputs it was computed from");
            }
        }
    }

    private List<Recommendation> plan(SsiScore rescored, MemberProfile profile, WindowContext scoring,
                                      Window window, Evaluator.Memo memo) {
        PlanningContext context = new PlanningContext(rescored, memo.contributions(), profile, scoring, window,
                calculator.rules());
        // Each suggestion once, in the order first suggested, with the generator that last
        // suggested it (a map by suggestion, as the suggestions' order and origin are made here).
        List<Suggestion> all = new ArrayList<>();
        Map<Suggestion, RecommendationGenerator> origin = new IdentityHashMap<>(64);
        // Each suggestion's change to the profile advised on, as checked: the planner starts there.
        Map<Suggestion, MemberProfile> changed = new IdentityHashMap<>(64);
        List<MemberProfile> next = new ArrayList<>();
        for (RecommendationGenerator g : generators) {
            int i = 0;
            for (Suggestion s : suggestions(g, context, next)) {
                if (origin.put(s, g) == null) {
                    all.add(s);
                }
                changed.put(s, next.get(i++));
            }
        }
        List<Planner.Pick> picks = planner.plan(all, window, scoring, memo, rescored, changed);
        // Only what is picked is rendered: the messages of the others are never read.
        Recommendation[] recommendations = new Recommendation[picks.size()];
        for (int i = 0; i < recommendations.length; i++) {
            Planner.Pick pick = picks.get(i);
            recommendations[i] = render(pick.suggestion(), origin.get(pick.suggestion()), pick.gain());
        }
        Arrays.sort(recommendations, BY_GAIN);
        return List.of(recommendations);
    }

    /**
     * The advice's order: by expected gain, largest first ({@link Double#compare}, as
     * {@code comparingDouble(...).reversed()} orders), ties by code. Written out: the composed
     * comparator went through three lambdas and boxed nothing, but still cost a few calls per
     * comparison, every advice.
     */
    private static final Comparator<Recommendation> BY_GAIN = (a, b) -> {
        int byGain = Double.compare(b.expectedGain(), a.expectedGain());
        return byGain != 0 ? byGain : a.code().compareTo(b.code());
    };

    /**
     * A generator's suggestions, checked; each one's changed profile is put into {@code next}
     * at its index (which this call empties first). None, and nothing in {@code next}, if the
     * generator or one of its suggestions fails.
     */
    private List<Suggestion> suggestions(RecommendationGenerator g, PlanningContext context,
                                         List<MemberProfile> next) {
        next.clear();
        try {
            List<Suggestion> list = Objects.requireNonNull(g.suggest(context), "suggestions");
            Messages messages = messages(g);
            MemberProfile profile = context.profile();
            for (Suggestion s : list) {
                Objects.requireNonNull(s, "suggestion");
                if (!g.codes().contains(s.code())) {
                    throw new IllegalStateException("suggested code " + s.code() + " is not among its codes()");
                }
                // A missing message or a bad profile change fails here, before any gain is
                // measured, so that it takes only its own generator down.
                messages.texts(s.code());
                MemberProfile changed = s.changedProfile(profile);
                if (changed != profile && !changed.targetAccounts().equals(profile.targetAccounts())) {
                    throw new IllegalStateException("suggestion " + s.code() + " changes the target accounts");
                }
                next.add(changed);
            }
            return list;
        } catch (RuntimeException | LinkageError e) {
            next.clear();
            LOG.warn("Recommendation generator {} ({}) failed with {} and was left out", g.id(), g.getClass().getName(),
                    e.getClass().getName());
            return List.of();
        }
    }

    private Recommendation render(Suggestion s, RecommendationGenerator g, double gain) {
        Messages messages = messages(g);
        Object[] args = new Object[s.messageArgs().size() + 1];
        args[0] = gain;
        for (int i = 0; i < s.messageArgs().size(); i++) {
            args[i + 1] = s.messageArgs().get(i);
        }
        Text[] texts = messages.texts(s.code());
        Text message = texts[0];
        Text evidence = texts[1];
        return new Recommendation(s.pillar(), s.code(), message.format(args), evidence.format(s.evidenceArgs().toArray()),
                gain, s.ruleIds(), s.activity(), s.extraPerWeek(), s.subjects(), message.locale());
    }

    /**
     * A short, localised explanation of a band under the calculator's thresholds, for example
     * "70 to below 85: what LinkedIn insiders call a good score".
     *
     * @param band the band
     * @return the explanation
     */
    public String describe(ScoreBand band) {
        Objects.requireNonNull(band, "band");
        BandThresholds t = calculator.bandThresholds();
        Locale shipped = CORE_LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ROOT;
        return text(ResourceBundle.getBundle(CORE_MESSAGES, shipped), "band." + band.name())
                .format(new Object[] {t.developing(), t.good(), t.leader()});
    }

    /** A generator's messages in this advisor's language, kept once found. */
    private Messages messages(RecommendationGenerator g) {
        AtomicReference<Messages> slot = messages.get(g);
        Messages m = slot.get();
        if (m == null) {
            // Asked again next time if the generator fails to give its bundle.
            m = new Messages(g.messages(locale));
            slot.compareAndSet(null, m);
        }
        return m;
    }

    /**
     * One generator's bundle and the texts found in it (with the caller's overrides), kept:
     * every advice looks up the same few dozen keys, and a lookup walks the bundle's parents.
     * A key not found is looked up again, and fails again, each time.
     */
    private final class Messages {
        private final ResourceBundle bundle;
        private final Map<String, Text> found = new ConcurrentHashMap<>();
        private final Map<String, Text[]> byCode = new ConcurrentHashMap<>();

        Messages(ResourceBundle bundle) {
            this.bundle = Objects.requireNonNull(bundle, "messages");
        }

        Text text(String key) {
            Text t = found.get(key);
            if (t == null) {
                t = SsiAdvisor.this.text(bundle, key);
                found.put(key, t);
            }
            return t;
        }

        /** A code's message and evidence, kept by code: no key is put together to find them. */
        Text[] texts(String code) {
            Text[] t = byCode.get(code);
            if (t == null) {
                t = new Text[] {text(code), text(code + ".evidence")};
                byCode.put(code, t);
            }
            return t;
        }
    }

    private Text text(ResourceBundle bundle, String key) {
        return Texts.lookup(overrides, bundle, key, locale).orElseThrow(() -> new MissingResourceException(
                "no message for " + key, bundle.getClass().getName(), key));
    }

    /**
     * A rule's explanation in this advisor's language, with that language's number format: the
     * caller's {@link Builder#messages messages} if they have the contribution's key, otherwise
     * the rule's own {@linkplain ScoringRule#explanations(Locale) explanations}, otherwise its
     * English {@link RuleContribution#explanation()}.
     *
     * @param contribution a contribution of a score from this advisor's calculator
     * @return the explanation, never containing personal data
     */
    public String explain(RuleContribution contribution) {
        Objects.requireNonNull(contribution, "contribution");
        Evidence e = contribution.evidence();
        if (e.key().isEmpty()) {
            return contribution.explanation();
        }
        Optional<ScoringRule> rule = calculator.rules().stream().filter(r -> r.id().equals(contribution.ruleId()))
                .findFirst();
        ResourceBundle bundle = rule.map(r -> r.explanations(locale)).orElse(Texts.EMPTY);
        return Texts.lookup(overrides, bundle, e.key(), locale).map(t -> t.format(e.messageArgs(
                contribution.points(), contribution.maxPoints()))).orElseGet(contribution::explanation);
    }

    /** @return the calculator whose rules and targets measure the gains */
    public SsiCalculator calculator() {
        return calculator;
    }

    /** @return the generators, sorted by id, unmodifiable */
    public List<RecommendationGenerator> generators() {
        return generators;
    }

    /** @return the language of the messages */
    public Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return "SsiAdvisor[generators=" + generators.size() + ", locale=" + locale + ", " + calculator + "]";
    }

    /**
     * Builds an {@link SsiAdvisor}. Not thread-safe.
     */
    public static final class Builder {
        private final List<RecommendationGenerator> explicit = new ArrayList<>();
        private boolean discover;
        private ClassLoader loader;
        private SsiCalculator calculator;
        private Locale locale = Locale.ENGLISH;
        private ResourceBundle overrides;

        private Builder() {
        }

        /**
         * Replaces the explicit generators with these.
         *
         * @param generators the generators; copied
         * @return this builder
         */
        public Builder generators(List<? extends RecommendationGenerator> generators) {
            Checks.noNullElements(generators, "generators");
            explicit.clear();
            explicit.addAll(generators);
            return this;
        }

        /**
         * Adds one explicit generator.
         *
         * @param generator the generator
         * @return this builder
         */
        public Builder addGenerator(RecommendationGenerator generator) {
            explicit.add(Objects.requireNonNull(generator, "generator"));
            return this;
        }

        /**
         * Also uses the generators {@link ServiceLoader} finds through the class loader of
         * {@code ssi-core}.
         *
         * @return this builder
         */
        public Builder discoverGenerators() {
            discover = true;
            loader = null;
            return this;
        }

        /**
         * Also uses the generators {@link ServiceLoader} finds through the given class loader.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discoverGenerators(ClassLoader loader) {
            discover = true;
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * The calculator whose rules and targets measure the gains; it must be the one that
         * computes the scores passed to {@link SsiAdvisor#advise}. {@link SsiCalculator#standard()}
         * by default.
         *
         * @param calculator the calculator
         * @return this builder
         */
        public Builder calculator(SsiCalculator calculator) {
            this.calculator = Objects.requireNonNull(calculator, "calculator");
            return this;
        }

        /**
         * The language of messages; English by default. The standard generators ship English
         * and German; for any other language they speak English (never the JVM's default
         * locale), unless {@link #messages(ResourceBundle)} supplies the words, and
         * {@link Recommendation#locale()} says which language a message is in.
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Messages that take precedence over the generators' own: any key found here (a code,
         * {@code code + ".evidence"}, or {@code band.LEADER} and the like) is used instead.
         *
         * @param bundle the caller's messages
         * @return this builder
         */
        public Builder messages(ResourceBundle bundle) {
            this.overrides = Objects.requireNonNull(bundle, "bundle");
            return this;
        }

        /**
         * @return the advisor
         * @throws IllegalStateException if there is no generator, two share an id, or an id is
         *                               not lower-kebab
         */
        public SsiAdvisor build() {
            Optional<List<RecommendationGenerator>> found = discover ? Optional.of(Providers.load(
                    RecommendationGenerator.class, loader != null ? loader : SsiAdvisor.class.getClassLoader(), LOG))
                    : Optional.empty();
            List<RecommendationGenerator> all = Providers.settle(explicit, found, "no RecommendationGenerator was"
                    + " found by ServiceLoader: add the io.ssi:ssi-rules dependency for the standard guide, or pass"
                    + " generators to SsiAdvisor.builder().generators(...)", "no generators: call generators(...),"
                    + " addGenerator(...) or discoverGenerators()", "generator", RecommendationGenerator::id, g -> {
                        if (!Checks.isLowerKebab(g.id())) {
                            throw new IllegalStateException("generator " + g.getClass().getName()
                                    + " must have a lower-kebab id, but has " + g.id());
                        }
                    });
            return new SsiAdvisor(this, all);
        }
    }
}
