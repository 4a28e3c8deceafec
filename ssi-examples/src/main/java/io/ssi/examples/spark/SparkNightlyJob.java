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
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * <p>The tables' columns are {@link #MEMBERS} and {@link #ACTIVITIES}; see the README.
 */
public final class SparkNightlyJob {

    /** The members table: one row per member; target accounts separated by {@code ;}. */
    public static final StructType MEMBERS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("industry", DataTypes.StringType)
            .add("time_zone", DataTypes.StringType)
            .add("job_title", DataTypes.StringType)
            .add("headline", DataTypes.StringType)
            .add("summary", DataTypes.StringType)
            .add("has_photo", DataTypes.BooleanType)
            .add("has_background_photo", DataTypes.BooleanType)
            .add("experience_entries", DataTypes.IntegerType)
            .add("education_entries", DataTypes.IntegerType)
            .add("skills", DataTypes.IntegerType)
            .add("endorsements", DataTypes.IntegerType)
            .add("recommendations_received", DataTypes.IntegerType)
            .add("featured_items", DataTypes.IntegerType)
            .add("media_items", DataTypes.IntegerType)
            .add("connections", DataTypes.IntegerType)
            .add("followers", DataTypes.IntegerType)
            .add("decision_maker_connections", DataTypes.IntegerType)
            .add("colleague_connections", DataTypes.IntegerType)
            .add("target_accounts", DataTypes.StringType);

    /** The activities table: one row per activity, keyed by its member's id. */
    public static final StructType ACTIVITIES = new StructType()
            .add("member_id", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("type", DataTypes.StringType, false)
            .add("at", DataTypes.StringType, false)
            .add("contact_id", DataTypes.StringType)
            .add("seniority", DataTypes.StringType)
            .add("account_id", DataTypes.StringType)
            .add("degree", DataTypes.IntegerType)
            .add("colleague", DataTypes.BooleanType)
            .add("engagement", DataTypes.IntegerType);

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
        Dataset<Row> members = read(spark, format, MEMBERS, required(options, "members"));
        Dataset<Row> activities = read(spark, format, ACTIVITIES, required(options, "activities"));
        Dataset<MemberScoreRow> scores = score(members, activities, asOf);
        scores.write().mode(SaveMode.Overwrite).format(format).option("header", "true").save(required(options, "out"));
    }

    private static Dataset<Row> read(SparkSession spark, String format, StructType schema, String path) {
        if (format.equals("csv")) {
            return spark.read().schema(schema).option("header", "true").option("mode", "FAILFAST").csv(path);
        }
        if (format.equals("parquet")) {
            return spark.read().schema(schema).parquet(path);
        }
        throw new IllegalArgumentException("format must be csv or parquet, but was " + format);
    }

    /**
     * Scores every member of {@code members} with its rows of {@code activities}.
     *
     * @param members    rows of {@link #MEMBERS}
     * @param activities rows of {@link #ACTIVITIES}
     * @param asOf       the instant every member is scored as of
     * @return one row per member
     */
    public static Dataset<MemberScoreRow> score(Dataset<Row> members, Dataset<Row> activities, Instant asOf) {
        return members.groupByKey((MapFunction<Row, String>) r -> r.getAs("id"), Encoders.STRING())
                .cogroup(activities.groupByKey((MapFunction<Row, String>) r -> r.getAs("member_id"), Encoders.STRING()),
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
        String id = member.getAs("id");
        return List.of(MemberScoreRow.of(id, compact)).iterator();
    }

    /**
     * A row of {@link #MEMBERS} as a profile.
     *
     * @param r the row
     * @return the profile
     * @throws IllegalArgumentException if a value is invalid
     */
    static MemberProfile profile(Row r) {
        MemberProfile.Builder b = MemberProfile.builder(r.getAs("id"));
        String industry = r.getAs("industry");
        if (industry != null) {
            b.industry(industry);
        }
        String zone = r.getAs("time_zone");
        if (zone != null) {
            b.timeZone(ZoneId.of(zone));
        }
        String jobTitle = r.getAs("job_title");
        if (jobTitle != null) {
            b.jobTitle(jobTitle);
        }
        String headline = r.getAs("headline");
        if (headline != null) {
            b.headline(headline);
        }
        String summary = r.getAs("summary");
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
        String targets = r.getAs("target_accounts");
        if (targets != null && !targets.isBlank()) {
            Set<String> accounts = new LinkedHashSet<>(Arrays.asList(targets.split(";")));
            b.targetAccounts(accounts);
        }
        return b.build();
    }

    /**
     * Rows of {@link #ACTIVITIES} as activities.
     *
     * @param rows the rows
     * @return the activities
     * @throws IllegalArgumentException if a value is invalid
     */
    static List<Activity> activities(List<Row> rows) {
        List<Activity> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Activity.Builder a = Activity.builder(ActivityType.valueOf(r.getAs("type")), Instant.parse(r.getAs("at")))
                    .id(r.getAs("id"));
            String contact = r.getAs("contact_id");
            if (contact != null) {
                Contact.Builder c = Contact.builder(contact);
                String seniority = r.getAs("seniority");
                if (seniority != null) {
                    c.seniority(Seniority.valueOf(seniority));
                }
                String account = r.getAs("account_id");
                if (account != null) {
                    c.accountId(account);
                }
                c.degree(count(r, "degree")).colleague(flag(r, "colleague"));
                a.contact(c.build());
            }
            a.engagement(count(r, "engagement"));
            out.add(a.build());
        }
        return out;
    }

    private static int count(Row r, String column) {
        Integer v = r.getAs(column);
        return v == null ? 0 : v;
    }

    private static boolean flag(Row r, String column) {
        Boolean v = r.getAs(column);
        return v != null && v;
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
