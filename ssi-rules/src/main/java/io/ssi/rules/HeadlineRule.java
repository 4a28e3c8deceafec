package io.ssi.rules;

import io.ssi.core.Evidence;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;


/**
 * Brand: a headline that says more than the job title, such as whom the member helps and how.
 * What counts is the length of the headline beyond the job title (when the CRM supplies one):
 * nothing up to {@value #MIN_CHARS} characters, all the points from {@value #TARGET_CHARS}.
 * The headline itself is never logged or echoed in evidence.
 */
public final class HeadlineRule extends StandardRule {

    /** This rule's id. */
    public static final String ID = "brand.headline";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.0;
    /** Characters beyond the job title below which a headline earns nothing. */
    public static final int MIN_CHARS = 20;
    /** Characters beyond the job title that earn all the points. */
    public static final int TARGET_CHARS = 60;

    /** Creates the rule; stateless. */
    public HeadlineRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS);
    }

    /**
     * How many characters the headline has beyond what the job title alone would take: its
     * length less the title's, when the CRM supplies a title. A headline that only repeats the
     * title has none. Taking the title's length off whether or not the headline repeats it
     * keeps the measure monotone: adding words never lowers it.
     *
     * @param profile the member
     * @return characters, never negative
     */
    public static int charactersBeyondTitle(MemberProfile profile) {
        int title = profile.jobTitle().map(t -> t.strip().length()).orElse(0);
        return Math.max(0, profile.headline().strip().length() - title);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int beyond = charactersBeyondTitle(context.profile());
        double share = Math.max(0, Math.min(1.0, (beyond - MIN_CHARS) / (double) (TARGET_CHARS - MIN_CHARS)));
        String text = beyond == 0 ? "no headline beyond the job title"
                : "the headline says {measured#} characters beyond the job title; {target#} characters that say"
                + " whom you help and how earn all {max} points";
        return RuleContribution.of(this, MAX_POINTS * share,
                Evidence.of(beyond, TARGET_CHARS, "characters beyond the job title", text));
    }
}
