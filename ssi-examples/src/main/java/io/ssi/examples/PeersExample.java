package io.ssi.examples;

import io.ssi.core.Cohort;
import io.ssi.core.CohortStatistics;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Standing;

import java.util.ArrayList;
import java.util.List;

/**
 * Peers: the sample team as a cohort, first under the default privacy floor, which withholds
 * it, then with the floor lowered. The code between the README markers is the README's
 * example, word for word ({@code ReadmeSnippetsTest} checks it), and {@code ExamplesTest} runs it.
 */
public final class PeersExample {

    private PeersExample() {
    }

    /**
     * Prints why the default floor withholds the 7-member team, then its statistics, podium and
     * one member's standing with the floor at 5.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin
        SsiCalculator calc = SsiCalculator.standard();
        List<SsiScore> scores = new ArrayList<>();
        for (SampleMember m : SampleTeam.members()) { // 7 members
            scores.add(calc.score(m.profile(), m.activities(), SampleTeam.AS_OF));
        }

        Cohort team = Cohort.of("sample-team", scores); // privacy floor: 10 members
        System.out.println(team.statistics().isPresent() + ": " + team.withheldBecause().orElseThrow());

        Cohort small = Cohort.builder("sample-team").minimumSize(5).addAll(scores).build();
        CohortStatistics stats = small.statistics().orElseThrow();
        System.out.printf("average %.1f, median %.1f; engage average %.1f, median %.1f%n", stats.averageTotal(),
                stats.medianTotal(), stats.average(Pillar.ENGAGE_WITH_INSIGHTS),
                stats.median(Pillar.ENGAGE_WITH_INSIGHTS));
        for (Standing s : stats.leaderboard(3)) {
            System.out.printf("%d. %-9s %.1f  %s%n", s.rank(), s.memberId(), s.total(), s.label());
        }
        Standing gia = stats.standing("rep-gia").orElseThrow();
        System.out.printf("rep-gia: rank %d of %d, %s%n", gia.rank(), gia.cohortSize(), gia.label());
        // README:end
    }
}
