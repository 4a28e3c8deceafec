package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Advice;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Examples;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a plan asks of the member is what it adds to the what-if, not only what it gains: the
 * activity and weekly rate a recommendation states are the planned activities' type and
 * count, planned activities fall inside the window and on no later instant than asOf, their
 * ids collide with no row of the log, and the welcome advice plans one message for each new
 * connection it names.
 */
final class PlannedActivitiesTest {

    private static final SsiCalculator CALC = SsiCalculator.standard();

    @Test
    void everyPlanAddsWhatItsRecommendationAsksFor() {
        int checkedRates = 0;
        int checkedWelcomes = 0;
        for (long seed = 1; seed <= Examples.of(40); seed++) {
            Members.Member m = Members.random(seed);
            Map<String, Suggestion> byCode = new HashMap<>();
            List<RecommendationGenerator> capturing = new ArrayList<>();
            for (RecommendationGenerator g : SsiAdvisor.standard().generators()) {
                capturing.add(capture(g, byCode));
            }
            SsiAdvisor advisor = SsiAdvisor.builder().calculator(CALC).generators(capturing).build();
            Advice advice = advisor.advise(m.profile(), m.log(), Members.AS_OF);
            Set<String> logIds = new HashSet<>();
            for (Activity a : m.log()) {
                logIds.add(a.id());
            }
            Instant windowStart = Members.AS_OF.minus(Duration.ofDays(Members.WINDOW_DAYS));
            for (Recommendation r : advice.recommendations()) {
                Suggestion s = byCode.get(r.code());
                assertThat(s).as("seed %d: the suggestion behind %s", seed, r.code()).isNotNull();
                assertThat(r.activity()).isEqualTo(s.activity());
                assertThat(r.ruleIds()).isEqualTo(s.ruleIds());
                Set<String> ids = new HashSet<>();
                for (Activity a : s.plannedActivities()) {
                    assertThat(a.at()).as("seed %d, %s", seed, r.code()).isAfter(windowStart)
                            .isBeforeOrEqualTo(Members.AS_OF);
                    assertThat(logIds).as("seed %d, %s", seed, r.code()).doesNotContain(a.id());
                    assertThat(ids.add(a.id())).as("seed %d, %s: planned ids are unique", seed, r.code()).isTrue();
                }
                if (r.activity().isPresent() && r.extraPerWeek() > 0) {
                    ActivityType type = r.activity().get();
                    long planned = s.plannedActivities().stream().filter(a -> a.type() == type).count();
                    double perWeek = planned * 7.0 / Members.WINDOW_DAYS;
                    assertThat(perWeek).as("seed %d, %s: %s planned a week", seed, r.code(), type)
                            .isCloseTo(r.extraPerWeek(), org.assertj.core.data.Offset.offset(7.0 / Members.WINDOW_DAYS));
                    checkedRates++;
                }
                if (r.code().equals(RelationshipAdvice.WELCOME_NEW_CONNECTIONS)) {
                    List<String> welcomed = s.plannedActivities().stream()
                            .filter(a -> a.type() == ActivityType.WELCOME_MESSAGE_SENT)
                            .flatMap(a -> a.contact().stream()).map(c -> c.id()).toList();
                    assertThat(welcomed).as("seed %d: one welcome for each connection named", seed)
                            .containsExactlyInAnyOrderElementsOf(r.subjects());
                    assertThat(s.plannedActivities()).allMatch(a -> a.type() == ActivityType.WELCOME_MESSAGE_SENT);
                    checkedWelcomes++;
                }
            }
        }
        assertThat(checkedRates).as("recommendations with a weekly rate checked").isGreaterThan(Examples.of(40));
        assertThat(checkedWelcomes).as("welcome plans checked").isPositive();
    }

    private static RecommendationGenerator capture(RecommendationGenerator g, Map<String, Suggestion> byCode) {
        return new RecommendationGenerator() {
            @Override
            public String id() {
                return g.id();
            }

            @Override
            public Set<String> codes() {
                return g.codes();
            }

            @Override
            public ResourceBundle messages(Locale locale) {
                return g.messages(locale);
            }

            @Override
            public List<Suggestion> suggest(AdviceContext context) {
                List<Suggestion> suggestions = g.suggest(context);
                for (Suggestion s : suggestions) {
                    byCode.put(s.code(), s);
                }
                return suggestions;
            }
        };
    }
}
