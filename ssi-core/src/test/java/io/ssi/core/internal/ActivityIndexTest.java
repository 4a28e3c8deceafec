package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine internals that the public API does not reach: "what if" copies of the index,
 * the list of unwelcomed connections, and the window's guards.
 */
final class ActivityIndexTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").build();

    private static Activity activity(String id, ActivityType type, long daysAgo, String contact) {
        Activity.Builder b = Activity.builder(type, AS_OF.minus(Duration.ofDays(daysAgo))).id(id);
        if (contact != null) {
            b.contact(Contact.builder(contact).build());
        }
        return b.build();
    }

    private static ActivityIndex index(List<Activity> log) {
        return ActivityIndex.build(MEMBER, log, ActivityIndex.localDay(MEMBER, AS_OF) - 89, 90, AS_OF, true);
    }

    private static WindowContext context(ActivityIndex index) {
        Window w = new Window(index, ScoringOptions.defaults());
        w.advanceTo(89);
        return w.snapshot(AS_OF);
    }

    @Test
    void whatIfCopyTakesNewActivitiesAndLeavesTheOriginalAlone() {
        ActivityIndex original = index(List.of(activity("1", ActivityType.POST_COMMENTED, 3, null)));
        WindowContext before = context(original);

        ActivityIndex copy = original.whatIfCopy(MEMBER.toBuilder().hasPhoto(true).build());
        copy.addFresh(activity("synthetic-1", ActivityType.POST_COMMENTED, 0, null));
        copy.addFresh(activity("synthetic-2", ActivityType.CONNECTION_REQUEST_ACCEPTED, 0, "ann"));

        assertThat(context(copy).count(ActivityType.POST_COMMENTED)).isEqualTo(2);
        assertThat(context(copy).profile().hasPhoto()).isTrue();
        assertThat(context(original).profile().hasPhoto()).isFalse();
        assertThat(context(copy).newConnections()).isEqualTo(1);
        assertThat(context(original).count(ActivityType.POST_COMMENTED)).isEqualTo(1);
        assertThat(context(original).newConnections()).isZero();
        assertThat(context(original).weeklyRate(ActivityType.POST_COMMENTED))
                .isEqualTo(before.weeklyRate(ActivityType.POST_COMMENTED));
    }

    @Test
    void aWhatIfMustKeepTheTargetAccounts() {
        ActivityIndex original = index(List.of());
        assertThatThrownBy(() -> original.whatIfCopy(MEMBER.toBuilder().targetAccounts(java.util.Set.of("acme")).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target accounts");
    }

    @Test
    void addFreshIsOnlyForWhatIfCopies() {
        ActivityIndex index = index(List.of());

        assertThatThrownBy(() -> index.addFresh(activity("1", ActivityType.POST_LIKED, 0, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("what-if");
    }

    @Test
    void unwelcomedNewConnectionsAreTheSortedIdsOfConnectionsWithoutWelcome() {
        ActivityIndex index = index(List.of(
                activity("1", ActivityType.CONNECTION_REQUEST_ACCEPTED, 5, "zoe"),
                activity("2", ActivityType.CONNECTION_INVITE_ACCEPTED, 5, "bob"),
                activity("3", ActivityType.CONNECTION_REQUEST_ACCEPTED, 5, "ann"),
                activity("4", ActivityType.WELCOME_MESSAGE_SENT, 4, "ann"),
                activity("5", ActivityType.CONNECTION_REQUEST_ACCEPTED, 120, "old"),
                activity("6", ActivityType.PROFILE_VIEWED, 1, "viewed")));
        Window w = new Window(index, ScoringOptions.defaults());
        w.advanceTo(89);

        assertThat(w.unwelcomedNewConnections()).containsExactly("bob", "zoe");
    }

    @Test
    void theWindowOnlyMovesForwardWithinItsRange() {
        Window w = new Window(index(List.of()), ScoringOptions.defaults());

        assertThatThrownBy(() -> w.snapshot(AS_OF)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not yet full");
        w.advanceTo(89);
        assertThat(w.end()).isEqualTo(89);
        assertThatThrownBy(() -> w.advanceTo(90)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was 90");
        assertThatThrownBy(() -> w.advanceTo(88)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was 88");
    }
}
