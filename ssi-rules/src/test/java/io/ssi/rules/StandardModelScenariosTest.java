package io.ssi.rules;

import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.ssi.core.ActivityType.ACCOUNT_SAVED;
import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.INMAIL_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.INTRODUCTION_REQUESTED;
import static io.ssi.core.ActivityType.LEAD_SAVED;
import static io.ssi.core.ActivityType.MEMBER_FOLLOWED;
import static io.ssi.core.ActivityType.MEMBER_MENTIONED;
import static io.ssi.core.ActivityType.MESSAGE_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static io.ssi.core.ActivityType.POST_SHARED;
import static io.ssi.core.ActivityType.POST_SHARED_WITH_COMMENTARY;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour the standard model must show beyond the calibration personas:
 * spray-and-pray, bursts, lapsed members and consistency.
 */
final class StandardModelScenariosTest {

    private static final List<Pillar> ACTIVITY_PILLARS = List.of(Pillar.FIND_RIGHT_PEOPLE,
            Pillar.ENGAGE_WITH_INSIGHTS, Pillar.BUILD_RELATIONSHIPS);

    @ParameterizedTest(name = "{0} requests a week at 5% against 10 at 50%, decision makers at targets: {1}")
    @CsvSource({"100, false", "200, false", "500, false", "100, true", "300, true"})
    void sprayAndPrayScoresWorseOnRelationshipsThanModestWellAcceptedOutreach(int perWeek, boolean targets) {
        MemberProfile profile = Profiles.complete();
        SsiScore spray = Models.score(outreach(profile, perWeek, 0.05, targets));
        SsiScore modest = Models.score(outreach(profile, 10, 0.5, targets));
        assertThat(spray.pillar(Pillar.BUILD_RELATIONSHIPS).points())
                .isLessThan(modest.pillar(Pillar.BUILD_RELATIONSHIPS).points());
        assertThat(points(spray, StandardModel.rule("relationships.acceptance-rate").orElseThrow().id()))
                .isLessThan(points(modest, StandardModel.rule("relationships.acceptance-rate").orElseThrow().id()));
        assertThat(points(spray, StandardModel.rule("relationships.connection-growth").orElseThrow().id()))
                .isLessThan(points(modest, StandardModel.rule("relationships.connection-growth").orElseThrow().id()));
    }

    @Test
    void aBurstOfFiveHundredLikesInOneDayBuysNoMoreThanTheDailyCap() {
        MemberProfile profile = Profiles.complete();
        SsiScore burst = Models.score(Logs.log().onDay(POST_LIKED, 2, 500).input(profile));
        SsiScore cap = Models.score(Logs.log().onDay(POST_LIKED, 2, 20).input(profile));
        assertThat(burst.pillars()).isEqualTo(cap.pillars());
        assertThat(burst.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points())
                .isLessThan(StandardModel.rule("engage.likes").orElseThrow().maxPoints() + StandardModel.rule("engage.consistency").orElseThrow().maxPoints());
    }

    @Test
    void aLapsedMemberScoresLowerOnActivityButKeepsProfilePoints() {
        MemberProfile profile = Profiles.complete();
        SsiScore active = Models.score(routine(Logs.log().period(Logs.WINDOW_DAYS, 0)).input(profile));
        SsiScore lapsed = Models.score(routine(Logs.log().period(Logs.WINDOW_DAYS, 60)).input(profile));
        for (Pillar p : ACTIVITY_PILLARS) {
            assertThat(lapsed.pillar(p).points()).as("%s", p).isLessThan(active.pillar(p).points());
        }
        assertThat(lapsed.pillar(Pillar.PROFESSIONAL_BRAND).points())
                .isLessThanOrEqualTo(active.pillar(Pillar.PROFESSIONAL_BRAND).points());
        assertThat(lapsed.total()).isLessThan(active.total());
        for (RuleContribution c : lapsed.contributions()) {
            if (StandardModelTimeDecayTest.ACTIVITY_DRIVEN.contains(c.ruleId())) {
                continue;
            }
            assertThat(c).as("profile rule %s", c.ruleId()).isIn(active.contributions());
        }
        // Decay is gradual: the last 30 days of the routine still count for something.
        for (Pillar p : ACTIVITY_PILLARS) {
            assertThat(lapsed.pillar(p).points()).as("%s", p).isPositive();
        }
    }

    @Test
    void engagementSpreadOverManyDaysBeatsTheSameEngagementInOneBurst() {
        MemberProfile profile = Profiles.complete();
        Logs spread = Logs.log().period(20, 0);
        spread.perWeek(POST_COMMENTED, 7).perWeek(POST_LIKED, 7);
        // The burst falls on the most recent day, where it weighs most, and within the daily cap.
        Logs burst = Logs.log().onDay(POST_COMMENTED, 0, 20).onDay(POST_LIKED, 0, 20);
        assertThat(spread.build()).hasSameSizeAs(burst.build());
        SsiScore spreadScore = Models.score(spread.input(profile));
        SsiScore burstScore = Models.score(burst.input(profile));
        String consistency = StandardModel.rule("engage.consistency").orElseThrow().id();
        assertThat(points(spreadScore, consistency)).isGreaterThan(2 * points(burstScore, consistency));
        assertThat(spreadScore.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points())
                .isGreaterThan(burstScore.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points());
    }

    /** Requests at a weekly rate, a share of them accepted, the same welcomes for every new connection. */
    private static RuleInput outreach(MemberProfile profile, int perWeek, double accepted, boolean targets) {
        Logs log = Logs.log();
        log.perWeek(CONNECTION_REQUEST_SENT, perWeek);
        List<String> accounts = List.copyOf(Profiles.TARGET_ACCOUNTS);
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, perWeek * accepted, k -> {
            Contact c = targets ? log.contact(Seniority.VP, accounts.get(k % accounts.size()), 2)
                    : log.contact(Seniority.SENIOR, null, 2);
            return c;
        });
        return log.input(profile);
    }

    /** A trained rep's week (the calibration persona's), below most targets so that nothing is capped. */
    private static Logs routine(Logs log) {
        log.perWeek(POST_PUBLISHED, 2, 25).perWeek(VIDEO_PUBLISHED, 0.25, 25).perWeek(ARTICLE_PUBLISHED, 0.25, 25)
                .perWeek(SEARCH_PERFORMED, 1).perWeek(ADVANCED_SEARCH_PERFORMED, 4)
                .perWeek(LEAD_SAVED, 5).perWeek(ACCOUNT_SAVED, 1).perWeek(MEMBER_FOLLOWED, 3)
                .perWeek(POST_COMMENTED, 15).perWeek(POST_LIKED, 20).perWeek(POST_SHARED_WITH_COMMENTARY, 2)
                .perWeek(POST_SHARED, 1).perWeek(GROUP_POST_PUBLISHED, 0.25)
                .perWeek(MESSAGE_SENT, 10).perWeek(MESSAGE_REPLY_RECEIVED, 4)
                .perWeek(INMAIL_SENT, 2).perWeek(INMAIL_REPLY_RECEIVED, 0.6)
                .perWeek(MEMBER_MENTIONED, 2).perWeek(INTRODUCTION_REQUESTED, 0.5)
                .perWeek(CONNECTION_REQUEST_SENT, 10);
        log.perWeek(PROFILE_VIEWED, 30, k -> log.contact(k % 2 == 0 ? Seniority.VP : Seniority.MANAGER, null,
                k % 2 == 0 ? 2 : 3));
        List<String> accounts = List.copyOf(Profiles.TARGET_ACCOUNTS);
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, 5, k -> log.contact(k % 5 < 2 ? Seniority.VP : Seniority.SENIOR,
                accounts.get(k % accounts.size()), 2));
        log.perWeek(CONNECTION_INVITE_ACCEPTED, 3, k -> log.contact(Seniority.SENIOR, null, 2));
        log.perWeek(WELCOME_MESSAGE_SENT, 7);
        return log;
    }

    private static double points(SsiScore score, String ruleId) {
        return score.contributions().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst().orElseThrow()
                .points();
    }
}
