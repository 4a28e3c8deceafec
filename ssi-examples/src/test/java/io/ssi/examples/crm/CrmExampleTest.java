package io.ssi.examples.crm;

import io.ssi.core.ScoreBand;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.mapping.MappingReport;
import io.ssi.core.mapping.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

final class CrmExampleTest {

    private static final SalesforceExport EXPORT = SalesforceExport.generate(CrmExample.SEED, CrmExample.REPS,
            CrmExample.END);

    @Test
    void theExportIsDeterministicAndAsDirtyAsARealOne() {
        SalesforceExport again = SalesforceExport.generate(CrmExample.SEED, CrmExample.REPS, CrmExample.END);
        assertThat(again.tasks()).isEqualTo(EXPORT.tasks());
        assertThat(EXPORT.users()).hasSize(CrmExample.REPS);
        assertThat(EXPORT.tasks()).hasSizeBetween(3_000, 30_000);
        List<Row> tasks = EXPORT.tasks();
        assertThat(tasks).anySatisfy(t -> assertThat(t.value("Id").orElseThrow()).hasSize(15));
        assertThat(tasks).anySatisfy(t -> assertThat(t.value("Id").orElseThrow()).hasSize(18));
        assertThat(tasks).anySatisfy(t -> assertThat(t.value("CreatedDate")).isEmpty());
        assertThat(tasks).anySatisfy(t -> assertThat(t.value("Who.Title")).isEmpty());
        assertThat(EXPORT.users()).anySatisfy(u -> assertThat(u.value("TimeZoneSidKey")).isEmpty());
        assertThat(EXPORT.users()).anySatisfy(u -> assertThat(u.value("LinkedIn_Connections__c")).contains("500+"));
        assertThat(EXPORT.users()).anySatisfy(u -> assertThat(u.value("LinkedIn_Connections__c").orElseThrow())
                .contains(","));
    }

    @Test
    void theSalesforceMappingTurnsTheExportIntoTheCountsItWasMadeOf() {
        MappingReport r = CrmExample.run(EXPORT, SsiCalculator.standard()).mapped().report();
        assertThat(r.mapped()).containsKeys(io.ssi.core.ActivityType.PROFILE_VIEWED, io.ssi.core.ActivityType.LEAD_SAVED);
        assertThat(r.rows()).isEqualTo(EXPORT.tasks().size());
        assertThat(r.mapped()).isEqualTo(EXPORT.expectedMapped());
        assertThat(r.unmapped()).isEqualTo(EXPORT.expectedUnmapped())
                .containsOnlyKeys("Call", "Email", "LinkedIn InMail Declined", "LinkedIn Note", "Smart Link Viewed");
        assertThat(r.rejected()).isEqualTo(Map.of("Status: Not Started", EXPORT.expectedOpenTasks()));
        assertThat(r.duplicateIds()).isEqualTo(EXPORT.expectedDuplicates()).isPositive();
        assertThat(r.dateOnly()).isPositive().isLessThan(r.mappedRows());
        assertThat(r.ownersWithDefaultedZone()).isPositive();
        assertThat(r.unknownSeniorityShare()).isBetween(0.1, 0.3);
    }

    @Test
    void underTheFullModelNoRepOfTheExportIsGoodHoweverHardTheyWork() {
        // What a CRM cannot see counts as zero under full coverage: this is the problem coverage solves.
        CrmExample.Result r = CrmExample.run(EXPORT, SsiCalculator.standard());
        assertThat(r.bands().get(ScoreBand.GOOD) + r.bands().get(ScoreBand.LEADER)).isZero();
        List<SsiScore> all = r.all();
        assertThat(all.get(all.size() - 1).total()).isGreaterThan(all.get(0).total() + 20);
    }

    @Test
    void underTheCrmCoverageTheRepsSpreadAcrossTheBandsAsTheirEffortSays() {
        CrmExample.Result r = CrmExample.run(EXPORT,
                SsiCalculator.builder().discoverRules().coverage(CrmExample.CRM_COVERAGE).build());
        assertThat(r.bands().values()).allSatisfy(n -> assertThat(n).isPositive());
        List<SsiScore> all = r.all();
        assertThat(all.get(0).band()).isEqualTo(ScoreBand.LAGGARD);
        assertThat(all.get(all.size() - 1).band()).isEqualTo(ScoreBand.LEADER);
        // More effort, a higher score: the reps are generated in order of effort.
        int inversions = 0;
        for (int i = 1; i < all.size(); i++) {
            inversions += all.get(i).total() + 3 < all.get(i - 1).total() ? 1 : 0;
        }
        assertThat(inversions).isZero();
        assertThat(all.get(0).coverage().activityTypes()).isEqualTo(CrmExample.CRM_COVERAGE.activityTypes());
    }

    @Test
    void mainPrintsTheReportTheDataQualityAndEveryRep() {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            CrmExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("\\d+ task rows: \\d+ mapped, \\d+ unmapped, \\d+ rejected");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  unmapped Call"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("data quality: "));
        assertThat(lines).filteredOn(l -> l.matches("005\\w{15}  \\d\\.\\d\\d .*")).hasSize(CrmExample.REPS);
        assertThat(lines.get(lines.size() - 1)).startsWith("bands, CRM coverage: {LAGGARD=");
    }
}
