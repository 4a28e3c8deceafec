package io.ssi.core.mapping;

import io.ssi.core.Activity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reading the values CRMs write: counts ("500+", "1,204") and dates and times in the forms
 * Salesforce and HubSpot export. Each method names the column in its message when it refuses a
 * value, so that an import error points at the cell, and quotes the value if it looks like
 * figures or is one word of at most 12 characters; of a longer text it gives only the length,
 * since a mis-mapped column may hold personal data.
 */
public final class CrmValues {

    private static final String COUNT_FORMS = "a count such as 1204, 1,204 or 500+";
    private static final String TIME_FORMS = "a date (2026-11-02), a date-time (2026-11-02T09:15:00Z,"
            + " 2026-11-02T09:15:00.000+0000, 2026-11-02 09:15:00) or epoch milliseconds";

    /** Digits, optionally in groups of three after a separator, optionally with a trailing "+". */
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+|\\d{1,3}([,.' \\u00a0\\u202f]\\d{3})+)(\\+)?");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{11,13}");

    /** ISO with an offset in any of the forms Salesforce and HubSpot use: Z, +01:00, +0100. */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXX][XX][X]").toFormatter();
    /** A date and time without an offset: the CRM's local time, read in the member's zone. */
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendPattern("['T'][' ']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    /** What a count or a time can be made of, wrong or not: digits, signs, separators, T and Z. */
    private static final Pattern FIGURE_LIKE = Pattern.compile("[0-9+\\-.,:'/ \\u00a0\\u202fTZ]{0,40}");
    /** The longest single word a message quotes: "yesterday" or "12k", not a name and a title. */
    private static final int MAX_QUOTED_WORD = 12;

    private CrmValues() {
    }

    /**
     * A refused value as a message may show it: quoted when it looks like a figure or is a
     * single short word, otherwise only its length. A mapping that reads the wrong column can
     * hand a headline, a summary or a contact id to {@link #count}, and an import that logs its
     * errors would print them.
     */
    private static String quoted(String value) {
        boolean word = value.length() <= MAX_QUOTED_WORD && value.codePoints().noneMatch(Character::isWhitespace);
        if (word || FIGURE_LIKE.matcher(value).matches()) {
            return "\"" + value + "\"";
        }
        return "a text of " + value.length() + " characters (not quoted: it may be personal data)";
    }

    /**
     * A count from a CRM cell. Accepts plain digits ("1204"), digits grouped by thousands with a
     * comma, dot, apostrophe or space ("1,204", "1.204", "1'204", "1 204"), and LinkedIn's
     * capped display "500+", read as its lower bound, 500. Anything else is refused, including
     * negative numbers, decimals ("1.5", whose group is not three digits) and "12k".
     *
     * @param column the column the value came from, named in the message
     * @param value  the cell's text
     * @return the count, 0 or more
     * @throws IllegalArgumentException naming the column and the value (a text that is neither
     *                                  figures nor one short word only by its length) if it is
     *                                  not a count, or is larger than {@link Integer#MAX_VALUE}
     */
    public static int count(String column, String value) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value of " + column);
        String v = value.strip();
        if (!COUNT.matcher(v).matches()) {
            throw new IllegalArgumentException(column + " must be " + COUNT_FORMS + ", but was " + quoted(value));
        }
        StringBuilder digits = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        // Strip leading zeros before the length check, so "0001204" is read like "1204".
        String d = digits.toString().replaceFirst("^0+(?=\\d)", "");
        if (d.length() > 10 || Long.parseLong(d) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(column + " must be at most " + Integer.MAX_VALUE + ", but was "
                    + quoted(value));
        }
        return Integer.parseInt(d);
    }

    /**
     * Whether a cell holds a date without a time of day ("2026-11-02").
     *
     * @param value the cell's text
     * @return {@code true} for an ISO date alone
     */
    public static boolean isDateOnly(String value) {
        Objects.requireNonNull(value, "value");
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The instant a CRM cell names. A date-time with an offset is that instant; a date-time
     * without one is the member's local time; epoch milliseconds (as HubSpot exports
     * {@code hs_timestamp}) are read as such; a date alone follows the one rule of
     * {@link Activity#builder(io.ssi.core.ActivityType, LocalDate, ZoneId)}: noon on that day in
     * the member's zone.
     *
     * @param column the column the value came from, named in the message
     * @param value  the cell's text
     * @param zone   the member's time zone
     * @return the instant
     * @throws IllegalArgumentException naming the column and the value (a text that is neither
     *                                  figures nor one short word only by its length) if it is
     *                                  none of these forms
     */
    public static Instant instant(String column, String value, ZoneId zone) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value of " + column);
        Objects.requireNonNull(zone, "zone");
        String v = value.strip();
        try {
            if (EPOCH_MILLIS.matcher(v).matches()) {
                return Instant.ofEpochMilli(Long.parseLong(v));
            }
            if (isDateOnly(v)) {
                return LocalDate.parse(v).atTime(Activity.DATE_ONLY_TIME).atZone(zone).toInstant();
            }
            try {
                return OffsetDateTime.parse(v, OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(v, LOCAL_DATE_TIME).atZone(zone).toInstant();
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(column + " must be " + TIME_FORMS + ", but was " + quoted(value));
        }
    }
}
