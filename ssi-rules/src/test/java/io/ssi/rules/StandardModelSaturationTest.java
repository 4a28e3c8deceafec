package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.ssi.core.ActivityType.ACCOUNT_SAVED;
import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.GROUP_JOINED;
import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.INMAIL_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.INTRODUCTION_REQUESTED;
import static io.ssi.core.ActivityType.LEAD_SAVED;
import static io.ssi.core.ActivityType.MEMBER_FOLLOWED;
import static io.ssi.core.ActivityType.MEMBER_MENTIONED;
import static io.ssi.core.ActivityType.MESSAGE_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static io.ssi.core.ActivityType.POST_SHARED;
import static io.ssi.core.ActivityType.POST_SHARED_WITH_COMMENTARY;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static io.ssi.core.ActivityType.PROFILE_VIEW_RECEIVED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

/**
 * Every signal saturates at its target: once a weekly-rate rule earns its
 * maximum, doubling what it measures (every activity of those types again, under new ids, at
 * the same times) leaves its contribution unchanged, whatever else the member did, except for
 * the response factor of a scaled rule ({@link Response}), which judges rates of what was
 * doubled: the rule then earns its maximum times that factor, its measure still saturated.
 */
final class StandardModelSaturationTest {

    private static final int EXAMPLES = Examples.of(200);

    /**
     * The types whose activity each weekly-rate rule reads. Rates judged along the way keep their
     * value: Conversations doubles replies with messages, and ConnectionGrowth doubles only
     * connections (its acceptance-rate factor can then only rise).
     */
    static final Map<String, Set<ActivityType>> MEASURED = Map.ofEntries(
            Map.entry("find.accounts-saved", EnumSet.of(ACCOUNT_SAVED)),
            Map.entry("brand.articles", EnumSet.of(ARTICLE_PUBLISHED)),
            Map.entry("engage.comments", EnumSet.of(POST_COMMENTED)),
            Map.entry("relationships.connection-growth", EnumSet.of(CONNECTION_REQUEST_ACCEPTED, CONNECTION_INVITE_ACCEPTED)),
            Map.entry("engage.consistency", EnumSet.copyOf(Set.copyOf(((WeeklyRateRule) StandardModel.rule("engage.consistency").orElseThrow()).aggregate().types()))),
            Map.entry("brand.content-engagement",
                    EnumSet.of(POST_PUBLISHED, ARTICLE_PUBLISHED, VIDEO_PUBLISHED, GROUP_POST_PUBLISHED)),
            Map.entry("engage.conversations",
                    EnumSet.of(MESSAGE_SENT, INMAIL_SENT, MESSAGE_REPLY_RECEIVED, INMAIL_REPLY_RECEIVED)),
            Map.entry("find.days-active", byMember()),
            Map.entry("find.decision-maker-views", EnumSet.of(PROFILE_VIEWED)),
            Map.entry("find.filtered-searches", EnumSet.of(ADVANCED_SEARCH_PERFORMED)),
            Map.entry("engage.group-posts", EnumSet.of(GROUP_POST_PUBLISHED)),
            Map.entry("engage.groups-joined", EnumSet.of(GROUP_JOINED)),
            Map.entry("relationships.introductions", EnumSet.of(INTRODUCTION_REQUESTED)),
            Map.entry("find.leads-saved", EnumSet.of(LEAD_SAVED)),
            Map.entry("engage.likes", EnumSet.of(POST_LIKED)),
            Map.entry("find.members-followed", EnumSet.of(MEMBER_FOLLOWED)),
            Map.entry("relationships.mentions", EnumSet.of(MEMBER_MENTIONED)),
            Map.entry("find.out-of-network-views", EnumSet.of(PROFILE_VIEWED)),
            Map.entry("brand.posts", EnumSet.of(POST_PUBLISHED)),
            Map.entry("find.profile-views-received", EnumSet.of(PROFILE_VIEW_RECEIVED)),
            Map.entry("find.profile-views", EnumSet.of(PROFILE_VIEWED)),
            Map.entry("find.searches", EnumSet.of(SEARCH_PERFORMED, ADVANCED_SEARCH_PERFORMED)),
            Map.entry("engage.shares", EnumSet.of(POST_SHARED)),
            Map.entry("engage.shares-with-commentary", EnumSet.of(POST_SHARED_WITH_COMMENTARY)),
            Map.entry("engage.audience",
                    EnumSet.of(POST_PUBLISHED, ARTICLE_PUBLISHED, VIDEO_PUBLISHED, GROUP_POST_PUBLISHED)),
            Map.entry("relationships.welcomes", EnumSet.of(WELCOME_MESSAGE_SENT, CONNECTION_REQUEST_ACCEPTED,
                    CONNECTION_INVITE_ACCEPTED)),
            Map.entry("relationships.target-accounts",
                    EnumSet.of(CONNECTION_REQUEST_ACCEPTED, CONNECTION_INVITE_ACCEPTED)),
            Map.entry("brand.videos", EnumSet.of(VIDEO_PUBLISHED)));

    /** A member, one weekly-rate rule, and activity that saturates it on top of the member's own. */
    record Saturated(RuleInput input, ScoringRule rule) {
        @Override
        public String toString() {
            return rule.id() + " for " + Generators.describe(input);
        }
    }

    static Gen<Saturated> saturated() {
        List<ScoringRule> weekly = StandardModel.rules().stream().filter(StandardModelSaturationTest::isWeekly).toList();
        Gen<RuleInput> inputs = Generators.inputs();
        Gen<ScoringRule> rules = pick(weekly);
        Gen<Integer> tenthsOfTarget = range(15, 40);
        Gen<Saturated> gen = in -> {
            RuleInput input = inputs.generate(in);
            ScoringRule rule = rules.generate(in);
            double perWeek = ((StandardRule) rule).target() * tenthsOfTarget.generate(in) / 10.0;
            Logs extra = Logs.log(input.profile().timeZone(), input.asOf(), "sat");
            writerOf(rule).write(extra, perWeek);
            List<Activity> log = new ArrayList<>(input.activities());
            log.addAll(extra.build());
            return new Saturated(input.withActivities(log), rule);
        };
        return gen.describedAs(Saturated::toString);
    }

    /** The rules that measure a weekly rate: the weekly-rate family and the two with weekly logic of their own. */
    static boolean isWeekly(ScoringRule r) {
        return r instanceof WeeklyRateRule || r instanceof ConversationsRule || r instanceof ConnectionGrowthRule;
    }

    @Test
    void everyWeeklyRateRuleOfTheModelIsCovered() {
        assertThat(StandardModel.rules()).filteredOn(StandardModelSaturationTest::isWeekly)
                .extracting(ScoringRule::id).containsExactlyInAnyOrderElementsOf(MEASURED.keySet());
    }

    @Test
    void doublingASaturatedRateChangesNothing() {
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger saturatedOnes = new AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(saturated()).checkAssert(s -> {
            tried.incrementAndGet();
            RuleContribution once = s.rule().evaluate(s.input().context());
            if (!once.saturated()) {
                return;
            }
            saturatedOnes.incrementAndGet();
            Set<ActivityType> measured = MEASURED.get(s.rule().id());
            List<Activity> log = new ArrayList<>(s.input().activities());
            for (Activity a : s.input().activities()) {
                if (measured.contains(a.type())) {
                    log.add(RuleInput.copy(a, a.id() + "#2"));
                }
            }
            ScoringContext doubled = s.input().withActivities(log).context();
            RuleContribution twice = s.rule().evaluate(doubled);
            // The measure stays saturated; only the response factor of a scaled rule may move,
            // since doubling the sent side of a rate weighs a bigger sample of it.
            assertThat(twice.points()).as("points of %s", s.rule().id())
                    .isCloseTo(s.rule().maxPoints() * responseFactor(s.rule(), doubled), within(1e-9));
            if (responseFactor(s.rule(), doubled) == 1.0) {
                assertThat(twice.points()).isEqualTo(once.points());
            }
            assertThat(twice.applicable()).isTrue();
        });
        // Not vacuous: most examples saturate the rule they were written for (unless, say, the
        // member's own requests are so rarely accepted that connections are discounted).
        assertThat(saturatedOnes.get()).as("saturated examples of %s", tried.get())
                .isGreaterThan(tried.get() / 2);
    }

    private static double responseFactor(ScoringRule rule, ScoringContext context) {
        return StandardModelTimeDecayTest.responseFactor(rule, context);
    }

    /** The steady writer of the rule's own contract test. */
    private static WeeklyRateRuleContract writerOf(ScoringRule rule) {
        try {
            return (WeeklyRateRuleContract) Class.forName("io.ssi.rules." + ScoringRuleContract.Registrations.TESTS.get(rule.id()))
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no contract test for " + rule.id(), e);
        }
    }

    private static Set<ActivityType> byMember() {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        for (ActivityType t : ActivityType.values()) {
            if (t.isByMember()) {
                types.add(t);
            }
        }
        return types;
    }
}
