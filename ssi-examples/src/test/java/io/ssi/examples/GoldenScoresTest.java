package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Seniority;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard model's scores, to the last bit, as recorded when standard-2 was calibrated:
 * every persona, every sample-team member and 1,000 seeded random members. A change that
 * moves any pillar of any of them by one ulp fails here. The recorded values are the raw bits of
 * each pillar's points and of the total ({@link Double#doubleToLongBits}, in hex).
 *
 * <p>To record anew (only when the model is meant to change, with a new model version), run
 * with {@code -Dssi.golden.write=<file>} and copy the file over the resource.
 */
final class GoldenScoresTest {

    private static final String RESOURCE = "golden-scores-standard-2.txt";
    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final int RANDOM_MEMBERS = 1_000;
    private static final long SEED = 20_261_130L;

    @Test
    void standardScoresAreBitIdenticalToTheRecordedOnes() throws IOException {
        List<String> actual = lines(SsiCalculator.standard());
        String out = System.getProperty("ssi.golden.write");
        if (out != null) {
            Files.write(Path.of(out), actual, StandardCharsets.UTF_8);
        }
        List<String> expected = recorded();
        assertThat(actual).hasSize(4 + SampleTeam.members().size() + RANDOM_MEMBERS);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    static List<String> lines(SsiCalculator calc) {
        List<String> out = new ArrayList<>();
        for (SampleMember m : List.of(Personas.empty(AS_OF), Personas.newcomer(AS_OF), Personas.trainedRep(AS_OF),
                Personas.maxed(AS_OF))) {
            out.add(line("persona", calc.score(m.profile(), m.activities(), AS_OF)));
        }
        for (SampleMember m : SampleTeam.members()) {
            out.add(line("team", calc.score(m.profile(), m.activities(), SampleTeam.AS_OF)));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < RANDOM_MEMBERS; i++) {
            MemberProfile p = randomProfile(random, "random-" + i);
            out.add(line("random", calc.score(p, randomLog(random, p.targetAccounts()), AS_OF)));
        }
        return out;
    }

    private static String line(String kind, SsiScore s) {
        StringBuilder b = new StringBuilder(kind).append(' ').append(s.memberId());
        for (Pillar p : Pillar.values()) {
            b.append(' ').append(Long.toHexString(Double.doubleToLongBits(s.pillar(p).points())));
        }
        return b.append(' ').append(Long.toHexString(Double.doubleToLongBits(s.total()))).toString();
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = Objects.requireNonNull(GoldenScoresTest.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/Chicago"), ZoneOffset.ofHoursMinutes(5, 30));
    private static final List<String> ACCOUNTS = List.of("acme", "globex", "initech", "umbrella", "hooli");
    private static final String TEXT = "Helping B2B fintech founders grow revenue with data-driven insight. ";

    private static MemberProfile randomProfile(SplittableRandom r, String id) {
        Set<String> targets = new LinkedHashSet<>();
        for (String a : ACCOUNTS) {
            if (r.nextInt(3) == 0) {
                targets.add(a);
            }
        }
        int connections = r.nextInt(2_000);
        MemberProfile.Builder b = MemberProfile.builder(id).timeZone(ZONES.get(r.nextInt(ZONES.size())))
                .headline(TEXT.repeat(2).substring(0, r.nextInt(TEXT.length() * 2)))
                .summary(TEXT.repeat(12).substring(0, r.nextInt(TEXT.length() * 12)))
                .hasPhoto(r.nextBoolean()).hasBackgroundPhoto(r.nextBoolean())
                .experienceEntries(r.nextInt(7)).educationEntries(r.nextInt(3)).skills(r.nextInt(50))
                .endorsements(r.nextInt(120)).recommendationsReceived(r.nextInt(6)).featuredItems(r.nextInt(5))
                .mediaItems(r.nextInt(3)).connections(connections).followers(r.nextInt(3_000))
                .decisionMakerConnections(r.nextInt(connections / 4 + 1))
                .colleagueConnections(r.nextInt(connections / 8 + 1)).targetAccounts(targets);
        if (r.nextBoolean()) {
            b.jobTitle("Account Executive");
        }
        return b.build();
    }

    private static List<Activity> randomLog(SplittableRandom r, Set<String> targets) {
        // The standard types: the recorded logs were drawn before CUSTOM (which the model ignores) existed.
        ActivityType[] types = java.util.Arrays.stream(ActivityType.values()).filter(t -> t != ActivityType.CUSTOM)
                .toArray(ActivityType[]::new);
        Seniority[] seniorities = Seniority.values();
        List<String> accounts = new ArrayList<>(targets);
        accounts.add("other");
        int n = r.nextInt(400);
        List<Activity> log = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ActivityType type = types[r.nextInt(types.length)];
            Instant at = AS_OF.minusSeconds(r.nextLong(130L * 86_400)).plusSeconds(r.nextInt(20) == 0 ? 3_600 : 0);
            Activity.Builder a = Activity.builder(type, at).id("a" + i);
            if (r.nextInt(4) != 0) {
                int c = r.nextInt(60);
                a.contact(Contact.builder("c" + c).seniority(seniorities[c % seniorities.length]).degree(c % 4)
                        .accountId(accounts.get(c % accounts.size())).colleague(c % 7 == 0).build());
            }
            if (type.isContent()) {
                a.engagement(r.nextInt(60));
            }
            Activity built = a.build();
            log.add(built);
            if (r.nextInt(20) == 0) {
                log.add(built); // a CRM export's duplicate row
            }
        }
        return log;
    }
}
