package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.ScoreBand;
import io.ssi.core.Seniority;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.rules.StandardModel;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Set;

import static io.ssi.rules.advice.Members.AS_OF;
import static io.ssi.rules.advice.Members.contact;
import static org.assertj.core.api.Assertions.assertThat;

/** The standard generators on hand-built members: what they say, and when they stay silent. */
final class StandardAdviceTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    private static final SsiAdvisor ADVISOR = SsiAdvisor.builder().generators(StandardAdvice.generators())
            .calculator(CALC).build();

    /**
     * The standard model without connection growth: in standard-2 the relationships pillar's
     * maxima add up to more than 25, and the growth advice alone can fill what a member misses,
     * leaving no room to see the smaller advice a test is about.
     */
    private static final SsiCalculator WITHOUT_GROWTH = SsiCalculator.builder()
            .rules(StandardModel.builder().drop("relationships.connection-growth").build()).build();
    private static final SsiAdvisor ADVISOR_WITHOUT_GROWTH = SsiAdvisor.builder()
            .generators(StandardAdvice.generators()).calculator(WITHOUT_GROWTH).build();

    private static List<Recommendation> adviseWithoutGrowth(MemberProfile p, List<Activity> log) {
        return ADVISOR_WITHOUT_GROWTH.advise(WITHOUT_GROWTH.score(p, log, AS_OF), p, log);
    }

    private static List<Recommendation> advise(MemberProfile p, List<Activity> log) {
        return advise(ADVISOR, p, log);
    }

    private static List<Recommendation> advise(SsiAdvisor advisor, MemberProfile p, List<Activity> log) {
        SsiScore s = CALC.score(p, log, AS_OF);
        return advisor.advise(s, p, log);
    }

    private static List<String> codes(List<Recommendation> recs) {
        return recs.stream().map(Recommendation::code).toList();
    }

    @Test
    void aSaturatedRuleYieldsNoRecommendation() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_COMMENTED, 2 * StandardModel.rule("engage.comments").orElseThrow().target())
                .activities();
        SsiScore s = CALC.score(p, log, AS_OF);
        assertThat(s.contributions()).filteredOn(c -> c.ruleId().equals("engage.comments"))
                .allSatisfy(c -> assertThat(c.saturated()).isTrue());
        assertThat(codes(ADVISOR.advise(s, p, log))).doesNotContain(EngageAdvice.COMMENT_WITH_INSIGHT)
                .contains(EngageAdvice.SHARE_WITH_COMMENTARY);
    }

    @Test
    void aPerfectScoreGetsNoRecommendationAtAll() {
        Members.Member maxed = maxed();
        SsiScore s = CALC.score(maxed.profile(), maxed.log(), AS_OF);
        assertThat(s.contributions()).filteredOn(c -> !c.saturated()).extracting(c -> c.ruleId() + " " + c.explanation()).isEmpty();
        assertThat(s.total()).isEqualTo(100.0);
        assertThat(ADVISOR.advise(s, maxed.profile(), maxed.log())).isEmpty();
    }

    @Test
    void welcomeAdviceNamesTheNewConnectionsWhoGotNone() {
        MemberProfile p = networked(MemberProfile.builder("m")).build();
        Log log = new Log(p, "a");
        for (int i = 0; i < 9; i++) {
            log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("c" + i, Seniority.SENIOR, 1, null));
        }
        log.now(ActivityType.WELCOME_MESSAGE_SENT, contact("c0", Seniority.SENIOR, 1, null));
        log.now(ActivityType.WELCOME_MESSAGE_SENT, contact("c1", Seniority.SENIOR, 1, null));
        Recommendation welcome = adviseWithoutGrowth(p, log.activities()).stream()
                .filter(r -> r.code().equals(RelationshipAdvice.WELCOME_NEW_CONNECTIONS)).findFirst().orElseThrow();
        assertThat(welcome.subjects()).containsExactly("c2", "c3", "c4", "c5", "c6", "c7", "c8");
        assertThat(welcome.message()).startsWith("7 of your 9 new connections in the last 90 days got no welcome message");
        assertThat(welcome.ruleIds()).containsExactly("relationships.welcomes");
        assertThat(welcome.pillar()).isEqualTo(Pillar.BUILD_RELATIONSHIPS);
        assertThat(welcome.message()).contains("+" + String.format(Locale.ROOT, "%.1f", welcome.expectedGain()));
    }

    @Test
    void multiThreadingAdviceNamesTheTargetAccountsClosestToThreeConnections() {
        MemberProfile p = networked(MemberProfile.builder("m")).targetAccounts(Set.of("acme", "globex", "initech"))
                .build();
        Log log = new Log(p, "a");
        log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("g1", Seniority.SENIOR, 1, "globex"));
        log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("g2", Seniority.SENIOR, 1, "globex"));
        log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("i1", Seniority.SENIOR, 1, "initech"));
        Recommendation r = adviseWithoutGrowth(p, log.activities()).stream()
                .filter(x -> x.code().equals(RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS)).findFirst().orElseThrow();
        assertThat(r.subjects()).containsExactly("globex", "initech", "acme");
        assertThat(r.message()).contains("0 of your 3 target accounts").contains("globex, initech, acme");
        assertThat(r.ruleIds()).containsExactly("relationships.multi-threading", "relationships.target-accounts");
    }

    @Test
    void aBareProfileIsToldToCompleteItFirst() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Recommendation> recs = advise(p, List.of());
        assertThat(recs.get(0).code()).isEqualTo(ProfileAdvice.COMPLETE_PROFILE);
        assertThat(codes(recs)).doesNotContain(ProfileAdvice.ADD_PHOTO, ProfileAdvice.EXPAND_SUMMARY);
    }

    @Test
    void aProfileWithTheBasicsGetsOneAdvicePerGap() {
        MemberProfile p = MemberProfile.builder("m").hasPhoto(true).experienceEntries(3).jobTitle("Account Executive")
                .headline("Account Executive").build();
        List<Recommendation> recs = advise(p, List.of());
        assertThat(codes(recs)).doesNotContain(ProfileAdvice.COMPLETE_PROFILE)
                .contains(ProfileAdvice.REWRITE_HEADLINE, ProfileAdvice.EXPAND_SUMMARY);
        // The brand pillar's maxima add up to more than 25: a smaller gap is advised unless the
        // larger advice already fills what the pillar misses.
        double brandGains = recs.stream().filter(r -> r.pillar() == Pillar.PROFESSIONAL_BRAND)
                .mapToDouble(Recommendation::expectedGain).sum();
        SsiScore s = CALC.score(p, List.of(), AS_OF);
        if (!codes(recs).contains(ProfileAdvice.ADD_BACKGROUND_PHOTO)) {
            assertThat(brandGains).isCloseTo(s.pillar(Pillar.PROFESSIONAL_BRAND).missingPoints(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void sprayAndPrayIsToldToImproveItsAcceptanceRate() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.CONNECTION_REQUEST_SENT, 100)
                .weekly(ActivityType.CONNECTION_REQUEST_ACCEPTED, 5).activities();
        Recommendation r = advise(p, log).stream()
                .filter(x -> x.code().equals(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE)).findFirst().orElseThrow();
        assertThat(r.message()).startsWith("Only 64 of your 1,286 connection requests were accepted (5%)");
    }

    @Test
    void germanAdviceIsGermanAndUsesGermanNumbers() {
        SsiAdvisor german = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                .locale(Locale.GERMAN).build();
        MemberProfile p = MemberProfile.builder("m").hasPhoto(true).experienceEntries(3).build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_COMMENTED, 2.5).activities();
        Recommendation comment = advise(german, p, log).stream()
                .filter(r -> r.code().equals(EngageAdvice.COMMENT_WITH_INSIGHT)).findFirst().orElseThrow();
        assertThat(comment.message()).startsWith("Kommentieren Sie").contains("2,5");
        assertThat(comment.locale()).isEqualTo(Locale.GERMAN);
        assertThat(german.describe(ScoreBand.GOOD)).isEqualTo("70 bis unter 85: was Insider bei LinkedIn einen guten"
                + " Wert nennen.");
    }

    @Test
    void aLanguageThatIsNotShippedGetsEnglishWhateverTheJvmsDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            SsiAdvisor french = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                    .locale(Locale.FRENCH).build();
            MemberProfile p = MemberProfile.builder("m").build();
            List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_COMMENTED, 2.5).activities();
            Recommendation comment = advise(french, p, log).stream()
                    .filter(r -> r.code().equals(EngageAdvice.COMMENT_WITH_INSIGHT)).findFirst().orElseThrow();
            assertThat(comment.message()).startsWith("Comment with an insight").contains("2.5");
            assertThat(comment.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(french.describe(ScoreBand.GOOD)).startsWith("70 to below 85");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void callersCanOverrideAnyMessage() {
        ListResourceBundle mine = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {
                        {EngageAdvice.COMMENT_WITH_INSIGHT, "Kommentar! {1,number,0.0} -> {2,number,0} (+{0,number,0.0})"},
                        {"band.LEADER", "Top of the class from {2,number,0}"}};
            }
        };
        SsiAdvisor custom = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                .messages(mine).build();
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = new Log(p, "a").weekly(ActivityType.POST_COMMENTED, 2.5).activities();
        Recommendation comment = advise(custom, p, log).stream()
                .filter(r -> r.code().equals(EngageAdvice.COMMENT_WITH_INSIGHT)).findFirst().orElseThrow();
        assertThat(comment.message()).startsWith("Kommentar! 2.5 -> 8 (+");
        assertThat(custom.describe(ScoreBand.LEADER)).isEqualTo("Top of the class from 85");
        assertThat(custom.describe(ScoreBand.GOOD)).startsWith("70 to below 85");
    }

    @Test
    void theStandardAdvisorFindsTheStandardGenerators() {
        SsiAdvisor standard = SsiAdvisor.standard();
        assertThat(standard.generators()).extracting(g -> g.getClass().getName())
                .containsExactlyInAnyOrderElementsOf(StandardAdvice.generators().stream()
                        .map(g -> g.getClass().getName()).toList());
        assertThat(standard.locale()).isEqualTo(Locale.ENGLISH);
    }

    /** A member who saturates every standard rule. */
    /**
     * A profile whose network rules are full, so that their advice does not fill the
     * relationships pillar before the advice a test is about.
     */
    private static MemberProfile.Builder networked(MemberProfile.Builder b) {
        return b.connections(6000).decisionMakerConnections(600).colleagueConnections(250);
    }

    static Members.Member maxed() {
        java.util.Set<String> targets = Set.of("t0", "t1", "t2", "t3", "t4");
        MemberProfile p = MemberProfile.builder("maxed").jobTitle("AE").headline("x".repeat(100))
                .summary("y".repeat(700)).hasPhoto(true).hasBackgroundPhoto(true).experienceEntries(5)
                .educationEntries(2).skills(40).endorsements(100).recommendationsReceived(5).featuredItems(5)
                .mediaItems(2).connections(6000).followers(6000).decisionMakerConnections(600)
                .colleagueConnections(250).targetAccounts(targets).build();
        Log log = new Log(p, "x");
        for (ActivityType t : ActivityType.values()) {
            if (t == ActivityType.PROFILE_VIEWED || t == ActivityType.CONNECTION_REQUEST_ACCEPTED
                    || t == ActivityType.CONNECTION_INVITE_ACCEPTED || t == ActivityType.WELCOME_MESSAGE_SENT
                    || t == ActivityType.POST_PUBLISHED) {
                continue;
            }
            // Content finds an audience; everything else is plain volume.
            log.weekly(t, 40, t.isContent() ? 40 : 0, k -> null);
        }
        log.weekly(ActivityType.POST_PUBLISHED, 5, 40, k -> null);
        log.weekly(ActivityType.PROFILE_VIEWED, 70, 0,
                k -> contact("v" + k, Seniority.VP, 3, null));
        List<io.ssi.core.Contact> connected = new java.util.ArrayList<>();
        log.weekly(ActivityType.CONNECTION_REQUEST_ACCEPTED, 20, 0, k -> {
            io.ssi.core.Contact c = contact("n" + k, Seniority.VP, 2, "t" + k % 5);
            connected.add(c);
            return c;
        });
        for (io.ssi.core.Contact c : connected) {
            log.now(ActivityType.WELCOME_MESSAGE_SENT, c);
        }
        return new Members.Member(p, log.activities());
    }
}
