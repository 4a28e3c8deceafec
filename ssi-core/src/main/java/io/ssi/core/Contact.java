package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * The other person in an {@link Activity}: who was viewed, messaged, connected with or
 * welcomed.
 *
 * <p>Immutable and validated on construction. The id is personal data: it is never logged, and
 * {@link #toString()} leaves it out.
 *
 * @param id         the CRM's id for this person, not blank
 * @param seniority  how senior they are; {@link Seniority#VP} and above are decision makers
 * @param accountId  the account (company) they work for, if the CRM knows it
 * @param degree     the connection degree: 1, 2 or 3 (3 meaning 3rd degree or out of network),
 *                   or 0 when unknown
 * @param colleague  whether they work for the member's own company
 */
public record Contact(String id, Seniority seniority, Optional<String> accountId, int degree,
                      boolean colleague) {

    public Contact {
        Checks.nonBlank(id, "contact id");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(accountId, "accountId");
        accountId.ifPresent(a -> Checks.nonBlank(a, "accountId"));
        Checks.inRange(degree, 0, 3, "degree");
    }

    /**
     * Starts a contact with the given id; seniority defaults to {@link Seniority#UNKNOWN},
     * degree to 0 (unknown), no account, not a colleague.
     *
     * @param id the CRM's id for this person
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Whether this contact decides on purchases ({@link Seniority#isDecisionMaker()}).
     *
     * @return {@code true} for VP and above
     */
    public boolean isDecisionMaker() {
        return seniority.isDecisionMaker();
    }

    /** Leaves the id out, since it is personal data. */
    @Override
    public String toString() {
        return "Contact[seniority=" + seniority + ", accountId=" + accountId.orElse("-")
                + ", degree=" + degree + ", colleague=" + colleague + "]";
    }

    /** Builds a {@link Contact}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private Seniority seniority = Seniority.UNKNOWN;
        private String accountId;
        private int degree;
        private boolean colleague;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param seniority how senior the contact is
         * @return this builder
         */
        public Builder seniority(Seniority seniority) {
            this.seniority = Objects.requireNonNull(seniority, "seniority");
            return this;
        }

        /**
         * @param accountId the account (company) the contact works for, not blank
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = Checks.nonBlank(accountId, "accountId");
            return this;
        }

        /**
         * @param degree 1, 2 or 3, or 0 when unknown
         * @return this builder
         */
        public Builder degree(int degree) {
            this.degree = degree;
            return this;
        }

        /**
         * @param colleague whether the contact works for the member's own company
         * @return this builder
         */
        public Builder colleague(boolean colleague) {
            this.colleague = colleague;
            return this;
        }

        /**
         * @return the contact
         * @throws IllegalArgumentException if a value is out of range
         * @throws NullPointerException     if the id is null
         */
        public Contact build() {
            return new Contact(id, seniority, Optional.ofNullable(accountId), degree, colleague);
        }
    }
}
