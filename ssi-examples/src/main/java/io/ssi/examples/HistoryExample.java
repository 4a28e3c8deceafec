package io.ssi.examples;

import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Trend;
import io.ssi.core.TrendPolicy;

import java.time.LocalDate;
import java.util.List;

/**
 * Daily history and trends: the sample lapsed rep's score, day by day over 120 days, read as
 * trends over 7, 30 and 90 days. The code between the README markers is the README's example,
 * word for word ({@code ReadmeSnippetsTest} checks it), and {@code ExamplesTest} runs it.
 */
public final class HistoryExample {

    private HistoryExample() {
    }

    /**
     * Prints the lapsed rep's score once a month over 120 days, then her trends under the
     * standard policy and her last week under a coarser one.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin
        SsiCalculator calc = SsiCalculator.standard();
        SampleMember elena = SampleTeam.lapsedRep(SampleTeam.AS_OF); // stopped 50 days ago

        // Days are the member's own: her calendar, scored as of the end of each day.
        LocalDate today = LocalDate.ofInstant(SampleTeam.AS_OF, elena.profile().timeZone());
        List<SsiScore> days = calc.history(elena.profile(), elena.activities(), today.minusDays(119), today);
        for (int i = days.size() - 1; i >= 0; i -= 30) {
            SsiScore day = days.get(i);
            System.out.printf("%s  %.1f%n", LocalDate.ofInstant(day.asOf(), elena.profile().timeZone()), day.total());
        }

        for (Trend t : TrendPolicy.standard().trends(days)) { // 7, 30 and 90 days
            System.out.printf("%2d days: %-9s %+5.1f (engage %+.1f)%n", t.days(), t.direction(),
                    t.totalChange(), t.change(Pillar.ENGAGE_WITH_INSIGHTS));
        }
        TrendPolicy coarse = TrendPolicy.builder().threshold(7, 5).build(); // 5 points a week, not 1
        System.out.println("7 days under a 5-point threshold: " + coarse.trend(days, 7).direction());
        // README:end
    }
}
