package io.ssi.core;

import io.ssi.core.internal.Checks;
import io.ssi.core.internal.PlannedActivities;
import io.ssi.core.internal.Window;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The {@link AdviceContext} of one {@link SsiAdvisor#advise} call. Planned activities and
 * contacts get ids that are unique within the call, so that what-ifs never collide.
 */
final class PlanningContext implements AdviceContext {

    private final SsiScore score;
    private final MemberProfile profile;
    private final ScoringContext scoring;
    private final Window window;
    private final List<ScoringRule> rules;
    private int planned;
    // The score's contributions, as its evaluation made them (not read back from the packed score).
    private final List<RuleContribution> made;
    private Map<String, RuleContribution> contributions;
    private final Instant[] noons;

    PlanningContext(SsiScore score, List<RuleContribution> made, MemberProfile profile, ScoringContext scoring,
                    Window window, List<ScoringRule> rules) {
        this.made = made;
        this.rules = rules;
        this.score = score;
        this.profile = profile;
        this.scoring = scoring;
        this.window = window;
        this.noons = new Instant[scoring.windowDays()];
    }

    @Override
    public SsiScore score() {
        return score;
    }

    @Override
    public MemberProfile profile() {
        return profile;
    }

    @Override
    public ScoringContext scoring() {
        return scoring;
    }

    @Override
    public List<ScoringRule> rules() {
        return rules;
    }

    @Override
    public Optional<RuleContribution> contribution(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (contributions == null) {
            // Generators ask for rules many times over; the first rule of an id, as a scan finds it.
            contributions = new HashMap<>();
            for (RuleContribution c : made) {
                contributions.putIfAbsent(c.ruleId(), c);
            }
        }
        return Optional.ofNullable(contributions.get(ruleId));
    }

    @Override
    public List<String> unwelcomedNewConnections() {
        return List.copyOf(window.unwelcomedNewConnections());
    }

    @Override
    public Contact plannedContact(Seniority seniority, int degree, Optional<String> accountId) {
        Contact.Builder b = Contact.builder("ssi-planned-contact-" + planned++).seniority(seniority).degree(degree);
        accountId.ifPresent(b::accountId);
        return b.build();
    }

    @Override
    public List<Activity> weekly(ActivityType type, double perWeek, int engagement, IntFunction<Contact> contact) {
        Objects.requireNonNull(type, "type");
        Checks.nonNegative(perWeek, "perWeek");
        Objects.requireNonNull(contact, "contact");
        int n = count(perWeek);
        if (n > 0) {
            Checks.nonNegative(engagement, "engagement");
        }
        int[] ids = new int[n];
        // Made at the first contact: most plans name none, and hundreds of nulls say nothing.
        Contact[] contacts = null;
        for (int k = 0; k < n; k++) {
            // In this order, as the activities were once made one by one: the function may plan
            // a contact, which takes the next number.
            Contact c = contact.apply(k);
            if (c != null) {
                if (contacts == null) {
                    contacts = new Contact[n];
                }
                contacts[k] = c;
            }
            ids[k] = planned++;
        }
        return PlannedActivities.withContacts(type, engagement, scoring.windowDays(), this::at, ids, contacts);
    }

    @Override
    public List<Activity> weeklyWithNewContacts(ActivityType type, double perWeek, int engagement,
                                                Seniority seniority, int degree, Optional<String> accountId) {
        Objects.requireNonNull(type, "type");
        Checks.nonNegative(perWeek, "perWeek");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(accountId, "accountId");
        int n = count(perWeek);
        if (n > 0) {
            // What making the first activity and its contact would have checked, now.
            Checks.nonNegative(engagement, "engagement");
            Contact.Builder probe = Contact.builder("ssi-planned-contact-probe").seniority(seniority).degree(degree);
            accountId.ifPresent(probe::accountId);
            probe.build();
        }
        int[] ids = new int[n];
        int[] contacts = new int[n];
        for (int k = 0; k < n; k++) {
            contacts[k] = planned++;
            ids[k] = planned++;
        }
        return PlannedActivities.withNewContacts(type, engagement, scoring.windowDays(), this::at, ids, contacts,
                seniority, degree, accountId);
    }

    /** How many activities {@code perWeek} a week put in the window. */
    private int count(double perWeek) {
        return (int) Math.round(perWeek * scoring.windowDays() / 7.0);
    }

    @Override
    public Activity today(ActivityType type, Optional<Contact> contact) {
        return activity(type, scoring.asOf(), 0, contact.orElse(null));
    }

    /** Midday in the member's time zone on a day of the window (0 its first), or {@code asOf} if that is earlier. */
    private Instant at(int dayOfWindow) {
        // Plans put many activities on the same few dozen days: each day's noon is found once.
        Instant cached = noons[dayOfWindow];
        if (cached != null) {
            return cached;
        }
        LocalDate day = scoring.asOfDate().minusDays(noons.length - 1L - dayOfWindow);
        Instant noon = day.atTime(LocalTime.NOON).atZone(profile.timeZone()).toInstant();
        Instant at = noon.isAfter(scoring.asOf()) ? scoring.asOf() : noon;
        noons[dayOfWindow] = at;
        return at;
    }

    private Activity activity(ActivityType type, Instant at, int engagement, Contact contact) {
        Activity.Builder b = Activity.builder(type, at).id("ssi-planned-" + planned++).engagement(engagement);
        if (contact != null) {
            b.contact(contact);
        }
        return b.build();
    }
}
