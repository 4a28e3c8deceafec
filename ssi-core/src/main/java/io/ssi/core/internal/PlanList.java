package io.ssi.core.internal;

import io.ssi.core.Activity;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The planned activities of a suggestion as the parts it was given: {@link PlannedActivities}
 * described by their counts, and plain lists of activities. The advisor reads the parts; the
 * activities of described parts are made only when an element of the list is asked for.
 * Immutable and thread-safe.
 */
public final class PlanList extends AbstractList<Activity> implements RandomAccess {

    private final List<List<Activity>> parts;
    private final int size;
    private volatile List<Activity> made;

    /**
     * @param parts the parts, each a {@link PlannedActivities} or an immutable list without nulls
     */
    public PlanList(List<List<Activity>> parts) {
        this.parts = List.copyOf(parts);
        int n = 0;
        for (List<Activity> p : this.parts) {
            n += p.size();
        }
        this.size = n;
    }

    /** @return the parts, in order */
    List<List<Activity>> parts() {
        return parts;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Activity get(int index) {
        List<Activity> m = made;
        if (m == null) {
            if (parts.size() == 1) {
                m = parts.get(0);
            } else {
                List<Activity> all = new ArrayList<>(size);
                for (List<Activity> p : parts) {
                    all.addAll(p);
                }
                m = List.copyOf(all);
            }
            made = m;
        }
        return m.get(index);
    }
}
