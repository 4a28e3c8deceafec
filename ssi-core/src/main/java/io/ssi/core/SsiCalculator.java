package io.ssi.core;

import io.ssi.core.internal.ActivityIndex;
import io.ssi.core.internal.Checks;
import io.ssi.core.internal.Contexts;
import io.ssi.core.internal.Evaluator;
import io.ssi.core.internal.Redaction;
import io.ssi.core.internal.Providers;
import io.ssi.core.internal.Window;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringModel;
import io.ssi.core.spi.ScoringRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Computes the Social Selling Index of a member from their profile and activity log.
 *
 * <pre>{@code
 * SsiCalculator calc = SsiCalculator.standard();   // the standard rules, found via ServiceLoader
 * SsiScore s = calc.score(profile, activities, Instant.parse("2026-11-30T18:00:00Z"));
 * s.total();                                        // 0..100, the sum of the four pillars
 * s.pillar(Pillar.BUILD_RELATIONSHIPS).contributions();
 * }</pre>
 *
 * <p>The cost of a score is one pass over the activity log plus constant work per rule. A
 * calculator is immutable and thread-safe: build it once and share it, for example across the
 * threads that rescore a sales org every night. It holds no global state; discovery runs when
 * it is built.
 */
public final class SsiCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(SsiCalculator.class);

    /** The longest daily history one call may ask for: ten years and a bit. */
    public static final int MAX_HISTORY_DAYS = 3_660;
    /** The longest window the builder accepts. */
    public static final Duration MAX_WINDOW = ScoringOptions.MAX_WINDOW;

    private final List<ScoringRule> rules;
    private final String modelVersion;
    private final String fingerprint;
    private final ScoringOptions options;
    private final int windowDays;
    private final int dailyCap;
    private final Clock clock;
    private final boolean strict;
    private final BandThresholds bands;
    private final Evaluator evaluator;
    private final Coverage coverage;

    private SsiCalculator(Builder b, List<ScoringRule> rules, Coverage coverage, double[] scale) {
        this.rules = rules;
        this.options = b.options;
        this.coverage = coverage;
        // Full coverage adds nothing, so the standard model keeps its fingerprint and version.
        this.fingerprint = coverage.observesEverything() ? fingerprint(rules, options)
                : Checks.sha256(fingerprint(rules, options) + "\ncoverage " + coverage.signature());
        this.modelVersion = b.modelVersion != null ? b.modelVersion : versionOf(rules, fingerprint);
        this.windowDays = options.windowDays();
        this.dailyCap = options.dailyCap();
        this.clock = b.clock;
        this.strict = b.strict;
        this.bands = options.bands();
        this.evaluator = new Evaluator(rules, modelVersion, bands, strict, LOG, coverage, scale);
    }

    /**
     * A calculator with the rules found by {@link ServiceLoader} (the standard model when
     * {@code ssi-rules} is on the class path or module path) and the default options: a 90-day
     * window, a 30-day half-life, 20 activities per type per day, the system UTC clock.
     *
     * <p>Discovery costs a few milliseconds: keep the calculator rather than calling this for
     * every score.
     *
     * @return the calculator
     * @throws IllegalStateException if no rule is found
     */
    public static SsiCalculator standard() {
        return builder().discoverRules().build();
    }

    /**
     * A builder for explicit rules and options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Scores a member as of an instant.
     *
     * @param profile    the member's profile at {@code asOf}
     * @param activities the member's activity log, in any order; duplicate ids count once, so do
     *                   near-duplicates (another id, the same type, instant and contact: see
     *                   {@link Builder#nearDuplicates(boolean)}), activities after {@code asOf}
     *                   or before the window are ignored, and every one of these is reported in
     *                   {@link SsiScore#ignored()}
     * @param asOf       the instant to score
     * @return the score, never {@code null}
     * @throws NullPointerException     if an argument or an element of {@code activities} is null
     * @throws IllegalArgumentException if {@code asOf} is outside years 1 to 9999
     * @throws RuleEvaluationException  in strict mode, if a rule fails
     * @throws AssertionError           if a rule throws one (in either mode): not the rule's own,
     *                                  but one naming the rule and the original class, with its
     *                                  stack trace, stand-ins for its causes and none of the
     *                                  rule's messages, which may quote the profile
     * @throws StackOverflowError       likewise, if a rule overflows the stack
     */
    public SsiScore score(MemberProfile profile, Collection<Activity> activities, Instant asOf) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        Checks.supportedInstant(asOf, "asOf");
        // The index lives only while the score is built: it borrows this thread's tables.
        return Contexts.scoreOnce(profile, activities, asOf, options,
                window -> evaluator.evaluate(window.snapshot(asOf), window.ignored(), window.dataQuality()));
    }

    /**
     * Indexes the log in one pass on this thread's tables, slides a window to {@code asOf} and
     * applies {@code use} to it; package-private for the advisor, whose result must not hold the
     * window or its contexts (the next score on this thread reuses the tables).
     */
    <T> T withWindow(MemberProfile profile, Collection<Activity> activities, Instant asOf, Function<Window, T> use) {
        return Contexts.scoreOnce(profile, activities, asOf, options, use);
    }

    /**
     * Scores a member as of now, by this calculator's clock.
     *
     * @param profile    the member's profile
     * @param activities the member's activity log
     * @return the score
     * @see #score(MemberProfile, Collection, Instant)
     */
    public SsiScore score(MemberProfile profile, Collection<Activity> activities) {
        return score(profile, activities, clock.instant());
    }

    /**
     * One score per day from {@code from} to {@code to} inclusive, each as of the end of its
     * day in the member's time zone. The window slides one day at a time, so a year of history
     * costs a small multiple of one score, and each day equals
     * {@code score(profile, activities, endOfDay)} (to floating-point rounding).
     *
     * <p>A day that the member's zone skipped altogether has no instant, so it has no end and
     * no score: Samoa ({@code Pacific/Apia}) went from 29 to 31 December 2011, and a history
     * over those days holds the 29th and the 31st. So no two scores share an instant, and
     * every score is one a day apart from the next in the member's calendar.
     *
     * @param profile    the member's profile (used for every day)
     * @param activities the member's activity log
     * @param from       the first day, in the member's time zone; its end there must be an
     *                   instant {@link #score(MemberProfile, Collection, Instant)} accepts
     * @param to         the last day, not before {@code from}, at most
     *                   {@value #MAX_HISTORY_DAYS} days after it; its end must be an instant
     *                   {@code score} accepts
     * @return the scores, oldest first, one per day that exists in the member's zone (none
     *         for a range of only a skipped day)
     * @throws IllegalArgumentException if {@code from} is after {@code to}, the range is too
     *                                  long, or a day ends outside years 1 to 9999 (UTC); the
     *                                  message names the date passed
     * @throws RuleEvaluationException  in strict mode, if a rule fails
     * @throws AssertionError           if a rule throws one, as for
     *                                  {@link #score(MemberProfile, Collection, Instant)}
     * @throws StackOverflowError       likewise, if a rule overflows the stack
     */
    public List<SsiScore> history(MemberProfile profile, Collection<Activity> activities, LocalDate from,
                                  LocalDate to) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to, but from was " + from + " and to was " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_HISTORY_DAYS) {
            throw new IllegalArgumentException("a history may span at most " + MAX_HISTORY_DAYS
                    + " days, but " + from + " to " + to + " spans " + days);
        }
        ZoneId zone = profile.timeZone();
        supportedDay(from, zone, "from");
        Instant cutoff = supportedDay(to, zone, "to");
        // The index lives only while the history is computed (no score keeps it): it borrows
        // this thread's tables, as a single score does.
        ActivityIndex index = ActivityIndex.buildForOneScore(profile, activities, from.toEpochDay() - windowDays + 1,
                windowDays + (int) days - 1, cutoff, options.nearDuplicatesOnce(), options.engagementCap());
        try {
            Window window = new Window(index, options);
            // A rule whose reads answer as they did the day before is not run again.
            Evaluator.Memo memo = evaluator.historyMemo();
            DayEnds ends = new DayEnds(zone, from, to);
            List<SsiScore> scores = new ArrayList<>((int) days);
            for (int i = 0; i < days; i++) {
                LocalDate day = from.plusDays(i);
                if (ends.skipped(day)) {
                    continue;
                }
                window.advanceTo(windowDays - 1 + i);
                // The day's rules are all run before the window moves on, so they can read its own
                // sums rather than a copy of them.
                scores.add(evaluator.evaluate(window.view(ends.endOf(day)), window.ignored(),
                        window.dataQuality(), memo));
            }
            return List.copyOf(scores);
        } finally {
            index.release();
        }
    }

    /**
     * The end of a day, if it is an instant {@link #score(MemberProfile, Collection, Instant)}
     * accepts; otherwise an exception that names the date passed, not an instant the caller
     * never saw.
     */
    private static Instant supportedDay(LocalDate day, ZoneId zone, String field) {
        if (day.equals(LocalDate.MAX)) {
            throw new IllegalArgumentException(field + " must be before " + LocalDate.MAX + ", the last date Java knows,"
                    + " but was " + day);
        }
        Instant end = endOfDay(day, zone);
        if (end.isBefore(Checks.EARLIEST) || end.isAfter(Checks.LATEST)) {
            throw new IllegalArgumentException(field + " must be a day that ends, in " + zone + ", between "
                    + Checks.EARLIEST + " and " + Checks.LATEST + ", but was " + day + ", which ends at " + end);
        }
        return end;
    }

    /**
     * Whether a zone skipped a whole day, as Samoa skipped 30 December 2011 when it moved across
     * the date line: its first instant already falls on a later date.
     */
    private static boolean skipped(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toLocalDate().isAfter(day);
    }

    /**
     * {@link #endOfDay} and {@link #skipped} for the days of one history, without asking the
     * zone's rules about every day: a day with no offset transition within three days either side
     * of it starts and ends at whole days of the one offset in force, so it is not skipped and
     * ends a nanosecond before the next day's local midnight at that offset, as the zone's rules
     * say. Days near a transition ask the rules.
     */
    private static final class DayEnds {
        private static final long MARGIN = 3 * 86_400L;
        private final ZoneId zone;
        private final long[] transitions;
        private final int[] offsetsAfter;
        private int next;
        private int offset;

        DayEnds(ZoneId zone, LocalDate from, LocalDate to) {
            this.zone = zone;
            java.time.zone.ZoneRules rules = zone.getRules();
            long start = from.toEpochDay() * 86_400L - MARGIN;
            long end = to.toEpochDay() * 86_400L + 2 * MARGIN;
            this.offset = rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
            List<ZoneOffsetTransition> found = new ArrayList<>();
            for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(start));
                 t != null && t.toEpochSecond() <= end; t = rules.nextTransition(t.getInstant())) {
                found.add(t);
            }
            this.transitions = new long[found.size()];
            this.offsetsAfter = new int[found.size()];
            for (int i = 0; i < found.size(); i++) {
                transitions[i] = found.get(i).toEpochSecond();
                offsetsAfter[i] = found.get(i).getOffsetAfter().getTotalSeconds();
            }
        }

        /** Whether no transition lies within the margin of the day; moves past those before it. Days come in order. */
        private boolean quiet(LocalDate day) {
            long midnight = day.toEpochDay() * 86_400L;
            while (next < transitions.length && transitions[next] < midnight - MARGIN) {
                offset = offsetsAfter[next++];
            }
            return next >= transitions.length || transitions[next] > midnight + 86_400L + MARGIN;
        }

        boolean skipped(LocalDate day) {
            return !quiet(day) && SsiCalculator.skipped(day, zone);
        }

        Instant endOf(LocalDate day) {
            if (!quiet(day)) {
                return endOfDay(day, zone);
            }
            return Instant.ofEpochSecond((day.toEpochDay() + 1) * 86_400L - offset).minusNanos(1);
        }
    }

    /**
     * Scores many members as of one instant, one after the other. A failure in one member's
     * input (a null activity, a rule failing in strict mode) is reported for that member, and
     * the others are still scored.
     *
     * @param members the members' inputs
     * @param asOf    the instant to score
     * @return one result per member, in input order
     * @throws Error an error that does not fail one member alone, such as
     *               {@link OutOfMemoryError}, once every member has been scored
     */
    public List<BatchResult> scoreAll(Collection<MemberInput> members, Instant asOf) {
        return scoreAll(members, Function.identity(), asOf, Runnable::run);
    }

    /**
     * Scores many members as of one instant, mapping each caller record to its inputs first,
     * on the caller's executor (for example {@code Executors.newFixedThreadPool(4)} or
     * {@code ForkJoinPool.commonPool()}; {@code Runnable::run} scores on the calling thread).
     * Results are identical to scoring the members one by one. A record that fails to map (for
     * example because the CRM holds a negative count) or to score is reported for that member,
     * and the others are still scored. The calculator holds no locks: members score in
     * parallel as far as the executor allows.
     *
     * <p>A stack overflow, linkage or assertion error fails its member alone, reported as an
     * {@link IllegalStateException} naming the error's class. When the mapper threw it, the
     * error is the cause as thrown. When a rule threw it while scoring, the cause is a stand-in
     * with the error's classes and stack traces, causes included, and no messages, as for a
     * {@link RuleEvaluationException} in strict mode: a plugin's message may quote the
     * member's headline, and a batch that logs its failures would print it.
     *
     * @param records  the caller's records, for example CRM rows
     * @param mapper   maps a record to a member's inputs; may throw for bad data
     * @param asOf     the instant to score
     * @param executor runs the scoring; the call waits for every member
     * @param <T>      the type of the records
     * @return one result per record, in input order
     * @throws RejectedExecutionException if the executor refuses a member's task, for example
     *                                    because it has been shut down; thrown once the members
     *                                    it had accepted have finished, so no scoring goes on
     *                                    behind the caller's back
     * @throws Error                      an error that does not fail one member alone (such as
     *                                    {@link OutOfMemoryError}; a stack overflow, linkage or
     *                                    assertion error fails its member), itself, not wrapped
     *                                    in a {@code CompletionException}, once every member has
     *                                    finished
     */
    public <T> List<BatchResult> scoreAll(Collection<? extends T> records, Function<? super T, MemberInput> mapper,
                                          Instant asOf, Executor executor) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(mapper, "mapper");
        Checks.supportedInstant(asOf, "asOf");
        Objects.requireNonNull(executor, "executor");
        // A collection may over-report its size: presize for a modest batch only.
        List<CompletableFuture<BatchResult>> futures = new ArrayList<>(Math.min(records.size(), PRESIZE_LIMIT));
        int index = 0;
        for (T record : records) {
            int i = index++;
            try {
                futures.add(CompletableFuture.supplyAsync(() -> scoreOne(i, record, mapper, asOf), executor));
            } catch (RejectedExecutionException e) {
                awaitAll(futures);
                throw new RejectedExecutionException("the executor rejected the member at index " + i
                        + " (was it shut down, or is its queue bounded?); the batch was abandoned", e);
            }
        }
        List<BatchResult> results = awaitAll(futures);
        return List.copyOf(results);
    }

    /** The most elements a batch presizes for before it has seen them. */
    private static final int PRESIZE_LIMIT = 1 << 12;

    /**
     * Waits for every member, then rethrows the first error any of them raised as itself:
     * {@code CompletableFuture} would wrap it in an undocumented {@code CompletionException}.
     */
    private static List<BatchResult> awaitAll(List<CompletableFuture<BatchResult>> futures) {
        List<BatchResult> results = new ArrayList<>(futures.size());
        Throwable first = null;
        for (CompletableFuture<BatchResult> f : futures) {
            try {
                results.add(f.join());
            } catch (CompletionException | CancellationException e) {
                if (first == null) {
                    first = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                }
            }
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first != null) {
            throw new IllegalStateException("scoring a member failed with " + first.getClass().getName(), first);
        }
        return results;
    }

    /**
     * Maps and scores one member of a batch, isolating its failure: an exception, or an error
     * that a plugin can cause (a stack overflow, a linkage or assertion error), fails this
     * member alone. Other {@link VirtualMachineError}s propagate. Package-private for
     * {@link StreamingBatch}.
     */
    <T> BatchResult scoreOne(int index, T record, Function<? super T, MemberInput> mapper, Instant asOf) {
        Optional<String> memberId = Optional.empty();
        boolean mapped = false;
        try {
            MemberInput input = Objects.requireNonNull(mapper.apply(Objects.requireNonNull(record, "record")),
                    "mapped input");
            mapped = true;
            memberId = Optional.of(input.profile().id());
            return BatchResult.scored(index, score(input.profile(), input.activities(), asOf));
        } catch (RuntimeException e) {
            LOG.debug("Member at index {} failed to score with {}", index, e.getClass().getName());
            return BatchResult.failed(index, memberId, e);
        } catch (StackOverflowError | LinkageError | AssertionError e) {
            LOG.debug("Member at index {} failed to score with {}", index, e.getClass().getName());
            // The mapper is the caller's own code, so its error is handed back as thrown. Past it,
            // an error comes from a plugin rule, whose message may quote the member's profile (an
            // assertion on the headline, say): like a strict-mode failure, it becomes a stand-in
            // with the same classes and stack traces and no messages.
            return BatchResult.failed(index, memberId, new IllegalStateException((mapped ? "scoring" : "mapping")
                    + " failed with " + e.getClass().getName(), mapped ? Redaction.withheld(e) : e));
        } catch (Exception e) {
            // A mapper can sneak a checked exception past the compiler; it is still that member's failure.
            LOG.debug("Member at index {} failed to score with {}", index, e.getClass().getName());
            return BatchResult.failed(index, memberId, new UndeclaredThrowableException(e,
                    "the mapper threw the checked " + e.getClass().getName()));
        }
    }

    /**
     * The last instant of a day in a time zone: what {@link #history} scores each day as of.
     *
     * @param day  the day
     * @param zone the member's time zone
     * @return one nanosecond before the next day starts; where clocks went back across midnight,
     *         the last instant the local date was still {@code day}; for a day the zone skipped
     *         altogether (which {@link #history} leaves out), the end of the day before it
     * @throws IllegalArgumentException if {@code day} is {@link LocalDate#MAX}, which has no next day
     */
    public static Instant endOfDay(LocalDate day, ZoneId zone) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
        if (day.equals(LocalDate.MAX)) {
            throw new IllegalArgumentException("day must be before " + LocalDate.MAX
                    + ", the last date Java knows, so that it has an end, but was " + day);
        }
        LocalDate next = day.plusDays(1);
        Instant nextDayStarts = next.atStartOfDay(zone).toInstant();
        // Newfoundland, for one, ended DST at 00:01 until 2011: clocks went back to 23:01, so the
        // day's last hour came round again after the next day had begun. Those minutes are still
        // the day's: a history places them on it, and the day's score must not call them "after asOf".
        ZoneOffsetTransition back = zone.getRules().nextTransition(nextDayStarts);
        if (back != null && back.isOverlap() && back.getDateTimeAfter().toLocalDate().isBefore(next)) {
            return next.atStartOfDay().toInstant(back.getOffsetAfter()).minusNanos(1);
        }
        return nextDayStarts.minusNanos(1);
    }

    /** Runs every rule against one context, isolating failures. Package-private for the advisor. */
    SsiScore evaluate(ScoringContext context, IgnoredActivities ignored) {
        return evaluator.evaluate(context, ignored);
    }

    /**
     * What this calculator's scores rest on: its coverage, with the share of the model's points
     * that the rules it kept can award.
     *
     * @return the coverage; {@link Coverage#full()} by default
     */
    public Coverage coverage() {
        return coverage;
    }

    /** A failure in words that are safe to log; package-private for compact batch results. */
    static String describe(Throwable e) {
        return Redaction.describe(e);
    }

    /** The engine, for the advisor's planner. */
    Evaluator evaluator() {
        return evaluator;
    }

    /** @return the rules, sorted by id, unmodifiable */
    public List<ScoringRule> rules() {
        return rules;
    }

    /** @return the model version stamped on every score */
    public String modelVersion() {
        return modelVersion;
    }

    /** @return the window, a whole number of days */
    public Duration window() {
        return Duration.ofDays(windowDays);
    }

    /** @return the recency half-life */
    public Duration halfLife() {
        return options.halfLife();
    }

    /** @return the options: window, half-life, daily cap and band thresholds */
    public ScoringOptions options() {
        return options;
    }

    /**
     * The full fingerprint of this calculator's model: a SHA-256, in hex, of every rule's
     * {@linkplain ScoringRule#signature() signature} (sorted by id) and of the
     * {@linkplain ScoringOptions#signature() options}. Its first eight digits are the suffix of
     * {@link #modelVersion()} for any model other than a reference one.
     *
     * @return 64 hex digits
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** @return the most activities of one type that count per day */
    public int dailyCap() {
        return dailyCap;
    }

    /** @return whether a failing rule throws instead of being isolated */
    public boolean strict() {
        return strict;
    }

    /** @return the band thresholds */
    public BandThresholds bandThresholds() {
        return bands;
    }

    /** @return the clock behind {@link #score(MemberProfile, Collection)} */
    public Clock clock() {
        return clock;
    }

    /**
     * The fingerprint of a model: a SHA-256, in hex, of every rule's signature (sorted by id) and
     * of the options. Two calculators with equal fingerprints score alike. A model's rules name
     * the fingerprint of its reference configuration ({@link ScoringRule#referenceFingerprint()})
     * with this.
     *
     * @param rules   the rules
     * @param options the options
     * @return 64 hex digits
     */
    public static String fingerprint(List<? extends ScoringRule> rules, ScoringOptions options) {
        Objects.requireNonNull(options, "options");
        List<ScoringRule> sorted = new ArrayList<>(Checks.noNullElements(rules, "rules"));
        sorted.sort(Comparator.comparing(ScoringRule::id));
        StringBuilder text = new StringBuilder(options.signature());
        for (ScoringRule r : sorted) {
            text.append('\n').append(r.signature());
        }
        return Checks.sha256(text.toString());
    }

    /**
     * The version stamped on scores: the rules' model names joined, bare when the configuration is
     * the one every rule names as its reference, and otherwise with the first eight digits of
     * the fingerprint ({@code standard-1+a1b2c3d4}), so that scores of different models never
     * pass for each other.
     */
    private static String versionOf(List<ScoringRule> rules, String fingerprint) {
        TreeSet<String> versions = new TreeSet<>();
        boolean reference = true;
        for (ScoringRule r : rules) {
            versions.add(r.modelVersion());
            reference &= r.referenceFingerprint().filter(fingerprint::equals).isPresent();
        }
        String name = String.join("+", versions);
        return reference ? name : name + "+" + fingerprint.substring(0, 8);
    }

    @Override
    public String toString() {
        return "SsiCalculator[model=" + modelVersion + ", rules=" + rules.size() + ", window=" + windowDays
                + "d, halfLife=" + options.halfLife() + ", dailyCap=" + dailyCap + (strict ? ", strict" : "") + "]";
    }

    /**
     * Builds an {@link SsiCalculator}. Setters validate eagerly; {@link #build()} checks the
     * rule set. Not thread-safe.
     */
    public static final class Builder {
        private final List<ScoringRule> explicit = new ArrayList<>();
        private boolean discover;
        private ClassLoader loader;
        private ScoringOptions options = ScoringOptions.defaults();
        private Clock clock = Clock.systemUTC();
        private boolean strict;
        private String modelVersion;
        private Coverage coverage = Coverage.full();

        private Builder() {
        }

        /**
         * Replaces the explicit rules with these.
         *
         * @param rules the rules; copied
         * @return this builder
         */
        public Builder rules(List<? extends ScoringRule> rules) {
            Checks.noNullElements(rules, "rules");
            explicit.clear();
            explicit.addAll(rules);
            return this;
        }

        /**
         * Adds one explicit rule.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder addRule(ScoringRule rule) {
            explicit.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Also uses the rules that {@link ServiceLoader} finds through the class loader of
         * {@code ssi-core} (on the class path and on the module path).
         *
         * @return this builder
         */
        public Builder discoverRules() {
            this.discover = true;
            this.loader = null;
            return this;
        }

        /**
         * Also uses the rules that {@link ServiceLoader} finds through the given class loader,
         * for containers that load plugins in their own loaders.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        public Builder discoverRules(ClassLoader loader) {
            this.discover = true;
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * The rolling window of activity that counts; 90 days by default.
         *
         * @param window a whole number of days, from 1 day to 3650 days
         * @return this builder
         */
        public Builder window(Duration window) {
            this.options = options.withWindow(window);
            return this;
        }

        /**
         * How fast old activity fades: an activity this old weighs half as much as one today.
         * 30 days by default.
         *
         * @param halfLife positive, at most 3650 days
         * @return this builder
         */
        public Builder halfLife(Duration halfLife) {
            this.options = options.withHalfLife(halfLife);
            return this;
        }

        /**
         * The most activities of one type that count per day, so that a burst cannot buy a
         * pillar; 20 by default.
         *
         * @param cap at least 1
         * @return this builder
         */
        public Builder dailyCap(int cap) {
            this.options = options.withDailyCap(cap);
            return this;
        }

        /**
         * Over how many of the window's oldest days the weights fall smoothly to zero, so that
         * a rep who stops declines day by day instead of losing what falls off the window's edge
         * at once: see {@link ScoringOptions#taper()}. 10 days by default.
         *
         * @param taper a whole number of days, from 0 to the window
         * @return this builder
         */
        public Builder taper(Duration taper) {
            this.options = options.withTaper(taper);
            return this;
        }

        /**
         * Whether rows with different ids but the same type, the same instant and the same
         * contact count once (on by default), each extra one reported in
         * {@link IgnoredActivities#suspectedDuplicates()}: CRM re-imports and double syncs give
         * old rows new ids. {@link ScoringOptions#nearDuplicatesOnce()} says which rows compare,
         * and how rows without a contact are treated. Turning it off is part of the model
         * fingerprint, since it changes numbers; the default leaves the fingerprint as it was
         * before near-duplicates were looked for.
         *
         * @param countOnce {@code false} to count every distinct id
         * @return this builder
         */
        public Builder nearDuplicates(boolean countOnce) {
            this.options = options.withNearDuplicatesOnce(countOnce);
            return this;
        }

        /**
         * The most reactions and comments one published item counts for in engagement figures:
         * see {@link ScoringOptions#engagementCap()}. 20 by default.
         *
         * @param cap at least 1; {@link Integer#MAX_VALUE} for no cap
         * @return this builder
         * @throws IllegalArgumentException if the cap is below 1
         */
        public Builder engagementCap(int cap) {
            this.options = options.withEngagementCap(cap);
            return this;
        }

        /**
         * The clock for {@link SsiCalculator#score(MemberProfile, Collection)}; the system UTC
         * clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether a failing rule throws {@link RuleEvaluationException} (strict) instead of
         * being left out and reported; off by default.
         *
         * @param strict {@code true} to throw
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * All the options at once, replacing what {@link #window}, {@link #halfLife},
         * {@link #dailyCap}, {@link #taper}, {@link #nearDuplicates} and {@link #bandThresholds}
         * set before.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(ScoringOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The totals at which the bands begin; 30, 70 and 85 by default.
         *
         * @param thresholds the thresholds
         * @return this builder
         */
        public Builder bandThresholds(BandThresholds thresholds) {
            this.options = options.withBands(Objects.requireNonNull(thresholds, "thresholds"));
            return this;
        }

        /**
         * The version stamped on every score, overriding the one derived from the rules'
         * {@link ScoringRule#modelVersion()}s.
         *
         * @param version not blank
         * @return this builder
         */
        public Builder modelVersion(String version) {
            this.modelVersion = Checks.nonBlank(version, "modelVersion");
            return this;
        }

        /**
         * @return the calculator
         * @throws IllegalStateException if there is no rule, two rules share an id, or a rule
         *                               has an invalid id, pillar or maximum
         */
        public SsiCalculator build() {
            Optional<List<ScoringRule>> found = Optional.empty();
            if (discover) {
                ClassLoader from = loader != null ? loader : SsiCalculator.class.getClassLoader();
                List<ScoringRule> rules = new ArrayList<>(Providers.load(ScoringRule.class, from, LOG));
                for (ScoringModel model : Providers.load(ScoringModel.class, from, LOG)) {
                    rules.addAll(Checks.noNullElements(model.scoringRules(), "rules of model " + model.name()));
                }
                found = Optional.of(rules);
            }
            List<ScoringRule> all = Providers.settle(explicit, found, "no ScoringRule was found by ServiceLoader: add"
                    + " the io.ssi:ssi-rules dependency for the standard model, or pass rules to"
                    + " SsiCalculator.builder().rules(...)", "no rules: call rules(...), addRule(...) or discoverRules()",
                    "rule", ScoringRule::id, Builder::validate);
            double[] scale = {1.0, 1.0, 1.0, 1.0};
            if (coverage.observesEverything()) {
                return new SsiCalculator(this, all, Coverage.full(), scale);
            }
            List<ScoringRule> kept = new ArrayList<>();
            double[] keptMax = new double[Pillar.values().length];
            double modelMax = 0;
            double observedMax = 0;
            for (ScoringRule r : all) {
                modelMax += r.maxPoints();
                Coverage reads = Objects.requireNonNull(r.reads(), "reads() of rule " + r.id());
                if (coverage.observes(reads)) {
                    kept.add(r);
                    keptMax[r.pillar().ordinal()] += r.maxPoints();
                    observedMax += r.maxPoints();
                }
            }
            for (Pillar p : Pillar.values()) {
                double max = keptMax[p.ordinal()];
                if (max == 0) {
                    throw new IllegalStateException("the coverage observes nothing that the rules of pillar " + p
                            + " read, so that pillar cannot be scored over what it has left: observe at least one"
                            + " of its signals, or score with Coverage.full()");
                }
                scale[p.ordinal()] = max >= Pillar.MAX_POINTS ? 1.0 : Pillar.MAX_POINTS / max;
            }
            return new SsiCalculator(this, List.copyOf(kept), coverage.withModelShare(observedMax / modelMax), scale);
        }

        /**
         * Scores with only the signals a data source observes. Rules that read a signal it does
         * not observe ({@link ScoringRule#reads()}) are left out, not counted as zero, and each
         * pillar is scored over the rules it has left: when they can award fewer than 25 points
         * between them, their points and maxima are scaled up so that all of them at their
         * maximum fill the pillar. A coverage under which some pillar keeps no rule is refused
         * by {@link #build()}. The coverage is part of the model fingerprint, so the version
         * stamped on the scores changes with it.
         *
         * @param coverage what the data source observes; {@link Coverage#full()} by default
         * @return this builder
         */
        public Builder coverage(Coverage coverage) {
            this.coverage = Objects.requireNonNull(coverage, "coverage");
            return this;
        }

        private static void validate(ScoringRule r) {
            String id = r.id();
            if (!Checks.isLowerKebab(id)) {
                throw new IllegalStateException("rule " + r.getClass().getName()
                        + " must have a lower-kebab id such as engage.comments, but has " + id);
            }
            if (r.pillar() == null) {
                throw new IllegalStateException("rule " + id + " (" + r.getClass().getName() + ") has no pillar");
            }
            double max = r.maxPoints();
            if (!(max > 0) || !Double.isFinite(max)) {
                throw new IllegalStateException("rule " + id + " (" + r.getClass().getName()
                        + ") must have maxPoints > 0, but has " + max);
            }
            if (r.modelVersion() == null || r.modelVersion().isBlank()) {
                throw new IllegalStateException("rule " + id + " (" + r.getClass().getName()
                        + ") must have a model version, but has " + r.modelVersion());
            }
        }
    }
}
