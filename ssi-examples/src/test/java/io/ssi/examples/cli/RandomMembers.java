package io.ssi.examples.cli;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import io.ssi.examples.SampleMember;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Members drawn from a seed: any profile, and a log of any types over the last 200 days. */
final class RandomMembers {

    static final Instant AS_OF = Instant.parse("2026-11-30T17:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/Chicago"), ZoneId.of("Asia/Kolkata"));

    private RandomMembers() {
    }

    static SampleMember member(long seed) {
        Random r = new Random(seed);
        String id = "member-" + Long.toHexString(seed);
        Set<String> targets = new HashSet<>();
        int accounts = r.nextInt(6);
        for (int i = 0; i < accounts; i++) {
            targets.add("account-" + i);
        }
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        MemberProfile.Builder b = MemberProfile.builder(id).timeZone(zone).hasPhoto(r.nextBoolean())
                .hasBackgroundPhoto(r.nextBoolean()).experienceEntries(r.nextInt(8)).educationEntries(r.nextInt(3))
                .skills(r.nextInt(60)).endorsements(r.nextInt(120)).recommendationsReceived(r.nextInt(6))
                .featuredItems(r.nextInt(4)).mediaItems(r.nextInt(3)).followers(r.nextInt(3_000))
                .targetAccounts(targets);
        int connections = r.nextInt(3_000);
        b.connections(connections).decisionMakerConnections(r.nextInt(connections / 4 + 1))
                .colleagueConnections(r.nextInt(connections / 4 + 1));
        if (r.nextBoolean()) {
            b.headline("Helping revenue teams sell with insight, not noise ".repeat(1 + r.nextInt(2)).trim());
        }
        if (r.nextBoolean()) {
            b.summary("I work with sales leaders on pipeline quality. ".repeat(r.nextInt(20)).trim());
        }
        ActivityType[] types = ActivityType.values();
        int n = r.nextInt(400);
        List<Activity> log = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ActivityType type = types[r.nextInt(types.length)];
            Instant at = AS_OF.minusSeconds(r.nextInt(200 * 86_400)).plusSeconds(r.nextInt(10) == 0 ? 3_600 : 0);
            Activity.Builder a = Activity.builder(type, at).id(id + "-" + (r.nextInt(20) == 0 ? 0 : i));
            if (r.nextInt(3) > 0) {
                Seniority[] levels = Seniority.values();
                Contact.Builder c = Contact.builder("contact-" + r.nextInt(60))
                        .seniority(levels[r.nextInt(levels.length)]).degree(r.nextInt(4)).colleague(r.nextInt(8) == 0);
                if (accounts > 0 && r.nextBoolean()) {
                    c.accountId("account-" + r.nextInt(accounts));
                }
                a.contact(c.build());
            }
            if (type.isContent()) {
                a.engagement(r.nextInt(80));
            }
            log.add(a.build());
        }
        return new SampleMember(b.build(), log, "random member " + seed);
    }
}
