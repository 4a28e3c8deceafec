package io.ssi.examples;

import io.ssi.core.BatchResult;
import io.ssi.core.MemberInput;
import io.ssi.core.SsiCalculator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Batch scoring: the sample team as CRM rows, one of them bad, mapped and scored on two
 * threads. The bad row is reported for itself; the others score as they would one by one. The
 * code between the README markers is the README's example, word for word
 * ({@code ReadmeSnippetsTest} checks it), and {@code ExamplesTest} runs it.
 */
public final class BatchExample {

    private BatchExample() {
    }

    /**
     * Scores the sample team plus one bad row and prints each result in input order.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin
        record CrmRow(SampleMember member, int connections) { } // a row of your CRM's export

        List<CrmRow> rows = new ArrayList<>();
        for (SampleMember m : SampleTeam.members()) {
            rows.add(new CrmRow(m, m.profile().connections()));
        }
        rows.add(2, new CrmRow(SampleTeam.networker(SampleTeam.AS_OF), -3)); // a sync glitch in the CRM

        SsiCalculator calc = SsiCalculator.standard(); // immutable and thread-safe: share it
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<BatchResult> results = calc.scoreAll(rows, row -> MemberInput.of(
                    row.member().profile().toBuilder().connections(row.connections()).build(),
                    row.member().activities()), SampleTeam.AS_OF, pool);
            for (BatchResult r : results) { // one per row, in input order
                if (r.succeeded()) {
                    System.out.printf("%d %-9s %.1f%n", r.index(), r.memberId().orElseThrow(),
                            r.score().orElseThrow().total());
                } else {
                    System.out.printf("%d %-9s failed: %s%n", r.index(), rows.get(r.index()).member().profile().id(),
                            r.failure().orElseThrow().getMessage());
                }
            }
        } finally {
            pool.shutdown();
        }
        // README:end
    }
}
