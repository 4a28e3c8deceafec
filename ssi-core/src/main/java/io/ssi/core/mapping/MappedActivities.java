package io.ssi.core.mapping;

import io.ssi.core.Activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The activities a mapping made of a CRM's rows, grouped by the member who owns them, and its
 * {@link MappingReport}.
 *
 * <p>Immutable. Owners iterate in id order, each owner's activities in row order.
 *
 * @param byOwner         the activities of each owner (the CRM's owner or user id)
 * @param report          what was mapped, what not, and why
 * @param unmappedByOwner of the rows no type matched, how many each owner has (rows without an
 *                        owner are in the report only); carry an owner's count into their score
 *                        with {@link io.ssi.core.SsiScore#withUnmappedRows(int)}
 */
public record MappedActivities(Map<String, List<Activity>> byOwner, MappingReport report,
                               Map<String, Integer> unmappedByOwner) {

    public MappedActivities {
        Objects.requireNonNull(byOwner, "byOwner");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(unmappedByOwner, "unmappedByOwner");
        TreeMap<String, List<Activity>> copy = new TreeMap<>();
        byOwner.forEach((owner, list) -> copy.put(Objects.requireNonNull(owner, "owner"), List.copyOf(list)));
        byOwner = Collections.unmodifiableMap(copy);
        TreeMap<String, Integer> unmapped = new TreeMap<>();
        unmappedByOwner.forEach((owner, n) -> {
            if (Objects.requireNonNull(n, "unmapped rows") < 0) {
                throw new IllegalArgumentException("unmapped rows of an owner must be >= 0, but was " + n);
            }
            unmapped.put(Objects.requireNonNull(owner, "owner"), n);
        });
        unmappedByOwner = Collections.unmodifiableMap(unmapped);
    }

    /**
     * Activities and a report, with no unmapped rows counted by owner.
     *
     * @param byOwner the activities of each owner
     * @param report  what was mapped, what not, and why
     */
    public MappedActivities(Map<String, List<Activity>> byOwner, MappingReport report) {
        this(byOwner, report, Map.of());
    }

    /**
     * How many of an owner's rows no type matched: what lowers the trust in their score, since
     * the engine never sees those rows. For example
     * {@code calc.score(profile, mapped.activitiesOf(owner), asOf).withUnmappedRows(mapped.unmappedRowsOf(owner))}.
     *
     * @param owner the owner's id, as the mapping wrote it
     * @return the count, 0 if none
     */
    public int unmappedRowsOf(String owner) {
        Objects.requireNonNull(owner, "owner");
        return unmappedByOwner.getOrDefault(owner, 0);
    }

    /**
     * One owner's activities.
     *
     * @param owner the owner's id, as the mapping wrote it
     * @return the activities, empty if the owner has none
     */
    public List<Activity> activitiesOf(String owner) {
        Objects.requireNonNull(owner, "owner");
        return byOwner.getOrDefault(owner, List.of());
    }

    /** @return every mapped activity, owner by owner */
    public List<Activity> all() {
        List<Activity> out = new ArrayList<>();
        byOwner.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** Counts only: activities carry contact ids, which are personal data. */
    @Override
    public String toString() {
        return "MappedActivities[owners=" + byOwner.size() + ", report=" + report + "]";
    }
}
