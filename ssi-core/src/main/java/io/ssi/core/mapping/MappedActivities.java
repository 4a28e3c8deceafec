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
 * @param byOwner the activities of each owner (the CRM's owner or user id)
 * @param report  what was mapped, what not, and why
 */
public record MappedActivities(Map<String, List<Activity>> byOwner, MappingReport report) {

    public MappedActivities {
        Objects.requireNonNull(byOwner, "byOwner");
        Objects.requireNonNull(report, "report");
        TreeMap<String, List<Activity>> copy = new TreeMap<>();
        byOwner.forEach((owner, list) -> copy.put(Objects.requireNonNull(owner, "owner"), List.copyOf(list)));
        byOwner = Collections.unmodifiableMap(copy);
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
