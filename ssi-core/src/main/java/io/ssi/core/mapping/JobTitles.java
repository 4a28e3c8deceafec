package io.ssi.core.mapping;

import io.ssi.core.Seniority;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Seniority} guessed from a free-text job title, in English or German. This is a
 * heuristic, not a lookup: a CRM's title field is whatever someone typed, and the same words
 * mean different ranks in different companies. It reads the title's words, case and accents
 * aside ("Geschäftsführer", "Geschaeftsfuehrer" and "GESCHÄFTSFÜHRER" are one word), and the
 * highest rank any of them names wins, in this order:
 *
 * <ol>
 *   <li>{@link Seniority#OWNER}: founder, co-founder, owner (not product, process, service,
 *       data or account owner), Inhaber, Gründer, Gesellschafter;</li>
 *   <li>{@link Seniority#PARTNER}: partner as a rank ("Partner", "Managing Partner",
 *       "Partner at …"), not as a function ("Partner Manager", "Channel Partner Sales");</li>
 *   <li>{@link Seniority#CXO}: chief, the C-level acronyms (CEO, CFO, CTO, COO, CMO, CIO, CRO,
 *       CSO, CPO, CDO, CCO), president, chair, managing director, Geschäftsführer, Vorstand,
 *       Präsident;</li>
 *   <li>{@link Seniority#VP}: VP, EVP, SVP, vice president (senior, executive or not),
 *       Vizepräsident;</li>
 *   <li>{@link Seniority#DIRECTOR}: director, Direktor, head (of), Leiter and the compounds
 *       ending in it (Vertriebsleiter, Abteilungsleiterin), except team and group leads;</li>
 *   <li>{@link Seniority#MANAGER}: manager and its compounds (Produktmanager), team lead,
 *       Teamleiter, Gruppenleiter, supervisor, and AVP, spelt out or not (assistant or
 *       associate vice president, "Asst. Vice-President"): in the banks and insurers that use
 *       it, an AVP is a mid-level title, the rung below vice president, which there is itself
 *       below director; so "AVP" and "Assistant Vice President" are both a manager, while "SVP"
 *       and "Senior Vice President", "EVP" and "Executive Vice President", "VP" and "Vice
 *       President" are all a VP;</li>
 *   <li>{@link Seniority#SENIOR}: senior, Sr, principal, lead (not lead generation);</li>
 *   <li>{@link Seniority#ENTRY}: any other title: one with no rank word belongs to an
 *       individual contributor (junior, intern, trainee, Werkstudent, account executive).</li>
 * </ol>
 *
 * <p>A blank title, or none, is {@link Seniority#UNKNOWN}. When the CRM holds a seniority of its
 * own (LinkedIn's, from Sales Navigator), use that instead.
 */
public final class JobTitles {

    private static final Set<String> C_LEVEL = Set.of("ceo", "cfo", "cto", "coo", "cmo", "cio", "cro", "cso", "cpo",
            "cdo", "cco", "cxo", "chief", "president", "praesident", "chairman", "chairwoman", "chair",
            "chairperson", "vorstand", "vorstandsvorsitzender", "vorstandsvorsitzende", "vorstandsmitglied");
    private static final Set<String> NOT_OWNERS = Set.of("product", "process", "service", "data", "account",
            "business-process", "system", "content");
    private static final Set<String> PARTNER_FUNCTIONS = Set.of("manager", "management", "account", "sales",
            "marketing", "success", "channel", "relations", "relationship", "development", "program", "programs",
            "alliances", "enablement", "operations", "ecosystem", "engineer", "support", "betreuer", "manager/in");
    /** Words that make a vice president an assistant or associate one: the rank below VP. */
    private static final Set<String> UNDER_VP = Set.of("assistant", "asst", "associate", "assoc");
    private static final Set<String> VP = Set.of("vp", "evp", "svp", "gvp", "rvp", "vicepresident", "vizepraesident",
            "vizepraesidentin");

    private JobTitles() {
    }

    /**
     * The seniority a job title suggests, by the rules in the class description.
     *
     * @param title the free-text job title
     * @return the guessed seniority; {@link Seniority#UNKNOWN} for a blank title
     */
    public static Seniority seniority(String title) {
        Objects.requireNonNull(title, "title");
        List<String> w = words(title);
        if (w.isEmpty()) {
            return Seniority.UNKNOWN;
        }
        Seniority best = Seniority.ENTRY;
        for (int i = 0; i < w.size(); i++) {
            Seniority s = rankOf(w, i);
            if (rank(s) > rank(best)) {
                best = s;
            }
        }
        return best;
    }

    /** OWNER, PARTNER and CXO outrank VP here, although PARTNER comes last in the enum. */
    private static int rank(Seniority s) {
        return switch (s) {
            case UNKNOWN -> 0;
            case ENTRY -> 1;
            case SENIOR -> 2;
            case MANAGER -> 3;
            case DIRECTOR -> 4;
            case VP -> 5;
            case CXO -> 6;
            case PARTNER -> 7;
            case OWNER -> 8;
        };
    }

    private static Seniority rankOf(List<String> w, int i) {
        String word = w.get(i);
        String prev = i > 0 ? w.get(i - 1) : "";
        String next = i + 1 < w.size() ? w.get(i + 1) : "";
        if (word.contains("founder") || word.contains("gruender") || word.startsWith("inhaber")
                || word.startsWith("gesellschafter") || word.equals("proprietor")
                || word.equals("owner") && !NOT_OWNERS.contains(prev)) {
            return Seniority.OWNER;
        }
        if (word.equals("partner") || word.equals("partnerin")) {
            return PARTNER_FUNCTIONS.contains(next) || PARTNER_FUNCTIONS.contains(prev)
                    ? Seniority.MANAGER : Seniority.PARTNER;
        }
        boolean vicePresident = word.equals("vice") && next.startsWith("president") || VP.contains(word);
        if (word.equals("avp") || vicePresident && UNDER_VP.contains(prev)) {
            return Seniority.MANAGER;
        }
        if (vicePresident) {
            return Seniority.VP;
        }
        if (word.startsWith("president") && !prev.equals("vice") || C_LEVEL.contains(word) && !prev.equals("vice")
                || word.startsWith("geschaeftsfuehr") || word.equals("director") && prev.equals("managing")) {
            return Seniority.CXO;
        }
        if (word.startsWith("director") || word.startsWith("direktor") || word.equals("head")
                || word.equals("heads")) {
            return Seniority.DIRECTOR;
        }
        if (word.endsWith("leiter") || word.endsWith("leiterin")) {
            boolean team = word.startsWith("team") || word.startsWith("gruppen") || word.equals("begleiter");
            return team ? Seniority.MANAGER : Seniority.DIRECTOR;
        }
        if (word.endsWith("manager") || word.endsWith("managerin") || word.equals("supervisor")
                || word.equals("teamlead") || word.equals("lead") && prev.equals("team")) {
            return Seniority.MANAGER;
        }
        if (word.equals("senior") || word.equals("sr") || word.equals("principal")
                || word.equals("lead") && !next.equals("generation")) {
            return Seniority.SENIOR;
        }
        return Seniority.ENTRY;
    }

    /** Lower-case words, umlauts spelt out (ä as ae) and other accents dropped. */
    static List<String> words(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> out = new ArrayList<>();
        for (String part : t.split("[^a-z0-9-]+")) {
            String p = part.replaceAll("^-+|-+$", "");
            if (p.isEmpty()) {
                continue;
            }
            // "Co-Founder" and "Key-Account-Manager" are read as their last part's word, too.
            out.add(p.replace("-", ""));
        }
        return out;
    }
}
