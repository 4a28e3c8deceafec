package io.ssi.examples.spark;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.BatchResult;
import io.ssi.core.CompactResult;
import io.ssi.core.Contact;
import io.ssi.core.MemberInput;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import io.ssi.core.SsiCalculator;
import io.ssi.examples.cli.CsvInput;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Past one machine: a Spark job that reads members and their activities (CSV with a header, or
 * Parquet), groups the activities by member, scores each member with the standard model and
 * writes one row per member: id, total, the four pillars, band, model version and failure.
 * Each executor builds its calculator once, on first use, and shares it across its tasks (it
 * is immutable and thread-safe). A member whose row does not map onto a valid profile, or
 * whose activities do not, gets a row with a failure and no band; the others still score.
 *
 * <pre>
 * spark-submit --class io.ssi.examples.spark.SparkNightlyJob --master yarn ssi-examples.jar \
 *     --members s3://crm/members --activities s3://crm/activities --out s3://crm/ssi/2026-11-30 \
 *     --as-of 2026-11-30T23:59:59Z --format parquet
 * </pre>
 *
 * <p>The tables' columns are the command line's ({@link #MEMBER_COLUMNS},
 * {@link #ACTIVITY_COLUMNS}): the same CSV files score with either; see the README.
 */
public final class SparkNightlyJob {

    /**
     * The members table's columns, as the command line's {@code members.csv} has them; only
     * {@code id} is required, and {@code name} is read by the reports, not by scoring.
     */
    public static final List<String> MEMBER_COLUMNS = CsvInput.MEMBER_COLUMNS;
    /** The activities table's columns, as the command line's {@code activities.csv} has them. */
    public static final List<String> ACTIVITY_COLUMNS = CsvInput.ACTIVITY_COLUMNS;

    private SparkNightlyJob() {
    }

    /** The calculator of this JVM (one per executor), built on first use. */
    private static final class Calculator {
        static final SsiCalculator STANDARD = SsiCalculator.standard();
    }

    /**
     * Runs the job: {@code --members P --activities P --out P --as-of INSTANT [--format csv|parquet]}.
     * The output is written in the same format, overwriting {@code --out}.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String format = options.getOrDefault("format", "csv");
        Instant asOf = Instant.parse(required(options, "as-of"));
        SparkSession spark = SparkSession.builder().appName("ssi-nightly").getOrCreate();
        Dataset<Row> members = read(spark, format, required(options, "members"));
        Dataset<Row> activities = read(spark, format, required(options, "activities"));
        Dataset<MemberScoreRow> scores = score(members, activities, asOf);
        scores.write().mode(SaveMode.Overwrite).format(format).option("header", "true").save(required(options, "out"));
    }

    private static Dataset<Row> read(SparkSession spark, String format, String path) {
        if (format.equals("csv")) {
            // Every cell as text, by the header's names, as the command line reads the same files.
            return spark.read().option("header", "true").option("inferSchema", "false").csv(path);
        }
        if (format.equals("parquet")) {
            return spark.read().parquet(path);
        }
        throw new IllegalArgumentException("format must be csv or parquet, but was " + format);
    }

    /**
     * Scores every member of {@code members} with its rows of {@code activities}.
     *
     * @param members    rows with the {@link #MEMBER_COLUMNS}
     * @param activities rows with the {@link #ACTIVITY_COLUMNS}
     * @param asOf       the instant every member is scored as of
     * @return one row per member
     */
    public static Dataset<MemberScoreRow> score(Dataset<Row> members, Dataset<Row> activities, Instant asOf) {
        return members.groupByKey((MapFunction<Row, String>) r -> text(r, "id"), Encoders.STRING())
                .cogroup(activities.groupByKey((MapFunction<Row, String>) r -> text(r, "member_id"), Encoders.STRING()),
                        (CoGroupFunction<String, Row, Row, MemberScoreRow>) (id, memberRows, activityRows) ->
                                scoreGroup(memberRows, activityRows, asOf),
                        Encoders.bean(MemberScoreRow.class));
    }

    private static Iterator<MemberScoreRow> scoreGroup(Iterator<Row> memberRows, Iterator<Row> activityRows,
                                                       Instant asOf) {
        if (!memberRows.hasNext()) {
            // Activities of a member the members table does not list: there is no one to score.
            return Collections.emptyIterator();
        }
        Row member = memberRows.next();
        List<Row> rows = new ArrayList<>();
        activityRows.forEachRemaining(rows::add);
        SsiCalculator calc = Calculator.STANDARD;
        BatchResult result = calc.scoreAll(List.of(member), m -> MemberInput.of(profile(m), activities(rows)), asOf,
                Runnable::run).get(0);
        CompactResult compact = CompactResult.of(result, calc.modelVersion());
        String id = text(member, "id");
        return List.of(MemberScoreRow.of(id, compact)).iterator();
    }

    /**
     * A members row as a profile, read as the command line reads {@code members.csv}: blank
     * cells and missing columns take the library's defaults, counts may read {@code 500+}.
     *
     * @param r the row
     * @return the profile
     * @throws IllegalArgumentException if a value is invalid, naming it
     */
    static MemberProfile profile(Row r) {
        MemberProfile.Builder b = MemberProfile.builder(text(r, "id"));
        String zone = text(r, "time_zone");
        if (zone != null) {
            b.timeZone(ZoneId.of(zone));
        }
        String industry = text(r, "industry");
        if (industry != null) {
            b.industry(industry);
        }
        String jobTitle = text(r, "job_title");
        if (jobTitle != null) {
            b.jobTitle(jobTitle);
        }
        String headline = text(r, "headline");
        if (headline != null) {
            b.headline(headline);
        }
        String summary = text(r, "summary");
        if (summary != null) {
            b.summary(summary);
        }
        b.hasPhoto(flag(r, "has_photo")).hasBackgroundPhoto(flag(r, "has_background_photo"))
                .experienceEntries(count(r, "experience_entries")).educationEntries(count(r, "education_entries"))
                .skills(count(r, "skills")).endorsements(count(r, "endorsements"))
                .recommendationsReceived(count(r, "recommendations_received"))
                .featuredItems(count(r, "featured_items")).mediaItems(count(r, "media_items"))
                .connections(count(r, "connections")).followers(count(r, "followers"))
                .decisionMakerConnections(count(r, "decision_maker_connections"))
                .colleagueConnections(count(r, "colleague_connections"));
        String targets = text(r, "target_accounts");
        if (targets != null) {
            Set<String> accounts = new LinkedHashSet<>();
            for (String a : targets.split(";")) {
                if (!a.isBlank()) {
                    accounts.add(a.trim());
                }
            }
            b.targetAccounts(accounts);
        }
        return b.build();
    }

    /**
     * Activities rows as activities, read as the command line reads {@code activities.csv}.
     *
     * @param rows the rows
     * @return the activities
     * @throws IllegalArgumentException if a value is invalid, naming it
     */
    static List<Activity> activities(List<Row> rows) {
        List<Activity> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String at = Objects.requireNonNull(text(r, "at"), "at");
            Activity.Builder a = Activity.builder(
                    ActivityType.valueOf(Objects.requireNonNull(text(r, "type"), "type").toUpperCase(Locale.ROOT)),
                    at.endsWith("Z") ? Instant.parse(at) : OffsetDateTime.parse(at).toInstant())
                    .id(text(r, "id"));
            String contact = text(r, "contact_id");
            if (contact != null) {
                Contact.Builder c = Contact.builder(contact);
                String seniority = text(r, "contact_seniority");
                if (seniority != null) {
                    c.seniority(Seniority.valueOf(seniority.toUpperCase(Locale.ROOT)));
                }
                String account = text(r, "contact_account_id");
                if (account != null) {
                    c.accountId(account);
                }
                c.degree(count(r, "contact_degree")).colleague(flag(r, "contact_colleague"));
                a.contact(c.build());
            }
            a.engagement(count(r, "engagement"));
            out.add(a.build());
        }
        return out;
    }

    /** A cell as trimmed text, or null when the column is missing or the cell blank. */
    private static String text(Row r, String column) {
        int i;
        try {
            i = r.fieldIndex(column);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
        if (r.isNullAt(i)) {
            return null;
        }
        String v = r.get(i).toString().trim();
        return v.isEmpty() ? null : v;
    }

    private static int count(Row r, String column) {
        String v = text(r, column);
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.replace("+", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a whole number, but was " + v);
        }
    }

    private static boolean flag(Row r, String column) {
        String v = text(r, column);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(column + " must be true or false, but was " + v);
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs, but got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
