package io.ssi.core.mapping;

import java.util.Objects;

/**
 * Salesforce record ids in one form. Salesforce gives the same record a 15-character,
 * case-sensitive id (reports, the user interface) and an 18-character one (the API, most
 * exports): the 15 characters plus a 3-character checksum of their letter case. Exports that
 * mix the two would count one record twice, so the mappings bring every id to its 18-character
 * form.
 */
public final class SalesforceIds {

    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {
    }

    /**
     * The 18-character form of a Salesforce id. A 15-character alphanumeric id gains its
     * checksum; an 18-character id whose last three characters are the checksum of its first
     * fifteen is kept (its checksum upper-cased). Anything else is not a Salesforce id and is
     * returned as it is, so that other CRMs' ids pass through untouched.
     *
     * @param id an id
     * @return the canonical id
     */
    public static String canonical(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() == 15 && alphanumeric(id)) {
            return id + checksum(id);
        }
        if (id.length() == 18 && alphanumeric(id)) {
            String head = id.substring(0, 15);
            String sum = checksum(head);
            if (sum.equalsIgnoreCase(id.substring(15))) {
                return head + sum;
            }
        }
        return id;
    }

    /** One character per five: a bit for each upper-case letter among them. */
    private static String checksum(String id15) {
        StringBuilder out = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            out.append(CHECKSUM_ALPHABET.charAt(bits));
        }
        return out.toString();
    }

    private static boolean alphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
