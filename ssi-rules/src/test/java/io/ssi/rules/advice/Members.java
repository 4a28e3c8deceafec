package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Members for the guide's tests: a log writer that spreads a weekly rate evenly over the days
 * of the standard 90-day window, and a seeded generator of varied members.
 */
final class Members {

    static final Instant AS_OF = Instant.parse("2026-11-30T17:00:00Z");
    static final int WINDOW_DAYS = 90;

    private Members() {
    }

    /** A profile and a log. */
    record Member(MemberProfile profile, List<Activity> log) {
    }

    /** Writes activity into a log; ids are unique per writer. */
    static final class Log {
        private final MemberProfile profile;
        private final String prefix;
        private final List<Activity> activities = new ArrayList<>();

        Log(MemberProfile profile, String prefix) {
            this.profile = profile;
            this.prefix = prefix;
        }

        /** {@code perWeek} a week, spread evenly over the window's days at midday, or at asOf on its day. */
        Log weekly(ActivityType type, double perWeek, int engagement, IntFunction<Contact> contact) {
            int n = (int) Math.round(perWeek * WINDOW_DAYS / 7.0);
            LocalDate first = LocalDate.ofInstant(AS_OF, profile.timeZone()).minusDays(WINDOW_DAYS - 1L);
            for (int k = 0; k < n; k++) {
                LocalDate day = first.plusDays((long) ((k + 0.5) * WINDOW_DAYS / n));
                Instant noon = day.atTime(LocalTime.NOON).atZone(profile.timeZone()).toInstant();
                add(type, noon.isAfter(AS_OF) ? AS_OF : noon, engagement, contact.apply(k));
            }
            return this;
        }

        Log weekly(ActivityType type, double perWeek) {
            return weekly(type, perWeek, 0, k -> null);
        }

        /** One activity at asOf. */
        Log now(ActivityType type, Contact contact) {
            add(type, AS_OF, 0, contact);
            return this;
        }

        Log addAll(List<Activity> more) {
            activities.addAll(more);
            return this;
        }

        private void add(ActivityType type, Instant at, int engagement, Contact contact) {
            Activity.Builder b = Activity.builder(type, at).id(prefix + "-" + activities.size()).engagement(engagement);
            if (contact != null) {
                b.contact(contact);
            }
            activities.add(b.build());
        }

        List<Activity> activities() {
            return List.copyOf(activities);
        }
    }

    static Contact contact(String id, Seniority seniority, int degree, String account) {
        Contact.Builder b = Contact.builder(id).seniority(seniority).degree(degree);
        if (account != null) {
            b.accountId(account);
        }
        return b.build();
    }

    /**
     * A varied member from a seed: each profile field and each activity rate is absent, low,
     * around its target or above it, so that every kind of advice comes up across seeds.
     */
    static Member random(long seed) {
        Random r = new Random(seed);
        String id = "member-" + seed;
        Set<String> targets = new HashSet<>();
        int accounts = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(14);
        for (int i = 0; i < accounts; i++) {
            targets.add("acct-" + i);
        }
        int connections = pick(r, 1500);
        MemberProfile profile = MemberProfile.builder(id)
                .timeZone(List.of(java.time.ZoneOffset.UTC, java.time.ZoneId.of("Europe/Berlin"),
                        java.time.ZoneId.of("America/Chicago")).get(r.nextInt(3)))
                .jobTitle("Account Executive")
                .headline(r.nextBoolean() ? "Account Executive" : "Account Executive | " + "h".repeat(r.nextInt(90)))
                .summary("s".repeat(pick(r, 800)))
                .hasPhoto(r.nextBoolean()).hasBackgroundPhoto(r.nextBoolean())
                .experienceEntries(pick(r, 6)).educationEntries(pick(r, 2)).skills(pick(r, 30))
                .endorsements(pick(r, 80)).recommendationsReceived(pick(r, 5)).featuredItems(pick(r, 5))
                .mediaItems(pick(r, 2)).connections(connections).followers(pick(r, 2000))
                .decisionMakerConnections(Math.min(connections, pick(r, 200)))
                .colleagueConnections(Math.min(connections, pick(r, 80)))
                .targetAccounts(targets)
                .build();
        Log log = new Log(profile, id);
        for (ActivityType t : List.of(ActivityType.POST_PUBLISHED, ActivityType.ARTICLE_PUBLISHED,
                ActivityType.VIDEO_PUBLISHED, ActivityType.GROUP_POST_PUBLISHED)) {
            log.weekly(t, rate(r, 3), r.nextInt(60), k -> null);
        }
        for (ActivityType t : List.of(ActivityType.SEARCH_PERFORMED, ActivityType.ADVANCED_SEARCH_PERFORMED,
                ActivityType.LEAD_SAVED, ActivityType.ACCOUNT_SAVED, ActivityType.MEMBER_FOLLOWED,
                ActivityType.PROFILE_VIEW_RECEIVED, ActivityType.POST_LIKED, ActivityType.POST_COMMENTED,
                ActivityType.POST_SHARED, ActivityType.POST_SHARED_WITH_COMMENTARY, ActivityType.GROUP_JOINED,
                ActivityType.MESSAGE_SENT, ActivityType.MESSAGE_REPLY_RECEIVED, ActivityType.INMAIL_SENT,
                ActivityType.MEMBER_MENTIONED, ActivityType.INTRODUCTION_REQUESTED)) {
            log.weekly(t, rate(r, 20), 0, k -> null);
        }
        log.weekly(ActivityType.PROFILE_VIEWED, rate(r, 60), 0, k -> contact(id + "-viewed-" + k,
                k % 3 == 0 ? Seniority.VP : Seniority.MANAGER, 2 + k % 2, null));
        List<String> accountList = new ArrayList<>(targets);
        accountList.sort(null);
        double requests = rate(r, 40);
        double acceptance = r.nextDouble();
        log.weekly(ActivityType.CONNECTION_REQUEST_SENT, requests, 0, k -> contact(id + "-req-" + k,
                Seniority.MANAGER, 2, null));
        List<Contact> connected = new ArrayList<>();
        log.weekly(ActivityType.CONNECTION_REQUEST_ACCEPTED, requests * acceptance, 0, k -> {
            Contact c = contact(id + "-req-" + k, k % 4 == 0 ? Seniority.CXO : Seniority.SENIOR, 2,
                    accountList.isEmpty() || k % 2 == 1 ? null : accountList.get(k / 2 % accountList.size()));
            connected.add(c);
            return c;
        });
        log.weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, rate(r, 10), 0, k -> {
            Contact c = contact(id + "-inv-" + k, Seniority.SENIOR, 2, null);
            connected.add(c);
            return c;
        });
        double welcomeShare = r.nextDouble();
        for (Contact c : connected) {
            if (r.nextDouble() < welcomeShare) {
                log.now(ActivityType.WELCOME_MESSAGE_SENT, c);
            }
        }
        List<Activity> activities = log.activities();
        if (r.nextInt(3) == 0) {
            activities = inBursts(activities, 1 + r.nextInt(6), r);
        }
        return new Member(profile, activities);
    }

    /** The same activities crammed onto a few days of the window: a member who works in bursts. */
    private static List<Activity> inBursts(List<Activity> activities, int days, Random r) {
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            offsets.add((long) r.nextInt(WINDOW_DAYS - 1));
        }
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            Instant at = AS_OF.minus(java.time.Duration.ofDays(offsets.get(i % days) + 1))
                    .minusSeconds(60L * (i % 600));
            out.add(new Activity(a.id(), a.type(), at, a.contact(), a.engagement()));
        }
        return out;
    }

    /** 0, a little, about the target, or well above it. */
    private static int pick(Random r, int high) {
        return switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> r.nextInt(Math.max(1, high / 5));
            case 2 -> high / 2 + r.nextInt(Math.max(1, high / 2));
            default -> high + r.nextInt(Math.max(1, high));
        };
    }

    private static double rate(Random r, double high) {
        return switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> r.nextDouble() * high / 5;
            case 2 -> high / 3 + r.nextDouble() * high / 2;
            default -> high * (1 + r.nextDouble());
        };
    }
}
