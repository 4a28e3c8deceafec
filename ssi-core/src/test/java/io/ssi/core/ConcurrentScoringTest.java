package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;

/** One calculator scores many members at once, without locks, as if alone. */
final class ConcurrentScoringTest {

    @Test
    void aSharedCalculatorScoresMembersInParallelAsItDoesOneByOne() throws Exception {
        SsiCalculator calc = Probes.calculator().build();
        List<MemberProfile> members = new ArrayList<>();
        List<List<Activity>> logs = new ArrayList<>();
        String[] zones = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"};
        for (int m = 0; m < 24; m++) {
            members.add(MemberProfile.builder("member-" + m).timeZone(ZoneId.of(zones[m % zones.length])).build());
            logs.add(LogGenerator.log(m, 300, daysBefore(AS_OF, 100), AS_OF.plusSeconds(86_400)));
        }
        LocalDate day = LocalDate.of(2026, 11, 30);
        List<SsiScore> expected = new ArrayList<>();
        List<List<SsiScore>> expectedHistories = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            expected.add(calc.score(members.get(m), logs.get(m), AS_OF));
            expectedHistories.add(calc.history(members.get(m), logs.get(m), day.minusDays(6), day));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SsiScore>> scores = new ArrayList<>();
            List<Future<List<SsiScore>>> histories = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int m = 0; m < members.size(); m++) {
                    MemberProfile member = members.get(m);
                    List<Activity> log = logs.get(m);
                    scores.add(pool.submit(() -> calc.score(member, log, AS_OF)));
                    histories.add(pool.submit(() -> calc.history(member, log, day.minusDays(6), day)));
                }
            }
            for (int i = 0; i < scores.size(); i++) {
                assertThat(scores.get(i).get()).isEqualTo(expected.get(i % members.size()));
                assertThat(histories.get(i).get()).isEqualTo(expectedHistories.get(i % members.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
