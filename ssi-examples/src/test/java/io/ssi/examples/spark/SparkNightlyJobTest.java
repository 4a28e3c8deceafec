package io.ssi.examples.spark;

import io.ssi.core.Activity;
import io.ssi.core.MemberInput;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.examples.bench.NightlyRun;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job on {@code local[2]}: every member of a generated organisation, written as CSV,
 * comes out with the score that scoring it on its own gives, and a member that does not map
 * comes out as a failure without taking the others down.
 */
final class SparkNightlyJobTest {

    private static final java.time.Instant AS_OF = java.time.Instant.parse("2026-11-30T18:00:00Z");
    private static final int MEMBERS = 40;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("ssi-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void everyMemberScoresAsOnItsOwn(@TempDir Path dir) throws IOException {
        List<MemberInput> org = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            org.add(NightlyRun.member(i));
        }
        Path members = dir.resolve("members.csv");
        Path activities = dir.resolve("activities.csv");
        writeMembers(members, org);
        writeActivities(activities, org);
        Path out = dir.resolve("scores");
        // The same files, read by the command line, give the same members: the layouts are one.
        Map<String, io.ssi.examples.cli.MemberInput> viaCli = new HashMap<>();
        new io.ssi.examples.cli.CsvInput().read(members, activities).forEach(m -> viaCli.put(m.profile().id(), m));
        for (MemberInput m : org) {
            assertThat(viaCli.get(m.profile().id()).profile()).isEqualTo(m.profile());
            assertThat(viaCli.get(m.profile().id()).activities()).containsExactlyInAnyOrderElementsOf(m.activities());
        }

        SparkNightlyJob.main(new String[] {"--members", members.toString(), "--activities", activities.toString(),
                "--out", out.toString(), "--as-of", AS_OF.toString()});

        List<MemberScoreRow> rows = spark.read().option("header", "true").schema(Encoders.bean(MemberScoreRow.class)
                .schema()).csv(out.toString()).as(Encoders.bean(MemberScoreRow.class)).collectAsList();
        Map<String, MemberScoreRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.getMemberId(), r));
        assertThat(rows).hasSize(MEMBERS + 1);

        SsiCalculator calc = SsiCalculator.standard();
        for (MemberInput m : org) {
            SsiScore alone = calc.score(m.profile(), m.activities(), AS_OF);
            MemberScoreRow row = byId.get(m.profile().id());
            assertThat(row.getFailure()).isNull();
            assertThat(row.getTotal()).isEqualTo(alone.total());
            assertThat(row.getProfessionalBrand()).isEqualTo(alone.pillar(Pillar.PROFESSIONAL_BRAND).points());
            assertThat(row.getFindRightPeople()).isEqualTo(alone.pillar(Pillar.FIND_RIGHT_PEOPLE).points());
            assertThat(row.getEngageWithInsights()).isEqualTo(alone.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points());
            assertThat(row.getBuildRelationships()).isEqualTo(alone.pillar(Pillar.BUILD_RELATIONSHIPS).points());
            assertThat(row.getBand()).isEqualTo(alone.band().name());
            assertThat(row.getModelVersion()).isEqualTo(alone.modelVersion());
        }
        MemberScoreRow broken = byId.get("broken");
        assertThat(broken.getFailure()).contains("IllegalArgumentException");
        assertThat(broken.getBand()).isNull();
    }

    private static void writeMembers(Path file, List<MemberInput> org) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", SparkNightlyJob.MEMBER_COLUMNS));
        for (MemberInput m : org) {
            MemberProfile p = m.profile();
            // A zone left at its default stays unwritten, so that it reads back as defaulted.
            String zone = p.timeZoneGiven() ? p.timeZone().getId() : "";
            lines.add(String.join(",", p.id(), "Rep " + p.id(), zone, p.industry().orElse(""), p.jobTitle().orElse(""),
                    p.headline(), p.summary(), String.valueOf(p.hasPhoto()),
                    String.valueOf(p.hasBackgroundPhoto()), String.valueOf(p.experienceEntries()),
                    String.valueOf(p.educationEntries()), String.valueOf(p.skills()), String.valueOf(p.endorsements()),
                    String.valueOf(p.recommendationsReceived()), String.valueOf(p.featuredItems()),
                    String.valueOf(p.mediaItems()), String.valueOf(p.connections()), String.valueOf(p.followers()),
                    String.valueOf(p.decisionMakerConnections()), String.valueOf(p.colleagueConnections()),
                    String.join(";", p.targetAccounts())));
        }
        // A CRM row that does not map: a negative connection count.
        lines.add("broken,,UTC,,,,,false,false,0,0,0,0,0,0,0,-5,0,0,0,");
        Files.write(file, lines);
    }

    private static void writeActivities(Path file, List<MemberInput> org) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", SparkNightlyJob.ACTIVITY_COLUMNS));
        for (MemberInput m : org) {
            for (Activity a : m.activities()) {
                lines.add(String.join(",", a.id(), m.profile().id(), a.type().name(), a.at().toString(),
                        a.contact().map(c -> c.id()).orElse(""),
                        a.contact().map(c -> c.seniority().name()).orElse(""),
                        a.contact().flatMap(c -> c.accountId()).orElse(""),
                        a.contact().map(c -> String.valueOf(c.degree())).orElse(""),
                        a.contact().map(c -> String.valueOf(c.colleague())).orElse(""),
                        String.valueOf(a.engagement())));
            }
        }
        lines.add("b-1,broken,POST_LIKED," + AS_OF.minusSeconds(3_600) + ",,,,,,0");
        lines.add("n-1,nobody,post_liked," + AS_OF.minusSeconds(3_600) + ",,,,,,0");
        Files.write(file, lines);
    }
}
