package io.ssi.rules;

import io.ssi.core.ActivityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class EffortTest {

    @Test
    void theStandardTableHoldsTheDocumentedMinutes() {
        Effort e = Effort.standard();
        assertThat(e.minutes(ActivityType.POST_LIKED)).isEqualTo(1);
        assertThat(e.minutes(ActivityType.POST_COMMENTED)).isEqualTo(3);
        assertThat(e.minutes(ActivityType.POST_SHARED_WITH_COMMENTARY)).isEqualTo(5);
        assertThat(e.minutes(ActivityType.POST_PUBLISHED)).isEqualTo(30);
        assertThat(e.minutes(ActivityType.ARTICLE_PUBLISHED)).isEqualTo(60);
        assertThat(e.minutes(ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(5);
        assertThat(e.minutes(ActivityType.CONNECTION_INVITE_ACCEPTED)).isEqualTo(0.5);
        assertThat(e.minutes(ActivityType.WELCOME_MESSAGE_SENT)).isEqualTo(2);
        // What others do takes the member no time.
        assertThat(e.minutes(ActivityType.PROFILE_VIEW_RECEIVED)).isZero();
        assertThat(e.minutes(ActivityType.MESSAGE_REPLY_RECEIVED)).isZero();
        assertThat(e.minutes(ActivityType.CONNECTION_REQUEST_ACCEPTED)).isZero();
    }

    @Test
    void anEntryIsOverriddenInANewTableAndTheStandardOneStays() {
        Effort mine = Effort.standard().with(ActivityType.POST_COMMENTED, 4.5);
        assertThat(mine.minutes(ActivityType.POST_COMMENTED)).isEqualTo(4.5);
        assertThat(mine.minutes(ActivityType.POST_LIKED)).isEqualTo(1);
        assertThat(Effort.standard().minutes(ActivityType.POST_COMMENTED)).isEqualTo(3);
        assertThat(mine).isNotEqualTo(Effort.standard())
                .isEqualTo(Effort.standard().with(ActivityType.POST_COMMENTED, 4.5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void badMinutesAreRefusedNamingTheTypeAndTheValue(double minutes) {
        assertThatThrownBy(() -> Effort.standard().with(ActivityType.POST_LIKED, minutes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutes of POST_LIKED must be a finite number >= 0, but was " + minutes);
    }

    @Test
    void aMissingTypeIsANullPointerNamingIt() {
        assertThatThrownBy(() -> Effort.standard().minutes(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type");
    }
}
