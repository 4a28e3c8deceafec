package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * What a nightly run stores of one member: the total, the four pillars, the band and the model
 * version, or why the member could not be scored. About a tenth of the memory of an
 * {@link SsiScore}, which keeps every rule's contribution and evidence.
 *
 * <p>Immutable. On a failure the points are 0 and {@link #band()} is empty.
 *
 * @param index                the member's position in the batch's input
 * @param memberId             the member's id, if the input got far enough to have one
 * @param total                the total, 0 to 100
 * @param professionalBrand    the {@link Pillar#PROFESSIONAL_BRAND} points, 0 to 25
 * @param findRightPeople      the {@link Pillar#FIND_RIGHT_PEOPLE} points, 0 to 25
 * @param engageWithInsights   the {@link Pillar#ENGAGE_WITH_INSIGHTS} points, 0 to 25
 * @param buildRelationships   the {@link Pillar#BUILD_RELATIONSHIPS} points, 0 to 25
 * @param band                 the band, if the member was scored
 * @param modelVersion         the version of the model that scored (or would have scored) it
 * @param failure              why the member was not scored, in words safe to log: the
 *                             exception's class, and its message only where ssi wrote it
 */
public record CompactResult(int index, Optional<String> memberId, double total, double professionalBrand,
                            double findRightPeople, double engageWithInsights, double buildRelationships,
                            Optional<ScoreBand> band, String modelVersion, Optional<String> failure) {

    public CompactResult {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
        Objects.requireNonNull(memberId, "memberId");
        Checks.finite(total, "total");
        if (total < 0 || total > 4 * Pillar.MAX_POINTS) {
            throw new IllegalArgumentException("total must be between 0 and 100, but was " + total);
        }
        points(professionalBrand, "professionalBrand");
        points(findRightPeople, "findRightPeople");
        points(engageWithInsights, "engageWithInsights");
        points(buildRelationships, "buildRelationships");
        Objects.requireNonNull(band, "band");
        Checks.nonBlank(modelVersion, "modelVersion");
        Objects.requireNonNull(failure, "failure");
        if (band.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a compact result holds either a band or a failure, not "
                    + (band.isPresent() ? "both" : "neither"));
        }
    }

    private static void points(double value, String field) {
        Checks.finite(value, field);
        if (value < 0 || value > Pillar.MAX_POINTS) {
            throw new IllegalArgumentException(field + " must be between 0 and 25, but was " + value);
        }
    }

    /**
     * The compact form of a batch result.
     *
     * @param result       the result
     * @param modelVersion the version of the calculator that produced it, kept for failures
     * @return its compact form
     */
    public static CompactResult of(BatchResult result, String modelVersion) {
        Objects.requireNonNull(result, "result");
        if (result.score().isPresent()) {
            SsiScore s = result.score().get();
            return new CompactResult(result.index(), result.memberId(), s.total(),
                    s.pillar(Pillar.PROFESSIONAL_BRAND).points(), s.pillar(Pillar.FIND_RIGHT_PEOPLE).points(),
                    s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points(), s.pillar(Pillar.BUILD_RELATIONSHIPS).points(),
                    Optional.of(s.band()), s.modelVersion(), Optional.empty());
        }
        return new CompactResult(result.index(), result.memberId(), 0, 0, 0, 0, 0, Optional.empty(), modelVersion,
                Optional.of(SsiCalculator.describe(result.failure().orElseThrow())));
    }

    /**
     * One pillar's points.
     *
     * @param pillar the pillar
     * @return its points, 0 on a failure
     */
    public double pillar(Pillar pillar) {
        return switch (Objects.requireNonNull(pillar, "pillar")) {
            case PROFESSIONAL_BRAND -> professionalBrand;
            case FIND_RIGHT_PEOPLE -> findRightPeople;
            case ENGAGE_WITH_INSIGHTS -> engageWithInsights;
            case BUILD_RELATIONSHIPS -> buildRelationships;
        };
    }

    /** @return {@code true} if the member was scored */
    public boolean succeeded() {
        return failure.isEmpty();
    }
}
