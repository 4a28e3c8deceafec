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
    private final String present;
    private final String absent;

    ProfileFlagRule(String id, double maxPoints, Predicate<MemberProfile> has, String what) {
        super(id, Pillar.PROFESSIONAL_BRAND, maxPoints);
        this.has = has;
        this.present = "the profile has a " + what;
        this.absent = "the profile has no " + what + " ({max} points)";
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        boolean has = this.has.test(context.profile());
        return RuleContribution.of(this, has ? maxPoints() : 0, Evidence.of(has ? 1 : 0, 1, "yes or no",
                has ? present : absent));
    }
}
