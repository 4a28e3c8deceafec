package io.ssi.core;

import io.ssi.core.internal.Checks;
import io.ssi.core.internal.Window;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
    private Map<String, RuleContribution> contributions;
    private final Instant[] noons;

    PlanningContext(SsiScore score, MemberProfile profile, ScoringContext scoring, Window window,
                    List<ScoringRule> rules) {
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
            for (RuleContribution c : score.contributions()) {
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
        int days = scoring.windowDays();
        int n = (int) Math.round(perWeek * days / 7.0);
        LocalDate first = scoring.asOfDate().minusDays(days - 1L);
        List<Activity> plan = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            LocalDate day = first.plusDays((long) ((k + 0.5) * days / n));
            plan.add(activity(type, at(day), engagement, contact.apply(k)));
        }
        return plan;
    }

    @Override
    public Activity today(ActivityType type, Optional<Contact> contact) {
        return activity(type, scoring.asOf(), 0, contact.orElse(null));
    }

    /** Midday in the member's time zone, or {@code asOf} if that is earlier (on the last day). */
    private Instant at(LocalDate day) {
        // Plans put many activities on the same few dozen days: each day's noon is found once.
        int i = (int) (day.toEpochDay() - scoring.asOfDate().toEpochDay() + noons.length - 1);
        if (i >= 0 && i < noons.length && noons[i] != null) {
            return noons[i];
        }
        ZoneId zone = profile.timeZone();
        Instant noon = day.atTime(LocalTime.NOON).atZone(zone).toInstant();
        Instant at = noon.isAfter(scoring.asOf()) ? scoring.asOf() : noon;
        if (i >= 0 && i < noons.length) {
            noons[i] = at;
        }
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
