package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: native videos that share tips with buyers; two a month earn all the points. */
public final class VideoInsightsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.video-insights";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 0.5;

    /** Creates the rule; stateless. */
    public VideoInsightsRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.VIDEO_PUBLISHED, ContactFacet.ANY, TARGET_PER_WEEK, "videos a week");
    }
}
