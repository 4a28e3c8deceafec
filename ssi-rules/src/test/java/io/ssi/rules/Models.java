package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The standard model, wired explicitly, and small helpers for the property tests. */
final class Models {

    /** The standard rules with the default options. Immutable and thread-safe, so shared. */
    static final SsiCalculator STANDARD = SsiCalculator.builder().rules(StandardModel.rules()).build();

    private Models() {
    }

    static SsiScore score(RuleInput input) {
        return STANDARD.score(input.profile(), input.activities(), input.asOf());
    }

    /**
     * The input with every activity, and {@code asOf}, moved by whole days in the member's local
     * time, so that each keeps its local time of day.
     */
    static RuleInput shiftedByDays(RuleInput input, long days) {
        ZoneId zone = input.profile().timeZone();
        List<Activity> moved = new ArrayList<>(input.activities().size());
        for (Activity a : input.activities()) {
            moved.add(RuleInput.copy(a, a.id(), a.at().atZone(zone).plusDays(days).toInstant()));
        }
        return new RuleInput(input.profile(), moved, input.asOf().atZone(zone).plusDays(days).toInstant());
    }

    /** The input with every activity moved {@code days} days into the past; {@code asOf} stays. */
    static RuleInput olderByDays(RuleInput input, long days) {
        ZoneId zone = input.profile().timeZone();
        List<Activity> moved = new ArrayList<>(input.activities().size());
        for (Activity a : input.activities()) {
            moved.add(RuleInput.copy(a, a.id(), a.at().atZone(zone).minusDays(days).toInstant()));
        }
        return input.withActivities(moved);
    }
}
