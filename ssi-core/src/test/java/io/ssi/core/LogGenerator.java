package io.ssi.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but reproducible activity logs that exercise every path of the one-pass index:
 * every type, contacts with every facet (some at target accounts), engagement, connections in
 * both directions with and without contact, welcomes, identical and conflicting duplicate rows,
 * re-imported rows under new ids (near-duplicates), distinct date-only rows that meet at noon,
 * and rows before the window and after asOf.
 */
final class LogGenerator {

    private static final String[] ACCOUNTS = {"acme", "globex", "initech", "umbrella"};

    private LogGenerator() {
    }

    /**
     * @param seed  the random seed
     * @param rows  how many distinct rows, before duplicates are added
     * @param start the earliest instant
     * @param end   the latest instant
     */
    static List<Activity> log(long seed, int rows, Instant start, Instant end) {
        Random random = new Random(seed);
        long span = Duration.between(start, end).getSeconds();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Contact.Builder c = Contact.builder("contact-" + i)
                    .seniority(Seniority.values()[random.nextInt(Seniority.values().length)])
                    .degree(random.nextInt(4))
                    .colleague(random.nextInt(5) == 0);
            if (random.nextInt(4) != 0) {
                c.accountId(ACCOUNTS[random.nextInt(ACCOUNTS.length)]);
            }
            contacts.add(c.build());
        }
        ActivityType[] types = ActivityType.values();
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ActivityType type = random.nextInt(3) == 0
                    ? (random.nextBoolean() ? ActivityType.CONNECTION_REQUEST_ACCEPTED : ActivityType.WELCOME_MESSAGE_SENT)
                    : types[random.nextInt(types.length)];
            Instant at = start.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000_000));
            Activity.Builder a = Activity.builder(type, at).id("row-" + i);
            if (random.nextInt(5) != 0) {
                a.contact(contacts.get(random.nextInt(contacts.size())));
            }
            if (type.isContent()) {
                a.engagement(random.nextInt(60));
            }
            log.add(a.build());
            // Bursts on one day test the daily cap.
            if (random.nextInt(50) == 0) {
                for (int b = 0; b < 30; b++) {
                    log.add(Activity.builder(type, at.plusSeconds(b)).id("burst-" + i + "-" + b).build());
                }
            }
        }
        int distinct = log.size();
        for (int i = 0; i < distinct / 10; i++) {
            Activity original = log.get(random.nextInt(distinct));
            if (random.nextBoolean()) {
                log.add(original);
            } else {
                // The same CRM row id with different content, as two exports of an edited row give.
                Activity.Builder conflicting = Activity.builder(types[random.nextInt(types.length)],
                        original.at().plusSeconds(random.nextInt(20 * 86_400) - 10 * 86_400)).id(original.id());
                if (random.nextBoolean()) {
                    conflicting.contact(contacts.get(random.nextInt(contacts.size())));
                }
                log.add(conflicting.build());
            }
        }
        for (int i = 0; i < distinct / 15; i++) {
            // A re-import: a row again under a new id, its engagement sometimes updated.
            Activity original = log.get(random.nextInt(distinct));
            Activity.Builder copy = Activity.builder(original.type(), original.at()).id("reimport-" + i)
                    .engagement(random.nextInt(3) == 0 ? random.nextInt(60) : original.engagement());
            original.contact().ifPresent(copy::contact);
            log.add(copy.build());
        }
        for (int i = 0; i < distinct / 30; i++) {
            // Distinct rows known only by their date, without a contact: they meet at noon and all count.
            Instant at = start.plusSeconds((long) (random.nextDouble() * span));
            ActivityType type = types[random.nextInt(types.length)];
            for (int k = 0; k < 3; k++) {
                log.add(Activity.builder(type, at.atZone(ZoneOffset.UTC).toLocalDate(), ZoneOffset.UTC)
                        .id("dated-" + i + "-" + k).build());
            }
        }
        return log;
    }
}
