package io.ssi.core.internal;

import io.ssi.core.Coverage;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringRule;

/**
 * Which of a window's answers something touches: the sums by slot (type and facet), the days
 * by type, the distinct contacts by type, the engagement by type, the connections, welcomes and
 * accounts, and the parts of the profile (by {@link Coverage.ProfileFact}). A rule's footprint is what its reads asked ({@link Reads#footprint()});
 * a plan's is what adding it can move. A rule whose footprint misses everything the plans of
 * a what-if move reads the same answers there as in the score advised on, so it need not even
 * be asked. Mutable only while it is being built.
 */
final class Footprint {

    private static final int SLOTS = ActivityIndex.T * ActivityIndex.F;

    /** The connections, welcomes and the accounts connected at. */
    static final int CONNECTIONS = 1;
    /** Anything: a read the footprint cannot place. */
    static final int ALL = 4;

    private static final Coverage.ProfileFact[] FACTS = Coverage.ProfileFact.values();
    /** The profile's identity, industry and time zone: what no {@link Coverage.ProfileFact} names. */
    private static final long UNNAMED = 1L << FACTS.length;
    /** The profile's target accounts. */
    static final long TARGET_ACCOUNTS = 1L << Coverage.ProfileFact.TARGET_ACCOUNTS.ordinal();
    /** Every part of the profile. */
    static final long WHOLE_PROFILE = (UNNAMED << 1) - 1;

    // The slots, 64 a word: the first 192 in fields, the rest (if the types and facets ever
    // outgrow them) in an array made when one is touched. A what-if makes a footprint for every
    // rule it runs and compares it with a plan's for every rule it skips: fields spare each an
    // array, and each comparison a load of one.
    private long slots0;
    private long slots1;
    private long slots2;
    private long[] more;
    private int days;
    private int distinct;
    private int engagement;
    private int flags;
    // The parts of the profile, by fact ordinal, and UNNAMED.
    private long profile;

    void slot(int slot) {
        if (slot >= SLOTS) {
            // A custom kind's slot: no plan adds to one, but a rule reading it is not placed here.
            flags |= ALL;
            return;
        }
        int word = slot >>> 6;
        if (word == 0) {
            slots0 |= 1L << slot;
        } else if (word == 1) {
            slots1 |= 1L << slot;
        } else if (word == 2) {
            slots2 |= 1L << slot;
        } else {
            if (more == null) {
                more = new long[(SLOTS + 63) / 64 - 3];
            }
            more[word - 3] |= 1L << slot;
        }
    }

    void days(int typeMask) {
        days |= typeMask;
    }

    void distinct(int type) {
        distinct |= 1 << type;
    }

    void engagement(int type) {
        engagement |= 1 << type;
    }

    void flag(int flag) {
        flags |= flag;
    }

    /** Touches these parts of the profile ({@link #WHOLE_PROFILE}, or masks from {@link #facts} and {@link #changed}). */
    void profile(long parts) {
        profile |= parts;
    }

    /**
     * The parts of the profile that a rule reading it depends on, as its {@link ScoringRule#reads()}
     * names them: a rule that reads the profile at all depends on its unnamed parts too.
     *
     * @param rule the rule
     * @return the parts; the whole profile if the rule cannot say
     */
    static long facts(ScoringRule rule) {
        try {
            long parts = UNNAMED;
            for (Coverage.ProfileFact f : rule.reads().profileFacts()) {
                parts |= 1L << f.ordinal();
            }
            return parts;
        } catch (RuntimeException | LinkageError e) {
            return WHOLE_PROFILE;
        }
    }

    /**
     * The parts in which two profiles differ.
     *
     * @param a a profile
     * @param b another, or the same
     * @return the parts that differ; 0 if the two are equal
     */
    static long changed(MemberProfile a, MemberProfile b) {
        if (a == b) {
            return 0;
        }
        long parts = 0;
        if (!a.id().equals(b.id()) || !a.industry().equals(b.industry()) || !a.timeZone().equals(b.timeZone())
                || a.timeZoneGiven() != b.timeZoneGiven()) {
            parts |= UNNAMED;
        }
        parts |= differs(a.hasPhoto() != b.hasPhoto(), Coverage.ProfileFact.PHOTO);
        parts |= differs(a.hasBackgroundPhoto() != b.hasBackgroundPhoto(), Coverage.ProfileFact.BACKGROUND_PHOTO);
        parts |= differs(!a.headline().equals(b.headline()) || a.headlineLength() != b.headlineLength()
                || !a.jobTitle().equals(b.jobTitle()), Coverage.ProfileFact.HEADLINE);
        parts |= differs(!a.summary().equals(b.summary()) || a.summaryLength() != b.summaryLength(),
                Coverage.ProfileFact.SUMMARY);
        parts |= differs(a.experienceEntries() != b.experienceEntries(), Coverage.ProfileFact.EXPERIENCE);
        parts |= differs(a.educationEntries() != b.educationEntries(), Coverage.ProfileFact.EDUCATION);
        parts |= differs(a.skills() != b.skills(), Coverage.ProfileFact.SKILLS);
        parts |= differs(a.endorsements() != b.endorsements(), Coverage.ProfileFact.ENDORSEMENTS);
        parts |= differs(a.recommendationsReceived() != b.recommendationsReceived(),
                Coverage.ProfileFact.RECOMMENDATIONS);
        parts |= differs(a.featuredItems() != b.featuredItems(), Coverage.ProfileFact.FEATURED_ITEMS);
        parts |= differs(a.mediaItems() != b.mediaItems(), Coverage.ProfileFact.MEDIA_ITEMS);
        parts |= differs(a.connections() != b.connections(), Coverage.ProfileFact.CONNECTIONS);
        parts |= differs(a.followers() != b.followers(), Coverage.ProfileFact.FOLLOWERS);
        parts |= differs(a.decisionMakerConnections() != b.decisionMakerConnections(),
                Coverage.ProfileFact.DECISION_MAKER_CONNECTIONS);
        parts |= differs(a.colleagueConnections() != b.colleagueConnections(),
                Coverage.ProfileFact.COLLEAGUE_CONNECTIONS);
        parts |= differs(!a.targetAccounts().equals(b.targetAccounts()), Coverage.ProfileFact.TARGET_ACCOUNTS);
        // A part this method does not know yet (a field added to the profile later) counts as all.
        return parts == 0 && !a.equals(b) ? WHOLE_PROFILE : parts;
    }

    private static long differs(boolean differs, Coverage.ProfileFact fact) {
        return differs ? 1L << fact.ordinal() : 0;
    }

    /** Adds what another footprint touches. */
    void add(Footprint o) {
        slots0 |= o.slots0;
        slots1 |= o.slots1;
        slots2 |= o.slots2;
        if (o.more != null) {
            if (more == null) {
                more = new long[o.more.length];
            }
            for (int i = 0; i < more.length; i++) {
                more[i] |= o.more[i];
            }
        }
        days |= o.days;
        distinct |= o.distinct;
        engagement |= o.engagement;
        flags |= o.flags;
        profile |= o.profile;
    }

    /** A copy, to add to. */
    Footprint copy() {
        Footprint f = new Footprint();
        f.add(this);
        return f;
    }

    /** Whether the two touch anything in common (anything at all, if either is {@link #ALL}). */
    boolean meets(Footprint o) {
        // One test of all the words at once: most comparisons find nothing in common.
        if ((((flags | o.flags) & ALL) | (flags & o.flags) | (days & o.days) | (distinct & o.distinct)
                | (engagement & o.engagement)) != 0
                || ((profile & o.profile) | (slots0 & o.slots0) | (slots1 & o.slots1) | (slots2 & o.slots2)) != 0) {
            return true;
        }
        if (more != null && o.more != null) {
            for (int i = 0; i < more.length; i++) {
                if ((more[i] & o.more[i]) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
