package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * A recommendation's rule ids and subjects: an immutable list without nulls is kept as it is,
 * any other list is copied, and a null list or element is named, whatever kind of list holds it
 * (a stream's list, which may hold nulls, too).
 */
final class RecommendationListsTest {

    private static Recommendation with(List<String> ruleIds, List<String> subjects) {
        return new Recommendation(Pillar.BUILD_RELATIONSHIPS, "relationships.welcome", "m", "e", 1, ruleIds,
                Optional.empty(), 0, subjects, Locale.ENGLISH);
    }

    @Test
    void anImmutableListIsKeptAndAnyOtherIsCopied() {
        List<String> ids = List.of("a", "b", "c");
        List<String> one = List.of("x");
        Recommendation r = with(ids, one);
        assertThat(r.ruleIds()).isSameAs(ids);
        assertThat(r.subjects()).isSameAs(one);

        List<String> mutable = new ArrayList<>(List.of("a", "b"));
        Recommendation copied = with(mutable, Stream.of("s", "t").toList());
        mutable.set(0, "changed");
        assertThat(copied.ruleIds()).containsExactly("a", "b");
        assertThat(copied.subjects()).containsExactly("s", "t");
        assertThat(copied.ruleIds()).isNotSameAs(mutable);
    }

    @Test
    void aNullListOrElementIsNamed() {
        assertThatNullPointerException().isThrownBy(() -> with(null, List.of())).withMessage("ruleIds");
        assertThatNullPointerException().isThrownBy(() -> with(List.of(), null)).withMessage("subjects");
        assertThatNullPointerException().isThrownBy(() -> with(Arrays.asList("a", null, "c"), List.of()))
                .withMessage("ruleIds[1] must not be null");
        assertThatNullPointerException().isThrownBy(() -> with(List.of(), Stream.of("s", null).toList()))
                .withMessage("subjects[1] must not be null");
        assertThatNullPointerException().isThrownBy(() -> with(List.of(), Arrays.asList((String) null)))
                .withMessage("subjects[0] must not be null");
    }
}
