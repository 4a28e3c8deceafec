package io.ssi.examples;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.StandardModel;
import io.ssi.rules.StandardRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of the standard model's signals is generated from the one table of rules:
 * it is rebuilt here from {@link StandardModel#rules()}, each rule's evidence (target and unit,
 * read from a score of the Trained-rep persona, on whom every rule applies) and each rule's
 * English {@linkplain StandardRule#description(Locale) description} from the explanation bundle.
 * The README must show every rule with the same description, target and max points, every
 * pillar's budget, and no rule that is not in the model.
 *
 * <p>When this fails, the expected section is in {@code ssi-examples/target/readme-model-table.md},
 * ready to paste into the README.
 */
final class ReadmeModelTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|(.*)\\|(.*)\\|(.*)\\|$",
            Pattern.MULTILINE);

    @Test
    void readmeShowsEveryStandardRuleWithItsTargetAndMaxPoints() throws IOException {
        List<Row> rows = rows();
        String table = table(rows);
        Path out = ProjectFiles.root().resolve("ssi-examples/target/readme-model-table.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);

        String readme = Files.readString(ProjectFiles.root().resolve("README.md"));
        Map<String, String[]> shown = new LinkedHashMap<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            shown.put(m.group(1), new String[] {m.group(2).strip(), m.group(3).strip(), m.group(4).strip()});
        }
        List<String> problems = new ArrayList<>();
        for (Row r : rows) {
            String[] cells = shown.remove(r.id());
            if (cells == null) {
                problems.add(r.id() + " is missing");
            } else if (!cells[1].equals(r.target()) || !cells[2].equals(r.maxPoints()) || !cells[0].equals(r.measures())) {
                problems.add(r.id() + " shows '" + cells[0] + "', target '" + cells[1] + "' and max '" + cells[2]
                        + "', but is '" + r.measures() + "', '" + r.target() + "' and '" + r.maxPoints() + "'");
            }
        }
        shown.keySet().forEach(id -> problems.add(id + " is shown but is not a standard rule"));
        for (Pillar p : Pillar.values()) {
            String budget = budgetLine(p, rows);
            if (!readme.contains(budget)) {
                problems.add("pillar budget line missing: " + budget);
            }
        }
        assertThat(problems).as("README.md's model table is out of date; the current one is in " + out
                + ":%n%s", table).isEmpty();
    }

    /** One rule as the table shows it. */
    record Row(Pillar pillar, String id, String measures, String target, String maxPoints, double max) {
    }

    static List<Row> rows() {
        // The Trained rep has enough requests, connections and target accounts for every rate
        // and the multi-threading rule to apply, so every evidence carries the real target.
        SampleMember rep = Personas.trainedRep(SampleTeam.AS_OF);
        SsiScore score = SsiCalculator.standard().score(rep.profile(), rep.activities(), SampleTeam.AS_OF);
        Map<String, RuleContribution> byId = new LinkedHashMap<>();
        score.contributions().forEach(c -> byId.put(c.ruleId(), c));

        List<Row> rows = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            List<ScoringRule> rules = new ArrayList<>(StandardModel.rules());
            rules.sort(Comparator.comparing(ScoringRule::id));
            for (ScoringRule rule : rules) {
                if (rule.pillar() != p) {
                    continue;
                }
                RuleContribution c = byId.get(rule.id());
                assertThat(c).as(rule.id()).isNotNull();
                assertThat(c.applicable()).as(rule.id() + " applies to the Trained rep").isTrue();
                rows.add(new Row(p, rule.id(), ((StandardRule) rule).description(Locale.ENGLISH).orElseThrow().replace("|", "\\|"), target(c),
                        number(rule.maxPoints()), rule.maxPoints()));
            }
        }
        return rows;
    }

    /** The target in words, from the evidence: "3 posts a week", "40% of requests accepted", "present". */
    static String target(RuleContribution c) {
        double target = c.evidence().target();
        String unit = c.evidence().unit();
        if (unit.equals("yes or no")) {
            return "present";
        }
        if (unit.startsWith("share of ")) {
            return Math.round(target * 100) + "% of " + unit.substring("share of ".length());
        }
        return number(target) + " " + unit;
    }

    static String number(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    static String budgetLine(Pillar p, List<Row> rows) {
        double budget = rows.stream().filter(r -> r.pillar() == p).mapToDouble(Row::max).sum();
        long count = rows.stream().filter(r -> r.pillar() == p).count();
        return String.format(Locale.ROOT, "**%s** (`%s.*`): %d rules, budget %s points, capped at %s.",
                TeamReport.pillarName(p), p.key(), count, number(budget), number(Pillar.MAX_POINTS));
    }

    static String table(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (Pillar p : Pillar.values()) {
            s.append(budgetLine(p, rows)).append("\n\n");
            s.append("| rule | what it measures | target | max points |\n");
            s.append("|---|---|---|---|\n");
            for (Row r : rows) {
                if (r.pillar() == p) {
                    s.append("| `").append(r.id()).append("` | ").append(r.measures()).append(" | ")
                            .append(r.target()).append(" | ").append(r.maxPoints()).append(" |\n");
                }
            }
            s.append('\n');
        }
        return s.toString();
    }
}
