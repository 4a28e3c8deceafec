package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history works out where each day ends without asking the zone's rules about days far from
 * any offset change; in every zone the JDK knows, each of its scores must still be as of
 * {@link SsiCalculator#endOfDay}, and a day the zone skipped must still have none.
 */
final class HistoryDayEndsTest {

    private static final SsiCalculator CALC = SsiCalculator.builder()
            .addRule(TestRule.constant("test.constant", Pillar.PROFESSIONAL_BRAND, 5, 2)).build();

    @Test
    void everyZonesDaysEndWhereEndOfDaySaysAndSkippedDaysAreLeftOut() {
        List<String> wrong = new ArrayList<>();
        // 2011 holds Samoa's skipped day and Newfoundland's last midnight change; 2037 is past
        // the tz database's explicit transitions, where the rules compute each year's.
        for (LocalDate from : List.of(LocalDate.of(2011, 1, 1), LocalDate.of(2037, 1, 1))) {
            LocalDate to = from.plusDays(364);
            for (String id : ZoneId.getAvailableZoneIds()) {
                ZoneId zone = ZoneId.of(id);
                MemberProfile profile = MemberProfile.builder("m").timeZone(zone).build();
                List<SsiScore> days = CALC.history(profile, List.of(), from, to);
                List<java.time.Instant> expected = new ArrayList<>();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (!d.atStartOfDay(zone).toLocalDate().isAfter(d)) {
                        expected.add(SsiCalculator.endOfDay(d, zone));
                    }
                }
                if (!days.stream().map(SsiScore::asOf).toList().equals(expected)) {
                    wrong.add(id + " from " + from);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(CALC.history(MemberProfile.builder("m").timeZone(ZoneId.of("Pacific/Apia")).build(), List.of(),
                LocalDate.of(2011, 12, 29), LocalDate.of(2011, 12, 31))).hasSize(2);
    }
}
