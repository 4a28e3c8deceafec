package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;

import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import static io.ssi.core.ActivityType.ACCOUNT_SAVED;
import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
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

/**
 * The calibration personas (README, "How scoring works", Calibration), built through the public API exactly as a
 * CRM plugin would map its records. Unless stated otherwise, activity is spread evenly over the
 * 90 days before {@code asOf}, on 5 weekdays a week.
 */
public final class Personas {

    /** Weeks in a month, for rates stated "a month". */
    static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    private static final String VALUE_HEADLINE =
            "I help finance leaders at mid-market manufacturers close their books in days, not weeks";
    private static final String SUMMARY = String.join(" ",
            "Month-end close should not take two weeks. For eight years I have worked with controllers and CFOs",
            "at manufacturers between 200 and 2,000 people who want a faster, calmer close without replacing",
            "their ERP. I start every conversation by understanding how your close runs today: where",
            "reconciliations stall, which spreadsheets carry the risk, and what your auditors keep asking for.",
            "Then we look at what a realistic first quarter with us would change, in hours and in errors.",
            "Customers such as regional food producers and precision-parts makers cut their close from ten",
            "days to four. I share what works (and what does not) in short posts and videos every week.",
            "If you are a finance leader planning next year's close, I am happy to compare notes.");

    private Personas() {
    }

    /**
     * Empty: only an id, no activity. Must score below 5.
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember empty(Instant asOf) {
        return new SampleMember(MemberProfile.builder("persona-empty").build(), List.of(),
                "Empty: only an id, no activity");
    }

    /**
     * Newcomer: a basic profile and a little activity. Must score 20 to 39, no pillar above 15.
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember newcomer(Instant asOf) {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        String id = "persona-newcomer";
        Set<String> targets = accounts("newcomer-target", 10);
        MemberProfile profile = MemberProfile.builder(id).industry("Computer Software").timeZone(zone)
                .jobTitle("Account Executive").headline("Account Executive").hasPhoto(true)
                .experienceEntries(3).educationEntries(1).skills(8).endorsements(5).recommendationsReceived(0)
                .connections(250).decisionMakerConnections(5).colleagueConnections(20)
                .targetAccounts(targets)
                .build();
        ActivityLog log = new ActivityLog(id, asOf, zone, 90)
                .weekly(SEARCH_PERFORMED, 1)
                .weekly(PROFILE_VIEWED, 3, k -> contact(id + "-viewed-" + k, Seniority.MANAGER, 2, null))
                .weekly(POST_LIKED, 5)
                .weekly(POST_COMMENTED, 1 / WEEKS_PER_MONTH)
                .weekly(MESSAGE_SENT, 2)
                .weekly(MESSAGE_REPLY_RECEIVED, 1);
        outreach(log, id, 1, 0.6, 0, 0, 0, List.of());
        return new SampleMember(profile, log.activities(), "Newcomer: basic profile, a little activity");
    }

    /**
     * Trained rep: a complete profile and steady, varied activity. Must score 70 to 95, every
     * pillar at least 15.
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember trainedRep(Instant asOf) {
        ZoneId zone = ZoneId.of("America/Chicago");
        String id = "persona-trained";
        List<String> targets = new ArrayList<>(accounts("trained-target", 20));
        MemberProfile profile = MemberProfile.builder(id).industry("Computer Software").timeZone(zone)
                .jobTitle("Account Executive").headline(VALUE_HEADLINE).summary(SUMMARY)
                .hasPhoto(true).hasBackgroundPhoto(true)
                .experienceEntries(5).educationEntries(2).skills(40).endorsements(60).recommendationsReceived(4)
                .featuredItems(3).mediaItems(1)
                .connections(1200).followers(1300).decisionMakerConnections(120).colleagueConnections(60)
                .targetAccounts(Set.copyOf(targets))
                .build();
        ActivityLog log = new ActivityLog(id, asOf, zone, 90);
        content(log, 1);
        prospecting(log, id, 1);
        engagement(log, 1);
        outreach(log, id, 10, 0.5, 0.4, 3, 0.9, targets.subList(0, 8));
        return new SampleMember(profile, log.activities(), "Trained rep: complete profile, daily routine");
    }

    /**
     * Maxed: a complete profile with every count well above the trained rep's, and every rate
     * three times theirs. Must score at least 97, every pillar at least 24.
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember maxed(Instant asOf) {
        ZoneId zone = ZoneId.of("Asia/Singapore");
        String id = "persona-maxed";
        List<String> targets = new ArrayList<>(accounts("maxed-target", 30));
        MemberProfile profile = MemberProfile.builder(id).industry("Computer Software").timeZone(zone)
                .jobTitle("Regional Sales Director")
                .headline(VALUE_HEADLINE + " | Speaker on finance transformation | 3x President's Club")
                .summary(SUMMARY + " " + SUMMARY).hasPhoto(true).hasBackgroundPhoto(true)
                .experienceEntries(9).educationEntries(3).skills(50).endorsements(400).recommendationsReceived(15)
                .featuredItems(6).mediaItems(3)
                .connections(6000).followers(15000).decisionMakerConnections(900).colleagueConnections(250)
                .targetAccounts(Set.copyOf(targets))
                .build();
        ActivityLog log = new ActivityLog(id, asOf, zone, 90);
        content(log, 3);
        prospecting(log, id, 3);
        engagement(log, 3);
        outreach(log, id, 30, 0.5, 0.4, 9, 0.95, targets.subList(0, 15));
        return new SampleMember(profile, log.activities(), "Maxed: everything, three times over");
    }

    /**
     * Typical member: a complete-ish profile, a network of several hundred and little activity,
     * the member LinkedIn's own dashboards average over. Must score 25 to 40, with
     * relationships the largest pillar and engage the smallest.
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember typical(Instant asOf) {
        ZoneId zone = ZoneId.of("Europe/London");
        String id = "persona-typical";
        MemberProfile profile = MemberProfile.builder(id).industry("Computer Software").timeZone(zone)
                .jobTitle("Account Manager").headline("Account Manager | Helping retailers cut checkout costs")
                .summary(SUMMARY.substring(0, 300)).hasPhoto(true)
                .experienceEntries(4).skills(15).endorsements(20).recommendationsReceived(1)
                .connections(700).decisionMakerConnections(40).colleagueConnections(60)
                .targetAccounts(accounts("typical-target", 5))
                .build();
        ActivityLog log = new ActivityLog(id, asOf, zone, 90)
                .weekly(POST_LIKED, 1)
                .weekly(PROFILE_VIEWED, 2, k -> contact(id + "-viewed-" + k, Seniority.MANAGER, 2, null))
                .weekly(SEARCH_PERFORMED, 0.5)
                .weekly(MESSAGE_SENT, 1);
        outreach(log, id, 1, 0.6, 0, 0, 0, List.of());
        return new SampleMember(profile, log.activities(), "Typical member: a fair profile, little activity");
    }

    /**
     * Automation: the daily cap (20) of every type the member initiates, every day of the
     * window, weekends included, with 5% of connection requests accepted, 2% of messages and
     * InMails answered, and no engagement on anything it publishes. Must stay well below GOOD
     * whatever the profile.
     *
     * @param asOf    the instant to score at
     * @param profile the profile the automation runs behind
     * @return the persona
     */
    public static SampleMember automated(Instant asOf, MemberProfile profile) {
        ZoneId zone = profile.timeZone();
        String id = profile.id();
        List<Activity> log = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(asOf, zone);
        int n = 0;
        int requests = 0;
        int messages = 0;
        for (int day = 0; day < 90; day++) {
            LocalDate date = last.minusDays(day);
            for (ActivityType type : ActivityType.values()) {
                if (!type.isByMember()) {
                    continue;
                }
                for (int k = 0; k < 20; k++) {
                    Instant at = date.atTime(LocalTime.of(6, 0).plusMinutes(k * 30L + type.ordinal()))
                            .atZone(zone).toInstant();
                    if (at.isAfter(asOf)) {
                        continue;
                    }
                    Contact who = contact(id + "-target-" + n, k % 5 == 0 ? Seniority.VP : Seniority.MANAGER,
                            k % 2 == 0 ? 3 : 2, "bot-account-" + (n % 60));
                    log.add(Activity.builder(type, at).id(id + "-" + n++).contact(who).build());
                    if (type == ActivityType.CONNECTION_REQUEST_SENT && requests++ % 20 == 0) {
                        log.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, at.plusSeconds(60))
                                .id(id + "-" + n++).contact(who).build());
                    }
                    if ((type == MESSAGE_SENT || type == INMAIL_SENT) && messages++ % 50 == 0) {
                        log.add(Activity.builder(type == MESSAGE_SENT ? MESSAGE_REPLY_RECEIVED : INMAIL_REPLY_RECEIVED,
                                at.plusSeconds(60)).id(id + "-" + n++).contact(who).build());
                    }
                }
            }
        }
        return new SampleMember(profile, log, "Automation: the daily cap of everything, every day, and no response");
    }

    /**
     * Thought leader: a complete profile, a large following, and prolific publishing that draws
     * real engagement, and nothing else. Must reach at least the middle of DEVELOPING (50).
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember thoughtLeader(Instant asOf) {
        ZoneId zone = ZoneId.of("America/New_York");
        String id = "persona-thought-leader";
        MemberProfile profile = MemberProfile.builder(id).industry("Computer Software").timeZone(zone)
                .jobTitle("VP Sales").headline(VALUE_HEADLINE).summary(SUMMARY)
                .hasPhoto(true).hasBackgroundPhoto(true)
                .experienceEntries(6).educationEntries(2).skills(40).endorsements(150).recommendationsReceived(6)
                .featuredItems(4).mediaItems(2)
                .connections(3000).followers(8000).decisionMakerConnections(200).colleagueConnections(80)
                .build();
        ActivityLog log = new ActivityLog(id, asOf, zone, 90)
                .weekly(POST_PUBLISHED, 3, 80)
                .weekly(ARTICLE_PUBLISHED, 0.5, 120)
                .weekly(VIDEO_PUBLISHED, 0.5, 100);
        return new SampleMember(profile, log.activities(), "Thought leader: prolific, engaging content, nothing else");
    }

    /**
     * Big idle network: 15,000 connections and a fair profile, and no activity at all.
     *
     * @param asOf the instant to score at
     * @return the persona
     */
    public static SampleMember idleNetwork(Instant asOf) {
        MemberProfile profile = MemberProfile.builder("persona-idle-network").industry("Computer Software")
                .jobTitle("Sales Director").headline("Sales Director").hasPhoto(true)
                .experienceEntries(4).educationEntries(1).skills(15).endorsements(40)
                .connections(15000).decisionMakerConnections(1500).colleagueConnections(150)
                .build();
        return new SampleMember(profile, List.of(), "Idle network: 15,000 connections, no activity");
    }

    /** Publishing: 2 posts a week (about 25 reactions and comments each), a video and an article a month. */
    static void content(ActivityLog log, double scale) {
        log.weekly(POST_PUBLISHED, 2 * scale, 25)
                .weekly(VIDEO_PUBLISHED, scale / WEEKS_PER_MONTH, 25)
                .weekly(ARTICLE_PUBLISHED, scale / WEEKS_PER_MONTH, 25);
    }

    /**
     * Finding people: 5 searches (4 filtered), 30 profile views (half decision makers, half 3rd
     * degree), 5 leads and 1 account saved, 3 follows a week.
     */
    static void prospecting(ActivityLog log, String id, double scale) {
        log.weekly(SEARCH_PERFORMED, scale)
                .weekly(ADVANCED_SEARCH_PERFORMED, 4 * scale)
                .weekly(PROFILE_VIEWED, 30 * scale, k -> contact(id + "-prospect-" + k,
                        k % 4 < 2 ? Seniority.VP : Seniority.MANAGER, k % 2 == 0 ? 3 : 2, null))
                .weekly(LEAD_SAVED, 5 * scale)
                .weekly(ACCOUNT_SAVED, scale)
                .weekly(MEMBER_FOLLOWED, 3 * scale);
    }

    /**
     * Engaging: 15 comments, 20 likes, 2 shares with commentary, 1 plain share, 10 messages (40%
     * replied), 2 InMails (30% replied), 2 mentions, an introduction every 2 weeks, a group post
     * a month.
     */
    static void engagement(ActivityLog log, double scale) {
        log.weekly(POST_COMMENTED, 15 * scale)
                .weekly(POST_LIKED, 20 * scale)
                .weekly(POST_SHARED_WITH_COMMENTARY, 2 * scale)
                .weekly(POST_SHARED, scale)
                .weekly(MESSAGE_SENT, 10 * scale)
                .weekly(MESSAGE_REPLY_RECEIVED, 4 * scale)
                .weekly(INMAIL_SENT, 2 * scale)
                .weekly(INMAIL_REPLY_RECEIVED, 0.6 * scale)
                .weekly(MEMBER_MENTIONED, 2 * scale)
                .weekly(INTRODUCTION_REQUESTED, 0.5 * scale)
                .weekly(GROUP_POST_PUBLISHED, scale / WEEKS_PER_MONTH);
    }

    /**
     * Outreach: connection requests, of which a share is accepted and a share goes to decision
     * makers; invitations accepted; welcome messages to a share of the new connections; and 3
     * new connections at each of the given target accounts.
     */
    static void outreach(ActivityLog log, String id, double requestsPerWeek, double acceptRate, double dmShare,
                         double invitesPerWeek, double welcomeShare, List<String> threaded) {
        IntFunction<Contact> requested = k -> contact(id + "-requested-" + k, seniority(k, dmShare), 2, null);
        IntFunction<Contact> accepted = j -> contact(id + "-requested-" + j, seniority(j, dmShare), 2,
                j < 3 * threaded.size() ? threaded.get(j % threaded.size()) : null);
        IntFunction<Contact> invited = j -> contact(id + "-invited-" + j, Seniority.SENIOR, 2, null);
        double acceptedPerWeek = requestsPerWeek * acceptRate;
        log.weekly(ActivityType.CONNECTION_REQUEST_SENT, requestsPerWeek, requested)
                .weekly(ActivityType.CONNECTION_REQUEST_ACCEPTED, acceptedPerWeek, accepted)
                .weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, invitesPerWeek, invited);
        int acceptedCount = (int) Math.round(acceptedPerWeek * log.weekdayCount() / 5.0);
        log.weekly(ActivityType.WELCOME_MESSAGE_SENT, (acceptedPerWeek + invitesPerWeek) * welcomeShare,
                m -> m < acceptedCount ? accepted.apply(m) : invited.apply(m - acceptedCount));
    }

    private static Seniority seniority(int k, double dmShare) {
        return Math.floor((k + 1) * dmShare) > Math.floor(k * dmShare) ? Seniority.VP : Seniority.MANAGER;
    }

    static Contact contact(String id, Seniority seniority, int degree, String account) {
        Contact.Builder b = Contact.builder(id).seniority(seniority).degree(degree);
        if (account != null) {
            b.accountId(account);
        }
        return b.build();
    }

    static Set<String> accounts(String prefix, int n) {
        Set<String> accounts = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            accounts.add(prefix + "-" + i);
        }
        return accounts;
    }
}
