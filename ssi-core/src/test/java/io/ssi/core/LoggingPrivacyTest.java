package io.ssi.core;

import io.ssi.core.spi.ScoringRule;
import io.ssi.core.testlogging.RecordedLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging never carries personal data. A recording SLF4J provider with every
 * level enabled captures what the engine logs while it scores a member whose personal fields
 * hold unique markers, with rules that fail so that the WARN and DEBUG paths run.
 */
final class LoggingPrivacyTest {

    private static final String HEADLINE = "HEADLINE-7f3a1c";
    private static final String SUMMARY = "SUMMARY-2b9e44 I help CFOs close faster";
    private static final String JOB_TITLE = "JOBTITLE-c0ffee";
    private static final String CONTACT_1 = "CONTACT-91d2aa";
    private static final String CONTACT_2 = "CONTACT-5e6f77";
    private static final String MEMBER = "member-8a7b6c";
    /** The personal fields' markers: in no log and no toString(). */
    private static final List<String> MARKERS = List.of("7f3a1c", "2b9e44", "c0ffee", "91d2aa", "5e6f77");
    /** The engine has no reason to log whom it scores either; the member id is in no log. */
    private static final List<String> NEVER_LOGGED = List.of("7f3a1c", "2b9e44", "c0ffee", "91d2aa", "5e6f77",
            "8a7b6c");

    private static final MemberProfile PROFILE = MemberProfile.builder(MEMBER)
            .timeZone(ZoneId.of("Europe/Berlin")).headline(HEADLINE).summary(SUMMARY).jobTitle(JOB_TITLE)
            .industry("Computer Software").targetAccounts(Set.of("acme")).build();

    /** Every kind of activity, with the marked contacts. */
    private static List<Activity> log() {
        Contact c1 = Contact.builder(CONTACT_1).seniority(Seniority.VP).accountId("acme").degree(3).build();
        Contact c2 = Contact.builder(CONTACT_2).colleague(true).degree(1).build();
        List<Activity> log = new ArrayList<>();
        int i = 0;
        for (ActivityType t : ActivityType.values()) {
            log.add(Fixtures.activity("a" + i++, t, daysBefore(AS_OF, i % 80), i % 2 == 0 ? c1 : c2));
        }
        log.add(Fixtures.activity("a0", ActivityType.POST_LIKED, daysBefore(AS_OF, 3), c1));
        log.add(Fixtures.activity("late", ActivityType.POST_LIKED, AS_OF.plusSeconds(60), c2));
        return log;
    }

    /**
     * Rules that touch every personal field and fail in the ways a real plugin would: a JDK
     * exception whose message quotes the input, and a careless message of the rule's own.
     */
    private static List<ScoringRule> rules() {
        return List.of(
                TestRule.measuring("brand.headline", Pillar.PROFESSIONAL_BRAND, 5,
                        c -> c.profile().headline().length() + c.profile().summary().length()),
                TestRule.returning("brand.headline-number", Pillar.PROFESSIONAL_BRAND, 5,
                        (r, c) -> RuleContribution.of(r, Integer.parseInt(c.profile().headline()),
                                Evidence.of(0, 1, "", ""))),
                TestRule.returning("brand.summary", Pillar.PROFESSIONAL_BRAND, 5, (r, c) -> {
                    throw new IllegalArgumentException("cannot judge summary '" + c.profile().summary() + "' of "
                            + c.profile().jobTitle().orElse(""), new IllegalStateException(c.profile().headline()));
                }),
                TestRule.weeklyRate("find.views", Pillar.FIND_RIGHT_PEOPLE, 5, ActivityType.PROFILE_VIEWED),
                TestRule.measuring("relationships.connections", Pillar.BUILD_RELATIONSHIPS, 5,
                        c -> c.newConnections() + c.welcomedNewConnections() + c.newConnectionsAt("acme")));
    }

    @BeforeEach
    void recordLogs() {
        RecordedLogs.start();
    }

    @AfterEach
    void stopRecording() {
        RecordedLogs.stop();
    }

    private static void assertNoPersonalDataWasLogged() {
        assertThat(RecordedLogs.isActive()).as("the recording SLF4J provider is bound").isTrue();
        assertThat(RecordedLogs.events()).extracting(RecordedLogs.Event::level).contains(Level.WARN, Level.DEBUG);
        for (RecordedLogs.Event e : RecordedLogs.events()) {
            assertThat(e.printable()).as("%s %s", e.level(), e.pattern()).doesNotContain(NEVER_LOGGED);
        }
    }

    @Test
    void scoringLogsNoPersonalData() {
        SsiScore s = SsiCalculator.builder().rules(rules()).build().score(PROFILE, log(), AS_OF);

        assertThat(s.failures()).extracting(RuleFailure::ruleId).containsExactly("brand.headline-number",
                "brand.summary");
        assertNoPersonalDataWasLogged();
    }

    @Test
    void historyLogsNoPersonalData() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        SsiCalculator.builder().rules(rules()).build().history(PROFILE, log(), day.minusDays(3), day);

        assertNoPersonalDataWasLogged();
    }

    @Test
    void theWarningNamesTheRuleAndItsClass() {
        SsiCalculator.builder().rules(rules()).build().score(PROFILE, log(), AS_OF);

        assertThat(RecordedLogs.events()).filteredOn(e -> e.level() == Level.WARN)
                .extracting(RecordedLogs.Event::formatted)
                .satisfiesExactly(
                        w -> assertThat(w).contains("brand.headline-number", TestRule.class.getName(),
                                NumberFormatException.class.getName()),
                        w -> assertThat(w).contains("brand.summary", IllegalArgumentException.class.getName()));
    }

    @Test
    void theDebugTraceKeepsExceptionClassesAndStackTracesForTheRuleAuthor() {
        SsiCalculator.builder().rules(rules()).build().score(PROFILE, log(), AS_OF);

        assertThat(RecordedLogs.events()).filteredOn(e -> e.level() == Level.DEBUG && e.throwable() != null)
                .satisfiesExactly(
                        e -> {
                            assertThat(e.formatted()).contains("brand.headline-number");
                            assertThat(e.throwable().toString()).contains(NumberFormatException.class.getName());
                            assertThat(e.throwable().getStackTrace()).extracting(StackTraceElement::getMethodName)
                                    .contains("parseInt");
                        },
                        e -> {
                            assertThat(e.formatted()).contains("brand.summary");
                            assertThat(e.throwable().toString()).contains(IllegalArgumentException.class.getName());
                            assertThat(e.throwable().getCause().toString())
                                    .contains(IllegalStateException.class.getName());
                            assertThat(e.throwable().getStackTrace()).isNotEmpty();
                        });
    }

    @Test
    void profileToStringLeavesOutHeadlineSummaryAndJobTitle() {
        String s = PROFILE.toString();

        assertThat(s).doesNotContain(MARKERS);
        assertThat(s).contains(MEMBER, "headline=<" + HEADLINE.length() + " chars>",
                "summary=<" + SUMMARY.length() + " chars>");
    }

    @Test
    void contactAndActivityToStringLeaveOutTheContactId() {
        Contact c = Contact.builder(CONTACT_1).seniority(Seniority.CXO).accountId("acme").degree(2).build();
        Activity a = Fixtures.activity("row-1", ActivityType.MESSAGE_SENT, AS_OF, c);

        assertThat(c.toString()).doesNotContain(CONTACT_1).contains("CXO", "acme", "degree=2");
        assertThat(a.toString()).doesNotContain(CONTACT_1).contains("row-1", "MESSAGE_SENT");
    }
}
