package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

/**
 * The principles of standard-2 that quantify over members, as QuickTheories properties over
 * arbitrary members ({@link Generators#inputs()}): smoothness (3), outcomes never hurt (4) and
 * the order of engagement at the margin (5). The principles about whole personas are tested in
 * ssi-examples ({@code StandardTwoPrinciplesTest}).
 */
final class StandardTwoPropertiesTest {

    private static final int EXAMPLES = Examples.of(300);

    /** A member and one more activity: any of the types, any time in the window, an old or new contact. */
    static Gen<StandardModelMonotonicityTest.More> oneMore(List<ActivityType> types) {
        return StandardModelMonotonicityTest.more(types, 0, 89 * Generators.DAY, 400);
    }

    /** Principle 3: no single added activity changes any pillar by more than 1 point. */
    @Test
    void noSingleActivityMovesAPillarByMoreThanOnePoint() {
        double[] largest = {0};
        qt().withExamples(EXAMPLES).forAll(oneMore(List.of(ActivityType.values()))).checkAssert(m -> {
            SsiScore before = Models.score(m.input());
            SsiScore after = Models.score(m.with());
            for (Pillar p : Pillar.values()) {
                double jump = Math.abs(after.pillar(p).points() - before.pillar(p).points());
                largest[0] = Math.max(largest[0], jump);
                assertThat(jump).as("%s", p).isLessThanOrEqualTo(1.0);
            }
        });
        System.out.printf(java.util.Locale.ROOT, "largest one-activity change of a pillar in %d members: %.3f%n",
                EXAMPLES, largest[0]);
    }

    /**
     * Principle 3 where several relationship rules move at once: the acceptance of a VP at an
     * account with two new connections already raises connection growth, the acceptance rate,
     * the target accounts' rate and multi-threading together. When multi-threading counted only
     * whole accounts, the third connection added half a point by itself and the pillar rose by
     * 1.07; an account now counts in part from its second connection.
     */
    @Test
    void aDecisionMakersAcceptanceThatThreadsAnAccountStaysWithinOnePoint() {
        Logs log = Logs.log();
        List<Contact> asked = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            asked.add(Logs.person("asked-" + k, Seniority.MANAGER, "hooli", 2));
        }
        log.onDay(ActivityType.CONNECTION_REQUEST_SENT, 40, 10, asked::get);
        log.onDay(ActivityType.CONNECTION_REQUEST_ACCEPTED, 38, 2, asked::get);
        RuleInput before = log.input(Profiles.member().targetAccounts(java.util.Set.of("hooli", "acme")).build());
        Contact vp = Logs.person("vp", Seniority.VP, "hooli", 2);
        log.onDay(ActivityType.CONNECTION_REQUEST_ACCEPTED, 3, 1, k -> vp);
        RuleInput after = before.withActivities(log.build());
        double jump = Models.score(after).pillar(Pillar.BUILD_RELATIONSHIPS).points()
                - Models.score(before).pillar(Pillar.BUILD_RELATIONSHIPS).points();
        assertThat(jump).isPositive().isLessThanOrEqualTo(1.0);
        System.out.printf(java.util.Locale.ROOT, "a VP's acceptance that threads an account: relationships +%.3f%n", jump);
    }

    /**
     * Principle 3 around that member: every mix of requests sent and accepted, of connections
     * already at the account, of who accepts and of when, in either direction.
     */
    @Test
    void noAcceptanceAtAnAccountMovesAPillarByMoreThanOnePoint() {
        double largest = 0;
        for (int sent = 0; sent <= 30; sent += 2) {
            for (int accepted = 0; accepted <= Math.min(sent, 12); accepted++) {
                for (int atAccount = 0; atAccount <= Math.min(accepted, 3); atAccount++) {
                    RuleInput before = outreach(sent, accepted, atAccount);
                    SsiScore was = Models.score(before);
                    for (Seniority seniority : List.of(Seniority.MANAGER, Seniority.VP, Seniority.CXO)) {
                        for (int daysAgo : new int[] {0, 5, 40}) {
                            for (ActivityType type : List.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                                    ActivityType.CONNECTION_INVITE_ACCEPTED)) {
                                SsiScore is = withOne(before, type, daysAgo,
                                        Logs.person("accepting", seniority, "hooli", 2));
                                int s = sent;
                                int a = accepted;
                                int at = atAccount;
                                largest = Math.max(largest, largestMove(was, is, () -> String.format(
                                        java.util.Locale.ROOT, "%d sent, %d accepted, %d at the account, %s %s %d"
                                                + " days ago", s, a, at, seniority, type, daysAgo)));
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "largest change of a pillar by one acceptance at an account: %.3f%n",
                largest);
    }

    /** The score of {@code before} with one more activity of the type {@code daysAgo} days before asOf, with {@code whom}. */
    private static SsiScore withOne(RuleInput before, ActivityType type, int daysAgo, Contact whom) {
        Logs one = Logs.log(java.time.ZoneOffset.UTC, Logs.AS_OF, "one");
        one.onDay(type, daysAgo, 1, k -> whom);
        List<Activity> log = new ArrayList<>(before.activities());
        log.addAll(one.build());
        return Models.score(before.withActivities(log));
    }

    /** Asserts that no pillar moved by more than a point from {@code was} to {@code is}; returns the largest move. */
    private static double largestMove(SsiScore was, SsiScore is, java.util.function.Supplier<String> what) {
        double largest = 0;
        for (Pillar p : Pillar.values()) {
            double jump = Math.abs(is.pillar(p).points() - was.pillar(p).points());
            largest = Math.max(largest, jump);
            assertThat(jump).as(() -> p + ": " + what.get()).isLessThanOrEqualTo(1.0);
        }
        return largest;
    }

    /**
     * {@code sent} requests 45 days ago to managers, the first {@code accepted} of them accepted
     * the next day; the first {@code atAccount} accepted and all that were not work at the
     * target account hooli, the others at accounts of their own.
     */
    private static RuleInput outreach(int sent, int accepted, int atAccount) {
        Logs log = Logs.log();
        List<Contact> asked = new ArrayList<>();
        for (int k = 0; k < sent; k++) {
            asked.add(Logs.person("asked-" + k, Seniority.MANAGER, k < atAccount || k >= accepted ? "hooli"
                    : "account-" + k, 2));
        }
        log.onDay(ActivityType.CONNECTION_REQUEST_SENT, 45, sent, asked::get);
        log.onDay(ActivityType.CONNECTION_REQUEST_ACCEPTED, 44, accepted, asked::get);
        return log.input(Profiles.member().targetAccounts(java.util.Set.of("hooli", "acme")).build());
    }

    /**
     * Principle 3 where every prospecting rule moves at once: prospecting is scaled by the
     * outcomes it brings, so one outcome can lift searches, views, saves and follows together.
     * Over heavy prospectors, active up to today or lapsed for six weeks, with outcomes from
     * none to past full, one more outcome of each kind today moves no pillar by more than a
     * point. When outcomes were a recency-weighted rate, one outcome today counted more than twice
     * its share of the window, and one acceptance lifted the find pillar of a prospector with no
     * outcomes yet by 2.1.
     */
    @Test
    void oneOutcomeTodayMovesNoPillarByMoreThanOnePoint() {
        double largest = 0;
        for (int quiet : new int[] {0, 20, 42}) {
            for (double outcomes = 0; outcomes <= 3; outcomes += 0.125) {
                RuleInput before = prospector(quiet, outcomes);
                SsiScore was = Models.score(before);
                for (ActivityType type : OUTCOMES) {
                    SsiScore is = withOne(before, type, 0, Logs.person("answering", Seniority.VP, "hooli", 2));
                    double o = outcomes;
                    int q = quiet;
                    largest = Math.max(largest, largestMove(was, is, () -> String.format(java.util.Locale.ROOT,
                            "%s today, %.3f outcomes a week before, quiet for %d days", type, o, q)));
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "largest change of a pillar by one outcome today: %.3f%n", largest);
    }

    /**
     * Principle 3 over time, and principle 10: outcomes judge prospecting by the window's plain
     * count, so an outcome that leaves the window lowers the prospecting factor by the step its
     * arrival raised it by. Over 120 days of steady heavy prospecting short of full outcomes,
     * with outcomes arriving and leaving every few days, find moves by less than a point a day.
     * With the recency-weighted rate it moved by up to 2.0 on the day an outcome arrived.
     */
    @Test
    void aSteadyProspectorsFindMovesLessThanAPointADayAsOutcomesComeAndGo() {
        LocalDate last = LocalDate.ofInstant(Logs.AS_OF, java.time.ZoneOffset.UTC);
        double largest = 0;
        for (double outcomes = 0.25; outcomes < Response.OUTCOMES_FULL; outcomes += 0.25) {
            RuleInput input = prospector(300, 0, outcomes);
            List<SsiScore> days = Models.STANDARD.history(input.profile(), input.activities(), last.minusDays(119),
                    last);
            for (int i = 1; i < days.size(); i++) {
                double move = Math.abs(days.get(i).pillar(Pillar.FIND_RIGHT_PEOPLE).points()
                        - days.get(i - 1).pillar(Pillar.FIND_RIGHT_PEOPLE).points());
                largest = Math.max(largest, move);
                assertThat(move).as("%.2f outcomes a week, %s", outcomes, days.get(i).asOf()).isLessThan(1.0);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "largest day-to-day move of a steady prospector's find: %.3f%n",
                largest);
    }

    /**
     * Prospecting at about twice every find target, over the window's first {@code 90 - quiet}
     * days, with {@code outcomes} InMail replies a week over the same days (no InMail sent).
     */
    private static RuleInput prospector(int quiet, double outcomes) {
        return prospector(Logs.WINDOW_DAYS - quiet, quiet, outcomes);
    }

    /**
     * Prospecting at about twice every find target, over {@code days} days that end
     * {@code quiet} days before asOf, with {@code outcomes} InMail replies a week over the same
     * days (no InMail sent).
     */
    private static RuleInput prospector(int days, int quiet, double outcomes) {
        return prospecting(days, quiet, outcomes).input(Profiles.member()
                .targetAccounts(java.util.Set.of("hooli", "acme")).build());
    }

    /** The log of {@link #prospector(int, int, double)}, to add to. */
    private static Logs prospecting(int days, int quiet, double outcomes) {
        Logs log = Logs.log().period(days, quiet);
        log.perWeek(ActivityType.SEARCH_PERFORMED, 10).perWeek(ActivityType.ADVANCED_SEARCH_PERFORMED, 10)
                .perWeek(ActivityType.LEAD_SAVED, 10).perWeek(ActivityType.ACCOUNT_SAVED, 4)
                .perWeek(ActivityType.MEMBER_FOLLOWED, 8)
                .perWeek(ActivityType.PROFILE_VIEWED, 60, k -> log.contact(Seniority.VP, "hooli", 3))
                .perWeek(ActivityType.INMAIL_REPLY_RECEIVED, outcomes);
        return log;
    }

    /**
     * Principle 3 where a response factor scales a whole pillar: prospecting is scaled by the
     * acceptance of the member's requests, so one acceptance or one more request moved every
     * prospecting rule at once. Over heavy prospectors with 0 to 40 requests 40 days ago, some
     * accepted, and 0 to 3 outcomes a week, one more acceptance or request today moves no pillar
     * by more than a point. With the acceptance quality of the relationship rules (10 requests'
     * worth of prior, squared, times the outcomes), one acceptance lifted find by up to 6.2
     * points, and one request lowered it by about 3.
     */
    @Test
    void oneAcceptanceOrRequestMovesProspectingByLessThanAPoint() {
        double largest = 0;
        for (int sent : new int[] {0, 2, 5, 10, 20, 40}) {
            for (int accepted = 0; accepted <= sent; accepted += Math.max(1, sent / 4)) {
                for (double outcomes : new double[] {0, 0.5, 1, 1.5, 3}) {
                    Logs log = prospecting(Logs.WINDOW_DAYS, 0, outcomes);
                    requests(log, sent, accepted);
                    RuleInput before = log.input(Profiles.member().targetAccounts(java.util.Set.of("hooli")).build());
                    largest = Math.max(largest, largestOfOneMore(before, List.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                            ActivityType.CONNECTION_REQUEST_SENT), sent, String.format(java.util.Locale.ROOT,
                            "%d sent, %d accepted, %.1f outcomes a week", sent, accepted, outcomes)));
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "largest change of a pillar by one acceptance or request: %.3f%n",
                largest);
    }

    /**
     * Principle 3 for the member's quality, which scales engaging and relationship work: over
     * heavy engagers with few or many requests and messages, some answered, one more acceptance,
     * request, message or reply today moves no pillar by more than a point. With 10 messages'
     * worth of prior, one reply to a member who had sent 5 lifted engage by 2.9.
     */
    @Test
    void oneResponseMovesTheMembersQualityByLessThanAPoint() {
        double largest = 0;
        for (int sent : new int[] {0, 2, 5, 20}) {
            for (int accepted : new int[] {0, sent / 2}) {
                for (int messages : new int[] {0, 2, 5, 10, 30}) {
                    for (int replies : new int[] {0, messages / 3}) {
                        Logs log = Logs.log();
                        log.perWeek(ActivityType.POST_COMMENTED, 16).perWeek(ActivityType.POST_SHARED_WITH_COMMENTARY, 6)
                                .perWeek(ActivityType.POST_SHARED, 4).perWeek(ActivityType.POST_LIKED, 30)
                                .perWeek(ActivityType.GROUP_POST_PUBLISHED, 1, 30).perWeek(ActivityType.MEMBER_MENTIONED, 3)
                                .perWeek(ActivityType.INTRODUCTION_REQUESTED, 1).perWeek(ActivityType.WELCOME_MESSAGE_SENT, 1);
                        requests(log, sent, accepted);
                        answered(log, ActivityType.MESSAGE_SENT, ActivityType.MESSAGE_REPLY_RECEIVED, "told-", 30,
                                messages, replies);
                        RuleInput before = log.input(Profiles.member().connections(800).build());
                        largest = Math.max(largest, largestOfOneMore(before, List.of(
                                ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.CONNECTION_REQUEST_SENT,
                                ActivityType.MESSAGE_SENT, ActivityType.MESSAGE_REPLY_RECEIVED), sent,
                                String.format(java.util.Locale.ROOT, "%d sent, %d accepted, %d messages, %d replies",
                                        sent, accepted, messages, replies)));
                    }
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "largest change of a pillar by one response or request: %.3f%n",
                largest);
    }

    /**
     * Principle 3 for the audience, which the member's quality reads too: over members whose
     * posts get no, little or much engagement, one more post, group post or article today, with
     * none, some or a viral amount of engagement, moves no pillar by more than a point. With 3
     * items a week of prior, one item lifted engage by up to 1.2.
     */
    @Test
    void oneItemMovesTheAudienceByLessThanAPoint() {
        double largest = 0;
        for (double posts : new double[] {0, 0.25, 1, 4}) {
            for (int engagement : new int[] {0, 3, 30}) {
                Logs log = Logs.log();
                log.perWeek(ActivityType.POST_COMMENTED, 16).perWeek(ActivityType.POST_SHARED_WITH_COMMENTARY, 6)
                        .perWeek(ActivityType.POST_LIKED, 30).perWeek(ActivityType.POST_PUBLISHED, posts, engagement);
                RuleInput before = log.input(Profiles.member().followers(3000).build());
                SsiScore was = Models.score(before);
                for (ActivityType type : List.of(ActivityType.POST_PUBLISHED, ActivityType.GROUP_POST_PUBLISHED,
                        ActivityType.ARTICLE_PUBLISHED)) {
                    for (int received : new int[] {0, 20, 100}) {
                        List<Activity> more = new ArrayList<>(before.activities());
                        more.add(Activity.builder(type, Logs.AS_OF.minusSeconds(3_600)).id("one-more")
                                .engagement(received).build());
                        SsiScore is = Models.score(before.withActivities(more));
                        largest = Math.max(largest, largestMove(was, is, () -> String.format(java.util.Locale.ROOT,
                                "%s with %d today, %.2f posts a week with %d each", type, received, posts,
                                engagement)));
                    }
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "largest change of a pillar by one item published: %.3f%n", largest);
    }

    /** {@code sent} requests to managers 40 days ago, the first {@code accepted} of them accepted the next day. */
    private static void requests(Logs log, int sent, int accepted) {
        answered(log, ActivityType.CONNECTION_REQUEST_SENT, ActivityType.CONNECTION_REQUEST_ACCEPTED, "asked-", 40,
                sent, accepted);
    }

    /**
     * {@code n} of {@code asked} to managers {@code daysAgo} days ago (ids {@code prefix} 0 on),
     * the first {@code m} of them answered by {@code answer} the day after.
     */
    private static void answered(Logs log, ActivityType asked, ActivityType answer, String prefix, int daysAgo, int n,
                                 int m) {
        log.onDay(asked, daysAgo, n, k -> Logs.person(prefix + k, Seniority.MANAGER, null, 2));
        log.onDay(answer, daysAgo - 1, m, k -> Logs.person(prefix + k, Seniority.MANAGER, null, 2));
    }

    /**
     * The largest move of a pillar when one more activity of each type is added today (an
     * acceptance of the last request sent, or of a new contact if none was; a request, message or
     * reply to a contact of its own), asserting that none moves a pillar by more than a point.
     */
    private static double largestOfOneMore(RuleInput before, List<ActivityType> types, int sent, String member) {
        SsiScore was = Models.score(before);
        double largest = 0;
        for (ActivityType type : types) {
            Contact whom = switch (type) {
                case CONNECTION_REQUEST_ACCEPTED -> Logs.person(sent > 0 ? "asked-" + (sent - 1) : "accepting",
                        Seniority.MANAGER, null, 2);
                case MESSAGE_REPLY_RECEIVED -> Logs.person("told-0", Seniority.MANAGER, null, 2);
                default -> Logs.person("new-" + type, Seniority.MANAGER, null, 2);
            };
            SsiScore is = withOne(before, type, 0, whom);
            largest = Math.max(largest, largestMove(was, is, () -> type + " today, " + member));
        }
        return largest;
    }

    /** The outcome events: what others do in response to the member. */
    static final List<ActivityType> OUTCOMES = List.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
            ActivityType.CONNECTION_INVITE_ACCEPTED, ActivityType.MESSAGE_REPLY_RECEIVED,
            ActivityType.INMAIL_REPLY_RECEIVED, ActivityType.PROFILE_VIEW_RECEIVED);

    /** Principle 4: a request or invitation accepted, a reply or a profile view received never lowers a pillar. */
    @Test
    void anOutcomeNeverLowersAPillar() {
        qt().withExamples(EXAMPLES).forAll(oneMore(OUTCOMES)).checkAssert(m ->
                assertNoPillarLower(Models.score(m.input()), Models.score(m.with())));
    }

    /** Principle 4: more engagement on a post, article, video or group post never lowers a pillar. */
    @Test
    void moreEngagementOnContentNeverLowersAPillar() {
        // Every member gets one more content item of their own, so that there is always content
        // to raise (filtering members without any would make the search give up at random).
        List<ActivityType> content = List.of(ActivityType.POST_PUBLISHED, ActivityType.ARTICLE_PUBLISHED,
                ActivityType.VIDEO_PUBLISHED, ActivityType.GROUP_POST_PUBLISHED);
        Gen<StandardModelMonotonicityTest.More> inputs = StandardModelMonotonicityTest.more(content, 0,
                89 * Generators.DAY, 60);
        Gen<Integer> more = range(1, 500);
        Gen<Integer> which = range(0, 1_000);
        qt().withExamples(EXAMPLES).forAll(inputs, more, which).checkAssert((withContent, extra, pickOne) -> {
            RuleInput input = withContent.with();
            List<Activity> items = input.activities().stream().filter(a -> a.type().isContent()).toList();
            Activity chosen = items.get(pickOne % items.size());
            List<Activity> log = new ArrayList<>();
            for (Activity a : input.activities()) {
                if (a != chosen) {
                    log.add(a);
                } else {
                    Activity.Builder b = Activity.builder(a.type(), a.at()).id(a.id()).engagement(a.engagement() + extra);
                    a.contact().ifPresent(b::contact);
                    log.add(b.build());
                }
            }
            assertNoPillarLower(Models.score(input), Models.score(input.withActivities(log)));
        });
    }

    private static void assertNoPillarLower(SsiScore before, SsiScore after) {
        for (Pillar p : Pillar.values()) {
            assertThat(after.pillar(p).points()).as("%s", p).isGreaterThanOrEqualTo(before.pillar(p).points() - 1e-12);
        }
    }

    // ---- Principle 5: the order holds at the margin

    /** One more a week of a type: one activity in each of the window's 13 weeks, with a contact of its own. */
    private static List<Activity> weekly(RuleInput input, ActivityType type, Contact.Builder contact, String tag) {
        List<Activity> log = new ArrayList<>(input.activities());
        for (int week = 0; week < 13; week++) {
            Instant at = input.asOf().minusSeconds((week * 7L + 3) * Generators.DAY);
            log.add(Activity.builder(type, at).id(tag + "-" + week)
                    .contact(contact.build()).build());
        }
        return log;
    }

    private static Map<String, RuleContribution> byId(SsiScore s) {
        return s.contributions().stream().collect(Collectors.toMap(RuleContribution::ruleId, Function.identity()));
    }

    private static boolean saturated(SsiScore s, String... ruleIds) {
        Map<String, RuleContribution> c = byId(s);
        for (String id : ruleIds) {
            RuleContribution r = c.get(id);
            if (r.evidence().measured() >= r.evidence().target()) {
                return true;
            }
        }
        return false;
    }

    private static double gain(SsiScore before, SsiScore after, Pillar p) {
        return after.pillar(p).uncappedPoints() - before.pillar(p).uncappedPoints();
    }

    @Test
    void oneMoreAWeekOfCommentsEarnsMoreThanSharesWithCommentaryThanPlainSharesThanLikes() {
        List<ActivityType> order = List.of(ActivityType.POST_COMMENTED, ActivityType.POST_SHARED_WITH_COMMENTARY,
                ActivityType.POST_SHARED, ActivityType.POST_LIKED);
        String[] rules = {"engage.comments", "engage.shares-with-commentary", "engage.shares", "engage.likes"};
        qt().withExamples(EXAMPLES).forAll(Generators.inputs()).checkAssert(input -> {
            SsiScore before = Models.score(input);
            List<Double> gains = new ArrayList<>();
            for (ActivityType t : order) {
                SsiScore after = Models.score(input.withActivities(weekly(input, t, Contact.builder("poster"), "m")));
                if (saturated(after, rules)) {
                    return;
                }
                gains.add(gain(before, after, Pillar.ENGAGE_WITH_INSIGHTS));
            }
            for (int i = 1; i < gains.size(); i++) {
                assertThat(gains.get(i - 1)).as("%s over %s: %s", order.get(i - 1), order.get(i), gains)
                        .isGreaterThan(gains.get(i));
            }
        });
    }

    @Test
    void aDecisionMakersViewEarnsMoreThanAPlainOneAndOutOfNetworkMoreThanSecondDegree() {
        String[] rules = {"find.profile-views", "find.decision-maker-views", "find.out-of-network-views"};
        Gen<Seniority> plainSeniority = pick(List.of(Seniority.UNKNOWN, Seniority.ENTRY, Seniority.SENIOR,
                Seniority.MANAGER, Seniority.DIRECTOR));
        qt().withExamples(EXAMPLES).forAll(Generators.inputs(), plainSeniority).checkAssert((input, plain) -> {
            SsiScore before = Models.score(input);
            SsiScore decisionMaker = Models.score(input.withActivities(weekly(input, ActivityType.PROFILE_VIEWED,
                    Contact.builder("vp").seniority(Seniority.VP).degree(2), "dm")));
            SsiScore ordinary = Models.score(input.withActivities(weekly(input, ActivityType.PROFILE_VIEWED,
                    Contact.builder("plain").seniority(plain).degree(2), "plain")));
            SsiScore outOfNetwork = Models.score(input.withActivities(weekly(input, ActivityType.PROFILE_VIEWED,
                    Contact.builder("far").seniority(plain).degree(3), "far")));
            if (saturated(decisionMaker, rules) || saturated(outOfNetwork, rules)) {
                return;
            }
            assertThat(gain(before, decisionMaker, Pillar.FIND_RIGHT_PEOPLE))
                    .isGreaterThan(gain(before, ordinary, Pillar.FIND_RIGHT_PEOPLE));
            assertThat(gain(before, outOfNetwork, Pillar.FIND_RIGHT_PEOPLE))
                    .isGreaterThan(gain(before, ordinary, Pillar.FIND_RIGHT_PEOPLE));
        });
    }
}
