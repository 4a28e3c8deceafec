package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.ssi.core.ActivityType.ACCOUNT_SAVED;
import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.GROUP_JOINED;
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
import static io.ssi.core.ActivityType.PROFILE_VIEW_RECEIVED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.examples.Personas.WEEKS_PER_MONTH;
import static io.ssi.examples.Personas.accounts;
import static io.ssi.examples.Personas.contact;

/**
 * A bundled sample sales team of seven, each with a realistic and different way of working, built
 * through the public API as a CRM plugin would map its records. Everything is fixed, including
 * {@link #AS_OF}, so the report is the same on every machine and every run.
 *
 * <p>The members are in different time zones on purpose: a member's days (for the daily caps
 * and days active) are counted in their own zone.
 *
 * <p>Each log goes back {@value #LOG_DAYS} days, two scoring windows, as a CRM's would: the
 * report's 30-day trend compares today's window with the one a month earlier, and both must
 * hold what the member really did, not a log that simply starts inside them. A routine is
 * written {@linkplain #routine quarter by quarter}, each quarter with new contacts, so every
 * window holds the same mix. Most members keep their way of working all along; the newcomer
 * took up a routine six weeks ago, the lapsed rep stopped and the spray-and-pray connector
 * changed tactics, so their trends differ.
 */
public final class SampleTeam {

    /** The instant the sample team is scored at: a Monday evening in UTC. */
    public static final Instant AS_OF = Instant.parse("2026-11-30T17:00:00Z");

    /** How far back every member's log goes, in days: two scoring windows. */
    public static final int LOG_DAYS = 180;

    /** Days since the newcomer started the job. */
    static final int BEN_START_DAYS = 120;

    /** Days since the newcomer's training, when he began a daily routine. */
    static final int BEN_ROUTINE_DAYS = 42;

    /** Days since the lapsed rep stopped. */
    static final int ELENA_QUIET_DAYS = 50;

    /** Days since the spray-and-pray connector began to spray. */
    static final int FINN_SPRAY_DAYS = 49;

    /** The period in which a routine repeats itself with new contacts: the standard window. */
    private static final int QUARTER = 90;

    private static final String INDUSTRY = "Computer Software";

    /** A summary of about 700 characters that says whom the member helps; shared, since it is sample text. */
    private static final String SUMMARY = String.join(" ",
            "Most operations leaders I meet know their numbers but not the story behind them. For nine years I",
            "have worked with plant, supply-chain and finance teams at companies between 300 and 5,000 people",
            "who want fewer surprises: less unplanned downtime, fewer stock-outs, a faster month-end close.",
            "I start by learning how your week really runs, where the data lives and which decisions wait on it.",
            "Then we agree on one measurable change for the first ninety days and check it together.",
            "Customers in food production, precision parts and regional retail have cut their reaction time",
            "from days to hours. I share what works, and what does not, in short posts every week.",
            "If that sounds like your next quarter, I am happy to compare notes.");

    private SampleTeam() {
    }

    private static final Map<String, String> NAMES = Map.of("rep-ava", "Ava Lindqvist", "rep-ben", "Ben Carter",
            "rep-chloe", "Chloe Martin", "rep-dev", "Dev Patel", "rep-elena", "Elena Rossi", "rep-finn", "Finn Keller",
            "rep-gia", "Gia Moreau");

    /**
     * The name a report shows for a sample member, as a CRM would hold it.
     *
     * @param memberId the member's id
     * @return the name, or empty for an id not in the sample team
     */
    public static Optional<String> name(String memberId) {
        return Optional.ofNullable(NAMES.get(memberId));
    }

    /**
     * The sample team, scored as of {@link #AS_OF}.
     *
     * @return the members, in a fixed order
     */
    public static List<SampleMember> members() {
        return members(AS_OF);
    }

    /**
     * The sample team with its activity placed relative to {@code asOf}.
     *
     * @param asOf the instant the team will be scored at
     * @return the members, in a fixed order
     */
    public static List<SampleMember> members(Instant asOf) {
        return List.of(trainedRep(asOf), newcomer(asOf), contentCreator(asOf), prospector(asOf), lapsedRep(asOf),
                sprayAndPray(asOf), networker(asOf));
    }

    /**
     * Ava, a trained rep: complete profile, the Trained-rep persona's daily routine.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember trainedRep(Instant asOf) {
        return trainedRep(asOf, LOG_DAYS);
    }

    /**
     * Ava, who has kept up the trained rep's routine for the given number of days, for
     * example 455 for a year of daily history plus its window.
     *
     * @param asOf the instant to score at; the routine runs up to it
     * @param days how long she has kept it up
     * @return the member
     */
    public static SampleMember trainedRep(Instant asOf, int days) {
        String id = "rep-ava";
        ZoneId zone = ZoneId.of("America/Chicago");
        List<String> targets = new ArrayList<>(accounts(id + "-target", 20));
        MemberProfile profile = completeProfile(id, zone, targets)
                .headline("Account Executive"
                        + " | I help plant managers cut unplanned downtime with predictive maintenance")
                .followers(1300).connections(1200).decisionMakerConnections(120).colleagueConnections(60)
                .build();
        List<Activity> activities = routine(id, asOf, zone, days, 0, (log, p) -> {
            Personas.content(log, 1);
            Personas.prospecting(log, p, 1);
            Personas.engagement(log, 1);
            Personas.outreach(log, p, 10, 0.5, 0.4, 3, 0.9, targets.subList(0, 8));
            log.weekly(PROFILE_VIEW_RECEIVED, 20);
        });
        return new SampleMember(profile, activities, "Trained rep: complete profile, steady daily routine");
    }

    /**
     * Ben, {@value #BEN_START_DAYS} days into the job: a basic profile. Until his sales-tools
     * training {@value #BEN_ROUTINE_DAYS} days ago he hardly used LinkedIn; since then he does a
     * little every working day, so his score is rising.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember newcomer(Instant asOf) {
        String id = "rep-ben";
        ZoneId zone = ZoneId.of("Europe/Berlin");
        MemberProfile profile = MemberProfile.builder(id).industry(INDUSTRY).timeZone(zone)
                .jobTitle("Sales Development Representative").headline("Sales Development Representative")
                .hasPhoto(true).experienceEntries(2).educationEntries(1).skills(8).endorsements(4)
                .connections(230).followers(240).decisionMakerConnections(4).colleagueConnections(25)
                .targetAccounts(accounts(id + "-target", 10))
                .build();
        // From his first day until the training: a like or a profile view now and then.
        List<Activity> activities = new ArrayList<>(routine(id + "-onboarding", asOf, zone,
                BEN_START_DAYS - BEN_ROUTINE_DAYS, BEN_ROUTINE_DAYS, (log, p) -> log
                        .weekly(POST_LIKED, 1)
                        .weekly(PROFILE_VIEWED, 0.5, k -> contact(p + "-viewed-" + k, Seniority.MANAGER, 2, null))
                        .weekly(MESSAGE_SENT, 0.5)));
        // Since the training: the Newcomer persona's routine, roughly.
        activities.addAll(routine(id, asOf, zone, BEN_ROUTINE_DAYS, 0, (log, p) -> {
            log.weekly(SEARCH_PERFORMED, 2)
                    .weekly(PROFILE_VIEWED, 5, k -> contact(p + "-viewed-" + k, Seniority.MANAGER, 2, null))
                    .weekly(POST_LIKED, 6)
                    .weekly(POST_COMMENTED, 1 / WEEKS_PER_MONTH)
                    .weekly(MESSAGE_SENT, 3)
                    .weekly(MESSAGE_REPLY_RECEIVED, 1);
            Personas.outreach(log, p, 2, 0.6, 0, 0, 0, List.of());
        }));
        return new SampleMember(profile, activities,
                "Newcomer: basic profile, a little activity daily since his training six weeks ago");
    }

    /**
     * Chloe, a content creator: a strong brand and a big audience, but she rarely looks for
     * buyers herself.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember contentCreator(Instant asOf) {
        String id = "rep-chloe";
        ZoneId zone = ZoneId.of("Europe/London");
        List<String> targets = new ArrayList<>(accounts(id + "-target", 15));
        MemberProfile profile = completeProfile(id, zone, targets)
                .headline("Solutions Consultant | Weekly videos on making ERP projects land on time and on budget")
                .followers(6200).connections(2100).decisionMakerConnections(90).colleagueConnections(70)
                .featuredItems(5).mediaItems(3).recommendationsReceived(7)
                .build();
        List<Activity> activities = routine(id, asOf, zone, LOG_DAYS, 0, (log, p) -> {
            log.weekly(POST_PUBLISHED, 4, 70)
                    .weekly(VIDEO_PUBLISHED, 0.75, 120)
                    .weekly(ARTICLE_PUBLISHED, 2 / WEEKS_PER_MONTH, 90)
                    .weekly(PROFILE_VIEW_RECEIVED, 45)
                    .weekly(POST_COMMENTED, 8)
                    .weekly(POST_LIKED, 15)
                    .weekly(POST_SHARED_WITH_COMMENTARY, 2)
                    .weekly(GROUP_POST_PUBLISHED, 2 / WEEKS_PER_MONTH, 30)
                    .weekly(MEMBER_MENTIONED, 3)
                    .weekly(SEARCH_PERFORMED, 0.5)
                    .weekly(PROFILE_VIEWED, 2, k -> contact(p + "-viewed-" + k, Seniority.MANAGER, 2, null))
                    .weekly(MESSAGE_SENT, 4)
                    .weekly(MESSAGE_REPLY_RECEIVED, 2);
            Personas.outreach(log, p, 2, 0.7, 0.3, 6, 0.5, List.of());
        });
        return new SampleMember(profile, activities,
                "Content creator: strong brand and audience, rarely prospects");
    }

    /**
     * Dev, a prospector: searches, views and saves leads every day, but hardly engages with
     * anyone's content and his messages go unanswered.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember prospector(Instant asOf) {
        String id = "rep-dev";
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        List<String> targets = new ArrayList<>(accounts(id + "-target", 25));
        MemberProfile profile = MemberProfile.builder(id).industry(INDUSTRY).timeZone(zone)
                .jobTitle("Enterprise Account Executive").headline("Enterprise Account Executive at a SaaS company")
                .summary("Enterprise AE covering manufacturing and logistics accounts in APAC.")
                .hasPhoto(true).experienceEntries(4).educationEntries(2).skills(20).endorsements(15)
                .connections(800).followers(820).decisionMakerConnections(110).colleagueConnections(30)
                .targetAccounts(Set.copyOf(targets))
                .build();
        List<Activity> activities = routine(id, asOf, zone, LOG_DAYS, 0, (log, p) -> {
            log.weekly(SEARCH_PERFORMED, 2)
                    .weekly(ADVANCED_SEARCH_PERFORMED, 8)
                    .weekly(PROFILE_VIEWED, 60, k -> contact(p + "-prospect-" + k,
                            k % 3 == 0 ? Seniority.MANAGER : Seniority.VP, k % 2 == 0 ? 3 : 2, null))
                    .weekly(LEAD_SAVED, 12)
                    .weekly(ACCOUNT_SAVED, 3)
                    .weekly(MEMBER_FOLLOWED, 5)
                    .weekly(POST_LIKED, 2)
                    .weekly(INMAIL_SENT, 12)
                    .weekly(INMAIL_REPLY_RECEIVED, 0.6);
            Personas.outreach(log, p, 12, 0.35, 0.6, 0, 0.1, targets.subList(0, 3));
        });
        return new SampleMember(profile, activities,
                "Prospector: searches and saves leads daily, barely engages");
    }

    /**
     * Elena, a lapsed rep: she ran the trained rep's routine for four months and stopped
     * {@value #ELENA_QUIET_DAYS} days ago. Her profile points stay; her activity points fade with
     * the half-life.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember lapsedRep(Instant asOf) {
        String id = "rep-elena";
        ZoneId zone = ZoneId.of("Europe/Madrid");
        List<String> targets = new ArrayList<>(accounts(id + "-target", 20));
        MemberProfile profile = completeProfile(id, zone, targets)
                .headline("Key Account Manager | Helping retailers turn store data into weekly replenishment plans")
                .followers(1100).connections(1400).decisionMakerConnections(130).colleagueConnections(80)
                .build();
        List<Activity> activities = routine(id, asOf, zone, LOG_DAYS - ELENA_QUIET_DAYS, ELENA_QUIET_DAYS,
                (log, p) -> {
                    Personas.content(log, 1);
                    Personas.prospecting(log, p, 1);
                    Personas.engagement(log, 1);
                    Personas.outreach(log, p, 10, 0.5, 0.4, 3, 0.9, targets.subList(0, 8));
                });
        return new SampleMember(profile, activities,
                "Lapsed rep: the trained routine, stopped 50 days ago");
    }

    /**
     * Finn, a spray-and-pray connector. Until {@value #FINN_SPRAY_DAYS} days ago he sent ten
     * requests a week and welcomed half of his new connections; then a new quota made him send
     * a hundred a week to anyone, about 5% accepted, with no welcome messages. He makes more
     * connections than before, and his score falls.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember sprayAndPray(Instant asOf) {
        String id = "rep-finn";
        ZoneId zone = ZoneId.of("Australia/Sydney");
        List<String> targets = new ArrayList<>(accounts(id + "-target", 20));
        MemberProfile profile = MemberProfile.builder(id).industry(INDUSTRY).timeZone(zone)
                .jobTitle("Business Development Manager")
                .headline("Business Development Manager | Let's connect!")
                .hasPhoto(true).experienceEntries(3).educationEntries(1).skills(12).endorsements(10)
                .connections(3100).followers(3150).decisionMakerConnections(40).colleagueConnections(15)
                .targetAccounts(Set.copyOf(targets))
                .build();
        List<Activity> activities = new ArrayList<>(routine(id, asOf, zone, LOG_DAYS, 0, (log, p) -> log
                .weekly(SEARCH_PERFORMED, 5)
                .weekly(PROFILE_VIEWED, 20, k -> contact(p + "-viewed-" + k, Seniority.ENTRY, 3, null))
                .weekly(POST_LIKED, 10)
                .weekly(MESSAGE_SENT, 15)
                .weekly(MESSAGE_REPLY_RECEIVED, 1)));
        // Before the quota: ten requests a week, 40% accepted, half of the new connections welcomed.
        activities.addAll(routine(id + "-before", asOf, zone, LOG_DAYS - FINN_SPRAY_DAYS, FINN_SPRAY_DAYS,
                (log, p) -> Personas.outreach(log, p, 10, 0.4, 0.2, 1, 0.5, targets.subList(0, 2))));
        // Since: a hundred a week to anyone.
        activities.addAll(routine(id + "-spray", asOf, zone, FINN_SPRAY_DAYS, 0,
                (log, p) -> Personas.outreach(log, p, 100, 0.05, 0.05, 0, 0, targets.subList(2, 3))));
        return new SampleMember(profile, activities,
                "Spray-and-pray: a hundred requests a week for seven weeks, about 5% accepted");
    }

    /**
     * Gia, a steady networker: modest, well-aimed outreach that gets accepted, every new
     * connection welcomed, introductions and conversations that get replies.
     *
     * @param asOf the instant to score at
     * @return the member
     */
    public static SampleMember networker(Instant asOf) {
        String id = "rep-gia";
        ZoneId zone = ZoneId.of("America/New_York");
        List<String> targets = new ArrayList<>(accounts(id + "-target", 12));
        MemberProfile profile = MemberProfile.builder(id).industry(INDUSTRY).timeZone(zone)
                .jobTitle("Partner Manager")
                .headline("Partner Manager | I connect logistics leaders with the partners who solve their last mile")
                .summary(SUMMARY.substring(0, 420))
                .hasPhoto(true).hasBackgroundPhoto(true).experienceEntries(5).educationEntries(1).skills(30)
                .endorsements(45).recommendationsReceived(3).featuredItems(1)
                .connections(1700).followers(1750).decisionMakerConnections(160).colleagueConnections(90)
                .targetAccounts(Set.copyOf(targets))
                .build();
        List<Activity> activities = routine(id, asOf, zone, LOG_DAYS, 0, (log, p) -> {
            log.weekly(POST_PUBLISHED, 1, 15)
                    .weekly(SEARCH_PERFORMED, 1)
                    .weekly(ADVANCED_SEARCH_PERFORMED, 2)
                    .weekly(PROFILE_VIEWED, 10, k -> contact(p + "-viewed-" + k,
                            k % 2 == 0 ? Seniority.DIRECTOR : Seniority.VP, 2, null))
                    .weekly(LEAD_SAVED, 2)
                    .weekly(PROFILE_VIEW_RECEIVED, 12)
                    .weekly(POST_COMMENTED, 6)
                    .weekly(POST_LIKED, 12)
                    .weekly(POST_SHARED_WITH_COMMENTARY, 1)
                    .weekly(POST_SHARED, 1)
                    .weekly(GROUP_JOINED, 0.25)
                    .weekly(MESSAGE_SENT, 12)
                    .weekly(MESSAGE_REPLY_RECEIVED, 6)
                    .weekly(MEMBER_MENTIONED, 3)
                    .weekly(INTRODUCTION_REQUESTED, 1);
            Personas.outreach(log, p, 8, 0.6, 0.4, 4, 1.0, targets.subList(0, 6));
        });
        return new SampleMember(profile, activities,
                "Networker: modest, well-accepted outreach, welcomes everyone");
    }

    /**
     * A routine kept up for {@code days} days, ending {@code quietDays} days before
     * {@code asOf}, written quarter by quarter: the most recent 90 days first, then the 90
     * before them, and so on, each with the same rates. Each quarter gets its own id prefix
     * ({@code memberId}, then {@code memberId-q1}, {@code memberId-q2}, ...), which the routine
     * also uses for its contacts, so every quarter reaches new people and every id is unique.
     * The most recent quarter is exactly the log of a member who started 90 days ago, and every
     * scoring window holds the mix of activity the routine describes, multi-threaded accounts
     * included.
     *
     * @param memberId  the id prefix of the most recent quarter
     * @param asOf      the instant the member will be scored at
     * @param zone      the member's time zone
     * @param days      how long the routine was kept up
     * @param quietDays days of silence since
     * @param routine   writes one quarter into a log, given the quarter's id prefix
     * @return the activities, most recent quarter first
     */
    private static List<Activity> routine(String memberId, Instant asOf, ZoneId zone, int days, int quietDays,
                                          BiConsumer<ActivityLog, String> routine) {
        List<Activity> all = new ArrayList<>();
        for (int q = 0; q * QUARTER < days; q++) {
            String prefix = q == 0 ? memberId : memberId + "-q" + q;
            ActivityLog log = new ActivityLog(prefix, asOf, zone, Math.min(QUARTER, days - q * QUARTER),
                    quietDays + q * QUARTER);
            routine.accept(log, prefix);
            all.addAll(log.activities());
        }
        return all;
    }

    /** The profile assets of a rep who has done the work: the rest is set by each member. */
    private static MemberProfile.Builder completeProfile(String id, ZoneId zone, List<String> targets) {
        return MemberProfile.builder(id).industry(INDUSTRY).timeZone(zone)
                .jobTitle("Account Executive").summary(SUMMARY).hasPhoto(true).hasBackgroundPhoto(true)
                .experienceEntries(5).educationEntries(2).skills(40).endorsements(60).recommendationsReceived(4)
                .featuredItems(3).mediaItems(1)
                .targetAccounts(Set.copyOf(targets));
    }
}
