package io.ssi.examples;

import io.ssi.core.BatchProgress;
import io.ssi.core.CompactResult;
import io.ssi.core.MemberInput;
import io.ssi.core.SsiCalculator;
import io.ssi.core.StreamingBatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A nightly rescoring in bounded memory: the sample team streamed through a
 * {@link StreamingBatch} on two threads, each result stored in its compact form as it
 * completes. The code between the README markers is the README's example, word for word, and
 * {@code ExamplesTest} runs it.
 */
public final class NightlyExample {

    private NightlyExample() {
    }

    /**
     * Streams the sample team and prints what it stored and the run's progress.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin
        SsiCalculator calc = SsiCalculator.standard();
        List<CompactResult> stored = new ArrayList<>(); // stands in for your database
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            StreamingBatch batch = StreamingBatch.builder(calc).asOf(SampleTeam.AS_OF).executor(pool)
                    .maxInFlight(8) // members taken from the input and not yet handed over
                    .build();
            BatchProgress done = batch.run(SampleTeam.members().stream(), // any Iterable or Stream, read lazily
                    m -> MemberInput.of(m.profile(), m.activities()),
                    result -> stored.add(CompactResult.of(result, calc.modelVersion()))); // one at a time
            stored.sort(Comparator.comparingInt(CompactResult::index));
            for (CompactResult r : stored) {
                System.out.printf("%d %-9s %5.1f %s%n", r.index(), r.memberId().orElseThrow(), r.total(),
                        r.band().orElseThrow());
            }
            System.out.printf("%d members, %d failed%n", done.done(), done.failed());
        } finally {
            pool.shutdown();
        }
        // README:end
    }
}
