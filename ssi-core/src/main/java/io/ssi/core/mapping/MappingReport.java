package io.ssi.core.mapping;

import io.ssi.core.ActivityType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a mapping made of a CRM's rows, and what lowers the trust one can put in the result.
 * Every row read is counted exactly once, as mapped, unmapped or rejected.
 *
 * <p>Immutable. The maps iterate in a fixed order (types in declaration order, values and
 * reasons alphabetically). The keys of {@link #unmapped()} and {@link #rejected()} are the
 * CRM's own text: unmapped values cut at their first colon by
 * {@link TypeTable#unmappedKey(String)} (a subject without a colon, such as "Lunch with Jane",
 * is kept whole) and rejection reasons that quote a status cell. They are yours to read, not to
 * log: {@link #toString()} gives counts only.
 *
 * @param rows                    rows read
 * @param mapped                  rows that became activities, by type
 * @param unmapped                rows whose type or subject no entry matched, by
 *                                {@linkplain TypeTable#unmappedKey(String) value}
 * @param rejected                rows that could not be used, by reason ("missing OwnerId",
 *                                "unreadable ActivityDate", "Status: Not Started")
 * @param dateOnly                mapped rows known only by their date, placed at noon in the
 *                                member's zone
 * @param duplicateIds            mapped rows whose id an earlier row already had; the calculator
 *                                counts each id once
 * @param owners                  distinct owners with at least one mapped row
 * @param ownersWithDefaultedZone of those, owners whose time zone was unknown, so that UTC was
 *                                used for their days
 * @param contacts                distinct contacts on mapped rows
 * @param contactsWithUnknownSeniority of those, contacts whose seniority is unknown (no title)
 * @param contactsWithUnknownDegree of those, contacts whose connection degree is unknown
 */
public record MappingReport(int rows, Map<ActivityType, Integer> mapped, Map<String, Integer> unmapped,
                            Map<String, Integer> rejected, int dateOnly, int duplicateIds, int owners,
                            int ownersWithDefaultedZone, int contacts, int contactsWithUnknownSeniority,
                            int contactsWithUnknownDegree) {

    public MappingReport {
        Objects.requireNonNull(mapped, "mapped");
        Objects.requireNonNull(unmapped, "unmapped");
        Objects.requireNonNull(rejected, "rejected");
        EnumMap<ActivityType, Integer> m = new EnumMap<>(ActivityType.class);
        m.putAll(mapped);
        mapped = Collections.unmodifiableMap(m);
        unmapped = Collections.unmodifiableMap(new TreeMap<>(unmapped));
        rejected = Collections.unmodifiableMap(new TreeMap<>(rejected));
        int sum = sum(mapped) + sum(unmapped) + sum(rejected);
        if (sum != rows) {
            throw new IllegalArgumentException("mapped, unmapped and rejected rows must add up to rows (" + rows
                    + "), but were " + sum);
        }
        if (dateOnly > sum(mapped)) {
            throw new IllegalArgumentException("dateOnly must be <= mapped rows (" + sum(mapped) + "), but was "
                    + dateOnly);
        }
        if (ownersWithDefaultedZone > owners) {
            throw new IllegalArgumentException("ownersWithDefaultedZone must be <= owners (" + owners
                    + "), but was " + ownersWithDefaultedZone);
        }
        if (contactsWithUnknownSeniority > contacts || contactsWithUnknownDegree > contacts) {
            throw new IllegalArgumentException("contacts with an unknown seniority or degree must be <= contacts ("
                    + contacts + "), but were " + contactsWithUnknownSeniority + " and " + contactsWithUnknownDegree);
        }
    }

    /** @return rows that became activities */
    public int mappedRows() {
        return sum(mapped);
    }

    /** @return rows no table entry matched */
    public int unmappedRows() {
        return sum(unmapped);
    }

    /** @return rows that could not be used */
    public int rejectedRows() {
        return sum(rejected);
    }

    /**
     * The share of contacts whose seniority is unknown: what decision-maker rules cannot see.
     *
     * @return 0..1; 0 when there are no contacts
     */
    public double unknownSeniorityShare() {
        return contacts == 0 ? 0 : contactsWithUnknownSeniority / (double) contacts;
    }

    /**
     * The share of contacts whose connection degree is unknown.
     *
     * @return 0..1; 0 when there are no contacts
     */
    public double unknownDegreeShare() {
        return contacts == 0 ? 0 : contactsWithUnknownDegree / (double) contacts;
    }

    /**
     * Counts only, safe to log: the unmapped values and rejection reasons are left out, as they
     * may quote a subject or a cell.
     */
    @Override
    public String toString() {
        return "MappingReport[rows=" + rows + ", mapped=" + mapped + ", unmapped=" + unmappedRows() + " rows of "
                + unmapped.size() + " values, rejected=" + rejectedRows() + " rows for " + rejected.size()
                + " reasons, dateOnly=" + dateOnly + ", duplicateIds=" + duplicateIds + ", owners=" + owners
                + ", ownersWithDefaultedZone=" + ownersWithDefaultedZone + ", contacts=" + contacts
                + ", contactsWithUnknownSeniority=" + contactsWithUnknownSeniority + ", contactsWithUnknownDegree="
                + contactsWithUnknownDegree + "]";
    }

    private static int sum(Map<?, Integer> counts) {
        int s = 0;
        for (int n : counts.values()) {
            s = Math.addExact(s, n);
        }
        return s;
    }
}
