package io.ssi.core.internal;

import io.ssi.core.BandThresholds;
import io.ssi.core.Coverage;
import io.ssi.core.DataQuality;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.Pillar;
import io.ssi.core.PillarScore;
import io.ssi.core.RuleContribution;
import io.ssi.core.RuleEvaluationException;
import io.ssi.core.RuleFailure;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.FiguresRule;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evaluation loop behind {@code SsiCalculator}: every rule against one context, each
 * contribution checked, failures isolated (or, in strict mode, thrown), pillars capped and
 * banded. Thread-safe; its only mutable state is a log throttle.
 */
public final class Evaluator {

    /** The pillars in order, once: {@code Pillar.values()} makes a copy at every call. */
    private static final Pillar[] PILLARS = Pillar.values();

    private final List<ScoringRule> rules;
    private final String modelVersion;
    private final BandThresholds bands;
    private final boolean strict;
    private final Logger log;
    private final Coverage coverage;
    private final double[] scale;
    // What every score's contributions have in common, kept once: a stored score then holds
    // only its figures (see PackedContributions).
    private final ContributionShapes shapes;
    /** Per pillar (by ordinal), the indexes of its rules, in rule order. */
    private final int[][] rulesOf;
    /** By rule index, its id, pillar and maximum. */
    private final String[] ids;
    private final Pillar[] pillarsOf;
    private final double[] maxima;
    /** By rule index, whether the rule answers {@link ScoringRule#points} itself, without evidence. */
    private final boolean[] ownPoints;
    /** By rule index, the parts of the profile it depends on if it reads the profile ({@link Footprint#facts}). */
    private final long[] profileParts;
    // The rules whose failure has been logged at WARN: a broken rule in a nightly rescore with
    // histories would otherwise log once per member per day. A log throttle, not scoring state.
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /**
     * @param rules        the rules, sorted by id
     * @param modelVersion the version stamped on every score
     * @param bands        the band thresholds
     * @param strict       whether a failing rule throws
     * @param log          the facade's logger, so that logs keep its name
     * @param coverage     what the scores rest on, stamped on every score
     * @param scale        per pillar (by ordinal), what the rules' points are multiplied by so that
     *                     under a partial coverage the rules left fill the pillar; 1.0 under full
     *                     coverage
     */
    public Evaluator(List<ScoringRule> rules, String modelVersion, BandThresholds bands, boolean strict, Logger log,
                     Coverage coverage, double[] scale) {
        this.coverage = coverage;
        this.scale = scale.clone();
        this.rules = rules;
        this.modelVersion = modelVersion;
        this.bands = bands;
        this.strict = strict;
        this.log = log;
        this.shapes = new ContributionShapes(rules);
        this.ids = new String[rules.size()];
        this.pillarsOf = new Pillar[rules.size()];
        this.maxima = new double[rules.size()];
        this.ownPoints = new boolean[rules.size()];
        this.profileParts = new long[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            profileParts[i] = Footprint.facts(rules.get(i));
            ids[i] = rules.get(i).id();
            pillarsOf[i] = rules.get(i).pillar();
            maxima[i] = rules.get(i).maxPoints();
            ownPoints[i] = answersPoints(rules.get(i));
        }
        this.rulesOf = new int[PILLARS.length][];
        for (Pillar p : PILLARS) {
            this.rulesOf[p.ordinal()] = java.util.stream.IntStream.range(0, rules.size())
                    .filter(i -> rules.get(i).pillar() == p).toArray();
        }
    }

    /**
     * Runs every rule against one context, isolating failures.
     *
     * @param context the aggregates
     * @param ignored what the index did not count
     * @return the score
     */
    public SsiScore evaluate(ScoringContext context, IgnoredActivities ignored) {
        return evaluate(context, ignored, DataQuality.NONE, null);
    }

    /**
     * Runs every rule against one context, isolating failures.
     *
     * @param context the aggregates
     * @param ignored what the index did not count
     * @param quality what lowered the score's trustworthiness
     * @return the score
     */
    public SsiScore evaluate(ScoringContext context, IgnoredActivities ignored, DataQuality quality) {
        return evaluate(context, ignored, quality, null);
    }

    /**
     * The parts of the profile rule {@code i} depends on if it reads the profile
     * ({@link Footprint#facts}), worked out once for the calculator: what a footprint of its
     * reads holds for the profile.
     *
     * @param i the rule's index in {@link #rules()}
     * @return the parts, as {@link Footprint}'s bits
     */
    long profileParts(int i) {
        return profileParts[i];
    }

    /**
     * A memo for the advisor: {@link #evaluate(ScoringContext, IgnoredActivities, DataQuality, Memo)}
     * leaves in it each rule's contribution and the {@linkplain Memo#footprint footprint} of its
     * reads, noted as the rule reads (what the reads touch, not their answers). The advisor needs
     * no more to tell which rules a what-if moves, and noting touches costs a rule less than
     * recording its answers; each shared figure is computed once for all the rules, as in a
     * plain score. Such a memo keeps nothing from one evaluation for the next: every rule runs
     * each time.
     *
     * @return a new memo, not thread-safe
     */
    public Memo memo() {
        Memo memo = new Memo(rules.size(), false, profileParts);
        memo.footprints = new Footprint[rules.size()];
        memo.touches = new Reads.Touches();
        return memo;
    }

    /**
     * A memo for {@link #evaluate(ScoringContext, IgnoredActivities, DataQuality, Memo)} that
     * records each rule's reads and their answers, so that a later evaluation keeps a rule whose
     * reads answer the same there: empty, for this evaluator's rules.
     *
     * @return a new memo, not thread-safe
     */
    public Memo recordingMemo() {
        return new Memo(rules.size(), false, profileParts);
    }

    /**
     * A memo for the days of one history: every context it is used with has the same profile
     * and options, so a rule that read only those is kept without asking the next day's context.
     *
     * @return a new memo, not thread-safe
     */
    public Memo historyMemo() {
        Memo memo = new Memo(rules.size(), true, profileParts);
        for (int i = 0; i < rules.size(); i++) {
            // Figures are packed as they were written, so only where coverage scales nothing.
            if (rules.get(i) instanceof FiguresRule && scale[pillarsOf[i].ordinal()] == 1.0) {
                memo.figures[i] = new WrittenFigures(ids[i], pillarsOf[i], maxima[i]);
            }
        }
        return memo;
    }

    /**
     * Runs every rule against one context, isolating failures, and re-uses a rule's
     * contribution from the memo when every read it made there answers the same here: a
     * daily history runs a profile-only rule once, and a rule whose counts did not move since
     * yesterday not again. The memo then holds this context's contributions and reads.
     *
     * @param context the aggregates
     * @param ignored what the index did not count
     * @param quality what lowered the score's trustworthiness
     * @param memo    the rules' last contributions and reads, or {@code null} to run every rule
     * @return the score
     */
    public SsiScore evaluate(ScoringContext context, IgnoredActivities ignored, DataQuality quality, Memo memo) {
        // By rule index, each rule's contribution; null for a rule that failed.
        RuleContribution[] got = memo != null ? memo.got : new RuleContribution[rules.size()];
        List<RuleFailure> failures = List.of();
        for (int i = 0; i < rules.size(); i++) {
            ScoringRule rule = rules.get(i);
            RuleContribution c;
            // Whether the last evaluation's contribution of this rule is the memo's.
            boolean wasStored = false;
            // Whether the rule wrote its figures rather than a contribution (a history's day only).
            boolean wrote = false;
            c = null;
            if (memo != null) {
                wasStored = memo.stored[i];
                memo.kept[i] = false;
                memo.stored[i] = false;
                memo.written[i] = false;
            }
            try {
                if (memo == null) {
                    c = covered(checked(i, rule.evaluate(context)));
                } else if (memo.footprints != null) {
                    // An advisor's memo: the rule runs, and what its reads touch is noted.
                    memo.valid[i] = false;
                    memo.footprints[i] = null;
                    c = covered(checked(i, rule.evaluate(memo.touches.start(context, profileParts[i]))));
                    memo.footprints[i] = memo.touches.touched();
                    memo.valid[i] = true;
                    memo.contributions[i] = c;
                    memo.stored[i] = true;
                } else if (memo.unrecorded[i] > 0) {
                    // Its reads have moved day after day: recording and comparing them would
                    // cost more than it saves, so it runs as in a single score for a while.
                    memo.unrecorded[i]--;
                    WrittenFigures w = memo.figures[i];
                    if (w != null && wrote(w, (FiguresRule) rule, context)) {
                        // The day's score packs the figures: no evidence or record is built.
                        wrote = true;
                    } else {
                        c = covered(checked(i, rule.evaluate(context)));
                    }
                } else if (memo.valid[i] && (memo.fixed[i] || memo.reads[i].sameIn(context))) {
                    memo.misses[i] = 0;
                    c = memo.contributions[i];
                    memo.kept[i] = wasStored;
                    memo.stored[i] = true;
                } else if (memo.valid[i]) {
                    // What it read last time has moved: it runs unrecorded now and for a while.
                    memo.valid[i] = false;
                    memo.misses[i] = Math.min(memo.misses[i] + 1, Memo.MAX_BACKOFF);
                    memo.unrecorded[i] = (1 << memo.misses[i]) - 1;
                    c = covered(checked(i, rule.evaluate(context)));
                } else {
                    if (memo.reads[i] == null) {
                        memo.reads[i] = Reads.empty();
                    }
                    c = covered(checked(i, rule.evaluate(memo.reads[i].record(context))));
                    memo.fixed[i] = memo.sameProfileAndOptions && memo.reads[i].onlyProfileAndOptions();
                    memo.valid[i] = true;
                    memo.contributions[i] = c;
                    memo.stored[i] = true;
                }
            } catch (RuntimeException | LinkageError e) {
                // A linkage error is a plugin built against another ssi-core or missing a
                // dependency: as much the rule's failure as an exception is.
                if (strict) {
                    throw new RuleEvaluationException(rule.id(), "rule " + rule.id() + " (" + rule.getClass().getName()
                            + ") failed: " + Redaction.describe(e), Redaction.safe(e));
                }
                if (warned.add(rule.id())) {
                    log.warn("Rule {} ({}) failed with {} and was left out; pillar {} is marked incomplete. Further"
                                    + " failures of this rule are logged at DEBUG and listed in each score's failures()",
                            rule.id(), rule.getClass().getName(), e.getClass().getName(), rule.pillar());
                } else {
                    log.debug("Rule {} failed again with {}", rule.id(), e.getClass().getName());
                }
                if (log.isDebugEnabled()) {
                    log.debug("Failure of rule {}", rule.id(), Redaction.withheld(e));
                }
                if (failures.isEmpty()) {
                    failures = new ArrayList<>();
                }
                failures.add(new RuleFailure(rule.id(), rule.pillar(), Redaction.describe(e)));
                got[i] = null;
                continue;
            } catch (StackOverflowError | AssertionError e) {
                // Not a rule failure in either mode (a batch fails that member alone), but ssi
                // does not hand on the plugin's message: the same error, without it.
                throw Redaction.rethrown(rule.id(), e);
            }
            if (log.isDebugEnabled()) {
                log.debug("Rule {} awarded {} of {} points", rule.id(), wrote ? memo.figures[i].points : c.points(),
                        wrote ? maxima[i] : c.maxPoints());
            }
            if (wrote) {
                memo.written[i] = true;
            }
            got[i] = c;
        }
        // A history's days share one map: the score copies the pillars out of it into an array
        // of its own, and keeps no reference to the map.
        EnumMap<Pillar, PillarScore> pillars = memo != null ? memo.pillarMap : new EnumMap<>(Pillar.class);
        // The total adds the pillars in pillar order, as iterating the map would.
        double total = 0;
        for (Pillar p : PILLARS) {
            boolean complete = true;
            for (int f = 0; f < failures.size(); f++) {
                complete &= failures.get(f).pillar() != p;
            }
            PillarScore s = pillarScore(p, got, complete, memo);
            pillars.put(p, s);
            total += s.points();
        }
        return new SsiScore(context.profile().id(), context.asOf(), modelVersion, pillars, bands.bandOf(total),
                ignored, failures, coverage, quality);
    }

    /**
     * A pillar's score from its contributions; in a history, the day before's when every rule of
     * the pillar gave the same memoised contribution on both days (then none failed either day,
     * and the contributions are the same objects in the same order), so that a pillar nothing
     * moved is not packed again.
     */
    private PillarScore pillarScore(Pillar p, RuleContribution[] got, boolean complete, Memo memo) {
        int[] of = rulesOf[p.ordinal()];
        if (memo != null && memo.pillars[p.ordinal()] != null && memo.allKept(of)) {
            return memo.pillars[p.ordinal()];
        }
        double sum = 0;
        for (int i : of) {
            RuleContribution c = got[i];
            if (c != null) {
                sum += c.points();
            } else if (memo != null && memo.written[i]) {
                sum += memo.figures[i].points;
            }
        }
        // The sum in rule order, capped, as PillarScore.of makes it; the constructor checks it
        // against the packed figures, which are the same to the last bit. The rule indexes let
        // the packing find each rule's shape without a look-up by id.
        PillarScore score = new PillarScore(p, Math.min(Pillar.MAX_POINTS, sum), complete,
                memo == null ? shapes.pack(got, of)
                        : shapes.pack(got, of, memo.packed, memo.stored, memo.written, memo.figures));
        if (memo != null) {
            memo.pillars[p.ordinal()] = score;
        }
        return score;
    }

    /**
     * One pillar's points in a what-if context, re-running only the rules whose reads in the
     * memo's context answer otherwise here; the others keep their memoised points. The memo is
     * left as it is, so that every what-if is measured against the same base.
     *
     * @param context the aggregates of the what-if
     * @param pillar  the pillar
     * @param base    the contributions and reads of the score advised on, or {@code null}
     * @return its capped points; only that pillar's rules run, and a failing rule counts 0
     *         without another warning (the score it advises on has already reported it)
     */
    public double pillarPoints(ScoringContext context, Pillar pillar, Memo base) {
        double sum = 0;
        for (int i = 0; i < rules.size(); i++) {
            ScoringRule rule = rules.get(i);
            if (rule.pillar() != pillar) {
                continue;
            }
            if (base != null && base.valid[i] && base.reads[i] != null && base.reads[i].sameIn(context)) {
                sum += base.contributions[i].points();
                continue;
            }
            try {
                sum += covered(checked(rule, rule.evaluate(context))).points();
            } catch (RuntimeException | LinkageError e) {
                if (log.isDebugEnabled()) {
                    log.debug("Rule {} failed in a what-if", rule.id(), Redaction.withheld(e));
                }
            } catch (StackOverflowError | AssertionError e) {
                throw Redaction.rethrown(rule.id(), e);
            }
        }
        // As PillarScore caps it: the sum in rule order, then the cap.
        return Math.min(Pillar.MAX_POINTS, sum);
    }

    /**
     * Whether a rule wrote figures the day's score can pack; {@code false} if it declined, threw,
     * or wrote what the records would reject, and the engine then calls its {@code evaluate},
     * whose contribution or failure is the one that counts (a rule is a pure function of its
     * context, so running it again answers as the first run would have).
     */
    private static boolean wrote(WrittenFigures w, FiguresRule rule, ScoringContext context) {
        w.reset();
        try {
            return rule.writeFigures(context, w) && w.valid();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Whether a rule overrides {@link ScoringRule#points}: the default evaluates the rule in full,
     * and a what-if then checks the contribution (its id, pillar and maximum) as a score does.
     */
    static boolean answersPoints(ScoringRule rule) {
        try {
            return rule.getClass().getMethod("points", ScoringContext.class).getDeclaringClass()
                    != ScoringRule.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("ScoringRule declares points(ScoringContext)", e);
        }
    }

    /**
     * @param pillar a pillar
     * @return the indexes of its rules, in rule order; shared, not to be changed
     */
    int[] rulesOf(Pillar pillar) {
        return rulesOf[pillar.ordinal()];
    }

    /** @return the rules, by index, as a memo numbers them */
    List<ScoringRule> rules() {
        return rules;
    }

    /**
     * One rule's points in a what-if context, as {@link #pillarPoints(ScoringContext, Pillar, Memo)}
     * counts them.
     *
     * @param i       the rule's index
     * @param context the aggregates of the what-if
     * @return its points, or {@code NaN} if it fails there (which counts 0, without another
     *         warning: the score advised on has reported it)
     */
    double whatIfPoints(int i, ScoringContext context) {
        ScoringRule rule = rules.get(i);
        try {
            if (!ownPoints[i] || scale[pillarsOf[i].ordinal()] != 1.0) {
                return covered(checked(rule, rule.evaluate(context))).points();
            }
            // Points alone, with no evidence, under full coverage: rejected where a contribution
            // of them would be.
            double v = rule.points(context);
            return v >= 0 && v <= maxima[i] ? v : Double.NaN;
        } catch (RuntimeException | LinkageError e) {
            if (log.isDebugEnabled()) {
                log.debug("Rule {} failed in a what-if", rule.id(), Redaction.withheld(e));
            }
            return Double.NaN;
        }
    }

    /**
     * The most points rule {@code i} can have in a what-if: its maximum, scaled to its pillar's
     * share under a partial coverage as its points are. {@link #whatIfPoints} never exceeds it.
     *
     * @param i the rule's index
     * @return the bound
     */
    double whatIfMax(int i) {
        // A scale of 1 leaves the maximum as it is, to the bit.
        return maxima[i] * scale[pillarsOf[i].ordinal()];
    }

    /**
     * Each rule's last contribution and the reads it made to get it, by rule index; a rule
     * that failed has none. Not thread-safe: one per history or advice.
     */
    public static final class Memo {
        /**
         * A rule whose recorded reads failed to hold {@code n} times in a row runs unrecorded on
         * that evaluation and the next {@code 2^n - 1}, {@code n} at most this: a recency-weighted
         * rate moves every day, and a day's recording plus the next day's comparison cost more
         * than running the rule. It is then recorded again and compared at the evaluation after,
         * so that a rule whose inputs settle (a type the member stopped doing, once the window has
         * emptied) is skipped again within 34 days.
         */
        static final int MAX_BACKOFF = 5;
        private final RuleContribution[] contributions;
        private final Reads[] reads;
        private final boolean[] valid;
        private final int[] misses;
        private final int[] unrecorded;
        /**
         * Per rule, whether the last evaluation kept its memoised contribution and the one before
         * had it too: the rule's contribution is the same object on both days.
         */
        private final boolean[] kept;
        /** Per rule, whether the last evaluation's contribution is the memoised one (not one run unrecorded). */
        private final boolean[] stored;
        /** Per pillar (by ordinal), the last evaluation's score. */
        private final PillarScore[] pillars = new PillarScore[PILLARS.length];
        /**
         * The map each evaluation hands its pillars to the score in; every evaluation puts every
         * pillar, and the score copies them out, so it is re-used rather than made per day.
         */
        private final EnumMap<Pillar, PillarScore> pillarMap = new EnumMap<>(Pillar.class);

        /** The evaluation's contributions by rule index, re-used from one evaluation to the next. */
        private final RuleContribution[] got;
        /**
         * By rule index, the figures a {@link FiguresRule} writes on a history's day when it runs
         * unrecorded; null for other rules, and in a memo that is not a history's.
         */
        private final WrittenFigures[] figures;
        /**
         * By rule index, whether the last evaluation's contribution is the figures written (then
         * {@link #got} is null).
         */
        private final boolean[] written;

        /** The bytes of the memoised contributions as last packed. */
        private final PackedContributions.Cache packed;

        /** The evaluator's parts of the profile by rule ({@link Footprint#facts}), shared. */
        private final long[] profileParts;
        /** In an advisor's memo, by rule index, what its reads touched; null in any other memo. */
        private Footprint[] footprints;
        /** In an advisor's memo, what notes the touches of each rule as it runs (keeping the shared figures of the context). */
        private Reads.Touches touches;

        /** Whether every context the memo sees has the same profile and options: the days of one history. */
        private final boolean sameProfileAndOptions;
        /**
         * Per rule, whether its recorded reads ask only the profile and options, which then answer
         * the same in every context this memo sees.
         */
        private final boolean[] fixed;

        private Memo(int rules, boolean sameProfileAndOptions, long[] profileParts) {
            this.sameProfileAndOptions = sameProfileAndOptions;
            this.profileParts = profileParts;
            this.fixed = new boolean[rules];
            this.figures = new WrittenFigures[rules];
            this.written = new boolean[rules];
            this.got = new RuleContribution[rules];
            this.packed = new PackedContributions.Cache(rules);
            this.contributions = new RuleContribution[rules];
            this.reads = new Reads[rules];
            this.valid = new boolean[rules];
            this.misses = new int[rules];
            this.unrecorded = new int[rules];
            this.kept = new boolean[rules];
            this.stored = new boolean[rules];
        }

        /** Whether every rule of the pillar (by index) gave the same contribution in the last two evaluations. */
        boolean allKept(int[] rulesOfPillar) {
            for (int i : rulesOfPillar) {
                if (!kept[i]) {
                    return false;
                }
            }
            return true;
        }

        /** @return whether rule {@code i} has a contribution (it did not fail) */
        boolean valid(int i) {
            return valid[i];
        }

        /**
         * The contributions of the last evaluation, in rule order, without the rules that failed:
         * the objects the score was packed from, so that whoever reads them does not unpack the
         * score again.
         *
         * @return the contributions, a new list
         */
        public List<RuleContribution> contributions() {
            List<RuleContribution> out = new ArrayList<>(contributions.length);
            for (int i = 0; i < contributions.length; i++) {
                if (valid[i]) {
                    out.add(contributions[i]);
                }
            }
            return out;
        }

        /** @return the points of rule {@code i}'s contribution */
        double points(int i) {
            return contributions[i].points();
        }

        /** @return the reads behind rule {@code i}'s contribution; null in an advisor's {@linkplain #memo() memo} */
        Reads reads(int i) {
            return reads[i];
        }

        /**
         * What the reads behind rule {@code i}'s contribution touch, with the parts of the profile
         * the rule depends on where it read the profile.
         *
         * @param i a rule whose contribution is {@linkplain #valid valid}
         * @return the footprint, shared, not to be changed
         */
        Footprint footprint(int i) {
            return footprints != null ? footprints[i] : reads[i].footprint(profileParts(i));
        }

        private long profileParts(int i) {
            return profileParts[i];
        }
    }

    /**
     * A contribution scaled to its pillar's share under a partial coverage; the same object under
     * full coverage, so that those scores stay the same to the last bit.
     */
    private RuleContribution covered(RuleContribution c) {
        double f = scale[c.pillar().ordinal()];
        if (f == 1.0) {
            return c;
        }
        return new RuleContribution(c.ruleId(), c.pillar(), c.points() * f, c.maxPoints() * f, c.applicable(),
                c.evidence());
    }

    /**
     * {@link #checked(ScoringRule, RuleContribution)} of rule {@code i}, against the id, pillar
     * and maximum the rule had when the calculator was built (and validated): no calls to the
     * rule, which a history would make for every rule of every day.
     */
    private RuleContribution checked(int i, RuleContribution c) {
        if (c == null || !c.ruleId().equals(ids[i]) || c.pillar() != pillarsOf[i]
                || c.maxPoints() != maxima[i]) {
            return checked(rules.get(i), c);
        }
        return c;
    }

    private static RuleContribution checked(ScoringRule rule, RuleContribution c) {
        if (c == null) {
            throw new IllegalStateException("rule " + rule.id() + " returned null");
        }
        if (!c.ruleId().equals(rule.id()) || c.pillar() != rule.pillar() || c.maxPoints() != rule.maxPoints()) {
            throw new IllegalStateException("rule " + rule.id() + " returned a contribution of " + c.ruleId() + " ("
                    + c.pillar() + ", max " + c.maxPoints() + ")");
        }
        return c;
    }
}
