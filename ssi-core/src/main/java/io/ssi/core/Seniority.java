package io.ssi.core;

/**
 * The seniority of a {@link Contact}, as a CRM or Sales Navigator records it. {@link #VP} and
 * above are decision makers.
 */
public enum Seniority {
    /** Not known. Never a decision maker. */
    UNKNOWN,
    /** Entry level. */
    ENTRY,
    /** Senior individual contributor. */
    SENIOR,
    /** Manager. */
    MANAGER,
    /** Director. */
    DIRECTOR,
    /** Vice president: the first decision-maker level. */
    VP,
    /** A C-level executive (CEO, CFO, CTO and so on). */
    CXO,
    /** An owner of the business. */
    OWNER,
    /** A partner in the business. */
    PARTNER;

    /**
     * Whether a contact at this level decides on a purchase: {@link #VP} and above.
     *
     * @return {@code true} for {@code VP}, {@code CXO}, {@code OWNER} and {@code PARTNER}
     */
    public boolean isDecisionMaker() {
        return compareTo(VP) >= 0;
    }
}
