package io.ssi.examples;

// The code between the README markers is the README's quick start, word for word
// (QuickStartTest checks it), so the README's example always compiles and runs.
// README:begin
import io.ssi.core.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

public final class QuickStart {
    public static void main(String[] args) {
        SsiCalculator calc = SsiCalculator.standard(); // finds the standard rules (ssi-rules); build once, share

        MemberProfile profile = MemberProfile.builder("member-42").timeZone(ZoneId.of("Europe/Berlin"))
                .jobTitle("Account Executive").headline("Account Executive | I help CFOs close their books faster")
                .hasPhoto(true).experienceEntries(4).skills(25).endorsements(40)
                .connections(900).decisionMakerConnections(80).targetAccounts(Set.of("acme", "globex"))
                .build();
        Contact cfo = Contact.builder("contact-7").seniority(Seniority.CXO).accountId("acme").degree(2).build();
        List<Activity> activities = List.of(
                Activity.builder(ActivityType.PROFILE_VIEWED, Instant.parse("2026-11-02T09:00:00Z")).id("crm-122").contact(cfo).build(),
                Activity.builder(ActivityType.CONNECTION_REQUEST_SENT, Instant.parse("2026-11-02T09:15:00Z")).id("crm-123").contact(cfo).build(),
                Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, Instant.parse("2026-11-03T14:02:00Z")).id("crm-124").contact(cfo).build(),
                Activity.builder(ActivityType.POST_PUBLISHED, Instant.parse("2026-11-20T08:30:00Z")).id("crm-125").engagement(31).build());

        SsiScore score = calc.score(profile, activities, Instant.parse("2026-11-30T18:00:00Z"));
        System.out.printf("SSI %.1f of 100 (%s, model %s)%n", score.total(), score.band(), score.modelVersion());
        for (Pillar pillar : Pillar.values()) {
            PillarScore p = score.pillar(pillar);
            System.out.printf("%-21s %4.1f of 25%n", pillar, p.points());
            for (RuleContribution c : p.topContributions(2)) {
                System.out.printf("    %-32s %.1f of %.1f: %s%n", c.ruleId(), c.points(), c.maxPoints(), c.explanation());
            }
        }
    }
}
// README:end
