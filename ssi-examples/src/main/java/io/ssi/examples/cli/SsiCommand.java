package io.ssi.examples.cli;

import io.ssi.core.Cohort;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.mapping.ActivityRows;
import io.ssi.core.mapping.SalesforceIds;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * The {@code ssi} command line. With no arguments it prints the bundled sample team's report;
 * {@code score} scores your own members and activities from CSV files:
 *
 * <pre>{@code
 * java -jar ssi-examples/target/ssi-examples.jar
 * java -jar ssi-examples/target/ssi-examples.jar score --profiles members.csv --activities activities.csv \
 *     [--as-of 2026-11-30] [--format text|json|csv|html] [--out report.html] [--locale de]
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} when every row was read, {@value #ROWS_SKIPPED} when some rows
 * were skipped (each is reported on standard error with its file, line and column, and the rest
 * still scored), {@value #FAILED} when a file could not be read, {@value #USAGE} for a usage
 * error.
 */
@Command(name = "ssi", mixinStandardHelpOptions = true, version = "ssi command line",
        description = "Scores a sales team's Social Selling Index. With no command: the sample team's report.",
        subcommands = SsiCommand.Score.class)
public final class SsiCommand implements Callable<Integer> {

    /** Every row was read and scored. */
    public static final int OK = 0;
    /** A file could not be read, or the header missed a required column. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Some rows were skipped; the rest were scored. */
    public static final int ROWS_SKIPPED = 3;

    /** The sample team is 7 strong: below the library's default privacy floor, so it is lowered. */
    static final int SAMPLE_PRIVACY_FLOOR = 5;

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--locale", description = "Language of the report: en (default) or de.", defaultValue = "en")
    private String locale;

    @Option(names = "--format", description = "text (default), json, csv or html.", defaultValue = "text")
    private Format format;

    @Option(names = "--out", description = "Write the report to this file instead of standard output.")
    private Path outFile;

    /** The output formats. */
    public enum Format {
        /** A plain-text report for people. */
        text,
        /** One Advice (score and recommendations) per member, as a JSON array. */
        json,
        /** One row per member. */
        csv,
        /** One self-contained HTML file. */
        html
    }

    /**
     * A command that prints to the given streams.
     *
     * @param out standard output
     * @param err standard error
     */
    public SsiCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new SsiCommand(out, err));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }

    /** The sample team's report. */
    @Override
    public Integer call() throws IOException {
        List<MemberInput> team = new ArrayList<>();
        for (SampleMember m : SampleTeam.members()) {
            team.add(new MemberInput(m.profile(), SampleTeam.name(m.profile().id()), m.activities()));
        }
        Locale reader = Locale.forLanguageTag(locale);
        TeamScores scores = TeamScores.score(team, AsOf.instant(SampleTeam.AS_OF), advisor(reader),
                SAMPLE_PRIVACY_FLOOR, List.of("The sample team has 7 members, so the privacy floor is lowered from "
                        + Cohort.DEFAULT_MINIMUM_SIZE + " to " + SAMPLE_PRIVACY_FLOOR + "."), n -> { });
        write(scores, format, reader, Optional.ofNullable(outFile));
        return OK;
    }

    private static SsiAdvisor advisor(Locale reader) {
        return SsiAdvisor.builder().discoverGenerators().calculator(SsiCalculator.standard()).locale(reader).build();
    }

    void write(TeamScores scores, Format f, Locale reader, Optional<Path> to) throws IOException {
        String text = switch (f) {
            case text -> new TextReport(reader).render(scores);
            case json -> Reports.json(scores);
            case csv -> Reports.csv(scores);
            case html -> new HtmlReport(reader).render(scores);
        };
        if (to.isPresent()) {
            Files.writeString(to.get(), text, StandardCharsets.UTF_8);
        } else {
            out.print(text);
            out.flush();
        }
    }

    /** The values of {@code score --mapping}. */
    static final List<String> MAPPINGS = List.of("ssi", "salesforce-tasks", "hubspot-messages");

    /** {@code ssi score}: scores members and activities from CSV files. */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Scores the members in a CSV file from the activities in another (layouts: see README).")
    static final class Score implements Callable<Integer> {

        @CommandLine.ParentCommand
        private SsiCommand parent;

        @Option(names = "--profiles", required = true, description = "The members CSV file: one row per member.")
        private Path profiles;

        @Option(names = "--activities", required = true, description = "The activities CSV file: one row per activity.")
        private Path activities;

        @Option(names = "--as-of", description = "A date (the end of that day in each member's time zone) or an "
                + "instant such as 2026-11-30T17:00:00Z. Default: now.")
        private String asOf;

        @Option(names = "--locale", description = "Language of the report: en (default) or de.")
        private String locale;

        @Option(names = "--format", description = "text (default), json, csv or html.")
        private Format format;

        @Option(names = "--out", description = "Write the report to this file instead of standard output.")
        private Path outFile;

        @Option(names = "--mapping", description = "How to read the activities file: ssi (default: the layout in the "
                + "README), salesforce-tasks (a Salesforce Task export as Sales Navigator's CRM sync writes it) or "
                + "hubspot-messages (HubSpot's LinkedIn message communications). A member's id is the rows' owner id.",
                defaultValue = "ssi")
        private String mapping;

        @Option(names = "--privacy-floor", description = "The smallest team that gets ranks and team figures "
                + "(default: ${DEFAULT-VALUE}).", defaultValue = "" + Cohort.DEFAULT_MINIMUM_SIZE)
        private int privacyFloor;

        @Override
        public Integer call() {
            PrintStream err = parent.err;
            AsOf when;
            try {
                when = asOf == null ? AsOf.instant(Instant.now()) : AsOf.parse(asOf);
                if (privacyFloor < 1) {
                    throw new IllegalArgumentException("--privacy-floor must be >= 1, but was " + privacyFloor);
                }
                if (!MAPPINGS.contains(mapping)) {
                    throw new IllegalArgumentException("--mapping must be one of " + String.join(", ", MAPPINGS)
                            + ", but was " + mapping);
                }
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return USAGE;
            }
            Locale reader = Locale.forLanguageTag(locale != null ? locale : parent.locale);
            CsvInput input = new CsvInput();
            List<MemberInput> members;
            try {
                members = switch (mapping) {
                    case "salesforce-tasks" -> input.readMapped(profiles, activities, ActivityRows.salesforceTasks(),
                            SalesforceIds::canonical);
                    case "hubspot-messages" -> input.readMapped(profiles, activities,
                            ActivityRows.hubSpotLinkedInMessages(), UnaryOperator.identity());
                    default -> input.read(profiles, activities);
                };
            } catch (IOException e) {
                err.println("ssi: " + e.getMessage());
                return FAILED;
            }
            for (String p : input.problems()) {
                err.println(p);
            }
            Progress progress = new Progress(err, members.size(), Progress.stderrIsTerminal());
            TeamScores scores = TeamScores.score(members, when, advisor(reader), privacyFloor, input.problems(),
                    progress);
            progress.finish();
            try {
                parent.write(scores, format != null ? format : parent.format, reader,
                        Optional.ofNullable(outFile != null ? outFile : parent.outFile));
            } catch (IOException e) {
                err.println("ssi: " + e.getMessage());
                return FAILED;
            }
            if (input.skippedRows() > 0) {
                err.println(input.skippedRows() + " row" + (input.skippedRows() == 1 ? " was" : "s were")
                        + " skipped; the rest were scored.");
                return ROWS_SKIPPED;
            }
            return OK;
        }
    }
}
