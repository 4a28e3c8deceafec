package io.ssi.core;

import io.ssi.core.spi.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a generator's suggestion holds, and how profile changes chain. */
final class SuggestionTest {

    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    /**
     * Plans given in one, two, three and four parts (empty ones left out) add up in order, and
     * a suggestion keeps the parts it was built with when its builder plans more afterwards.
     */
    @Test
    void plansInPartsAddUpInOrderAndABuiltSuggestionKeepsItsOwn() {
        Activity a = Activity.builder(ActivityType.POST_LIKED, AT).id("planned-a").build();
        Activity b = Activity.builder(ActivityType.POST_SHARED, AT).id("planned-b").build();
        Activity c = Activity.builder(ActivityType.POST_COMMENTED, AT).id("planned-c").build();
        Suggestion.Builder builder = Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.x").plan(List.of(a));
        Suggestion one = builder.build();
        Suggestion two = builder.plan(List.of()).plan(new java.util.ArrayList<>(List.of(b, c))).build();
        Suggestion three = builder.plan(List.of(a)).build();
        Suggestion four = builder.plan(List.of(c, c)).build();
        assertThat(one.plannedActivities()).containsExactly(a);
        assertThat(two.plannedActivities()).containsExactly(a, b, c);
        assertThat(three.plannedActivities()).containsExactly(a, b, c, a);
        assertThat(four.plannedActivities()).containsExactly(a, b, c, a, c, c);
        assertThat(four.plannedActivities().get(5)).isSameAs(c);
    }

    @Test
    void aSuggestionKeepsWhatItWasBuiltWith() {
        Activity like = Activity.builder(ActivityType.POST_LIKED, AT).id("planned-1").build();
        Suggestion.Builder b = Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.likes")
                .rules("engage.likes").messageArgs(3).evidenceArgs(1, 2)
                .activity(ActivityType.POST_LIKED, 2.5).subjects(List.of("acme", "globex"))
                .plan(List.of(like)).plan(List.of(like));
        Suggestion s = b.build();
        assertThat(s.pillar()).isEqualTo(Pillar.ENGAGE_WITH_INSIGHTS);
        assertThat(s.code()).isEqualTo("engage.likes");
        assertThat(s.ruleIds()).containsExactly("engage.likes");
        assertThat(s.messageArgs()).containsExactly(3);
        assertThat(s.evidenceArgs()).containsExactly(1, 2);
        assertThat(s.activity()).contains(ActivityType.POST_LIKED);
        assertThat(s.extraPerWeek()).isEqualTo(2.5);
        assertThat(s.subjects()).containsExactly("acme", "globex");
        assertThat(s.plannedActivities()).containsExactly(like, like);
        assertThat(s.toString()).isEqualTo("Suggestion[engage.likes, 2 planned activities]");
        MemberProfile p = MemberProfile.builder("m").build();
        assertThat(s.changedProfile(p)).isSameAs(p);

        Suggestion bare = Suggestion.builder(Pillar.FIND_RIGHT_PEOPLE, "find.x").plan(List.of(like)).build();
        assertThat(bare.activity()).isEqualTo(Optional.empty());
        assertThat(bare.extraPerWeek()).isZero();
        assertThat(bare.subjects()).isEmpty();
        assertThatThrownBy(() -> Suggestion.builder(Pillar.FIND_RIGHT_PEOPLE, "find.x").activity(ActivityType.POST_LIKED,
                -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extraPerWeek");
    }

    @Test
    void profileChangesApplyInTheOrderTheyWereGiven() {
        Suggestion s = Suggestion.builder(Pillar.PROFESSIONAL_BRAND, "brand.profile")
                .profileChange(p -> p.toBuilder().skills(p.skills() + 10).build())
                .profileChange(p -> p.toBuilder().skills(p.skills() * 2).build())
                .build();
        MemberProfile p = MemberProfile.builder("m").skills(5).build();
        assertThat(s.changedProfile(p).skills()).as("(5 + 10) * 2").isEqualTo(30);
        assertThat(s.changedProfile(p).id()).isEqualTo("m");
        assertThat(s.toString()).isEqualTo("Suggestion[brand.profile, 0 planned activities, profile change]");
        Suggestion broken = Suggestion.builder(Pillar.PROFESSIONAL_BRAND, "brand.broken").profileChange(q -> null)
                .build();
        assertThatThrownBy(() -> broken.changedProfile(p)).isInstanceOf(NullPointerException.class)
                .hasMessage("profile change");
    }

    /**
     * The builder keeps each list as one immutable copy: what it was given, in order over
     * several calls, and untouched when the caller later changes the array or list it passed.
     */
    @Test
    void theListsAreImmutableCopiesInTheOrderGiven() {
        Activity like = Activity.builder(ActivityType.POST_LIKED, AT).id("planned-1").build();
        String[] ids = {"a.one", "a.two"};
        Object[] args = {1, "x"};
        List<String> people = new java.util.ArrayList<>(List.of("p1"));
        Suggestion s = Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.likes").rules(ids).rules()
                .rules("a.three").messageArgs(args).messageArgs(2.5).evidenceArgs().evidenceArgs(args)
                .subjects(people).subjects(List.of("p2", "p3")).plan(List.of(like)).build();
        ids[0] = "changed";
        args[0] = 99;
        people.add("p9");
        assertThat(s.ruleIds()).containsExactly("a.one", "a.two", "a.three");
        assertThat(s.messageArgs()).containsExactly(1, "x", 2.5);
        assertThat(s.evidenceArgs()).containsExactly(1, "x");
        assertThat(s.subjects()).containsExactly("p1", "p2", "p3");
        for (List<?> list : List.of(s.ruleIds(), s.messageArgs(), s.evidenceArgs(), s.subjects())) {
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            // Already immutable: a copy for a recommendation is the same list.
            assertThat(List.copyOf(list)).isSameAs(list);
        }
        Suggestion none = Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.likes").plan(List.of(like)).build();
        assertThat(none.ruleIds()).isEmpty();
        assertThat(none.messageArgs()).isEmpty();
        assertThat(none.evidenceArgs()).isEmpty();
        assertThatThrownBy(() -> Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "e.x").messageArgs(1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("messageArgs[1] must not be null");
        assertThatThrownBy(() -> Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "e.x").evidenceArgs((Object) null))
                .isInstanceOf(NullPointerException.class).hasMessage("evidenceArgs[0] must not be null");
        for (String blank : List.of(" ", "", "\u2003\t", "\n")) {
            assertThatThrownBy(() -> Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "e.x").rules("a.b", blank))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule id");
        }
        assertThat(Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "e.x").rules(" a", "\u2003b", "\ud83d\ude00")
                .plan(List.of(like)).build().ruleIds()).as("white space around an id is not a blank id")
                .containsExactly(" a", "\u2003b", "\ud83d\ude00");
        assertThatThrownBy(() -> Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "e.x")
                .subjects(java.util.Arrays.asList("p", null))).isInstanceOf(NullPointerException.class)
                .hasMessage("subjects[1] must not be null");
    }
}
