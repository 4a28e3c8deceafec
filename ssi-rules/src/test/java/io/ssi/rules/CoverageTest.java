package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Advice;
import io.ssi.core.Cohort;
import io.ssi.core.Contact;
import io.ssi.core.Coverage;
import io.ssi.core.Coverage.ProfileFact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.RuleContribution;
import io.ssi.core.ScoreBand;
import io.ssi.core.Seniority;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static io.ssi.core.ActivityType.INMAIL_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.LEAD_SAVED;
import static io.ssi.core.ActivityType.MESSAGE_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scoring only what a CRM observes: unobserved rules are left out, not counted as zero. */
final class CoverageTest {

    private static final LocalDate END = LocalDate.parse("2026-11-30");
    private static final Instant AS_OF = END.atTime(18, 0).toInstant(ZoneOffset.UTC);

    /** What Sales Navigator's sync and a plugin write, and the profile facts a plugin keeps. */
    static final Coverage CRM = Coverage.builder()
            .activities(INMAIL_SENT, INMAIL_REPLY_RECEIVED, MESSAGE_SENT, MESSAGE_REPLY_RECEIVED,
                    CONNECTION_REQUEST_SENT, CONNECTION_REQUEST_ACCEPTED, CONNECTION_INVITE_ACCEPTED, PROFILE_VIEWED,
                    LEAD_SAVED)
            .profile(ProfileFact.PHOTO, ProfileFact.HEADLINE, ProfileFact.SUMMARY, ProfileFact.EXPERIENCE,
                    ProfileFact.SKILLS, ProfileFact.CONNECTIONS, ProfileFact.FOLLOWERS, ProfileFact.TARGET_ACCOUNTS)
            .build();
    private static final SsiCalculator CRM_CALC = SsiCalculator.builder().discoverRules().coverage(CRM).build();
    private static final SsiCalculator FULL = SsiCalculator.standard();

    /** Complete on every fact the CRM knows. */
    static MemberProfile diligentProfile() {
        return MemberProfile.builder("rep-a").hasPhoto(true).jobTitle("Account Executive")
                .headlineLength("Account Executive".length() + 80).summaryLength(900).experienceEntries(6).skills(50)
                .connections(3000).followers(3000).targetAccounts(Set.of("acc-1", "acc-2", "acc-3", "acc-4"))
                .build();
    }

    /** Every observed signal well past its target, every weekday of the window. */
    static List<Activity> diligentLog() {
        List<Activity> out = new ArrayList<>();
        int n = 0;
        for (LocalDate day = END.minusDays(89); !day.isAfter(END); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
            for (int i = 0; i < 12; i++) {
                n++;
                Contact c = Contact.builder("c" + n).seniority(Seniority.VP).accountId("acc-" + (n % 4 + 1))
                        .degree(3).build();
                out.add(activity(PROFILE_VIEWED, at.plusSeconds(i), "v" + n, c));
                if (i < 4) {
                    out.add(activity(LEAD_SAVED, at.plusSeconds(100 + i), "l" + n, c));
                    out.add(activity(CONNECTION_REQUEST_SENT, at.plusSeconds(200 + i), "r" + n, c));
                    out.add(activity(CONNECTION_REQUEST_ACCEPTED, at.plusSeconds(3600 + i), "a" + n, c));
                    out.add(activity(INMAIL_SENT, at.plusSeconds(300 + i), "i" + n, c));
                    out.add(activity(INMAIL_REPLY_RECEIVED, at.plusSeconds(7200 + i), "ir" + n, c));
                }
                if (i < 6) {
                    out.add(activity(MESSAGE_SENT, at.plusSeconds(400 + i), "m" + n, c));
                    out.add(activity(MESSAGE_REPLY_RECEIVED, at.plusSeconds(9000 + i), "mr" + n, c));
                }
                if (i < 2) {
                    out.add(activity(CONNECTION_INVITE_ACCEPTED, at.plusSeconds(500 + i), "ia" + n, c));
                }
            }
        }
        return out;
    }

    private static Activity activity(ActivityType type, Instant at, String id, Contact c) {
        return Activity.builder(type, at).id(id).contact(c).build();
    }

    private static Set<String> keptRuleIds() {
        return CRM_CALC.rules().stream().map(ScoringRule::id).collect(Collectors.toSet());
    }

    @Test
    void aRepWhoDoesEverythingRightOnTheObservedSignalsIsALeader() {
        SsiScore s = CRM_CALC.score(diligentProfile(), diligentLog(), AS_OF);
        assertThat(s.band()).as("total %s, pillars %s", s.total(), s.pillars()).isEqualTo(ScoreBand.LEADER);
        // The same rep under the full model: what the CRM cannot see counts as zero there.
        assertThat(FULL.score(diligentProfile(), diligentLog(), AS_OF).total()).isLessThan(70);
    }

    @Test
    void aBareProfileWithNoObservedActivityIsALaggard() {
        SsiScore s = CRM_CALC.score(MemberProfile.builder("rep-b").build(), List.of(), AS_OF);
        assertThat(s.band()).isEqualTo(ScoreBand.LAGGARD);
        assertThat(s.total()).isLessThan(5);
    }

    @Test
    void everyUnobservedRuleIsAbsentFromTheScore() {
        SsiScore s = CRM_CALC.score(diligentProfile(), diligentLog(), AS_OF);
        Set<String> observed = new HashSet<>();
        for (ScoringRule r : FULL.rules()) {
            if (CRM.observes(r.reads())) {
                observed.add(r.id());
            }
        }
        assertThat(s.contributions()).extracting(RuleContribution::ruleId).containsExactlyInAnyOrderElementsOf(observed);
        assertThat(observed).doesNotContain("engage.comments", "engage.likes", "find.searches",
                "find.profile-views-received", "brand.posts", "brand.endorsements", "find.days-active");
        for (Pillar p : Pillar.values()) {
            assertThat(s.pillar(p).contributions()).as("%s keeps some rule", p).isNotEmpty();
        }
    }

    @Test
    void adviceNeverNamesAnUnobservedSignal() {
        SsiAdvisor advisor = SsiAdvisor.builder().discoverGenerators().calculator(CRM_CALC).build();
        List<MemberProfile> profiles = List.of(MemberProfile.builder("rep-c").build(),
                MemberProfile.builder("rep-d").hasPhoto(true).connections(300).build(), diligentProfile());
        List<List<Activity>> logs = List.of(List.of(), diligentLog().subList(0, 200), diligentLog());
        for (MemberProfile p : profiles) {
            for (List<Activity> log : logs) {
                Advice advice = advisor.advise(p, log, AS_OF);
                for (Recommendation r : advice.recommendations()) {
                    assertThat(keptRuleIds()).as(r.code()).containsAll(r.ruleIds());
                    r.activity().ifPresent(t -> assertThat(CRM.activityTypes()).as(r.code()).contains(t));
                }
            }
        }
        assertThat(advisor.advise(MemberProfile.builder("rep-c").build(), List.of(), AS_OF).recommendations())
                .as("a rep who does nothing still gets advice on what the CRM sees").isNotEmpty();
    }

    @Test
    void coverageIsPartOfTheFingerprintAndMixedCoverageIsRefused() {
        SsiCalculator fullByBuilder = SsiCalculator.builder().discoverRules().coverage(Coverage.full()).build();
        assertThat(fullByBuilder.modelVersion()).isEqualTo(FULL.modelVersion()).isEqualTo(StandardModel.VERSION);
        assertThat(CRM_CALC.modelVersion()).startsWith(StandardModel.VERSION + "+").isNotEqualTo(FULL.modelVersion());
        Coverage more = Coverage.builder().activities(CRM.activityTypes().toArray(new ActivityType[0]))
                .activities(ActivityType.POST_COMMENTED).profile(CRM.profileFacts().toArray(new ProfileFact[0])).build();
        assertThat(SsiCalculator.builder().discoverRules().coverage(more).build().modelVersion())
                .isNotEqualTo(CRM_CALC.modelVersion());

        SsiScore crm = CRM_CALC.score(diligentProfile(), diligentLog(), AS_OF);
        SsiScore full = FULL.score(MemberProfile.builder("rep-z").build(), List.of(), AS_OF);
        assertThatThrownBy(() -> Cohort.of("team", List.of(crm, full))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SsiAdvisor.standard().advise(crm, diligentProfile(), diligentLog()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
    }

    @Test
    void theScoreSaysHowMuchOfTheModelItRestsOn() {
        SsiScore s = CRM_CALC.score(diligentProfile(), List.of(), AS_OF);
        double all = FULL.rules().stream().mapToDouble(ScoringRule::maxPoints).sum();
        double kept = CRM_CALC.rules().stream().mapToDouble(ScoringRule::maxPoints).sum();
        assertThat(s.coverage().modelShare()).isEqualTo(kept / all).isBetween(0.2, 0.8);
        assertThat(s.coverage().activityTypes()).isEqualTo(CRM.activityTypes());
        assertThat(FULL.score(diligentProfile(), List.of(), AS_OF).coverage()).isEqualTo(Coverage.full());
    }

    @Test
    void aPillarWithNothingObservedIsRefusedWhenTheCalculatorIsBuilt() {
        Coverage messagesOnly = Coverage.builder().activities(MESSAGE_SENT, MESSAGE_REPLY_RECEIVED, INMAIL_SENT,
                INMAIL_REPLY_RECEIVED).wholeProfile().build();
        assertThatThrownBy(() -> SsiCalculator.builder().discoverRules().coverage(messagesOnly).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pillar FIND_RIGHT_PEOPLE");
    }

    @Test
    void theStandardRulesSayWhatTheyRead() {
        for (ScoringRule r : FULL.rules()) {
            Coverage reads = r.reads();
            assertThat(reads.observesEverything()).as(r.id()).isFalse();
            assertThat(reads.activityTypes().isEmpty() && reads.profileFacts().isEmpty()).as(r.id()).isFalse();
        }
        assertThat(FULL.rules().stream().filter(r -> r.id().equals("engage.conversations")).findFirst().orElseThrow()
                .reads().activityTypes()).isEqualTo(EnumSet.of(MESSAGE_SENT, MESSAGE_REPLY_RECEIVED, INMAIL_SENT,
                INMAIL_REPLY_RECEIVED));
    }
}
