package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The small values the standard rules are built from, as a caller tuning the model sees them:
 * levers, ratios and the effort table compare, hash and print by what they hold; the builders'
 * checks take their edges; and a failed tuning names the rules that can be tuned.
 */
final class BuildingBlocksSurfaceTest {

    @Test
    void leversAreEqualExactlyWhenEveryPartIs() {
        Lever views = Lever.activity("find.view-decision-makers", ActivityType.PROFILE_VIEWED, ContactFacet.DECISION_MAKER);
        assertThat(views).isEqualTo(Lever.activity("find.view-decision-makers", ActivityType.PROFILE_VIEWED,
                ContactFacet.DECISION_MAKER)).hasSameHashCodeAs(Lever.activity("find.view-decision-makers",
                ActivityType.PROFILE_VIEWED, ContactFacet.DECISION_MAKER));
        List<Lever> others = List.of(
                Lever.activity("find.look-beyond-network", ActivityType.PROFILE_VIEWED, ContactFacet.DECISION_MAKER),
                Lever.activity("find.view-decision-makers", ActivityType.LEAD_SAVED, ContactFacet.DECISION_MAKER),
                Lever.activity("find.view-decision-makers", ActivityType.PROFILE_VIEWED, ContactFacet.ANY),
                Lever.profile("find.view-decision-makers", ProfileField.SKILLS), Lever.none());
        for (Lever other : others) {
            assertThat(views).isNotEqualTo(other);
        }
        assertThat(Lever.profile("brand.add-skills", ProfileField.SKILLS))
                .isNotEqualTo(Lever.profile("brand.add-skills", ProfileField.ENDORSEMENTS));
        Set<Integer> hashes = others.stream().map(Lever::hashCode).collect(Collectors.toSet());
        assertThat(hashes).as("different levers hash apart").hasSizeGreaterThan(1);
    }

    @Test
    void aLeverPrintsItsCodeAndWhatItAsksFor() {
        assertThat(Lever.activity("engage.like-posts", ActivityType.POST_LIKED, ContactFacet.ANY))
                .hasToString("Lever[engage.like-posts: more POST_LIKED]");
        assertThat(Lever.activity("find.look-beyond-network", ActivityType.PROFILE_VIEWED, ContactFacet.OUT_OF_NETWORK))
                .hasToString("Lever[find.look-beyond-network: more PROFILE_VIEWED OUT_OF_NETWORK]");
        Lever skills = Lever.profile("brand.add-skills", ProfileField.SKILLS);
        assertThat(skills).hasToString("Lever[brand.add-skills: raise SKILLS]");
        assertThat(skills.kind()).isEqualTo(Lever.Kind.PROFILE);
        assertThat(skills.field()).contains(ProfileField.SKILLS);
        assertThat(skills.activity()).isEmpty();
        assertThat(Lever.none()).hasToString("Lever[none]");
    }

    @Test
    void ratiosCompareHashAndPrintByTheirCounts() {
        Ratio accepted = Ratio.of(ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.CONNECTION_REQUEST_SENT);
        assertThat(accepted).isEqualTo(Ratio.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                ActivityType.CONNECTION_REQUEST_SENT)).hasSameHashCodeAs(Ratio.of(
                ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.CONNECTION_REQUEST_SENT));
        List<Ratio> others = List.of(Ratio.of(ActivityType.MESSAGE_REPLY_RECEIVED, ActivityType.MESSAGE_SENT),
                Ratio.of(ActivityType.INMAIL_REPLY_RECEIVED, ActivityType.INMAIL_SENT), Ratio.welcomedNewConnections());
        assertThat(others).doesNotContain(accepted);
        assertThat(others.stream().map(Ratio::hashCode).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(accepted).hasToString("CONNECTION_REQUEST_ACCEPTED/CONNECTION_REQUEST_SENT");
        assertThat(Ratio.welcomedNewConnections()).hasToString("welcomed/new connections")
                .isEqualTo(Ratio.welcomedNewConnections());
    }

    @Test
    void theEffortTableTakesZeroMinutesAndComparesHashesAndPrintsByItsEntries() {
        Effort free = Effort.standard().with(ActivityType.POST_LIKED, 0);
        assertThat(free.minutes(ActivityType.POST_LIKED)).isZero();
        assertThat(free).isEqualTo(Effort.standard().with(ActivityType.POST_LIKED, 0))
                .hasSameHashCodeAs(Effort.standard().with(ActivityType.POST_LIKED, 0))
                .isNotEqualTo(Effort.standard());
        assertThat(free.hashCode()).isNotEqualTo(Effort.standard().hashCode());
        assertThat(free.toString()).startsWith("Effort{").contains("POST_LIKED=0.0", "POST_COMMENTED=3.0");
        assertThatIllegalArgumentException().isThrownBy(() -> Effort.standard().with(ActivityType.POST_LIKED, -0.5))
                .withMessageContaining("POST_LIKED").withMessageContaining("-0.5");
    }

    @Test
    void onlyThePhotosAreFlags() {
        for (ProfileField f : ProfileField.values()) {
            assertThat(f.isFlag()).as("%s", f).isEqualTo(f == ProfileField.PHOTO || f == ProfileField.BACKGROUND_PHOTO);
        }
    }

    @Test
    void aHeadlineRuleNeedsATargetAboveItsMinimum() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeadlineRule.builder("brand.headline",
                Pillar.PROFESSIONAL_BRAND).maxPoints(2.5).target(20).minimumCharacters(20).build())
                .withMessageContaining("brand.headline").withMessageContaining("20");
        assertThat(HeadlineRule.builder("brand.headline", Pillar.PROFESSIONAL_BRAND).maxPoints(2.5).target(21)
                .minimumCharacters(20).build().minimumCharacters()).isEqualTo(20);
    }

    @Test
    void builderStepsChainToTheRuleTheyDescribe() {
        ProfileCountRule network = ProfileCountRule.builder("relationships.network-size", Pillar.BUILD_RELATIONSHIPS)
                .maxPoints(9).target(5000).reads(ProfileField.CONNECTIONS).unit("connections").logarithmic(2)
                .explained("no connections", "{measured#} connections").build();
        assertThat(network.target()).isEqualTo(5000);
        MultiThreadingRule threaded = MultiThreadingRule.builder("relationships.multi-threading",
                Pillar.BUILD_RELATIONSHIPS).maxPoints(2.5).target(5).targetAccountsOnly(true).build();
        assertThat(threaded.targetAccountsOnly()).isTrue();
        assertThat(MultiThreadingRule.builder("relationships.multi-threading", Pillar.BUILD_RELATIONSHIPS)
                .maxPoints(2.5).target(5).build().targetAccountsOnly()).isFalse();
        WeeklyRateRule likes = (WeeklyRateRule) StandardModel.rule("engage.likes").orElseThrow();
        assertThat(likes.unit()).isEqualTo("likes a week");
    }

    @Test
    void tuningARuleTheModelCannotTuneNamesTheRulesItCan() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardModel.builder().target("engage.no-such-rule", 3))
                .withMessageContaining("engage.no-such-rule").withMessageContaining("the model has no such rule")
                .withMessageContaining("its standard rules are [brand.articles, brand.background-photo, ");
    }

    @Test
    void raisingAFieldAlreadyAtTheValueKeepsTheProfileItself() {
        io.ssi.core.MemberProfile p = io.ssi.core.MemberProfile.builder("m").skills(15).summary("abc").build();
        assertThat(ProfileField.SKILLS.raise(p, 15)).isSameAs(p);
        assertThat(ProfileField.SUMMARY_CHARACTERS.raise(p, 3)).isSameAs(p);
        assertThat(ProfileField.SKILLS.raise(p, 16).skills()).isEqualTo(16);
    }

    @Test
    void raisingASummaryPadsTheMembersOwnWordsToTheLength() {
        io.ssi.core.MemberProfile p = io.ssi.core.MemberProfile.builder("m").summary("abc").build();
        io.ssi.core.MemberProfile raised = ProfileField.SUMMARY_CHARACTERS.raise(p, 10);
        assertThat(raised.summary()).isEqualTo("abc xxxxxxx");
        assertThat(raised.summaryLength()).isEqualTo(11);
    }

    @Test
    void raisingDecisionMakerOrColleagueConnectionsAddsTheMissingOnesToTheNetwork() {
        io.ssi.core.MemberProfile p = io.ssi.core.MemberProfile.builder("m").connections(120)
                .decisionMakerConnections(7).colleagueConnections(3).build();
        io.ssi.core.MemberProfile dm = ProfileField.DECISION_MAKER_CONNECTIONS.raise(p, 500);
        assertThat(dm.decisionMakerConnections()).isEqualTo(500);
        assertThat(dm.connections()).isEqualTo(120 + 493);
        io.ssi.core.MemberProfile colleagues = ProfileField.COLLEAGUE_CONNECTIONS.raise(p, 200);
        assertThat(colleagues.colleagueConnections()).isEqualTo(200);
        assertThat(colleagues.connections()).isEqualTo(120 + 197);
    }

    @Test
    void raisingTheHeadlineReachesTheValueWithOrWithoutAJobTitle() {
        for (io.ssi.core.MemberProfile p : List.of(io.ssi.core.MemberProfile.builder("m").build(),
                io.ssi.core.MemberProfile.builder("m").jobTitle("Account Executive").headline("Account Executive").build())) {
            for (int value : new int[] {1, 20, 60}) {
                assertThat(HeadlineRule.charactersBeyondTitle(ProfileField.HEADLINE_CHARACTERS.raise(p, value)))
                        .as("%s raised to %d", p.jobTitle(), value).isGreaterThanOrEqualTo(value);
            }
        }
    }
}
