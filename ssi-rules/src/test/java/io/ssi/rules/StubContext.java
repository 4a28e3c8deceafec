package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ScoringContext} whose aggregates are set by hand, for checking a rule's arithmetic at
 * exact values ("exactly the target rate"), which a log of whole activities on whole days can
 * only approximate. Everything not set is 0. Rules see nothing but this interface, so a stub is
 * as real an input as the engine's own context.
 *
 * <p>A weekly rate set by hand comes with the window count that matches it (rounded up), unless
 * a count is set too, and weighted active days with their plain count: the standard rules read
 * the lower of a weighted weekly figure and the window's plain weekly average, so a stub that
 * set only the weighted one would measure nothing.
 */
final class StubContext implements ScoringContext {

    private final MemberProfile profile;
    private final Map<String, Double> rates = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<ActivityType, Double> engagement = new HashMap<>();
    private final Map<String, Integer> connectionsAt = new HashMap<>();
    private double activeDaysPerWeek;
    private int newConnections;
    private int welcomed;
    private int windowDays = Logs.WINDOW_DAYS;

    private StubContext(MemberProfile profile) {
        this.profile = profile;
    }

    static StubContext of(MemberProfile profile) {
        return new StubContext(profile);
    }

    static StubContext empty() {
        return new StubContext(Profiles.empty());
    }

    /** Another window, so that a count over the window's weeks can be an exact weekly figure. */
    StubContext windowDays(int days) {
        this.windowDays = days;
        return this;
    }

    /**
     * Outcomes enough for prospecting to count in full ({@link Response#OUTCOMES_FULL} InMail
     * replies a week, with no InMails sent, so that no reply rate changes).
     */
    StubContext withOutcomes() {
        return rate(ActivityType.INMAIL_REPLY_RECEIVED, Response.OUTCOMES_FULL);
    }

    StubContext rate(ActivityType type, double perWeek) {
        return rate(type, ContactFacet.ANY, perWeek);
    }

    StubContext rate(ActivityType type, ContactFacet facet, double perWeek) {
        rates.put(type + "/" + facet, perWeek);
        return this;
    }

    StubContext count(ActivityType type, int n) {
        return count(type, ContactFacet.ANY, n);
    }

    StubContext count(ActivityType type, ContactFacet facet, int n) {
        counts.put(type + "/" + facet, n);
        return this;
    }

    StubContext engagement(ActivityType type, double perWeek) {
        engagement.put(type, perWeek);
        return this;
    }

    /** The weighted active days a week, whatever types are asked about. */
    StubContext activeDaysPerWeek(double days) {
        this.activeDaysPerWeek = days;
        return this;
    }

    StubContext newConnections(int n, int welcomed) {
        this.newConnections = n;
        this.welcomed = welcomed;
        return this;
    }

    StubContext newConnectionsAt(String account, int n) {
        connectionsAt.put(account, n);
        return this;
    }

    @Override
    public MemberProfile profile() {
        return profile;
    }

    @Override
    public Instant asOf() {
        return Logs.AS_OF;
    }

    @Override
    public LocalDate asOfDate() {
        return LocalDate.ofInstant(Logs.AS_OF, ZoneOffset.UTC);
    }

    @Override
    public int windowDays() {
        return windowDays;
    }

    @Override
    public double halfLifeDays() {
        return 30;
    }

    @Override
    public int dailyCap() {
        return 20;
    }

    @Override
    public int count(ActivityType type) {
        return count(type, ContactFacet.ANY);
    }

    @Override
    public int count(ActivityType type, ContactFacet facet) {
        Integer set = counts.get(type + "/" + facet);
        if (set != null) {
            return set;
        }
        return (int) Math.ceil(rates.getOrDefault(type + "/" + facet, 0.0) * windowDays / 7.0);
    }

    @Override
    public double weeklyRate(ActivityType type) {
        return weeklyRate(type, ContactFacet.ANY);
    }

    @Override
    public double weeklyRate(ActivityType type, ContactFacet facet) {
        return rates.getOrDefault(type + "/" + facet, 0.0);
    }

    @Override
    public double weeklyEngagement(ActivityType contentType) {
        return engagement.getOrDefault(contentType, 0.0);
    }

    /** The plain engagement of the window that matches the weekly figure set by hand, rounded up as counts are. */
    @Override
    public long engagement(ActivityType contentType) {
        return (long) Math.ceil(weeklyEngagement(contentType) * windowDays / 7.0);
    }

    @Override
    public int activeDays(Set<ActivityType> types) {
        // Days set by hand, or else one day for each activity of the types (at most the window):
        // the plain average of a rate set by hand then obeys the daily cap as in the engine.
        int days = (int) Math.ceil(activeDaysPerWeek * windowDays / 7.0);
        for (ActivityType t : types) {
            for (ContactFacet f : ContactFacet.values()) {
                days = Math.max(days, Math.min(windowDays, count(t, f)));
            }
        }
        return days;
    }

    @Override
    public double weeklyActiveDays(Set<ActivityType> types) {
        return activeDaysPerWeek;
    }

    @Override
    public int distinctContacts(ActivityType type) {
        return 0;
    }

    @Override
    public int newConnections() {
        return newConnections;
    }

    @Override
    public int welcomedNewConnections() {
        return welcomed;
    }

    @Override
    public int newConnectionsAt(String accountId) {
        return connectionsAt.getOrDefault(accountId, 0);
    }

    @Override
    public int accountsWithNewConnections(int atLeast) {
        return (int) connectionsAt.values().stream().filter(n -> n >= atLeast).count();
    }
}
