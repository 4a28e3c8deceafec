package io.ssi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ssi.core.Advice;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiScore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The machine-readable formats of the command line: JSON and CSV. Stateless. */
public final class Reports {

    private Reports() {
    }

    /**
     * A mapper as a plugin would use it (the default, with the modules on the class path), set
     * to write instants as ISO-8601 and to indent; what it writes reads back with the plain
     * default mapper.
     *
     * @return a new mapper
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * The team as a JSON array with one {@link Advice} (score and recommendations) per member,
     * in input order; the schema's {@code advice} definition describes each.
     *
     * @param team the scored team
     * @return the JSON text
     */
    public static String json(TeamScores team) {
        List<Advice> all = new ArrayList<>(team.members().size());
        for (TeamScores.Member m : team.members()) {
            all.add(new Advice(m.score(), m.recommendations()));
        }
        try {
            return mapper().writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a score could not be written as JSON", e);
        }
    }

    /** The CSV report's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("member_id", "name", "as_of", "model_version", "total",
            "band", "brand", "find", "engage", "relationships", "complete", "rank", "trend_30_days",
            "trend_30_days_change", "next_step_1", "next_step_2", "next_step_3");

    /**
     * The team as CSV: one row per member, in input order, figures with a dot and full
     * precision, the next steps in the reader's language.
     *
     * @param team the scored team
     * @return the CSV text, with a header row
     */
    public static String csv(TeamScores team) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                CSV_COLUMNS.toArray(new String[0])).get())) {
            for (TeamScores.Member m : team.members()) {
                SsiScore s = m.score();
                List<Object> row = new ArrayList<>();
                row.add(m.id());
                row.add(m.name());
                row.add(s.asOf().toString());
                row.add(s.modelVersion());
                row.add(num(s.total()));
                row.add(s.band().name());
                for (Pillar pillar : Pillar.values()) {
                    row.add(num(s.pillar(pillar).points()));
                }
                row.add(s.complete());
                row.add(team.statistics().flatMap(x -> x.standing(m.id())).map(x -> Integer.toString(x.rank()))
                        .orElse(""));
                row.add(m.trend().direction().name());
                row.add(num(m.trend().totalChange()));
                for (int i = 0; i < HtmlReport.NEXT_STEPS; i++) {
                    List<Recommendation> r = m.recommendations();
                    row.add(i < r.size() ? r.get(i).message() : "");
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
