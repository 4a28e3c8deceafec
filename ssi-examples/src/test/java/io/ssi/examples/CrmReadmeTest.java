package io.ssi.examples;

import io.ssi.core.SsiCalculator;
import io.ssi.core.mapping.MappingReport;
import io.ssi.examples.crm.CrmExample;
import io.ssi.examples.crm.SalesforceExport;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures the README gives for the sample export are the example's own. */
final class CrmReadmeTest {

    @Test
    void theReadmeGivesTheSampleExportsFigures() {
        SalesforceExport export = SalesforceExport.generate(CrmExample.SEED, CrmExample.REPS, CrmExample.END);
        MappingReport r = CrmExample.run(export, SsiCalculator.standard()).mapped().report();
        String readme = ReadmeSnippets.readme().replaceAll("\\s+", " ");
        assertThat(readme).contains(
                "export of " + CrmExample.REPS + " reps and " + n(r.rows()) + " Task rows",
                n(r.mappedRows()) + " rows mapped, " + n(r.unmappedRows()) + " unmapped (" + n(r.unmapped().get("Call"))
                        + " `Call`, " + n(r.unmapped().get("Email")) + " `Email`, " + r.unmapped().get("Smart Link Viewed")
                        + " `Smart Link Viewed`, " + r.unmapped().get("LinkedIn Note") + " `LinkedIn Note`, "
                        + r.unmapped().get("LinkedIn InMail Declined") + " `LinkedIn InMail Declined`), "
                        + r.rejectedRows() + " rejected as open tasks",
                Math.round(100 * r.unknownSeniorityShare()) + "% of the contacts have no seniority",
                r.ownersWithDefaultedZone() + " of " + r.owners() + " reps with activity have no time zone");
    }

    private static String n(int v) {
        return String.format(Locale.US, "%,d", v);
    }
}
