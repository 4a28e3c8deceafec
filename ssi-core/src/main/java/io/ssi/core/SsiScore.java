package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member's Social Selling Index as of one instant: four pillars, their total, a band, and
 * everything needed to explain and audit it.
 *
 * <p>Immutable. Every score carries the {@link #modelVersion() model version} of the rule set
 * that produced it, so that a history stays comparable and callers can rescore when the model
 * changes.
 *
 * <p>A record so that it can be stored and read back by shape, with no annotations: Jackson's
 * default {@code ObjectMapper} with {@code findAndRegisterModules()} (and the {@code jdk8} and
 * {@code jsr310} modules on the class path) writes it as JSON and reads it back equal to the
 * original. The stored {@code total} and pillar {@code points} are there for readers in other
 * languages; reading them back checks them against the contributions. A stored score read back
 * works wherever a fresh one does: in a {@link Cohort}, a {@link TrendPolicy}, and
 * {@link SsiAdvisor#advise(SsiScore, MemberProfile, java.util.Collection)}.
 *
 * @param memberId     the scored member's id
 * @param asOf         the instant the score describes
 * @param modelVersion the version of the rule set, for example {@code standard-1}
 * @param total        the index: the sum of the four pillars, between 0 and 100, decimals kept
 * @param pillars      one score per pillar; copied
 * @param band         the band of the total under the calculator's thresholds
 * @param ignored      the activities that were not counted, and why
 * @param failures     rules that failed and were left out; empty when the score is complete
 * @param coverage     what the score rests on: the signals its data source observes and the
 *                     share of the model's points they carry ({@link Coverage#modelShare()});
 *                     {@link Coverage#full()} for a score of the whole model. A score stored
 *                     before scores carried their coverage reads back with full coverage.
 * @param dataQuality  what lowered the score's trustworthiness: contacts of unknown seniority or
 *                     degree, a defaulted time zone, suspected duplicates, unmapped rows
 *                     ({@link #withUnmappedRows(int)}). A score stored before scores carried it
 *                     reads back with {@link DataQuality#NONE}.
 */
public record SsiScore(String memberId, Instant asOf, String modelVersion, double total,
                       Map<Pillar, PillarScore> pillars, ScoreBand band, IgnoredActivities ignored,
                       List<RuleFailure> failures, Coverage coverage, DataQuality dataQuality) {

    /** How far a stated total may be from the sum of the pillars (see {@link PillarScore}). */
    private static final double TOTAL_TOLERANCE = 1e-9;
    /** The pillars in order, once: {@code Pillar.values()} copies them at every call, and a history makes a score a day. */
    private static final Pillar[] PILLARS = Pillar.values();

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or a failure is null
     * @throws IllegalArgumentException if an id is blank, a pillar is missing or under another
     *                                  pillar's key, or {@code total} is not the sum of the pillars
     */
    public SsiScore {
        Checks.nonBlank(memberId, "memberId");
        Objects.requireNonNull(asOf, "asOf");
        Checks.nonBlank(modelVersion, "modelVersion");
        Objects.requireNonNull(pillars, "pillars");
        PillarScore[] copy = new PillarScore[PILLARS.length];
        for (Pillar p : PILLARS) {
            PillarScore s = pillars.get(p);
            if (s == null) {
                throw new IllegalArgumentException("pillars must hold a score for every pillar, but " + p
                        + " is missing");
            }
            if (s.pillar() != p) {
                throw new IllegalArgumentException("pillars maps " + p + " to a score of " + s.pillar());
            }
            copy[p.ordinal()] = s;
        }
        // One array in pillar order: a stored score keeps no map of its own beyond it.
        pillars = new PillarScores(copy);
        double sum = sum(pillars);
        if (!(Math.abs(total - sum) <= TOTAL_TOLERANCE)) {
            throw new IllegalArgumentException("total must be the sum of the pillars, " + sum + ", but was " + total);
        }
        total = sum;
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(ignored, "ignored");
        failures = List.copyOf(Checks.noNullElements(failures, "failures"));
        // Absent only in a score stored before coverage existed: those were all of the full model.
        coverage = coverage == null ? Coverage.full() : coverage;
        // Absent only in a score stored before data quality existed.
        dataQuality = dataQuality == null ? DataQuality.NONE : dataQuality;
    }

    /**
     * A score with no data-quality figures ({@link DataQuality#NONE}), its stated total checked
     * against its pillars.
     *
     * @param memberId     the scored member's id
     * @param asOf         the instant the score describes
     * @param modelVersion the version of the rule set
     * @param total        the stated total
     * @param pillars      one score per pillar; copied
     * @param band         the band of the total
     * @param ignored      the activities that were not counted, and why
     * @param failures     rules that failed and were left out
     * @param coverage     what the score rests on
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SsiScore(String memberId, Instant asOf, String modelVersion, double total, Map<Pillar, PillarScore> pillars,
                    ScoreBand band, IgnoredActivities ignored, List<RuleFailure> failures, Coverage coverage) {
        this(memberId, asOf, modelVersion, total, pillars, band, ignored, failures, coverage, DataQuality.NONE);
    }

    /**
     * This score with the count of the member's CRM rows that a mapping could not map, for
     * example {@code score.withUnmappedRows(mapped.unmappedRowsOf(ownerId))} after
     * {@link io.ssi.core.mapping.ActivityRows#map}: the engine never sees those rows, so the
     * caller carries the count in. Nothing else changes.
     *
     * @param rows the member's unmapped rows, at least 0
     * @return a copy with {@link DataQuality#unmappedRows()} set
     * @throws IllegalArgumentException if {@code rows} is negative
     */
    public SsiScore withUnmappedRows(int rows) {
        return new SsiScore(memberId, asOf, modelVersion, total, pillars, band, ignored, failures, coverage,
                dataQuality.withUnmappedRows(rows));
    }

    /**
     * A score of the whole model whose stated total is checked against its pillars.
     *
     * @param memberId     the scored member's id
     * @param asOf         the instant the score describes
     * @param modelVersion the version of the rule set
     * @param total        the stated total
     * @param pillars      one score per pillar; copied
     * @param band         the band of the total
     * @param ignored      the activities that were not counted, and why
     * @param failures     rules that failed and were left out
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SsiScore(String memberId, Instant asOf, String modelVersion, double total, Map<Pillar, PillarScore> pillars,
                    ScoreBand band, IgnoredActivities ignored, List<RuleFailure> failures) {
        this(memberId, asOf, modelVersion, total, pillars, band, ignored, failures, Coverage.full());
    }

    /**
     * A score whose total is the sum of its pillars, resting on the given coverage.
     *
     * @param memberId     the scored member's id
     * @param asOf         the instant the score describes
     * @param modelVersion the version of the rule set
     * @param pillars      one score per pillar; copied
     * @param band         the band of the total
     * @param ignored      the activities that were not counted, and why
     * @param failures     rules that failed and were left out
     * @param coverage     what the score rests on
     * @throws NullPointerException     if an argument or a failure is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SsiScore(String memberId, Instant asOf, String modelVersion, Map<Pillar, PillarScore> pillars,
                    ScoreBand band, IgnoredActivities ignored, List<RuleFailure> failures, Coverage coverage) {
        this(memberId, asOf, modelVersion, sum(pillars), pillars, band, ignored, failures,
                Objects.requireNonNull(coverage, "coverage"));
    }

    /**
     * A score whose total is the sum of its pillars.
     *
     * @param memberId     the scored member's id
     * @param asOf         the instant the score describes
     * @param modelVersion the version of the rule set
     * @param pillars      one score per pillar; copied
     * @param band         the band of the total
     * @param ignored      the activities that were not counted, and why
     * @param failures     rules that failed and were left out
     * @throws NullPointerException     if an argument or a failure is null
     * @throws IllegalArgumentException if an id is blank, or a pillar is missing or under
     *                                  another pillar's key
     */
    public SsiScore(String memberId, Instant asOf, String modelVersion, Map<Pillar, PillarScore> pillars,
                    ScoreBand band, IgnoredActivities ignored, List<RuleFailure> failures) {
        this(memberId, asOf, modelVersion, sum(pillars), pillars, band, ignored, failures, Coverage.full());
    }

    /**
     * A score whose total is the sum of its pillars, resting on the given coverage, with its
     * data quality: what the engine makes.
     *
     * @param memberId     the scored member's id
     * @param asOf         the instant the score describes
     * @param modelVersion the version of the rule set
     * @param pillars      one score per pillar; copied
     * @param band         the band of the total
     * @param ignored      the activities that were not counted, and why
     * @param failures     rules that failed and were left out
     * @param coverage     what the score rests on
     * @param dataQuality  what lowered its trustworthiness
     * @throws NullPointerException     if an argument or a failure is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public SsiScore(String memberId, Instant asOf, String modelVersion, Map<Pillar, PillarScore> pillars,
                    ScoreBand band, IgnoredActivities ignored, List<RuleFailure> failures, Coverage coverage,
                    DataQuality dataQuality) {
        this(memberId, asOf, modelVersion, sum(pillars), pillars, band, ignored, failures,
                Objects.requireNonNull(coverage, "coverage"), Objects.requireNonNull(dataQuality, "dataQuality"));
    }

    private static double sum(Map<Pillar, PillarScore> pillars) {
        Objects.requireNonNull(pillars, "pillars");
        double sum = 0;
        // Pillar order, whatever the map's, so that the sum is the same to the last bit.
        for (Pillar p : Pillar.values()) {
            PillarScore s = pillars.get(p);
            if (s != null) {
                sum += s.points();
            }
        }
        return sum;
    }

    /**
     * One pillar's score.
     *
     * @param pillar the pillar
     * @return its score, never {@code null}
     */
    public PillarScore pillar(Pillar pillar) {
        return pillars.get(Objects.requireNonNull(pillar, "pillar"));
    }

    /**
     * Whether every rule scored. When {@code false}, {@link #failures()} says which did not.
     *
     * @return {@code true} if no rule failed
     */
    public boolean complete() {
        return failures.isEmpty();
    }

    /**
     * Every contribution of every pillar, pillar by pillar in rule order.
     *
     * @return all contributions, unmodifiable
     */
    public List<RuleContribution> contributions() {
        List<RuleContribution> all = new ArrayList<>();
        for (PillarScore s : pillars.values()) {
            all.addAll(s.contributions());
        }
        return Collections.unmodifiableList(all);
    }
}
