package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Coverage;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.PillarScore;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The baseline a score is measured against: a hand-written single pass over the log that
 * builds the same result objects, written the way one would for one member and one model with
 * no engine around it.
 *
 * <p>One loop over the activities de-duplicates by id (the first row of an id wins, enough for
 * logs without conflicting rows), places each activity on its day of the window and adds it
 * straight into per-type, per-facet and per-day arrays, contact sets and account sets; a
 * second, short loop over the window's days weighs and caps the counts. Then the calculator's
 * own rules read those sums through a plain {@link ScoringContext}, and their contributions
 * become the same {@link PillarScore}s and {@link SsiScore} a calculator returns. What this
 * leaves out is what the engine adds for every member: the id table, interning, the day-by-day
 * window that histories slide, failure isolation and coverage. The rules are the calculator's
 * (the model's table), so the pass follows the model as it changes; the recency weight of a day
 * is {@link #weight(int, int, double, int)}, and must follow the engine's if that changes.
 *
 * <p>{@code FusedPassTest} checks that it gives the calculator's total for the benchmark's logs,
 * so that the baseline is honest. Not part of the library; thread-safe (no state).
 */
public final class FusedPass {

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final int T = TYPES.length;
    private static final int F = ContactFacet.values().length;

    private final SsiCalculator calculator;
    private final int windowDays;
    private final double halfLifeDays;
    private final int dailyCap;
    private final int taperDays;
    private final int engagementCap;

    /**
     * @param calculator the calculator whose rules, window, half-life, cap and bands to use;
     *                   full coverage
     */
    public FusedPass(SsiCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.windowDays = calculator.options().windowDays();
        this.halfLifeDays = calculator.options().halfLifeDays();
        this.dailyCap = calculator.dailyCap();
        this.taperDays = calculator.options().taperDays();
        this.engagementCap = calculator.options().engagementCap();
    }

    /**
     * The recency weight of a day of the given age, as the engine weighs it: halving every
     * half-life, and over the window's oldest {@code taperDays} days also falling to zero along
     * a raised cosine.
     *
     * @param age          days before the scored day, 0 for that day
     * @param windowDays   days in the window
     * @param halfLifeDays the half-life in days
     * @param taperDays    days of taper, 0 for none
     * @return the weight
     */
    static double weight(int age, int windowDays, double halfLifeDays, int taperDays) {
        double w = Math.pow(0.5, age / halfLifeDays);
        int full = windowDays - taperDays;
        return age < full ? w : w * 0.5 * (1 + Math.cos(Math.PI * (age - full) / taperDays));
    }

    /**
     * Scores a member in one pass.
     *
     * @param profile    the member
     * @param activities the log
     * @param asOf       the instant to score
     * @return the score, as the calculator would build it
     */
    public SsiScore score(MemberProfile profile, List<Activity> activities, Instant asOf) {
        ZoneRules zone = profile.timeZone().getRules();
        long lastDay = Math.floorDiv(asOf.getEpochSecond() + zone.getOffset(asOf).getTotalSeconds(), 86_400L);
        // One offset for the whole window unless the zone changes its clocks inside it.
        Instant windowStart = Instant.ofEpochSecond((lastDay - windowDays - 1) * 86_400L);
        int offset = zone.getOffset(asOf).getTotalSeconds();
        boolean fixed = zone.nextTransition(windowStart) == null || zone.nextTransition(windowStart).getInstant()
                .isAfter(asOf);
        Set<String> targets = profile.targetAccounts();

        int[][] counts = new int[T * F][windowDays];
        double[] engagement = new double[2 * T];
        int[] dayMask = new int[windowDays];
        Set<String> seen = new HashSet<>();
        List<Set<String>> contactsByType = new ArrayList<>(T);
        for (int t = 0; t < T; t++) {
            contactsByType.add(new HashSet<>());
        }
        Set<String> connected = new HashSet<>();
        Set<String> welcomedContacts = new HashSet<>();
        Map<String, Set<String>> connectedAt = new HashMap<>();
        int connectionEvents = 0;
        int welcomeEvents = 0;
        int duplicates = 0;
        int after = 0;
        int before = 0;
        for (Activity a : activities) {
            if (!seen.add(a.id())) {
                duplicates++;
                continue;
            }
            Instant at = a.at();
            if (at.isAfter(asOf)) {
                after++;
                continue;
            }
            int off = fixed ? offset : zone.getOffset(at).getTotalSeconds();
            int age = (int) (lastDay - Math.floorDiv(at.getEpochSecond() + off, 86_400L));
            if (age >= windowDays) {
                before++;
                continue;
            }
            int d = windowDays - 1 - age;
            int t = a.type().ordinal();
            counts[t * F][d]++;
            dayMask[d] |= 1 << t;
            if (a.type().isContent() && a.engagement() > 0) {
                engagement[T + t] += Math.min(a.engagement(), engagementCap);
                engagement[t] += Math.min(a.engagement(), engagementCap)
                        * weight(age, windowDays, halfLifeDays, taperDays);
            }
            if (a.contact().isEmpty()) {
                continue;
            }
            Contact c = a.contact().get();
            if (c.isDecisionMaker()) {
                counts[t * F + ContactFacet.DECISION_MAKER.ordinal()][d]++;
            }
            if (c.degree() == 3) {
                counts[t * F + ContactFacet.OUT_OF_NETWORK.ordinal()][d]++;
            }
            if (c.accountId().isPresent() && targets.contains(c.accountId().get())) {
                counts[t * F + ContactFacet.TARGET_ACCOUNT.ordinal()][d]++;
            }
            if (c.colleague()) {
                counts[t * F + ContactFacet.COLLEAGUE.ordinal()][d]++;
            }
            contactsByType.get(t).add(c.id());
            if (a.type() == ActivityType.CONNECTION_REQUEST_ACCEPTED
                    || a.type() == ActivityType.CONNECTION_INVITE_ACCEPTED) {
                connectionEvents++;
                connected.add(c.id());
                if (c.accountId().isPresent()) {
                    connectedAt.computeIfAbsent(c.accountId().get(), k -> new HashSet<>()).add(c.id());
                }
            } else if (a.type() == ActivityType.WELCOME_MESSAGE_SENT) {
                welcomeEvents++;
                welcomedContacts.add(c.id());
            }
        }

        double[] weights = new double[windowDays];
        double norm = 0;
        for (int age = 0; age < windowDays; age++) {
            weights[age] = weight(age, windowDays, halfLifeDays, taperDays);
            norm += weights[age];
        }
        norm /= 7.0;
        int[] raw = new int[T * F];
        double[] weighted = new double[T * F];
        for (int s = 0; s < T * F; s++) {
            int[] c = counts[s];
            for (int d = 0; d < windowDays; d++) {
                raw[s] += c[d];
                weighted[s] += Math.min(c[d], dailyCap) * weights[windowDays - 1 - d];
            }
        }
        int[] distinct = new int[T];
        for (int t = 0; t < T; t++) {
            distinct[t] = contactsByType.get(t).size();
        }
        int matched = 0;
        for (String c : connected) {
            if (welcomedContacts.contains(c)) {
                matched++;
            }
        }
        int newConnections = connected.size() + raw[ActivityType.CONNECTION_REQUEST_ACCEPTED.ordinal() * F]
                + raw[ActivityType.CONNECTION_INVITE_ACCEPTED.ordinal() * F] - connectionEvents;
        int anonymousWelcomes = raw[ActivityType.WELCOME_MESSAGE_SENT.ordinal() * F] - welcomeEvents;
        int welcomed = matched + Math.min(anonymousWelcomes, newConnections - matched);

        Sums sums = new Sums(profile, asOf, LocalDate.ofEpochDay(lastDay), raw, weighted, engagement, norm, dayMask,
                weights, distinct, newConnections, welcomed, connectedAt);
        EnumMap<Pillar, List<RuleContribution>> byPillar = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            byPillar.put(p, new ArrayList<>());
        }
        for (ScoringRule rule : calculator.rules()) {
            byPillar.get(rule.pillar()).add(rule.evaluate(sums));
        }
        EnumMap<Pillar, PillarScore> pillars = new EnumMap<>(Pillar.class);
        double total = 0;
        for (Pillar p : Pillar.values()) {
            PillarScore s = PillarScore.of(p, byPillar.get(p), true);
            pillars.put(p, s);
            total += s.points();
        }
        return new SsiScore(profile.id(), asOf, calculator.modelVersion(), pillars,
                calculator.bandThresholds().bandOf(total), new IgnoredActivities(duplicates, after, before), List.of(),
                Coverage.full());
    }

    /** The window's sums, as the rules read them. */
    private final class Sums implements ScoringContext {
        private final MemberProfile profile;
        private final Instant asOf;
        private final LocalDate asOfDate;
        private final int[] raw;
        private final double[] weighted;
        private final double[] engagement;
        private final double norm;
        private final int[] dayMask;
        private final double[] weights;
        private final int[] distinct;
        private final int newConnections;
        private final int welcomed;
        private final Map<String, Set<String>> connectedAt;

        Sums(MemberProfile profile, Instant asOf, LocalDate asOfDate, int[] raw, double[] weighted,
             double[] engagement, double norm, int[] dayMask, double[] weights, int[] distinct, int newConnections,
             int welcomed, Map<String, Set<String>> connectedAt) {
            this.profile = profile;
            this.asOf = asOf;
            this.asOfDate = asOfDate;
            this.raw = raw;
            this.weighted = weighted;
            this.engagement = engagement;
            this.norm = norm;
            this.dayMask = dayMask;
            this.weights = weights;
            this.distinct = distinct;
            this.newConnections = newConnections;
            this.welcomed = welcomed;
            this.connectedAt = connectedAt;
        }

        @Override
        public MemberProfile profile() {
            return profile;
        }

        @Override
        public Instant asOf() {
            return asOf;
        }

        @Override
        public LocalDate asOfDate() {
            return asOfDate;
        }

        @Override
        public int windowDays() {
            return windowDays;
        }

        @Override
        public double halfLifeDays() {
            return halfLifeDays;
        }

        @Override
        public int dailyCap() {
            return dailyCap;
        }

        @Override
        public int count(ActivityType type) {
            return raw[type.ordinal() * F];
        }

        @Override
        public int count(ActivityType type, ContactFacet facet) {
            return raw[type.ordinal() * F + facet.ordinal()];
        }

        @Override
        public double weeklyRate(ActivityType type) {
            return weeklyRate(type, ContactFacet.ANY);
        }

        @Override
        public double weeklyRate(ActivityType type, ContactFacet facet) {
            return weighted[type.ordinal() * F + facet.ordinal()] / norm;
        }

        @Override
        public double weeklyEngagement(ActivityType contentType) {
            return engagement[contentType.ordinal()] / norm;
        }

        @Override
        public long engagement(ActivityType contentType) {
            return (long) engagement[T + contentType.ordinal()];
        }

        @Override
        public int activeDays(Set<ActivityType> types) {
            int mask = mask(types);
            int n = 0;
            for (int m : dayMask) {
                n += (m & mask) != 0 ? 1 : 0;
            }
            return n;
        }

        @Override
        public double weeklyActiveDays(Set<ActivityType> types) {
            int mask = mask(types);
            double sum = 0;
            for (int age = 0; age < windowDays; age++) {
                if ((dayMask[windowDays - 1 - age] & mask) != 0) {
                    sum += weights[age];
                }
            }
            return Math.min(7.0, sum / norm);
        }

        private int mask(Set<ActivityType> types) {
            int mask = 0;
            for (ActivityType t : types) {
                mask |= 1 << t.ordinal();
            }
            return mask;
        }

        @Override
        public int distinctContacts(ActivityType type) {
            return distinct[type.ordinal()];
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
            Set<String> contacts = connectedAt.get(accountId);
            return contacts == null ? 0 : contacts.size();
        }

        @Override
        public int targetAccountsWithNewConnections(int atLeast) {
            if (atLeast <= 0) {
                return profile.targetAccounts().size();
            }
            int n = 0;
            for (Map.Entry<String, Set<String>> e : connectedAt.entrySet()) {
                if (e.getValue().size() >= atLeast && profile.targetAccounts().contains(e.getKey())) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public int accountsWithNewConnections(int atLeast) {
            if (atLeast < 1) {
                throw new IllegalArgumentException("atLeast must be >= 1, but was " + atLeast);
            }
            int n = 0;
            for (Set<String> contacts : connectedAt.values()) {
                if (contacts.size() >= atLeast) {
                    n++;
                }
            }
            return n;
        }
    }
}
