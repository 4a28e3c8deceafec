package io.ssi.rules;

import io.ssi.core.Evidence;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.function.Predicate;

/** A rule that awards all its points when the profile has something, and none otherwise. */
abstract class ProfileFlagRule extends StandardRule {

    private final Predicate<MemberProfile> has;
    private final String what;

    ProfileFlagRule(String id, double maxPoints, Predicate<MemberProfile> has, String what) {
        super(id, Pillar.PROFESSIONAL_BRAND, maxPoints);
        this.has = has;
        this.what = what;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        boolean present = has.test(context.profile());
        String text = present ? "the profile has " + what : "the profile has no " + what + " (" + fmt(maxPoints())
                + " points)";
        return RuleContribution.of(this, present ? maxPoints() : 0, Evidence.of(present ? 1 : 0, 1, what, text));
    }
}
