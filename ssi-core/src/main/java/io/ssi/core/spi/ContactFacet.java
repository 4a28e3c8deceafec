package io.ssi.core.spi;

/**
 * A way to count only the activities whose contact has some quality. Every activity counts
 * under {@link #ANY}; the others need a {@linkplain io.ssi.core.Activity#contact() contact}.
 */
public enum ContactFacet {
    /** Every activity of the type, with or without a contact. */
    ANY,
    /** The contact is a decision maker (VP and above). */
    DECISION_MAKER,
    /** The contact is 3rd degree or out of network (degree 3). */
    OUT_OF_NETWORK,
    /** The contact works at one of the member's target accounts. */
    TARGET_ACCOUNT,
    /** The contact is a colleague. */
    COLLEAGUE
}
