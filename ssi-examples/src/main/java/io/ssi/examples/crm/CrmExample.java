package io.ssi.examples.crm;

import io.ssi.core.ActivityType;
import io.ssi.core.Coverage;
import io.ssi.core.Coverage.ProfileFact;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoreBand;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.mapping.ActivityRows;
import io.ssi.core.mapping.CrmValues;
import io.ssi.core.mapping.MappedActivities;
import io.ssi.core.mapping.MappingReport;
import io.ssi.core.mapping.Row;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a Salesforce export (the generated {@link SalesforceExport}) and scores every rep: the
 * mapping report, the data-quality figures, and each rep's total and band.
 */
public final class CrmExample {

    /** The day the export ends; the scores are as of its evening. */
    public static final LocalDate END = LocalDate.parse("2026-11-30");
    /** The export's seed. */
    public static final long SEED = 20261130L;
    /** The number of reps in the export: with a few thousand rows between them. */
    public static final int REPS = 30;

    /**
     * What this CRM observes: the types Sales Navigator's sync writes, the profile views and
     * saved leads the plugin adds, and the profile facts its User fields hold.
     */
    public static final Coverage CRM_COVERAGE = Coverage.builder()
            .activities(ActivityType.INMAIL_SENT, ActivityType.INMAIL_REPLY_RECEIVED, ActivityType.MESSAGE_SENT,
                    ActivityType.MESSAGE_REPLY_RECEIVED, ActivityType.CONNECTION_REQUEST_SENT,
                    ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.PROFILE_VIEWED, ActivityType.LEAD_SAVED)
            .profile(ProfileFact.PHOTO, ProfileFact.HEADLINE, ProfileFact.SUMMARY, ProfileFact.EXPERIENCE,
                    ProfileFact.SKILLS, ProfileFact.CONNECTIONS, ProfileFact.FOLLOWERS)
            .build();

    /** The sync's subjects, and the plugin's own for profile views and saved leads. */
    public static final ActivityRows MAPPING = ActivityRows.salesforceTasks().toBuilder()
            .types(ActivityRows.salesforceTaskSubjects().toBuilder()
                    .exact("LinkedIn Profile View", ActivityType.PROFILE_VIEWED)
                    .exact("LinkedIn Lead Saved", ActivityType.LEAD_SAVED).build())
            .build();

    private CrmExample() {
    }

    /**
     * Prints the mapping report, the data quality and the reps' scores.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SalesforceExport export = SalesforceExport.generate(SEED, REPS, END);
        Result r = run(export, SsiCalculator.standard());
        Result crm = run(export, SsiCalculator.builder().discoverRules().coverage(CRM_COVERAGE).build());
        MappingReport m = r.mapped().report();
        System.out.printf("%d task rows: %d mapped, %d unmapped, %d rejected%n", m.rows(), m.mappedRows(),
                m.unmappedRows(), m.rejectedRows());
        m.mapped().forEach((type, n) -> System.out.printf("  mapped   %-30s %5d%n", type, n));
        m.unmapped().forEach((value, n) -> System.out.printf("  unmapped %-30s %5d%n", value, n));
        m.rejected().forEach((reason, n) -> System.out.printf("  rejected %-30s %5d%n", reason, n));
        System.out.printf(Locale.ROOT, "data quality: %d of %d contacts without seniority (%.0f%%), degree unknown for"
                        + " %.0f%%; %d of %d reps without a time zone; %d duplicate ids; %d date-only rows%n",
                m.contactsWithUnknownSeniority(), m.contacts(), 100 * m.unknownSeniorityShare(),
                100 * m.unknownDegreeShare(), m.ownersWithDefaultedZone(), m.owners(), m.duplicateIds(), m.dateOnly());
        System.out.printf(Locale.ROOT, "the CRM coverage rests on %.0f%% of the model's points (%s)%n",
                100 * crm.all().get(0).coverage().modelShare(), crm.all().get(0).modelVersion());
        System.out.println("rep                effort   full model          CRM coverage");
        for (Map.Entry<String, SsiScore> e : r.scores().entrySet()) {
            SsiScore c = crm.scores().get(e.getKey());
            System.out.printf(Locale.ROOT, "%s  %.2f  %5.1f %-10s    %5.1f %s%n", e.getKey(),
                    export.effort().get(e.getKey()), e.getValue().total(), e.getValue().band(), c.total(), c.band());
        }
        System.out.println("bands, full model:   " + r.bands());
        System.out.println("bands, CRM coverage: " + crm.bands());
    }

    /**
     * Maps the export and scores every rep with the calculator.
     *
     * @param export the export
     * @param calc   the calculator
     * @return the mapped activities and the scores by rep
     */
    public static Result run(SalesforceExport export, SsiCalculator calc) {
        Map<String, MemberProfile> profiles = new LinkedHashMap<>();
        Map<String, Optional<ZoneId>> zones = new LinkedHashMap<>();
        for (Row user : export.users()) {
            String id = user.value("Id").orElseThrow();
            Optional<ZoneId> zone = user.value("TimeZoneSidKey").map(ZoneId::of);
            zones.put(id, zone);
            profiles.put(id, profileOf(user, zone));
        }
        MappedActivities mapped = MAPPING.map(export.tasks(), owner -> zones.getOrDefault(owner, Optional.empty()));
        Instant asOf = END.atTime(18, 0).atZone(ZoneOffset.UTC).toInstant();
        Map<String, SsiScore> scores = new LinkedHashMap<>();
        Map<ScoreBand, Integer> bands = new EnumMap<>(ScoreBand.class);
        for (ScoreBand b : ScoreBand.values()) {
            bands.put(b, 0);
        }
        for (Map.Entry<String, MemberProfile> e : profiles.entrySet()) {
            SsiScore s = calc.score(e.getValue(), mapped.activitiesOf(e.getKey()), asOf);
            scores.put(e.getKey(), s);
            bands.merge(s.band(), 1, Integer::sum);
        }
        return new Result(mapped, scores, bands);
    }

    /** A rep's profile from the User row: the plugin's custom fields, lengths instead of text. */
    static MemberProfile profileOf(Row user, Optional<ZoneId> zone) {
        MemberProfile.Builder b = MemberProfile.builder(user.value("Id").orElseThrow());
        zone.ifPresent(b::timeZone);
        user.value("Title").ifPresent(b::jobTitle);
        user.value("LinkedIn_Connections__c").ifPresent(v -> b.connections(CrmValues.count("LinkedIn_Connections__c", v)));
        user.value("LinkedIn_Followers__c").ifPresent(v -> b.followers(CrmValues.count("LinkedIn_Followers__c", v)));
        user.value("LinkedIn_Headline_Length__c")
                .ifPresent(v -> b.headlineLength(CrmValues.count("LinkedIn_Headline_Length__c", v)));
        user.value("LinkedIn_Summary_Length__c")
                .ifPresent(v -> b.summaryLength(CrmValues.count("LinkedIn_Summary_Length__c", v)));
        user.value("LinkedIn_Experience__c")
                .ifPresent(v -> b.experienceEntries(CrmValues.count("LinkedIn_Experience__c", v)));
        user.value("LinkedIn_Skills__c").ifPresent(v -> b.skills(CrmValues.count("LinkedIn_Skills__c", v)));
        b.hasPhoto(user.value("LinkedIn_Has_Photo__c").map(Boolean::parseBoolean).orElse(false));
        return b.build();
    }

    /**
     * The example's results.
     *
     * @param mapped the mapped activities and the mapping report
     * @param scores each rep's score, by user id, in export order
     * @param bands  how many reps are in each band
     */
    public record Result(MappedActivities mapped, Map<String, SsiScore> scores, Map<ScoreBand, Integer> bands) {
        /** Copies the maps. */
        public Result {
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            bands = java.util.Collections.unmodifiableMap(new EnumMap<>(bands));
        }

        /** @return the reps' scores in export order */
        public List<SsiScore> all() {
            return List.copyOf(scores.values());
        }
    }
}
