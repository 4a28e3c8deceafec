package io.ssi.core.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the domain types, so that every message has the same shape:
 * it starts lower-case, names the field and carries the bad value.
 */
public final class Checks {

    /** The earliest instant the library accepts: the start of year 1 (UTC). */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant the library accepts: the end of year 9999 (UTC). */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private Checks() {
    }

    /**
     * Whether an id is lower-kebab, dot-separated: {@code relationships.welcome-rate}.
     *
     * @param id an id, possibly null
     * @return {@code true} if it is a valid rule or generator id
     */
    public static boolean isLowerKebab(String id) {
        return id != null && LOWER_KEBAB.matcher(id).matches();
    }

    /** Returns {@code value} if it is neither null nor blank. */
    public static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was \"" + value + "\"");
        }
        return value;
    }

    /** Returns {@code value} if it is not negative. */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not negative. */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is neither NaN nor infinite. */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it lies in {@code [min, max]}. */
    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + ", but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is non-null and between year 1 and year 9999 (UTC). */
    public static Instant supportedInstant(Instant value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new IllegalArgumentException(
                    field + " must be between " + EARLIEST + " and " + LATEST + ", but was " + value);
        }
        return value;
    }

    /**
     * Returns {@code values} if neither it nor any element is null; the message of the
     * exception names the position of the first null element.
     */
    public static <T extends Collection<?>> T noNullElements(T values, String field) {
        Objects.requireNonNull(values, field);
        // Every rule's evidence of every score comes here: a list is read by index, with no
        // iterator to allocate.
        if (values instanceof List<?> list && values instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) {
                if (list.get(i) == null) {
                    throw new NullPointerException(field + "[" + i + "] must not be null");
                }
            }
            return values;
        }
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return values;
    }

    /**
     * The SHA-256 of a text's UTF-8 bytes, in lower-case hex.
     *
     * @param text the text
     * @return 64 hex digits
     */
    public static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            // Every Java platform must support SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
