package io.ssi.core;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One row of a table of bad inputs: what is done, the exception it must raise, and the
 * fragments its message must contain (the field's name and the bad value).
 */
record BadInput(String description, ThrowingCallable call, Class<? extends Throwable> type, String... fragments) {

    static Arguments npe(String description, ThrowingCallable call, String field) {
        return Arguments.of(new BadInput(description, call, NullPointerException.class, field));
    }

    static Arguments iae(String description, ThrowingCallable call, String... fragments) {
        return Arguments.of(new BadInput(description, call, IllegalArgumentException.class, fragments));
    }

    static Arguments ise(String description, ThrowingCallable call, String... fragments) {
        return Arguments.of(new BadInput(description, call, IllegalStateException.class, fragments));
    }

    void assertRejected() {
        var thrown = assertThatThrownBy(call).as(description).isExactlyInstanceOf(type);
        for (String f : fragments) {
            thrown.hasMessageContaining(f);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
