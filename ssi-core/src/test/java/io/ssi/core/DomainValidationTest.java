package io.ssi.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;

import static io.ssi.core.BadInput.iae;
import static io.ssi.core.BadInput.npe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The domain types reject bad input at construction, with clear messages. */
final class DomainValidationTest {

    private static final Instant AT = Fixtures.AS_OF;

    /** Every count of a profile, by the name its message must carry. */
    private static Map<String, ObjIntConsumer<MemberProfile.Builder>> counts() {
        Map<String, ObjIntConsumer<MemberProfile.Builder>> m = new LinkedHashMap<>();
        m.put("experienceEntries", MemberProfile.Builder::experienceEntries);
        m.put("educationEntries", MemberProfile.Builder::educationEntries);
        m.put("skills", MemberProfile.Builder::skills);
        m.put("endorsements", MemberProfile.Builder::endorsements);
        m.put("recommendationsReceived", MemberProfile.Builder::recommendationsReceived);
        m.put("featuredItems", MemberProfile.Builder::featuredItems);
        m.put("mediaItems", MemberProfile.Builder::mediaItems);
        m.put("connections", MemberProfile.Builder::connections);
        m.put("followers", MemberProfile.Builder::followers);
        m.put("decisionMakerConnections", MemberProfile.Builder::decisionMakerConnections);
        m.put("colleagueConnections", MemberProfile.Builder::colleagueConnections);
        return m;
    }

    static Stream<Arguments> badProfiles() {
        Set<String> withNull = new HashSet<>(Arrays.asList("acme", null));
        Stream<Arguments> fixed = Stream.of(
                npe("null id", () -> MemberProfile.builder(null).build(), "member id"),
                iae("empty id", () -> MemberProfile.builder("").build(), "member id must not be blank", "\"\""),
                iae("blank id", () -> MemberProfile.builder(" \t").build(), "member id must not be blank", "\" \t\""),
                npe("null industry", () -> MemberProfile.builder("m").industry(null), "industry"),
                iae("blank industry", () -> MemberProfile.builder("m").industry(" "), "industry must not be blank"),
                npe("null time zone", () -> MemberProfile.builder("m").timeZone(null), "timeZone"),
                npe("null job title", () -> MemberProfile.builder("m").jobTitle(null), "jobTitle"),
                iae("blank job title", () -> MemberProfile.builder("m").jobTitle(""), "jobTitle must not be blank"),
                npe("null headline", () -> MemberProfile.builder("m").headline(null), "headline"),
                npe("null summary", () -> MemberProfile.builder("m").summary(null), "summary"),
                npe("null target accounts", () -> MemberProfile.builder("m").targetAccounts(null), "targetAccounts"),
                npe("null target account", () -> MemberProfile.builder("m").targetAccounts(withNull).build(),
                        "targetAccounts["),
                iae("blank target account", () -> MemberProfile.builder("m").targetAccounts(Set.of("acme", " ")).build(),
                        "targetAccounts element must not be blank", "\" \""),
                iae("more decision makers than connections",
                        () -> MemberProfile.builder("m").connections(10).decisionMakerConnections(11).build(),
                        "decisionMakerConnections must be <= connections (10), but was 11"),
                iae("more colleagues than connections",
                        () -> MemberProfile.builder("m").connections(10).colleagueConnections(12).build(),
                        "colleagueConnections must be <= connections (10), but was 12"),
                npe("null industry component", () -> canonicalProfile(null, ZoneOffset.UTC, Optional.empty()),
                        "industry"),
                iae("blank industry component", () -> canonicalProfile(Optional.of(""), ZoneOffset.UTC, Optional.empty()),
                        "industry must not be blank"),
                npe("null time zone component", () -> canonicalProfile(Optional.empty(), null, Optional.empty()),
                        "timeZone"),
                npe("null job title component", () -> canonicalProfile(Optional.empty(), ZoneOffset.UTC, null),
                        "jobTitle"));
        Stream<Arguments> negative = counts().entrySet().stream().flatMap(e -> Stream.of(-3, Integer.MIN_VALUE)
                .map(n -> iae(e.getKey() + " " + n, () -> {
                    MemberProfile.Builder b = MemberProfile.builder("m");
                    e.getValue().accept(b, n);
                    b.build();
                }, e.getKey() + " must be >= 0, but was " + n)));
        return Stream.concat(fixed, negative);
    }

    private static MemberProfile canonicalProfile(Optional<String> industry, ZoneId zone, Optional<String> jobTitle) {
        return new MemberProfile("m", industry, zone, jobTitle, "", "", 0, 0, false, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void profileRejectsBadInput(BadInput bad) {
        bad.assertRejected();
    }

    static Stream<Arguments> badContacts() {
        return Stream.of(
                npe("null id", () -> Contact.builder(null).build(), "contact id"),
                iae("blank id", () -> Contact.builder("  ").build(), "contact id must not be blank", "\"  \""),
                npe("null seniority", () -> Contact.builder("c").seniority(null), "seniority"),
                npe("null account", () -> Contact.builder("c").accountId(null), "accountId"),
                iae("blank account", () -> Contact.builder("c").accountId(""), "accountId must not be blank"),
                iae("degree -1", () -> Contact.builder("c").degree(-1).build(), "degree must be between 0 and 3, but was -1"),
                iae("degree 4", () -> Contact.builder("c").degree(4).build(), "degree must be between 0 and 3, but was 4"),
                iae("degree max", () -> Contact.builder("c").degree(Integer.MAX_VALUE).build(),
                        "degree must be between 0 and 3, but was " + Integer.MAX_VALUE),
                npe("null seniority component", () -> new Contact("c", null, Optional.empty(), 0, false), "seniority"),
                npe("null account component", () -> new Contact("c", Seniority.VP, null, 0, false), "accountId"),
                iae("blank account component", () -> new Contact("c", Seniority.VP, Optional.of(" "), 0, false),
                        "accountId must not be blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badContacts")
    void contactRejectsBadInput(BadInput bad) {
        bad.assertRejected();
    }

    static Stream<Arguments> badActivities() {
        ActivityType t = ActivityType.POST_LIKED;
        return Stream.of(
                npe("null type", () -> Activity.builder(null, AT).id("a").build(), "type"),
                npe("null time", () -> Activity.builder(t, null).id("a").build(), "at"),
                npe("no id", () -> Activity.builder(t, AT).build(), "activity id"),
                npe("null id", () -> Activity.builder(t, AT).id(null).build(), "activity id"),
                iae("blank id", () -> Activity.builder(t, AT).id(" ").build(), "activity id must not be blank", "\" \""),
                npe("null contact", () -> Activity.builder(t, AT).id("a").contact(null), "contact"),
                npe("null contact component", () -> new Activity("a", t, AT, null, 0), "contact"),
                iae("negative engagement", () -> Activity.builder(t, AT).id("a").engagement(-1).build(),
                        "engagement must be >= 0, but was -1"),
                iae("before year 1", () -> Activity.builder(t, Instant.parse("0000-12-31T23:59:59.999999999Z")).id("a")
                        .build(), "at must be between", "but was 0000-12-31T23:59:59.999999999Z"),
                iae("after year 9999", () -> Activity.builder(t, Instant.parse("+10000-01-01T00:00:00Z")).id("a")
                        .build(), "at must be between", "but was +10000-01-01T00:00:00Z"),
                iae("Instant.MIN", () -> Activity.builder(t, Instant.MIN).id("a").build(), "at must be between",
                        Instant.MIN.toString()),
                iae("Instant.MAX", () -> Activity.builder(t, Instant.MAX).id("a").build(), "at must be between",
                        Instant.MAX.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badActivities")
    void activityRejectsBadInput(BadInput bad) {
        bad.assertRejected();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyDegreeFromZeroToThreeIsAccepted(int degree) {
        assertThat(Contact.builder("c").degree(degree).build().degree()).isEqualTo(degree);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"})
    void instantsAtTheEdgesOfTheSupportedYearsAreAccepted(String at) {
        assertThat(Activity.builder(ActivityType.POST_LIKED, Instant.parse(at)).id("a").build().at())
                .isEqualTo(Instant.parse(at));
    }

    @Test
    void profileBuilderDefaultsToAnEmptyProfileInUtc() {
        MemberProfile p = MemberProfile.builder("m").build();

        assertThat(p.timeZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(p.industry()).isEmpty();
        assertThat(p.jobTitle()).isEmpty();
        assertThat(p.headline()).isEmpty();
        assertThat(p.summary()).isEmpty();
        assertThat(p.hasPhoto()).isFalse();
        assertThat(p.connections()).isZero();
        assertThat(p.targetAccounts()).isEmpty();
    }

    @Test
    void networkCountsMayEqualConnections() {
        MemberProfile p = MemberProfile.builder("m").connections(5).decisionMakerConnections(5).colleagueConnections(5)
                .build();

        assertThat(p.decisionMakerConnections()).isEqualTo(5);
        assertThat(p.colleagueConnections()).isEqualTo(5);
    }

    @Test
    void targetAccountsAreCopiedAndUnmodifiable() {
        Set<String> accounts = new HashSet<>(Set.of("acme"));
        MemberProfile p = MemberProfile.builder("m").targetAccounts(accounts).build();
        accounts.add("globex");

        assertThat(p.targetAccounts()).containsExactly("acme");
        assertThatThrownBy(() -> p.targetAccounts().add("initech")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderKeepsEveryField() {
        MemberProfile p = MemberProfile.builder("m").industry("Software").timeZone(ZoneId.of("Europe/Berlin"))
                .jobTitle("AE").headline("h").summary("s").hasPhoto(true).hasBackgroundPhoto(true)
                .experienceEntries(1).educationEntries(2).skills(3).endorsements(4).recommendationsReceived(5)
                .featuredItems(6).mediaItems(7).connections(100).followers(9).decisionMakerConnections(10)
                .colleagueConnections(11).targetAccounts(Set.of("acme")).build();

        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.toBuilder().skills(30).build().skills()).isEqualTo(30);
    }

    @Test
    void contactBuilderDefaultsToAnUnknownContact() {
        Contact c = Contact.builder("c").build();

        assertThat(c.seniority()).isEqualTo(Seniority.UNKNOWN);
        assertThat(c.accountId()).isEmpty();
        assertThat(c.degree()).isZero();
        assertThat(c.colleague()).isFalse();
        assertThat(c.isDecisionMaker()).isFalse();
    }

    @Test
    void activityWithoutContactHasAnEmptyContactAndNoEngagement() {
        Activity a = Activity.builder(ActivityType.POST_LIKED, AT).id("a").build();

        assertThat(a.contact()).isEmpty();
        assertThat(a.engagement()).isZero();
    }

    /**
     * Target accounts given as an immutable set of any size (which cannot hold null) are only
     * checked for blank ids; any other set for nulls too; either way the profile keeps an
     * immutable copy, handed on unchanged by toBuilder.
     */
    @Test
    void targetAccountsOfEveryKindOfSetAreCheckedAndKept() {
        for (Set<String> accounts : List.of(Set.<String>of(), Set.of("a"), Set.of("a", "b"), Set.of("a", "b", "c"),
                new java.util.HashSet<>(List.of("x", "y")), new java.util.TreeSet<>(List.of("z")))) {
            MemberProfile p = MemberProfile.builder("m").targetAccounts(accounts).build();
            assertThat(p.targetAccounts()).isEqualTo(accounts);
            assertThatThrownBy(() -> p.targetAccounts().add("new")).isInstanceOf(UnsupportedOperationException.class);
            assertThat(p.toBuilder().build().targetAccounts()).isSameAs(p.targetAccounts());
        }
        assertThatThrownBy(() -> MemberProfile.builder("m").targetAccounts(Set.of(" ")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetAccounts element");
        assertThatThrownBy(() -> MemberProfile.builder("m").targetAccounts(Set.of("a", "b", "")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetAccounts element");
        assertThatThrownBy(() -> new MemberProfile("m", java.util.Optional.empty(), java.time.ZoneOffset.UTC,
                java.util.Optional.empty(), "", "", 0, 0, false, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("targetAccounts");
    }
}
