package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * QuickTheories generators of arbitrary members: profiles with every count, flag and text length,
 * in UTC, a fixed offset or a zone with daylight-saving time, and logs of up to 300 activities of
 * every type within about 150 days before {@code asOf} (a few after it), with contacts from a
 * small pool of random seniority, degree, account and colleague flag, and engagement on content.
 *
 * <p>Everything is drawn from the randomness source, so QuickTheories can shrink a failure.
 */
final class Generators {

    static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/Chicago"));
    static final List<String> ACCOUNTS = List.of("acme", "globex", "initech", "umbrella", "hooli", "stark");
    static final List<String> TITLES = List.of("Account Executive", "Sales Director", "Sales Manager");
    /** Headline words, including the words of the job titles, so that headlines may repeat a title. */
    static final List<String> WORDS = List.of("PII", "Helping", "B2B", "fintech", "founders", "grow", "revenue",
            "with", "data-driven", "insight", "|", "Account", "Executive", "Sales", "Director", "Manager",
            "account executive", "at", "Acme");
    private static final String LOREM = "PII Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do"
            + " eiusmod tempor incididunt ut labore et dolore magna aliqua. ";
    static final int MAX_ACTIVITIES = 300;
    static final long DAY = 86_400;
    /** How far back the log reaches: well beyond the 90-day window. */
    static final long HORIZON_DAYS = 150;

    private Generators() {
    }

    static Gen<ZoneId> zones() {
        return pick(ZONES);
    }

    /**
     * An instant to score at: a day in 2024 to 2027, at a local time between 06:00 and midnight,
     * so that it never falls in a daylight-saving gap and shifting it by whole local days keeps
     * its local time.
     */
    static Gen<Instant> asOfs(ZoneId zone) {
        return range(0, 4 * 365).zip(range(6 * 3600, 24 * 3600 - 1), (day, second) ->
                LocalDate.of(2024, 1, 1).plusDays(day).atTime(LocalTime.ofSecondOfDay(second)).atZone(zone)
                        .toInstant());
    }

    static Gen<String> headlines() {
        return lists().of(pick(WORDS)).ofSizeBetween(0, 12).map(words -> String.join(" ", words));
    }

    static Gen<String> summaries() {
        return frequency(List.of(Pair.of(1, constant(0)), Pair.of(3, range(1, 1200)))).map(Generators::summaryOf);
    }

    static String summaryOf(int length) {
        StringBuilder b = new StringBuilder(length + LOREM.length());
        while (b.length() < length) {
            b.append(LOREM);
        }
        return b.substring(0, length);
    }

    static Gen<MemberProfile> profiles(ZoneId zone) {
        Gen<Integer> few = range(0, 8);
        Gen<Integer> some = range(0, 80);
        Gen<Integer> many = range(0, 3000);
        Gen<Integer> share = range(0, 100);
        Gen<Boolean> flag = booleans();
        Gen<String> title = frequency(List.of(Pair.of(3, pick(TITLES)), Pair.of(1, constant(""))));
        Gen<List<String>> targets = lists().of(pick(ACCOUNTS)).ofSizeBetween(0, ACCOUNTS.size());
        Gen<String> headline = headlines();
        Gen<Integer> titleWords = range(0, 2);
        Gen<String> summary = summaries();
        Gen<MemberProfile> gen = in -> {
            int connections = many.generate(in);
            String t = title.generate(in);
            // Real headlines often mention the job title, or the first words of it.
            String h = headline.generate(in) + titleWords(t, 0, titleWords.generate(in));
            MemberProfile.Builder b = MemberProfile.builder("member-42").timeZone(zone)
                    .hasPhoto(flag.generate(in)).hasBackgroundPhoto(flag.generate(in))
                    .headline(h).summary(summary.generate(in))
                    .experienceEntries(few.generate(in)).educationEntries(few.generate(in))
                    .skills(some.generate(in)).endorsements(some.generate(in))
                    .recommendationsReceived(few.generate(in)).featuredItems(few.generate(in))
                    .mediaItems(few.generate(in)).connections(connections).followers(many.generate(in))
                    .decisionMakerConnections(connections * share.generate(in) / 100)
                    .colleagueConnections(connections * share.generate(in) / 100)
                    .targetAccounts(new LinkedHashSet<>(targets.generate(in)));
            if (!t.isEmpty()) {
                b.jobTitle(t);
            }
            return b.build();
        };
        return gen.describedAs(Generators::describe);
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive) of a job title, with a leading space. */
    static String titleWords(String title, int from, int to) {
        String[] words = title.isEmpty() ? new String[0] : title.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = from; i < Math.min(to, words.length); i++) {
            b.append(' ').append(words[i]);
        }
        return b.toString();
    }

    static Gen<Contact> contacts(int index) {
        Gen<Seniority> seniority = enumValues(Seniority.class);
        Gen<Integer> account = range(-1, ACCOUNTS.size() - 1);
        Gen<Integer> degree = range(0, 3);
        Gen<Boolean> colleague = booleans();
        return in -> {
            Contact.Builder b = Contact.builder(Logs.PII + "-contact-" + index).seniority(seniority.generate(in));
            int a = account.generate(in);
            if (a >= 0) {
                b.accountId(ACCOUNTS.get(a));
            }
            return b.degree(degree.generate(in)).colleague(colleague.generate(in)).build();
        };
    }

    /** A pool of 1 to 12 contacts with distinct ids. */
    static Gen<List<Contact>> contactPools() {
        Gen<Integer> size = range(1, 12);
        return in -> {
            int n = size.generate(in);
            List<Contact> pool = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                pool.add(contacts(i).generate(in));
            }
            return pool;
        };
    }

    /**
     * One activity without its id, which {@link #logs} sets from its position. Times lie up to
     * {@value #HORIZON_DAYS} days before {@code asOf}, one in twenty up to three days after.
     */
    static Gen<Activity.Builder> activities(Instant asOf, List<Contact> pool) {
        Gen<ActivityType> type = enumValues(ActivityType.class);
        Gen<Long> secondsBefore = frequency(List.of(
                Pair.of(19, longRange(0, HORIZON_DAYS * DAY)),
                Pair.of(1, longRange(-3 * DAY, -1))));
        Gen<Integer> contact = frequency(List.of(Pair.of(2, constant(-1)), Pair.of(3, range(0, pool.size() - 1))));
        Gen<Integer> engagement = frequency(List.of(Pair.of(1, constant(0)), Pair.of(3, range(0, 400))));
        return in -> {
            ActivityType t = type.generate(in);
            Activity.Builder b = Activity.builder(t, asOf.minusSeconds(secondsBefore.generate(in)));
            int c = contact.generate(in);
            if (c >= 0) {
                b.contact(pool.get(c));
            }
            int e = engagement.generate(in);
            // Engagement counts only on content; on other types it must be ignored, so some carry it.
            return b.engagement(t.isContent() || e % 7 == 0 ? e : 0);
        };
    }

    /** A log of 0 to {@value #MAX_ACTIVITIES} activities with unique ids. */
    static Gen<List<Activity>> logs(Instant asOf, List<Contact> pool) {
        return lists().of(activities(asOf, pool)).ofSizeBetween(0, MAX_ACTIVITIES).map(builders -> {
            List<Activity> log = new ArrayList<>(builders.size());
            for (Activity.Builder b : builders) {
                log.add(b.id("row-" + log.size()).build());
            }
            return log;
        });
    }

    /** An arbitrary member: profile, log and the instant to score at. */
    static Gen<RuleInput> inputs() {
        Gen<ZoneId> zones = zones();
        Gen<RuleInput> gen = in -> {
            ZoneId zone = zones.generate(in);
            MemberProfile profile = profiles(zone).generate(in);
            Instant asOf = asOfs(zone).generate(in);
            List<Contact> pool = contactPools().generate(in);
            return new RuleInput(profile, logs(asOf, pool).generate(in), asOf);
        };
        return gen.describedAs(Generators::describe);
    }

    /** The contacts of a log, in order of first appearance. */
    static List<Contact> contactsOf(List<Activity> log) {
        Set<Contact> seen = new LinkedHashSet<>();
        for (Activity a : log) {
            a.contact().ifPresent(seen::add);
        }
        return new ArrayList<>(seen);
    }

    /** Everything, headline and summary included: these are fixtures, not personal data. */
    static String describe(MemberProfile p) {
        return p + " headline=\"" + p.headline() + "\" jobTitle=" + p.jobTitle().orElse("-") + " summaryLength="
                + p.summary().length();
    }

    static String describe(RuleInput input) {
        StringBuilder b = new StringBuilder("asOf=").append(input.asOf()).append(' ')
                .append(describe(input.profile())).append('\n');
        int shown = 0;
        for (Activity a : input.activities()) {
            if (shown++ == 40) {
                b.append("  ... and ").append(input.activities().size() - 40).append(" more\n");
                break;
            }
            b.append("  ").append(a.id()).append(' ').append(a.type()).append(' ').append(a.at())
                    .append(a.contact().map(c -> " " + c.id() + " " + c).orElse(""))
                    .append(a.engagement() > 0 ? " engagement=" + a.engagement() : "").append('\n');
        }
        return b.toString();
    }
}
