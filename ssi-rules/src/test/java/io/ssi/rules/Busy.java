package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Seniority;

import java.util.List;

/** A busy member's log, built once: every type at 20 a week, with decision makers at target accounts. */
final class Busy {

    static final List<Activity> LOG = build();

    private Busy() {
    }

    private static List<Activity> build() {
        Logs log = Logs.log();
        for (ActivityType type : ActivityType.values()) {
            log.perWeek(type, 20, k -> log.contact(Seniority.CXO, k % 2 == 0 ? "acme" : "globex", 3));
        }
        return log.build();
    }
}
