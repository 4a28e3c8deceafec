package io.ssi.core;

import io.ssi.core.SsiAdvisorTest.CommentCountRule;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link AdviceContext}'s default methods give a context written by hand (the advisor's own
 * context answers them itself): a rule found by id, advice worth giving only below the maximum,
 * and planned activity with a new contact for each activity.
 */
final class AdviceContextDefaultsTest {

    /** A second rule, with an id the first one does not have. */
    static final class OtherRule implements ScoringRule {
        @Override
        public String id() {
            return "engage.other";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 2;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            return RuleContribution.of(this, 0, Evidence.of(0, 1, "things", "{measured#} things"));
        }
    }

    /** Answers only the abstract methods; records what the defaults ask of it. */
    static final class HandMade implements AdviceContext {
        final List<ScoringRule> rules;
        final Map<String, RuleContribution> contributions;
        final List<Contact> planned = new ArrayList<>();
        final List<Contact> given = new ArrayList<>();
        final List<Object> weeklyAsked = new ArrayList<>();
        // What weekly returns: three places, as many as the contacts it asks for.
        final List<Activity> weeklyPlan = java.util.Collections.nCopies(3, null);

        HandMade(List<ScoringRule> rules, Map<String, RuleContribution> contributions) {
            this.rules = rules;
            this.contributions = contributions;
        }

        @Override
        public SsiScore score() {
            throw new AssertionError("the defaults need no score");
        }

        @Override
        public MemberProfile profile() {
            throw new AssertionError("the defaults need no profile");
        }

        @Override
        public ScoringContext scoring() {
            throw new AssertionError("the defaults need no aggregates");
        }

        @Override
        public List<ScoringRule> rules() {
            return rules;
        }

        @Override
        public Optional<RuleContribution> contribution(String ruleId) {
            return Optional.ofNullable(contributions.get(ruleId));
        }

        @Override
        public List<String> unwelcomedNewConnections() {
            return List.of();
        }

        @Override
        public Contact plannedContact(Seniority seniority, int degree, Optional<String> accountId) {
            Contact c = new Contact("planned-" + planned.size(), seniority, accountId, degree, false);
            planned.add(c);
            return c;
        }

        @Override
        public List<Activity> weekly(ActivityType type, double perWeek, int engagement, IntFunction<Contact> contact) {
            weeklyAsked.add(List.of(type, perWeek, engagement));
            for (int k = 0; k < weeklyPlan.size(); k++) {
                given.add(contact.apply(k));
            }
            return weeklyPlan;
        }

        @Override
        public Activity today(ActivityType type, Optional<Contact> contact) {
            throw new AssertionError("the defaults plan nothing for today");
        }
    }

    private static final ScoringRule COMMENTS = new CommentCountRule();
    private static final ScoringRule OTHER = new OtherRule();

    @Test
    void aRuleIsFoundByItsIdAmongAllTheRulesAndAnUnknownIdFindsNone() {
        HandMade context = new HandMade(List.of(COMMENTS, OTHER), Map.of());
        assertThat(context.rule("engage.other")).containsSame(OTHER);
        assertThat(context.rule("engage.comment-count")).containsSame(COMMENTS);
        assertThat(context.rule("engage.nothing")).isEmpty();
        assertThat(new HandMade(List.of(), Map.of()).rule("engage.other")).isEmpty();
    }

    @Test
    void onlyARuleBelowItsMaximumIsWorthAdvice() {
        HandMade context = new HandMade(List.of(COMMENTS, OTHER), Map.of(
                COMMENTS.id(), RuleContribution.of(COMMENTS, 5, Evidence.of(5, 5, "comments", "{measured#} comments")),
                OTHER.id(), RuleContribution.of(OTHER, 1, Evidence.of(1, 2, "things", "{measured#} things"))));
        assertThat(context.belowMax(COMMENTS.id())).as("full").isFalse();
        assertThat(context.belowMax(OTHER.id())).as("half").isTrue();
        assertThat(context.belowMax("engage.nothing")).as("not in the score").isFalse();
    }

    @Test
    void plannedActivityWithNewContactsMakesOneContactForEachActivity() {
        HandMade context = new HandMade(List.of(), Map.of());
        List<Activity> plan = context.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 2.5, 0, Seniority.VP, 3,
                Optional.of("globex"));
        assertThat(plan).as("what weekly planned").isSameAs(context.weeklyPlan);
        assertThat(context.given).as("each activity's contact").containsExactlyElementsOf(context.planned);
        assertThat(context.weeklyAsked).containsExactly(List.of(ActivityType.PROFILE_VIEWED, 2.5, 0));
        assertThat(context.planned).extracting(Contact::id).containsExactly("planned-0", "planned-1", "planned-2");
        assertThat(context.planned).allSatisfy(c -> {
            assertThat(c.seniority()).isEqualTo(Seniority.VP);
            assertThat(c.degree()).isEqualTo(3);
            assertThat(c.accountId()).contains("globex");
        });
        assertThatThrownBy(() -> context.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 1, 0, null, 1,
                Optional.empty())).isInstanceOf(NullPointerException.class).hasMessage("seniority");
        assertThatThrownBy(() -> context.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 1, 0, Seniority.VP, 1,
                null)).isInstanceOf(NullPointerException.class).hasMessage("accountId");
    }
}
