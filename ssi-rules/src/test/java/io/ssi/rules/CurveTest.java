package io.ssi.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

final class CurveTest {

    @ParameterizedTest
    @EnumSource(Curve.class)
    void everyCurveStartsAtNothingReachesAllAtTheTargetAndNeverFalls(Curve curve) {
        assertThat(curve.share(0, 10, 2)).isZero();
        assertThat(curve.share(-3, 10, 2)).isZero();
        assertThat(curve.share(Double.NaN, 10, 2)).isZero();
        assertThat(curve.share(10, 10, 2)).isEqualTo(1.0);
        assertThat(curve.share(100, 10, 2)).isEqualTo(1.0);
        double previous = 0;
        for (double m = 0.5; m < 10; m += 0.5) {
            double share = curve.share(m, 10, 2);
            assertThat(share).as("%s at %s", curve, m).isGreaterThan(previous).isLessThan(1.0);
            previous = share;
        }
    }

    @Test
    void theCurvesHaveTheirDocumentedShapes() {
        assertThat(Curve.LINEAR.share(2.5, 10, 1)).isEqualTo(0.25);
        assertThat(Curve.EASED.share(2.5, 10, 1)).isEqualTo(0.25 * 1.75);
        assertThat(Curve.SQUARE_ROOT.share(2.5, 10, 1)).isEqualTo(0.5);
        assertThat(Curve.LOGARITHMIC.share(700, 5000, 2)).isCloseTo(Math.log1p(350) / Math.log1p(2500), within(1e-15));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments(Curve.LINEAR, 0.0, 1.0, "target of a LINEAR curve must be a finite number > 0, but was 0.0"),
                arguments(Curve.EASED, -1.0, 1.0, "target of a EASED curve must be a finite number > 0, but was -1.0"),
                arguments(Curve.SQUARE_ROOT, Double.NaN, 1.0, "but was NaN"),
                arguments(Curve.LINEAR, Double.POSITIVE_INFINITY, 1.0, "but was Infinity"),
                arguments(Curve.LOGARITHMIC, 10.0, 0.0, "knee of a LOGARITHMIC curve must be a finite number > 0, but was 0.0"),
                arguments(Curve.LOGARITHMIC, 10.0, Double.NaN, "knee of a LOGARITHMIC curve"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badFiguresAreRefusedNamingTheFieldAndTheValue(Curve curve, double target, double knee, String message) {
        assertThatThrownBy(() -> curve.share(1, target, knee)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void onlyTheLogarithmReadsTheKnee() {
        assertThat(Curve.LINEAR.share(5, 10, Double.NaN)).isEqualTo(0.5);
    }
}
