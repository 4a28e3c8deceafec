package io.ssi.core.internal;

import io.ssi.core.Pillar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a rule writes on a history's day: the keys it remembers as checked (a scaled
 * volume rule alternates between two) never let a blank key through.
 */
final class WrittenFiguresTest {

    private static boolean write(WrittenFigures w, String key) {
        w.reset();
        w.keyed(1, 2, 3, "likes a week", key, "{0} likes");
        return w.valid();
    }

    @Test
    void twoAlternatingKeysStayValidAndABlankOneIsRejectedWhateverCameBefore() {
        WrittenFigures w = new WrittenFigures("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 5);
        String main = "engage.likes";
        String scaled = "engage.likes.scaled";
        for (int day = 0; day < 4; day++) {
            assertThat(write(w, main)).as("day %d, main", day).isTrue();
            assertThat(write(w, scaled)).as("day %d, scaled", day).isTrue();
        }
        assertThat(write(w, " ")).isFalse();
        assertThat(write(w, "")).isFalse();
        // A third key pushes the oldest out; each is still checked when it comes back.
        assertThat(write(w, "engage.likes.none")).isTrue();
        assertThat(write(w, main)).isTrue();
        assertThat(write(w, "\t")).isFalse();
        assertThat(write(w, scaled)).isTrue();
    }

    @Test
    void theFiguresOfAValidWriteAreKept() {
        WrittenFigures w = new WrittenFigures("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 5);
        w.reset();
        w.keyed(1.5, 2.5, 3, "likes a week", "engage.likes.scaled", "{0} likes", 0.75);
        assertThat(w.valid()).isTrue();
        assertThat(w.points).isEqualTo(1.5);
        assertThat(w.key).isEqualTo("engage.likes.scaled");
        assertThat(w.argc).isEqualTo(1);
        assertThat(w.args[0]).isEqualTo(0.75);
    }
}
