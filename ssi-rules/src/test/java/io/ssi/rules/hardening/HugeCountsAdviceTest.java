package io.ssi.rules.hardening;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.Seniority;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles whose counts sit at the top of {@code int}: advice that raises a count must saturate,
 * not wrap round into a negative count (an undocumented {@code IllegalArgumentException}) or
 * take the whole relationships generator down.
 */
final class HugeCountsAdviceTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T17:00:00Z");
    private static final SsiCalculator CALC = SsiCalculator.standard();
    private static final SsiAdvisor ADVISOR = SsiAdvisor.builder().discoverGenerators().calculator(CALC).build();

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 100, Integer.MAX_VALUE - 150,
            Integer.MAX_VALUE - 200,
            Integer.MAX_VALUE - 10_000})
    void relationshipAdviceSurvivesConnectionsNearTheTopOfInt(int connections) {
        MemberProfile profile = MemberProfile.builder("member-huge").connections(connections).followers(connections)
                .decisionMakerConnections(3).colleagueConnections(2).targetAccounts(Set.of("acme", "globex")).build();
        List<Activity> log = outreach();
        SsiScore score = CALC.score(profile, log, AS_OF);

        List<Recommendation> recs = ADVISOR.advise(score, profile, log);

        // The small decision-maker and colleague networks leave points to win, and the one log
        // asks for welcome messages: the relationships generator must still speak.
        assertThat(recs).extracting(Recommendation::code)
                .contains("relationships.grow-decision-maker-network", "relationships.connect-with-colleagues");
        for (Recommendation r : recs) {
            assertThat(r.expectedGain()).isPositive().isLessThanOrEqualTo(25 - score.pillar(r.pillar()).points() + 1e-9);
        }
        double relationshipGains = recs.stream().filter(r -> r.pillar() == Pillar.BUILD_RELATIONSHIPS)
                .mapToDouble(Recommendation::expectedGain).sum();
        assertThat(relationshipGains).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, Integer.MAX_VALUE - 150})
    void everyProfileCountAtTheTopOfIntStillGetsAdvice(int huge) {
        MemberProfile profile = MemberProfile.builder("member-huge").connections(huge).followers(huge)
                .decisionMakerConnections(huge).colleagueConnections(huge).skills(huge).endorsements(huge)
                .experienceEntries(huge).educationEntries(huge).recommendationsReceived(huge).featuredItems(huge)
                .mediaItems(huge).targetAccounts(Set.of("acme")).build();
        List<Activity> log = outreach();
        SsiScore score = CALC.score(profile, log, AS_OF);

        List<Recommendation> recs = ADVISOR.advise(score, profile, log);

        assertThat(recs).isNotEmpty();
        assertThat(recs).extracting(Recommendation::pillar).contains(Pillar.BUILD_RELATIONSHIPS);
    }

    /** Twelve requests, half accepted, none welcomed: enough for the acceptance and welcome rates. */
    private static List<Activity> outreach() {
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Contact c = Contact.builder("c-" + i).seniority(Seniority.MANAGER).accountId("acme").degree(2).build();
            Instant at = AS_OF.minusSeconds(86_400L * (i + 1));
            log.add(Activity.builder(ActivityType.CONNECTION_REQUEST_SENT, at).id("s-" + i).contact(c).build());
            if (i % 2 == 0) {
                log.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, at.plusSeconds(60)).id("a-" + i)
                        .contact(c).build());
            }
        }
        return log;
    }
}
