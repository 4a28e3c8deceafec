package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class PillarScoresTest {

    private final SsiScore score = Scores.of("m", 0, 1.5, 2.5, 3.5, 4.5);

    @Test
    void aScoresPillarsAreAMapLikeAnyOtherInPillarOrder() {
        Map<Pillar, PillarScore> pillars = score.pillars();
        EnumMap<Pillar, PillarScore> plain = new EnumMap<>(pillars);
        Map<Pillar, PillarScore> reversed = new LinkedHashMap<>();
        for (int i = Pillar.values().length - 1; i >= 0; i--) {
            reversed.put(Pillar.values()[i], pillars.get(Pillar.values()[i]));
        }

        assertThat(pillars).isEqualTo(plain).isEqualTo(reversed).hasSameHashCodeAs(plain).hasSize(4);
        assertThat(plain).isEqualTo(pillars);
        assertThat(pillars.toString()).isEqualTo(plain.toString());
        assertThat(pillars.keySet()).containsExactly(Pillar.values());
        assertThat(pillars.get(Pillar.ENGAGE_WITH_INSIGHTS).points()).isEqualTo(3.5);
        assertThat(pillars.get("ENGAGE_WITH_INSIGHTS")).isNull();
        assertThat(pillars.containsKey(Pillar.BUILD_RELATIONSHIPS)).isTrue();
        assertThat(pillars.containsKey("BUILD_RELATIONSHIPS")).isFalse();
        assertThat(new SsiScore(score.memberId(), score.asOf(), score.modelVersion(), reversed, score.band(),
                score.ignored(), score.failures())).isEqualTo(score).hasSameHashCodeAs(score);
    }

    @Test
    void theMapCannotBeChanged() {
        Map<Pillar, PillarScore> pillars = score.pillars();
        PillarScore brand = pillars.get(Pillar.PROFESSIONAL_BRAND);

        assertThatThrownBy(() -> pillars.put(Pillar.PROFESSIONAL_BRAND, brand))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(pillars::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> pillars.entrySet().iterator().next().setValue(brand))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
