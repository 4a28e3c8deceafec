package io.ssi.core;

import io.ssi.core.internal.Checks;

/**
 * What lowered a score's trustworthiness, beside what it {@linkplain SsiScore#ignored()
 * ignored}: contacts whose seniority or degree the data did not say, a time zone left at its
 * default, rows that look like duplicates under other ids, and rows that a mapping could not
 * turn into activities. The engine fills it in the same one pass as the score; it is logged
 * nowhere, and read by the caller (a CRM plugin may show "42% of your contacts have no
 * seniority: the decision-maker signals undercount").
 *
 * <p>Immutable; counts only, no personal data, so {@link #toString()} is safe to show.
 *
 * @param activitiesWithContact rows in the score's window that name a contact
 * @param unknownSeniority      of those, rows whose contact's seniority is
 *                              {@link Seniority#UNKNOWN}: the decision-maker facets cannot see
 *                              them
 * @param unknownDegree         of those, rows whose contact's degree is unknown (0): the
 *                              out-of-network facet cannot see them
 * @param timeZoneDefaulted     whether the member's time zone was left at its UTC default
 *                              ({@link MemberProfile#timeZoneGiven()} false), so that days, and
 *                              with them daily caps and active days, follow UTC
 * @param suspectedDuplicates   rows counted once as near-duplicates of others (as in
 *                              {@link IgnoredActivities#suspectedDuplicates()})
 * @param unmappedRows          the member's CRM rows that a mapping could not map to any
 *                              activity, as the caller carries them in with
 *                              {@link SsiScore#withUnmappedRows(int)}; 0 otherwise
 */
public record DataQuality(int activitiesWithContact, int unknownSeniority, int unknownDegree,
                          boolean timeZoneDefaulted, int suspectedDuplicates, int unmappedRows) {

    /** Nothing known to lower trust: what a score stored before data quality existed reads back with. */
    public static final DataQuality NONE = new DataQuality(0, 0, 0, false, 0, 0);

    public DataQuality {
        Checks.nonNegative(activitiesWithContact, "activitiesWithContact");
        Checks.nonNegative(unknownSeniority, "unknownSeniority");
        Checks.nonNegative(unknownDegree, "unknownDegree");
        Checks.nonNegative(suspectedDuplicates, "suspectedDuplicates");
        Checks.nonNegative(unmappedRows, "unmappedRows");
        if (unknownSeniority > activitiesWithContact) {
            throw new IllegalArgumentException("unknownSeniority must be <= activitiesWithContact ("
                    + activitiesWithContact + "), but was " + unknownSeniority);
        }
        if (unknownDegree > activitiesWithContact) {
            throw new IllegalArgumentException("unknownDegree must be <= activitiesWithContact ("
                    + activitiesWithContact + "), but was " + unknownDegree);
        }
    }

    /**
     * The share of the window's rows with a contact whose seniority is unknown.
     *
     * @return 0 to 1; 0 when no row names a contact
     */
    public double unknownSeniorityShare() {
        return activitiesWithContact == 0 ? 0.0 : (double) unknownSeniority / activitiesWithContact;
    }

    /**
     * The share of the window's rows with a contact whose degree is unknown.
     *
     * @return 0 to 1; 0 when no row names a contact
     */
    public double unknownDegreeShare() {
        return activitiesWithContact == 0 ? 0.0 : (double) unknownDegree / activitiesWithContact;
    }

    /**
     * @param rows the member's rows that a mapping could not map
     * @return this data quality with that count
     */
    public DataQuality withUnmappedRows(int rows) {
        return new DataQuality(activitiesWithContact, unknownSeniority, unknownDegree, timeZoneDefaulted,
                suspectedDuplicates, rows);
    }

    /**
     * Whether nothing lowered trust: no contact of unknown seniority or degree, the time zone
     * given, no suspected duplicate and no unmapped row.
     *
     * @return {@code true} if every figure is clean
     */
    public boolean clean() {
        return unknownSeniority == 0 && unknownDegree == 0 && !timeZoneDefaulted && suspectedDuplicates == 0
                && unmappedRows == 0;
    }
}
