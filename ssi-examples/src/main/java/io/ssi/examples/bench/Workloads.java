package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.Contact;
import io.ssi.core.MemberInput;
import io.ssi.core.MemberProfile;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Activity logs and members for the benchmarks, derived from the calibration personas and the sample team. */
public final class Workloads {

    private Workloads() {
    }

    /**
     * A log {@code copies} times as long: copy {@code k} of every activity gets a fresh id
     * ({@code id#k}) and happens {@code k} minutes earlier, so every copy is counted, on the same
     * days as the original. The work of scoring grows with the log; the daily caps keep the
     * score itself from growing.
     *
     * @param log    the original log
     * @param copies how many copies, at least 1; copy 0 is the original
     * @return the longer log, unmodifiable
     */
    public static List<Activity> repeat(List<Activity> log, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be >= 1, but was " + copies);
        }
        List<Activity> out = new ArrayList<>(log.size() * copies);
        out.addAll(log);
        for (int k = 1; k < copies; k++) {
            for (Activity a : log) {
                out.add(new Activity(a.id() + "#" + k, a.type(), a.at().minusSeconds(60L * k), a.contact(),
                        a.engagement()));
            }
        }
        return List.copyOf(out);
    }

    /** How far back each copy of {@link #backfill} goes: 13 weeks, so every copy keeps its weekdays. */
    static final Duration QUARTER = Duration.ofDays(91);

    /**
     * A 90-day log kept up for longer: copy {@code k} of every activity happens {@code k}
     * quarters of 13 weeks earlier, on the same weekday and time, with a fresh id ({@code id@k})
     * and a fresh contact id, since each quarter reaches new people. Copy 0 is the original, so
     * the window that ends at the original's {@code asOf} scores exactly as the original does.
     *
     * @param log      the original log, spanning at most 91 days
     * @param quarters how many quarters in all, at least 1
     * @return the longer log, unmodifiable
     */
    public static List<Activity> backfill(List<Activity> log, int quarters) {
        if (quarters < 1) {
            throw new IllegalArgumentException("quarters must be >= 1, but was " + quarters);
        }
        List<Activity> out = new ArrayList<>(log.size() * quarters);
        out.addAll(log);
        for (int k = 1; k < quarters; k++) {
            String suffix = "@" + k;
            Duration shift = QUARTER.multipliedBy(k);
            for (Activity a : log) {
                Optional<Contact> contact = a.contact().map(c -> new Contact(c.id() + suffix, c.seniority(),
                        c.accountId(), c.degree(), c.colleague()));
                out.add(new Activity(a.id() + suffix, a.type(), a.at().minus(shift), contact,
                        a.engagement()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A sales org of {@code n} members for batch scoring: the seven members of the sample team
     * and the four calibration personas, in turn, each copy with its own member id
     * ({@code id#k}). Copies share their activity lists, which are immutable.
     *
     * @param n    how many members, not negative
     * @param asOf the instant they will be scored at
     * @return the members' inputs, unmodifiable
     */
    public static List<MemberInput> members(int n, Instant asOf) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, but was " + n);
        }
        List<SampleMember> kinds = new ArrayList<>(SampleTeam.members(asOf));
        kinds.addAll(List.of(Personas.empty(asOf), Personas.newcomer(asOf), Personas.trainedRep(asOf),
                Personas.maxed(asOf)));
        List<MemberInput> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SampleMember m = kinds.get(i % kinds.size());
            out.add(MemberInput.of(renamed(m.profile(), m.profile().id() + "#" + i / kinds.size()), m.activities()));
        }
        return List.copyOf(out);
    }

    /** The same profile under another member id. */
    static MemberProfile renamed(MemberProfile p, String id) {
        // The builder keeps the id it started from, so a copy under a new id takes the canonical constructor.
        return new MemberProfile(id, p.industry(), p.timeZone(), p.jobTitle(), p.headline(), p.summary(), p.headlineLength(),
                p.summaryLength(), p.hasPhoto(),
                p.hasBackgroundPhoto(), p.experienceEntries(), p.educationEntries(), p.skills(), p.endorsements(),
                p.recommendationsReceived(), p.featuredItems(), p.mediaItems(), p.connections(), p.followers(),
                p.decisionMakerConnections(), p.colleagueConnections(), p.targetAccounts());
    }
}
