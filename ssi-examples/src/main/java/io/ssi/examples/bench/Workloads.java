package io.ssi.examples.bench;

import io.ssi.core.Activity;

import java.util.ArrayList;
import java.util.List;

/** Activity logs for the benchmarks, derived from the calibration personas. */
public final class Workloads {

    private Workloads() {
    }

    /**
     * A log {@code copies} times as long: copy {@code k} of every activity gets a fresh id
     * ({@code id#k}) and happens {@code k} minutes earlier, so every copy is counted, on the same
     * days as the original. The work of scoring grows with the log; the daily caps keep the
     * score itself from growing.
     *
     * @param log    the original log
     * @param copies how many copies, at least 1; copy 0 is the original
     * @return the longer log, unmodifiable
     */
    public static List<Activity> repeat(List<Activity> log, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be >= 1, but was " + copies);
        }
        List<Activity> out = new ArrayList<>(log.size() * copies);
        out.addAll(log);
        for (int k = 1; k < copies; k++) {
            for (Activity a : log) {
                out.add(new Activity(a.id() + "#" + k, a.type(), a.at().minusSeconds(60L * k), a.contact(),
                        a.engagement()));
            }
        }
        return List.copyOf(out);
    }
}
