package io.ssi.core.mapping;

import io.ssi.core.ActivityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static io.ssi.core.ActivityType.INMAIL_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.MESSAGE_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TypeTableTest {

    static Stream<Arguments> salesforceSubjects() {
        return Stream.of(
                Arguments.of("LinkedIn InMail: Quick question about Q3", Optional.of(INMAIL_SENT)),
                Arguments.of("linkedin inmail", Optional.of(INMAIL_SENT)),
                Arguments.of("  LinkedIn InMail:hello ", Optional.of(INMAIL_SENT)),
                Arguments.of("LinkedIn InMail Reply: Re: Quick question", Optional.of(INMAIL_REPLY_RECEIVED)),
                Arguments.of("LinkedIn InMail Declined: Quick question", Optional.empty()),
                Arguments.of("LinkedIn Message", Optional.of(MESSAGE_SENT)),
                Arguments.of("LinkedIn Message: following up", Optional.of(MESSAGE_SENT)),
                Arguments.of("LinkedIn Message Reply", Optional.of(MESSAGE_REPLY_RECEIVED)),
                Arguments.of("LinkedIn Connection Request", Optional.of(CONNECTION_REQUEST_SENT)),
                Arguments.of("LinkedIn Connection Requests", Optional.empty()),
                Arguments.of("Call", Optional.empty()),
                Arguments.of("Email: Re: pricing", Optional.empty()),
                Arguments.of("Smart Link Viewed: Deck", Optional.empty()),
                Arguments.of("", Optional.empty()));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("salesforceSubjects")
    void salesforceSubjectsMapAsSalesNavigatorWritesThem(String subject, Optional<ActivityType> expected) {
        assertThat(ActivityRows.salesforceTaskSubjects().typeOf(subject)).isEqualTo(expected);
    }

    @Test
    void exactBeatsPrefixAndTheLongestPrefixBeatsAShorterOne() {
        TypeTable t = TypeTable.builder()
                .prefix("LinkedIn", PROFILE_VIEWED)
                .prefix("LinkedIn InMail", INMAIL_SENT)
                .exact("LinkedIn InMail Test", MESSAGE_SENT)
                .pattern(Pattern.compile("(?i)linkedin.*reply"), INMAIL_REPLY_RECEIVED)
                .build();
        assertThat(t.typeOf("LinkedIn InMail Test")).contains(MESSAGE_SENT);
        assertThat(t.typeOf("LinkedIn InMail: x")).contains(INMAIL_SENT);
        assertThat(t.typeOf("LinkedIn Note")).contains(PROFILE_VIEWED);
        assertThat(TypeTable.builder().pattern(Pattern.compile("(?i)linkedin.*reply"), INMAIL_REPLY_RECEIVED)
                .build().typeOf("LinkedIn InMail reply")).contains(INMAIL_REPLY_RECEIVED);
        assertThat(t.typeOf("Call")).isEmpty();
    }

    @Test
    void aReadyMadeTableIsOverriddenEntryByEntry() {
        TypeTable t = ActivityRows.salesforceTaskSubjects().toBuilder()
                .exact("linkedin message", INMAIL_SENT)
                .prefix("Smart Link Viewed:", PROFILE_VIEWED)
                .build();
        assertThat(t.typeOf("LinkedIn Message")).contains(INMAIL_SENT);
        assertThat(t.typeOf("Smart Link Viewed: Deck")).contains(PROFILE_VIEWED);
        assertThat(t.typeOf("LinkedIn InMail: x")).contains(INMAIL_SENT);
        assertThat(ActivityRows.salesforceTaskSubjects().typeOf("LinkedIn Message")).contains(MESSAGE_SENT);
    }

    @Test
    void unmappedValuesAreKeyedByTheTextBeforeAColon() {
        assertThat(TypeTable.unmappedKey("Email: Re: your pricing")).isEqualTo("Email");
        assertThat(TypeTable.unmappedKey("  Call ")).isEqualTo("Call");
        assertThat(TypeTable.unmappedKey(" ")).isEqualTo("(blank)");
        assertThat(TypeTable.unmappedKey(":x")).isEqualTo("(blank)");
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("blank exact", (Runnable) () -> TypeTable.builder().exact(" ", MESSAGE_SENT),
                        "value must not be blank"),
                Arguments.of("blank prefix", (Runnable) () -> TypeTable.builder().prefix("", MESSAGE_SENT),
                        "prefix must not be blank"),
                Arguments.of("null type", (Runnable) () -> TypeTable.builder().exact("x", null), "type"),
                Arguments.of("null pattern", (Runnable) () -> TypeTable.builder().pattern(null, MESSAGE_SENT),
                        "pattern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void badEntriesAreRefused(String description, Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessageContaining(message);
    }
}
