package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults an SPI gives a plugin that does not override them, and the small facts of the
 * enums that rules and logs rely on.
 */
final class SpiDefaultsTest {

    private static final ScoringRule BARE = TestRule.constant("engage.bare", Pillar.ENGAGE_WITH_INSIGHTS, 2.5, 1);

    @Test
    void aRuleThatSaysNothingReadsEverythingAndExplainsNothing() {
        assertThat(BARE.reads()).isSameAs(Coverage.full());
        assertThat(BARE.explanations(Locale.GERMAN).keySet()).isEmpty();
        assertThat(BARE.explanations(Locale.GERMAN).getKeys().hasMoreElements()).isFalse();
        assertThat(BARE.signature()).isEqualTo(TestRule.class.getName() + "[engage.bare, ENGAGE_WITH_INSIGHTS, max 2.5]");
        assertThat(BARE.referenceFingerprint()).isEmpty();
    }

    @Test
    void aRuleThatSaysNothingAnswersItsPointsByEvaluating() {
        ScoringContext unread = (ScoringContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScoringContext.class}, (proxy, method, args) -> {
                    throw new AssertionError("asked " + method.getName());
                });
        assertThat(BARE.points(unread)).isEqualTo(1.0);
        assertThat(TestRule.constant("engage.zero", Pillar.ENGAGE_WITH_INSIGHTS, 2.5, 0).points(unread)).isZero();
    }

    @Test
    void theDefaultMultiThreadingCountAsksEveryTargetAccount() {
        Map<String, Integer> connections = Map.of("acme", 3, "globex", 2, "initech", 0);
        MemberProfile profile = MemberProfile.builder("m").targetAccounts(Set.of("acme", "globex", "initech", "hooli"))
                .build();
        InvocationHandler h = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return switch (method.getName()) {
                case "profile" -> profile;
                case "newConnectionsAt" -> connections.getOrDefault((String) args[0], 0);
                default -> throw new AssertionError("the default asks only profile() and newConnectionsAt(), but asked "
                        + method.getName());
            };
        };
        ScoringContext c = (ScoringContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScoringContext.class}, h);
        assertThat(c.targetAccountsWithNewConnections(3)).isEqualTo(1);
        assertThat(c.targetAccountsWithNewConnections(2)).isEqualTo(2);
        assertThat(c.targetAccountsWithNewConnections(4)).isZero();
        assertThat(c.targetAccountsWithNewConnections(0)).isEqualTo(4);
    }

    @Test
    void onlyWhatTheMemberDoesIsByTheMember() {
        Set<ActivityType> byOthers = EnumSet.of(ActivityType.PROFILE_VIEW_RECEIVED, ActivityType.MESSAGE_REPLY_RECEIVED,
                ActivityType.INMAIL_REPLY_RECEIVED, ActivityType.CONNECTION_REQUEST_ACCEPTED);
        for (ActivityType t : ActivityType.values()) {
            if (byOthers.contains(t)) {
                assertThat(t.isByMember()).as(t.name()).isFalse();
            }
        }
        assertThat(ActivityType.POST_COMMENTED.isByMember()).isTrue();
        assertThat(ActivityType.CONNECTION_INVITE_ACCEPTED.isByMember()).as("the member accepted").isTrue();
    }

    @Test
    void aFingerprintDoesNotDependOnTheOrderOfTheRules() {
        ScoringRule other = TestRule.constant("brand.other", Pillar.PROFESSIONAL_BRAND, 1, 1);
        String forward = SsiCalculator.fingerprint(List.of(other, BARE), ScoringOptions.defaults());
        assertThat(SsiCalculator.fingerprint(List.of(BARE, other), ScoringOptions.defaults())).isEqualTo(forward)
                .hasSize(64);
        assertThat(SsiCalculator.fingerprint(List.of(BARE), ScoringOptions.defaults())).isNotEqualTo(forward);
    }

    @Test
    void pillarsHaveShortKeys() {
        assertThat(List.of(Pillar.values())).extracting(Pillar::key)
                .containsExactly("brand", "find", "engage", "relationships");
    }

    @Test
    void aRecommendationPrintsCountsAndLengthsOnly() {
        Recommendation r = new Recommendation(Pillar.BUILD_RELATIONSHIPS, "relationships.welcome", "Welcome acme",
                "2 of 3", 1.25, List.of("relationships.welcome-rate"), Optional.of(ActivityType.WELCOME_MESSAGE_SENT),
                2, List.of("contact-1", "contact-2"), Locale.ENGLISH);
        assertThat(r.toString()).isEqualTo("Recommendation[pillar=BUILD_RELATIONSHIPS, code=relationships.welcome,"
                + " expectedGain=1.25, ruleIds=[relationships.welcome-rate], activity=WELCOME_MESSAGE_SENT,"
                + " extraPerWeek=2.0, subjects=2 (ids withheld), message=12 chars, evidence=6 chars, locale=en]");
    }
}
