package io.ssi.examples;

import io.ssi.core.Pillar;
import io.ssi.examples.cli.SsiCommand;
import io.ssi.examples.cli.TextReport;

import java.util.Locale;

/**
 * The sample team's report: the same as the runnable jar with no arguments, which
 * {@link SsiCommand} prints (team first, then each member by name, notes on the data last).
 *
 * <pre>{@code
 * java -jar ssi-examples/target/ssi-examples.jar
 * }</pre>
 */
public final class TeamReport {

    private TeamReport() {
    }

    /**
     * Prints the sample team's report to standard output.
     *
     * @param args passed on to the command line, for example {@code --format html}
     */
    public static void main(String[] args) {
        SsiCommand.main(args);
    }

    /**
     * A pillar's name as the reports print it in English.
     *
     * @param p the pillar
     * @return for example {@code "Find the right people"}
     */
    static String pillarName(Pillar p) {
        return TextReport.pillarName(p, Locale.ENGLISH);
    }
}
