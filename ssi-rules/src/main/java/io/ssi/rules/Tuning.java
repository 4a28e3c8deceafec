package io.ssi.rules;

import io.ssi.core.Pillar;

import java.util.Objects;
import java.util.regex.Pattern;

/** The checks of every rule family's builder and of the model's tuning, with messages that name the rule and the value. */
final class Tuning {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+");

    private Tuning() {
    }

    static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lower-kebab under a pillar key, such as engage.comments,"
                    + " but was \"" + id + "\"");
        }
        return id;
    }

    static double maxPoints(String id, double maxPoints) {
        if (!(maxPoints > 0 && maxPoints <= Pillar.MAX_POINTS)) {
            throw new IllegalArgumentException("maxPoints of rule " + id + " must be a finite number > 0 and <= "
                    + Pillar.MAX_POINTS + ", but was " + maxPoints);
        }
        return maxPoints;
    }

    static double positive(String id, String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " of rule " + id + " must be a finite number > 0, but was "
                    + value);
        }
        return value;
    }

    static double nonNegative(String id, String what, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " of rule " + id + " must be a finite number >= 0, but was "
                    + value);
        }
        return value;
    }

    static int whole(String id, String what, double value) {
        positive(id, what, value);
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " of rule " + id + " must be a whole number, but was " + value);
        }
        return (int) value;
    }

    static double share(String id, String what, double value) {
        positive(id, what, value);
        if (value > 1) {
            throw new IllegalArgumentException(what + " of rule " + id + " must be a share in (0, 1], but was "
                    + value);
        }
        return value;
    }

    static int minimum(String id, String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " of rule " + id + " must be >= 0, but was " + value);
        }
        return value;
    }
}
