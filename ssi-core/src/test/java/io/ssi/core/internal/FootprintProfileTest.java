package io.ssi.core.internal;

import io.ssi.core.Coverage;
import io.ssi.core.Coverage.ProfileFact;
import io.ssi.core.Evidence;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;

/**
 * A profile change touches exactly the parts of the profile it changes, and a rule that reads
 * the profile depends on the facts its {@code reads()} names and on what no fact names.
 */
final class FootprintProfileTest {

    private static final MemberProfile BASE = MemberProfile.builder("m").jobTitle("AE").headline("AE | helps")
            .summary("about").connections(100).decisionMakerConnections(10).colleagueConnections(5)
            .targetAccounts(Set.of("acme")).build();

    private static long part(ProfileFact f) {
        return 1L << f.ordinal();
    }

    @Test
    void eachChangeTouchesItsOwnFact() {
        Map<ProfileFact, UnaryOperator<MemberProfile.Builder>> changes = Map.ofEntries(
                entry(ProfileFact.PHOTO, b -> b.hasPhoto(true)),
                entry(ProfileFact.BACKGROUND_PHOTO, b -> b.hasBackgroundPhoto(true)),
                entry(ProfileFact.HEADLINE, b -> b.headline("AE | helps buyers")),
                entry(ProfileFact.SUMMARY, b -> b.summary("about more")),
                entry(ProfileFact.EXPERIENCE, b -> b.experienceEntries(2)),
                entry(ProfileFact.EDUCATION, b -> b.educationEntries(1)),
                entry(ProfileFact.SKILLS, b -> b.skills(9)),
                entry(ProfileFact.ENDORSEMENTS, b -> b.endorsements(9)),
                entry(ProfileFact.RECOMMENDATIONS, b -> b.recommendationsReceived(1)),
                entry(ProfileFact.FEATURED_ITEMS, b -> b.featuredItems(1)),
                entry(ProfileFact.MEDIA_ITEMS, b -> b.mediaItems(1)),
                entry(ProfileFact.CONNECTIONS, b -> b.connections(200)),
                entry(ProfileFact.FOLLOWERS, b -> b.followers(9)),
                entry(ProfileFact.DECISION_MAKER_CONNECTIONS, b -> b.decisionMakerConnections(20)),
                entry(ProfileFact.COLLEAGUE_CONNECTIONS, b -> b.colleagueConnections(9)),
                entry(ProfileFact.TARGET_ACCOUNTS, b -> b.targetAccounts(Set.of("acme", "globex"))));
        assertThat(changes.keySet()).containsExactlyInAnyOrder(ProfileFact.values());
        for (Map.Entry<ProfileFact, UnaryOperator<MemberProfile.Builder>> e : changes.entrySet()) {
            MemberProfile changed = e.getValue().apply(BASE.toBuilder()).build();
            assertThat(Footprint.changed(BASE, changed)).as(e.getKey().name()).isEqualTo(part(e.getKey()));
            assertThat(Footprint.changed(changed, BASE)).as(e.getKey().name()).isEqualTo(part(e.getKey()));
        }
        assertThat(Footprint.changed(BASE, BASE)).isZero();
        assertThat(Footprint.changed(BASE, BASE.toBuilder().build())).isZero();
        // What no fact names touches every reader of the profile, and nothing else.
        long zone = Footprint.changed(BASE, BASE.toBuilder().timeZone(ZoneId.of("Europe/Berlin")).build());
        assertThat(zone).isNotZero();
        for (ProfileFact f : ProfileFact.values()) {
            assertThat(zone & part(f)).isZero();
        }
        assertThat(zone & Footprint.facts(rule(Coverage.builder().build()))).isEqualTo(zone);
    }

    @Test
    void aRuleDependsOnTheFactsItNamesOrOnTheWholeProfile() {
        long skills = Footprint.facts(rule(Coverage.builder().profile(ProfileFact.SKILLS).build()));
        assertThat(skills & part(ProfileFact.SKILLS)).isNotZero();
        assertThat(skills & part(ProfileFact.PHOTO)).isZero();
        assertThat(Footprint.facts(rule(Coverage.full()))).isEqualTo(Footprint.WHOLE_PROFILE);
        ScoringRule failing = new Named() {
            @Override
            public Coverage reads() {
                throw new IllegalStateException("no reads");
            }
        };
        assertThat(Footprint.facts(failing)).isEqualTo(Footprint.WHOLE_PROFILE);
    }

    private static ScoringRule rule(Coverage reads) {
        return new Named() {
            @Override
            public Coverage reads() {
                return reads;
            }
        };
    }

    private abstract static class Named implements ScoringRule {
        @Override
        public String id() {
            return "brand.x";
        }

        @Override
        public Pillar pillar() {
            return Pillar.PROFESSIONAL_BRAND;
        }

        @Override
        public double maxPoints() {
            return 1;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            return RuleContribution.of(this, 0, Evidence.of(0, 1, "", "nothing"));
        }
    }
}
