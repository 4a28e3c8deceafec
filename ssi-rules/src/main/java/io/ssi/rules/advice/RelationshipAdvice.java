package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.ConnectionGrowthRule;
import io.ssi.rules.MultiThreadingRule;
import io.ssi.rules.RateRule;
import io.ssi.rules.Response;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.rules.Aggregate;
import io.ssi.rules.Ratio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Build relationships: welcome messages to the actual new connections who got none,
 * introductions through shared connections, multi-threading in the named target accounts,
 * well-aimed connection requests instead of spray-and-pray, and the network itself.
 *
 * <p>Advice is sequenced where the model makes one step depend on another: while a low
 * acceptance rate discounts the connections a member wins ({@link Response#acceptanceQuality}), the
 * advice is to improve it, not to connect with more people, whose worth would hinge on that
 * fix. Each piece of advice then has a gain of its own, whatever is followed first.
 */
public final class RelationshipAdvice extends AdviceGenerator {

    /** Welcome the new connections who got no welcome message. */
    public static final String WELCOME_NEW_CONNECTIONS = "relationships.welcome-new-connections";
    /** Connect with decision makers. */
    public static final String CONNECT_WITH_DECISION_MAKERS = "relationships.connect-with-decision-makers";
    /** Send fewer, better-aimed requests. */
    public static final String IMPROVE_ACCEPTANCE_RATE = "relationships.improve-acceptance-rate";
    /** Send enough requests to be judged at all. */
    public static final String SEND_CONNECTION_REQUESTS = "relationships.send-connection-requests";
    /** Mention others in posts and comments. */
    public static final String MENTION_OTHERS = "relationships.mention-others";
    /** Ask shared connections for introductions. */
    public static final String ASK_FOR_INTRODUCTIONS = "relationships.ask-for-introductions";
    /** Connect with several people in each target account. */
    public static final String MULTI_THREAD_TARGET_ACCOUNTS = "relationships.multi-thread-target-accounts";
    /** Grow the decision-maker network. */
    public static final String GROW_DECISION_MAKER_NETWORK = "relationships.grow-decision-maker-network";
    /** Connect with colleagues. */
    public static final String CONNECT_WITH_COLLEAGUES = "relationships.connect-with-colleagues";
    /** Grow the network. */
    public static final String GROW_NETWORK = "relationships.grow-network";

    /** How many account ids a message names at most; the recommendation's subjects hold them all. */
    static final int ACCOUNTS_NAMED = 3;

    /** Creates the generator; stateless. */
    public RelationshipAdvice() {
        super("relationships", Set.of(WELCOME_NEW_CONNECTIONS, CONNECT_WITH_DECISION_MAKERS, IMPROVE_ACCEPTANCE_RATE,
                SEND_CONNECTION_REQUESTS, MENTION_OTHERS, ASK_FOR_INTRODUCTIONS, MULTI_THREAD_TARGET_ACCOUNTS,
                GROW_DECISION_MAKER_NETWORK, CONNECT_WITH_COLLEAGUES, GROW_NETWORK));
    }

    /** What the acceptance rate judges. */
    private static final Ratio ACCEPTED = Ratio.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
            ActivityType.CONNECTION_REQUEST_SENT);

    /**
     * What the relationship advice looks up among a calculator's rules, once per rule list: the
     * rules it advises on by family, and the ids of the rules its plans also raise.
     */
    private record Found(List<RateRule> acceptance, List<WeeklyRateRule> welcome, List<ConnectionGrowthRule> growth,
                         List<MultiThreadingRule> threading, String[] welcomeIds, String[] atTargetAccounts,
                         String[] byAcceptance) {
    }

    @Override
    Object find(List<ScoringRule> rules) {
        List<RateRule> acceptance = new ArrayList<>();
        List<WeeklyRateRule> welcome = new ArrayList<>();
        List<ConnectionGrowthRule> growth = new ArrayList<>();
        List<MultiThreadingRule> threading = new ArrayList<>();
        List<String> atTargetAccounts = new ArrayList<>();
        for (ScoringRule r : rules) {
            if (r instanceof RateRule rate && rate.ratio().equals(ACCEPTED)) {
                acceptance.add(rate);
            }
            if (r instanceof WeeklyRateRule w && w.aggregate().kind() == Aggregate.Kind.WELCOMED) {
                welcome.add(w);
            }
            if (r instanceof WeeklyRateRule w && w.aggregate().facet() == ContactFacet.TARGET_ACCOUNT
                    && w.aggregate().reads(ActivityType.CONNECTION_REQUEST_ACCEPTED, ContactFacet.TARGET_ACCOUNT)) {
                atTargetAccounts.add(w.id());
            }
            if (r instanceof ConnectionGrowthRule g) {
                growth.add(g);
            }
            if (r instanceof MultiThreadingRule m) {
                threading.add(m);
            }
        }
        List<String> byAcceptance = new ArrayList<>();
        growth.forEach(r -> byAcceptance.add(r.id()));
        threading.forEach(r -> byAcceptance.add(r.id()));
        return new Found(List.copyOf(acceptance), List.copyOf(welcome), List.copyOf(growth), List.copyOf(threading),
                welcome.stream().map(ScoringRule::id).toArray(String[]::new), atTargetAccounts.toArray(String[]::new),
                byAcceptance.toArray(String[]::new));
    }

    @Override
    public List<Suggestion> suggest(AdviceContext c) {
        Found found = found(c, Found.class);
        List<Suggestion> out = new ArrayList<>();
        for (RateRule rule : found.acceptance()) {
            acceptance(c, rule, found).ifPresent(out::add);
        }
        // While the acceptance rate is being fixed, it also scales the relationship work that is
        // scaled for the member's response: that work's gain would hinge on the fix, so it comes after.
        boolean fixAcceptanceFirst = !out.isEmpty() && Response.acceptanceQuality(c.scoring()) < 1;
        if (!fixAcceptanceFirst) {
            for (WeeklyRateRule rule : found.welcome()) {
                welcome(c, rule).ifPresent(out::add);
            }
        }
        // While spray-and-pray discounts every connection won, better-aimed requests come first:
        // more connections would be discounted too, and their gain would depend on the fix.
        if (Response.acceptanceQuality(c.scoring()) >= 1) {
            for (ConnectionGrowthRule rule : found.growth()) {
                growth(c, rule, found).ifPresent(out::add);
            }
            for (MultiThreadingRule rule : found.threading()) {
                multiThreading(c, rule, found).ifPresent(out::add);
            }
        }
        // The welcome advice above names whom to welcome; the welcome rule's lever would only
        // repeat it, anonymously.
        for (Suggestion lever : levers(c)) {
            if (!lever.code().equals(WELCOME_NEW_CONNECTIONS)
                    && !(fixAcceptanceFirst && scaledByResponse(c, lever))) {
                out.add(lever);
            }
        }
        return out;
    }

    /** The new connections of the window that got no welcome: named, so the rep knows whom to write to. */
    private static Optional<Suggestion> welcome(AdviceContext c, WeeklyRateRule rule) {
        Optional<RuleContribution> found = open(c, rule);
        if (found.isEmpty() || !found.get().applicable()) {
            return Optional.empty();
        }
        ScoringContext s = c.scoring();
        int total = s.newConnections();
        int unwelcomed = total - s.welcomedNewConnections();
        List<String> named = c.unwelcomedNewConnections();
        List<Activity> plan = new ArrayList<>();
        for (String id : named) {
            plan.add(c.today(ActivityType.WELCOME_MESSAGE_SENT, Optional.of(Contact.builder(id).build())));
        }
        for (int i = named.size(); i < unwelcomed; i++) {
            plan.add(c.today(ActivityType.WELCOME_MESSAGE_SENT, Optional.empty()));
        }
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Suggestion.builder(Pillar.BUILD_RELATIONSHIPS, WELCOME_NEW_CONNECTIONS)
                .rules(rule.id()).activity(ActivityType.WELCOME_MESSAGE_SENT, 0)
                .messageArgs(unwelcomed, total, s.windowDays()).evidenceArgs(evidence(found.get()))
                .subjects(named).plan(plan).build());
    }

    /**
     * More new connections, aimed at decision makers. Planned as requests of which half are
     * accepted, above the acceptance the model rewards in full, so the plan is one a rep can
     * keep.
     */
    private static Optional<Suggestion> growth(AdviceContext c, ConnectionGrowthRule rule, Found rules) {
        Optional<RuleContribution> found = open(c, rule);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RuleContribution r = found.get();
        // The plan wins decision makers outside the target accounts, at the credits the rule itself awards.
        double acceptedPerWeek = (r.evidence().target() - r.evidence().measured())
                / rule.creditsPerConnection(true, false);
        if (acceptedPerWeek < SMALLEST_GAP) {
            return Optional.empty();
        }
        List<Contact> people = new ArrayList<>();
        List<Activity> accepted = c.weekly(ActivityType.CONNECTION_REQUEST_ACCEPTED, acceptedPerWeek, 0, k -> {
            Contact dm = c.plannedContact(Seniority.VP, 2, Optional.empty());
            people.add(dm);
            return dm;
        });
        List<Activity> sent = c.weekly(ActivityType.CONNECTION_REQUEST_SENT, 2 * acceptedPerWeek, 0,
                k -> people.get(k / 2 % Math.max(1, people.size())));
        List<Activity> welcomes = new ArrayList<>();
        welcomeAsUsual(c, welcomes, people);
        return Optional.of(Suggestion.builder(Pillar.BUILD_RELATIONSHIPS, CONNECT_WITH_DECISION_MAKERS)
                .rules(rule.id()).rules(raisedByWelcomes(rules, welcomes))
                .activity(ActivityType.CONNECTION_REQUEST_SENT, 2 * acceptedPerWeek)
                .messageArgs(r.evidence().measured(), r.evidence().target(), 2 * acceptedPerWeek, acceptedPerWeek)
                .evidenceArgs(evidence(r)).plan(accepted).plan(sent).plan(welcomes).build());
    }

    /**
     * Acceptance: below the minimum sample, enough well-aimed requests to be judged; above it
     * and below target, the acceptances it takes to reach the target (send fewer, better
     * requests, and the rate follows).
     */
    private static Optional<Suggestion> acceptance(AdviceContext c, RateRule rule, Found rules) {
        Optional<RuleContribution> found = open(c, rule);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ScoringContext s = c.scoring();
        int sent = s.count(ActivityType.CONNECTION_REQUEST_SENT);
        int accepted = s.count(ActivityType.CONNECTION_REQUEST_ACCEPTED);
        List<Activity> plan = new ArrayList<>();
        int sample = (int) Math.ceil(rule.fullSample());
        if (sent < sample) {
            int more = sample - sent;
            List<Contact> won = new ArrayList<>();
            for (int i = 0; i < more; i++) {
                Contact person = c.plannedContact(Seniority.MANAGER, 2, Optional.empty());
                plan.add(c.today(ActivityType.CONNECTION_REQUEST_SENT, Optional.of(person)));
                if (i % 2 == 0) {
                    plan.add(c.today(ActivityType.CONNECTION_REQUEST_ACCEPTED, Optional.of(person)));
                    won.add(person);
                }
            }
            welcomeAsUsual(c, plan, won);
            return Optional.of(Suggestion.builder(Pillar.BUILD_RELATIONSHIPS, SEND_CONNECTION_REQUESTS)
                    .rules(rule.id()).rules(raisedByWelcomes(rules, plan)).activity(ActivityType.CONNECTION_REQUEST_SENT, 0)
                    .messageArgs(sent, sample, more)
                    .evidenceArgs(evidence(found.get())).plan(plan).build());
        }
        // The acceptances that lift the smoothed rate to the target.
        int needed = (int) Math.ceil(rule.target() * (sent + rule.priorWeight()) - rule.priorWeight() * rule.prior()
                - 1e-9) - Math.min(sent, accepted);
        for (int i = 0; i < needed; i++) {
            plan.add(c.today(ActivityType.CONNECTION_REQUEST_ACCEPTED, Optional.empty()));
        }
        int welcomed = welcomedAsUsual(s, needed);
        for (int i = 0; i < welcomed; i++) {
            plan.add(c.today(ActivityType.WELCOME_MESSAGE_SENT, Optional.empty()));
        }
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Suggestion.builder(Pillar.BUILD_RELATIONSHIPS, IMPROVE_ACCEPTANCE_RATE)
                .rules(rule.id()).rules(rules.byAcceptance()).rules(raisedByWelcomes(rules, plan))
                .messageArgs(accepted, sent, (double) accepted / sent, rule.target())
                .evidenceArgs(evidence(found.get())).plan(plan).build());
    }

    /**
     * Welcome messages for the first of the connections a plan wins, as many as the member's
     * current welcome rate would send (all of them when there is no rate yet). A plan changes
     * one habit: connecting more neither improves nor worsens how the member welcomes, so no
     * plan takes credit for, or hides, the advice to welcome.
     */
    private static void welcomeAsUsual(AdviceContext c, List<Activity> plan, List<Contact> won) {
        int n = welcomedAsUsual(c.scoring(), won.size());
        for (int i = 0; i < n; i++) {
            plan.add(c.today(ActivityType.WELCOME_MESSAGE_SENT, Optional.of(won.get(i))));
        }
    }

    /** How many of {@code won} new connections the member's current welcome rate welcomes. */
    static int welcomedAsUsual(ScoringContext s, int won) {
        int all = s.newConnections();
        return all == 0 ? won : (int) Math.floor(won * (double) s.welcomedNewConnections() / all);
    }

    /**
     * Multi-threading: the target accounts closest to three new connections first, as many as
     * the target still needs; the rep connects with more people there.
     */
    private static Optional<Suggestion> multiThreading(AdviceContext c, MultiThreadingRule rule, Found rules) {
        Optional<RuleContribution> found = open(c, rule);
        if (found.isEmpty() || !found.get().applicable()) {
            return Optional.empty();
        }
        ScoringContext s = c.scoring();
        int threaded = rule.threadedAccounts(s);
        int target = (int) Math.round(found.get().evidence().target());
        int perAccount = rule.contactsPerAccount();
        // Each account's new connections counted once, not at every comparison of the sort.
        List<OpenAccount> open = new ArrayList<>();
        for (String account : c.profile().targetAccounts()) {
            int connected = s.newConnectionsAt(account);
            if (connected < perAccount) {
                open.add(new OpenAccount(account, connected));
            }
        }
        open.sort(CLOSEST_FIRST);
        int n = Math.min(open.size(), Math.max(0, target - threaded));
        if (n == 0) {
            return Optional.empty();
        }
        List<String> chosen = new ArrayList<>(n);
        List<Activity> plan = new ArrayList<>();
        List<Contact> won = new ArrayList<>();
        for (OpenAccount account : open.subList(0, n)) {
            chosen.add(account.id());
            Optional<String> at = Optional.of(account.id());
            for (int i = account.connected(); i < perAccount; i++) {
                Contact person = c.plannedContact(Seniority.MANAGER, 2, at);
                Optional<Contact> whom = Optional.of(person);
                plan.add(c.today(ActivityType.CONNECTION_REQUEST_SENT, whom));
                plan.add(c.today(ActivityType.CONNECTION_REQUEST_ACCEPTED, whom));
                won.add(person);
            }
        }
        welcomeAsUsual(c, plan, won);
        String named = String.join(", ", chosen.subList(0, Math.min(ACCOUNTS_NAMED, chosen.size())));
        return Optional.of(Suggestion.builder(Pillar.BUILD_RELATIONSHIPS, MULTI_THREAD_TARGET_ACCOUNTS)
                .rules(rule.id()).rules(rules.atTargetAccounts()).rules(raisedByWelcomes(rules, plan)).activity(ActivityType.CONNECTION_REQUEST_SENT, 0)
                .messageArgs(threaded, c.profile().targetAccounts().size(), named, chosen.size())
                .evidenceArgs(evidence(found.get())).subjects(chosen).plan(plan).build());
    }

    /** A target account short of contacts, and its new connections in the window. */
    private record OpenAccount(String id, int connected) {
    }

    /**
     * The accounts closest to enough contacts first; ties by id. Written out (the order
     * {@code comparingInt(a -> -a.connected()).thenComparing(OpenAccount::id)} gives), as a
     * member's target accounts are sorted for every advice and the composed comparator took
     * several calls per comparison.
     */
    private static final Comparator<OpenAccount> CLOSEST_FIRST = (a, b) -> {
        int byConnected = Integer.compare(-a.connected(), -b.connected());
        return byConnected != 0 ? byConnected : a.id().compareTo(b.id());
    };

    /** The welcome rules, which a plan raises when it welcomes the connections it wins; none otherwise. */
    private static String[] raisedByWelcomes(Found rules, List<Activity> plan) {
        for (Activity a : plan) {
            if (a.type() == ActivityType.WELCOME_MESSAGE_SENT) {
                return rules.welcomeIds();
            }
        }
        return new String[0];
    }
}
