package io.ssi.examples.cli;

import io.ssi.core.SsiCalculator;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The instant a report scores at: one instant for every member, or the end of one day in each
 * member's own time zone (so that "as of 30 November" means the whole of 30 November for a rep
 * in Berlin and one in Chicago alike).
 */
public final class AsOf {

    private final Instant instant;
    private final LocalDate day;

    private AsOf(Instant instant, LocalDate day) {
        this.instant = instant;
        this.day = day;
    }

    /**
     * The same instant for every member.
     *
     * @param instant the instant
     * @return the choice
     */
    public static AsOf instant(Instant instant) {
        return new AsOf(Objects.requireNonNull(instant, "instant"), null);
    }

    /**
     * The end of a day, in each member's time zone.
     *
     * @param day the day
     * @return the choice
     */
    public static AsOf endOf(LocalDate day) {
        return new AsOf(null, Objects.requireNonNull(day, "day"));
    }

    /**
     * Reads {@code 2026-11-30} (the end of that day for each member) or
     * {@code 2026-11-30T17:00:00Z} (that instant for all).
     *
     * @param text the value of {@code --as-of}
     * @return the choice
     * @throws IllegalArgumentException if it is neither
     */
    public static AsOf parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return text.length() <= 10 ? endOf(LocalDate.parse(text)) : instant(Instant.parse(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--as-of must be a date such as 2026-11-30 or an instant such as "
                    + "2026-11-30T17:00:00Z, but was " + text, e);
        }
    }

    /**
     * The instant for a member in a time zone.
     *
     * @param zone the member's time zone
     * @return the instant to score them at
     */
    public Instant instantFor(ZoneId zone) {
        return instant != null ? instant : SsiCalculator.endOfDay(day, zone);
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : "end of " + day;
    }
}
