package io.ssi.examples.crm;

import io.ssi.core.ActivityType;
import io.ssi.core.mapping.Row;
import io.ssi.core.mapping.SalesforceIds;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A generated, deterministic Salesforce export: a sales team's {@code User} rows (with the
 * LinkedIn profile facts a plugin keeps in custom fields) and the Task rows Sales Navigator's CRM
 * sync writes for them (and the profile views and saved leads a plugin adds, under subjects of its
 * own), mixed with calls, emails, notes and Smart Link views, and with the
 * usual dirt: rows exported twice (once with a 15-character id), activity dates without a time,
 * contacts without a title, reps without a time zone, open tasks, and connection counts written
 * as "500+" or "1,204".
 *
 * <p>Each rep has an effort level between 0 and 1 that sets how much they do each week; the
 * generator counts what it writes ({@link #expectedMapped()}, {@link #expectedUnmapped()}), so
 * that a test can check the mapping against it.
 */
public final class SalesforceExport {

    /** The subjects of the rows no activity type covers, and how many a week a full-effort rep makes. */
    private static final Map<String, Double> OTHER_KINDS = orderedMap(
            "Call", 3.0, "Email", 4.0, "LinkedIn Note", 0.8, "Smart Link Viewed", 0.8, "LinkedIn InMail Declined", 0.5);
    private static final String[] TITLES = {"CEO", "Geschäftsführer", "VP Sales", "SVP Operations", "Head of IT",
        "Leiter Einkauf", "Director of Finance", "IT Manager", "Senior Buyer", "Procurement Lead", "Founder",
        "Partner", "Account Executive", "Einkäuferin", "Teamleiter Logistik", "Chief Revenue Officer"};
    private static final String[] ZONES = {"Europe/Berlin", "Europe/London", "America/New_York", "America/Chicago",
        "Europe/Vienna", "Europe/Zurich"};
    private static final DateTimeFormatter SF_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx");

    private final LocalDate end;
    private final List<Row> users = new ArrayList<>();
    private final List<Row> tasks = new ArrayList<>();
    private final Map<String, Double> effort = new LinkedHashMap<>();
    private final Map<ActivityType, Integer> expectedMapped = new EnumMap<>(ActivityType.class);
    private final Map<String, Integer> expectedUnmapped = new TreeMap<>();
    private int expectedOpenTasks;
    private int expectedDuplicates;
    private int idSequence;

    private SalesforceExport(long seed, int reps, LocalDate end) {
        this.end = end;
        Random random = new Random(seed);
        for (int r = 0; r < reps; r++) {
            generateRep(random, r, reps);
        }
    }

    /**
     * The export of a team of {@code reps} reps over the 90 days before {@code end}.
     *
     * @param seed the random seed; the same seed gives the same export
     * @param reps the number of reps, at least 1
     * @param end  the last day of the export
     * @return the export
     */
    public static SalesforceExport generate(long seed, int reps, LocalDate end) {
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be >= 1, but was " + reps);
        }
        return new SalesforceExport(seed, reps, end);
    }

    /** @return the User rows, one per rep */
    public List<Row> users() {
        return Collections.unmodifiableList(users);
    }

    /** @return the Task rows, in export order */
    public List<Row> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    /** @return each rep's effort level (0 to 1) by 18-character user id */
    public Map<String, Double> effort() {
        return Collections.unmodifiableMap(effort);
    }

    /** @return the completed LinkedIn rows written, by the type they stand for, duplicates included */
    public Map<ActivityType, Integer> expectedMapped() {
        return Collections.unmodifiableMap(expectedMapped);
    }

    /** @return the rows of other kinds written, by subject before its colon */
    public Map<String, Integer> expectedUnmapped() {
        return Collections.unmodifiableMap(expectedUnmapped);
    }

    /** @return LinkedIn rows written with the status "Not Started" */
    public int expectedOpenTasks() {
        return expectedOpenTasks;
    }

    /** @return rows written a second time */
    public int expectedDuplicates() {
        return expectedDuplicates;
    }

    private void generateRep(Random random, int index, int reps) {
        // Effort levels spread evenly from 0 to 1, in an order the seed shuffles.
        double level = reps == 1 ? 1.0 : index / (double) (reps - 1);
        String userId = SalesforceIds.canonical(String.format("005Dn00000%05d", 17 + index * 37));
        effort.put(userId, level);
        String zone = index % 7 == 3 ? "" : ZONES[random.nextInt(ZONES.length)];
        Map<String, String> user = new LinkedHashMap<>();
        user.put("Id", userId);
        user.put("TimeZoneSidKey", zone);
        user.put("Title", "Account Executive");
        int connections = 150 + (int) Math.round(level * 1400) + random.nextInt(100);
        user.put("LinkedIn_Connections__c", connections > 500 && random.nextBoolean() ? "500+"
                : String.format(java.util.Locale.US, "%,d", connections));
        user.put("LinkedIn_Followers__c", Integer.toString((int) (connections * (0.3 + level))));
        user.put("LinkedIn_Headline_Length__c", Integer.toString(level < 0.2 ? 17 : 40 + (int) (level * 60)));
        user.put("LinkedIn_Summary_Length__c", Integer.toString((int) (level * 900)));
        user.put("LinkedIn_Has_Photo__c", level > 0.1 ? "true" : "false");
        user.put("LinkedIn_Experience__c", Integer.toString(1 + (int) (level * 5)));
        user.put("LinkedIn_Skills__c", Integer.toString((int) (level * 45)));
        users.add(Row.of(user));

        ZoneId memberZone = zone.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zone);
        List<String> contacts = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            contacts.add(String.format("003Dn0000%06d", index * 1000 + c));
        }
        // Weekly rates of a full-effort rep, scaled by the rep's level.
        double inMails = 6 * level;
        double messages = 16 * level;
        double requests = 10 * level;
        LocalDate start = end.minusDays(89);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            write(random, userId, memberZone, day, contacts, "LinkedIn InMail: Quick question", inMails / 5,
                    ActivityType.INMAIL_SENT);
            write(random, userId, memberZone, day, contacts, "LinkedIn InMail Reply: Re: Quick question",
                    inMails * 0.3 / 5, ActivityType.INMAIL_REPLY_RECEIVED);
            write(random, userId, memberZone, day, contacts, "LinkedIn Message", messages / 5,
                    ActivityType.MESSAGE_SENT);
            write(random, userId, memberZone, day, contacts, "LinkedIn Message Reply", messages * 0.4 / 5,
                    ActivityType.MESSAGE_REPLY_RECEIVED);
            write(random, userId, memberZone, day, contacts, "LinkedIn Connection Request", requests / 5,
                    ActivityType.CONNECTION_REQUEST_SENT);
            write(random, userId, memberZone, day, contacts, "LinkedIn Connection Accepted", requests * 0.5 / 5,
                    ActivityType.CONNECTION_REQUEST_ACCEPTED);
            // Written by a plugin beside the sync, under subjects of its own.
            write(random, userId, memberZone, day, contacts, "LinkedIn Profile View", 45 * level / 5,
                    ActivityType.PROFILE_VIEWED);
            write(random, userId, memberZone, day, contacts, "LinkedIn Lead Saved", 10 * level / 5,
                    ActivityType.LEAD_SAVED);
            for (Map.Entry<String, Double> other : OTHER_KINDS.entrySet()) {
                String subject = other.getKey().equals("Email") ? "Email: Re: next steps"
                        : other.getKey().equals("LinkedIn InMail Declined") ? "LinkedIn InMail Declined: Quick question"
                        : other.getKey();
                int n = poisson(random, other.getValue() * (0.3 + level) / 5);
                for (int i = 0; i < n; i++) {
                    tasks.add(task(random, nextId(), subject, userId, memberZone, day, contacts, "Completed"));
                    expectedUnmapped.merge(other.getKey(), 1, Integer::sum);
                }
            }
        }
    }

    private void write(Random random, String userId, ZoneId zone, LocalDate day, List<String> contacts,
                       String subject, double perDay, ActivityType type) {
        int n = poisson(random, perDay);
        for (int i = 0; i < n; i++) {
            boolean open = random.nextDouble() < 0.02;
            String id = nextId();
            Row row = task(random, id, subject, userId, zone, day, contacts, open ? "Not Started" : "Completed");
            tasks.add(row);
            if (open) {
                expectedOpenTasks++;
                continue;
            }
            expectedMapped.merge(type, 1, Integer::sum);
            if (random.nextDouble() < 0.03) {
                // Exported again, in a later export that used the 15-character form of the id.
                Map<String, String> again = new LinkedHashMap<>(row.values());
                again.put("Id", id.substring(0, 15));
                tasks.add(Row.of(again));
                expectedMapped.merge(type, 1, Integer::sum);
                expectedDuplicates++;
            }
        }
    }

    private Row task(Random random, String id, String subject, String owner, ZoneId zone, LocalDate day,
                     List<String> contacts, String status) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("Id", id);
        t.put("Subject", subject);
        t.put("ActivityDate", day.toString());
        Instant at = day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(zone).toInstant();
        double dirt = random.nextDouble();
        // A third of the rows have no time at all; a few were created by the sync a day later.
        String created = dirt < 0.33 ? "" : dirt < 0.38 ? SF_DATE_TIME.format(at.plusSeconds(86_400).atOffset(ZoneOffset.UTC))
                : SF_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
        t.put("CreatedDate", created);
        int c = random.nextInt(contacts.size());
        t.put("WhoId", contacts.get(c));
        // A contact's title is the same on every row; one contact in five has none.
        t.put("Who.Title", c % 5 == 4 ? "" : TITLES[c % TITLES.length]);
        t.put("Who.AccountId", String.format("001Dn0000%06d", c % 12));
        t.put("OwnerId", owner);
        // The integration user creates the rows; the rep owns them.
        t.put("CreatedById", "005Dn0000000001AAA");
        t.put("Status", status);
        t.put("TaskSubtype", subject.startsWith("Call") ? "Call" : subject.startsWith("Email") ? "Email" : "Task");
        return Row.of(t);
    }

    private String nextId() {
        return SalesforceIds.canonical(String.format("00TDn0000%06d", ++idSequence));
    }

    /** Knuth's method; the rates here are small. */
    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private static Map<String, Double> orderedMap(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
