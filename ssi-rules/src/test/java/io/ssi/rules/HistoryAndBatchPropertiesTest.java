package io.ssi.rules;

import io.ssi.core.BatchResult;
import io.ssi.core.MemberInput;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Issue 4's invariants over arbitrary members and the standard model: a daily history equals
 * scoring each day on its own (the window slides, it is not rebuilt), and batch scoring,
 * parallel or not, equals scoring members one by one.
 */
final class HistoryAndBatchPropertiesTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    /** The standard options, and tight ones that make every day slide rows in and out and hit the cap. */
    private static final List<SsiCalculator> CALCULATORS = List.of(Models.STANDARD,
            SsiCalculator.builder().rules(StandardModel.rules()).window(Duration.ofDays(21))
                    .halfLife(Duration.ofDays(5)).dailyCap(2).build());

    @AfterAll
    static void shutDown() {
        POOL.shutdown();
    }

    @Test
    void historyEqualsScoringEachDayAsOfItsEnd() {
        qt().withExamples(Examples.of(60))
                .forAll(Generators.inputs(), range(0, 45), range(0, 1)).checkAssert((input, days, c) -> {
            SsiCalculator calc = CALCULATORS.get(c);
            LocalDate to = LocalDate.ofInstant(input.asOf(), input.profile().timeZone());
            LocalDate from = to.minusDays(days);
            List<SsiScore> history = calc.history(input.profile(), input.activities(), from, to);
            assertThat(history).hasSize(days + 1);
            for (int i = 0; i <= days; i++) {
                LocalDate day = from.plusDays(i);
                SsiScore alone = calc.score(input.profile(), input.activities(),
                        SsiCalculator.endOfDay(day, input.profile().timeZone()));
                SsiScore daily = history.get(i);
                assertThat(daily.asOf()).isEqualTo(alone.asOf());
                assertThat(daily.ignored()).as("%s", day).isEqualTo(alone.ignored());
                for (Pillar p : Pillar.values()) {
                    assertThat(daily.pillar(p).points()).as("%s on %s", p, day)
                            .isCloseTo(alone.pillar(p).points(), within(1e-9));
                }
            }
        });
    }

    @Test
    void aBatchEqualsScoringOneByOneWhetherParallelOrNot() {
        qt().withExamples(Examples.of(25))
                .forAll(lists().of(Generators.inputs()).ofSizeBetween(1, 12)).checkAssert(inputs -> {
            // One asOf for the whole batch, as a nightly run has; each member keeps its own log.
            java.time.Instant asOf = inputs.get(0).asOf();
            List<MemberInput> members = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                RuleInput in = inputs.get(i);
                members.add(MemberInput.of(in.profile().toBuilder().build(), in.activities()));
            }
            List<BatchResult> serial = Models.STANDARD.scoreAll(members, asOf);
            List<BatchResult> parallel = Models.STANDARD.scoreAll(members, m -> m, asOf, POOL);
            for (int i = 0; i < members.size(); i++) {
                SsiScore alone = Models.STANDARD.score(members.get(i).profile(), members.get(i).activities(), asOf);
                assertThat(serial.get(i).score()).contains(alone);
                assertThat(parallel.get(i).score()).contains(alone);
                assertThat(parallel.get(i).index()).isEqualTo(i);
            }
        });
    }
}
