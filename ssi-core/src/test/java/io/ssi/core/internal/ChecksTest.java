package io.ssi.core.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared argument checks: what they let through unchanged, where their bounds lie, and the digest. */
final class ChecksTest {

    @Test
    void valuesWithinTheirBoundsComeBackUnchanged() {
        assertThat(Checks.nonNegative(0, "n")).isZero();
        assertThat(Checks.nonNegative(7, "n")).isEqualTo(7);
        assertThat(Checks.nonNegative(0.0, "x")).isZero();
        assertThat(Checks.nonNegative(2.5, "x")).isEqualTo(2.5);
        assertThat(Checks.positive(Double.MIN_VALUE, "x")).isEqualTo(Double.MIN_VALUE);
        assertThat(Checks.positive(3.5, "x")).isEqualTo(3.5);
        assertThat(Checks.finite(-1e300, "x")).isEqualTo(-1e300);
        assertThat(Checks.inRange(0, 0, 3, "degree")).isZero();
        assertThat(Checks.inRange(3, 0, 3, "degree")).isEqualTo(3);
        assertThat(Checks.inRange(2, 0, 3, "degree")).isEqualTo(2);
        assertThat(Checks.nonBlank(" id ", "id")).isEqualTo(" id ");
        assertThat(Checks.supportedInstant(Checks.EARLIEST, "at")).isEqualTo(Checks.EARLIEST);
        assertThat(Checks.supportedInstant(Checks.LATEST, "at")).isEqualTo(Checks.LATEST);
        List<String> values = List.of("a", "b");
        assertThat(Checks.noNullElements(values, "values")).isSameAs(values);
    }

    @Test
    void valuesJustPastTheirBoundsAreRefusedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> Checks.nonNegative(-1, "connections")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connections must be >= 0, but was -1");
        assertThatThrownBy(() -> Checks.nonNegative(-0.001, "weight")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight must be >= 0, but was -0.001");
        assertThatThrownBy(() -> Checks.positive(0.0, "halfLife")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("halfLife must be > 0, but was 0.0");
        assertThatThrownBy(() -> Checks.positive(Double.POSITIVE_INFINITY, "halfLife"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> Checks.nonNegative(Double.NaN, "weight")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight must be a finite number, but was NaN");
        assertThatThrownBy(() -> Checks.inRange(-1, 0, 3, "degree")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("degree must be between 0 and 3, but was -1");
        assertThatThrownBy(() -> Checks.inRange(4, 0, 3, "degree")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("degree must be between 0 and 3, but was 4");
        assertThatThrownBy(() -> Checks.supportedInstant(Checks.EARLIEST.minusNanos(1), "at"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at must be between");
        assertThatThrownBy(() -> Checks.supportedInstant(Checks.LATEST.plusNanos(1), "at"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checks.supportedInstant(Instant.MAX, "at")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checks.noNullElements(Arrays.asList("a", "b", null), "rules"))
                .isInstanceOf(NullPointerException.class).hasMessage("rules[2] must not be null");
    }

    @Test
    void theDigestIsSha256InLowerCaseHex() {
        // FIPS 180-2's test vectors.
        assertThat(Checks.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Checks.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Checks.sha256("\u00e9")).hasSize(64).isNotEqualTo(Checks.sha256("e"));
    }

    @Test
    void ruleIdsAreLowerKebabWithDots() {
        assertThat(Checks.isLowerKebab("relationships.welcome-rate")).isTrue();
        assertThat(Checks.isLowerKebab("find.views2")).isTrue();
        assertThat(Checks.isLowerKebab("Find.views")).isFalse();
        assertThat(Checks.isLowerKebab("find..views")).isFalse();
        assertThat(Checks.isLowerKebab("find.views-")).isFalse();
        assertThat(Checks.isLowerKebab(null)).isFalse();
    }
}
