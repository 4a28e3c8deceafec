package io.ssi.examples.bench;

import io.ssi.core.CompactResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The million-member nightly run, at the size of a build: the same generated organisation,
 * the same streaming batch on 2 threads, every seventh result checked against scoring that
 * member on its own.
 */
final class NightlyRunTest {

    @Test
    void aStreamedOrganisationScoresAsEachMemberAlone() {
        NightlyRun.Outcome o = NightlyRun.run(3_000, 2, 7);

        assertThat(o.progress().done()).isEqualTo(3_000);
        assertThat(o.progress().failed()).isZero();
        assertThat(o.progress().inFlight()).isZero();
        assertThat(o.sample()).hasSize(429);
        assertThat(o.sample()).extracting(CompactResult::index).isSorted().startsWith(0, 7, 14);
        assertThat(o.sample()).allSatisfy(r -> assertThat(r.total()).isBetween(0.0, 100.0));
        assertThat(o.sample().stream().mapToDouble(CompactResult::total).distinct().count()).isGreaterThan(100);
        assertThat(o.mismatches()).isZero();
    }

    @Test
    void theSameNumberIsAlwaysTheSameMember() {
        assertThat(NightlyRun.member(42)).isEqualTo(NightlyRun.member(42));
        assertThat(NightlyRun.member(42).activities()).hasSizeBetween(100, 200);
        assertThat(NightlyRun.member(43)).isNotEqualTo(NightlyRun.member(42));
    }
}
