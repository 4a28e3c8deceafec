package io.ssi.rules.advice;

import io.ssi.rules.ConversationsRule;
import io.ssi.rules.MultiThreadingRule;
import io.ssi.rules.RateRule;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.StandardModel;
import io.ssi.rules.StandardRule;
import io.ssi.rules.Response;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Recommendation;
import io.ssi.core.Seniority;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringContext;
import io.ssi.rules.advice.Members.Log;
import io.ssi.rules.advice.Members.Member;

import java.util.List;
import java.util.function.IntFunction;

import static io.ssi.rules.advice.Members.contact;

/**
 * Does what a recommendation tells the member to do, read from its public fields (code,
 * activity, extra per week, subjects) and the member's own data, the way a rep would follow
 * it; independent of the generators' planning code.
 */
final class Following {

    private final List<ScoringRule> rules;

    private Following(List<ScoringRule> rules) {
        this.rules = rules;
    }

    /** The member after following every one of the recommendations of the standard model. */
    static Member follow(Member m, SsiScore score, List<Recommendation> recs) {
        return follow(StandardModel.rules(), m, score, recs);
    }

    /** The member after following every one of the recommendations of a model with these rules. */
    static Member follow(List<ScoringRule> rules, Member m, SsiScore score, List<Recommendation> recs) {
        return new Following(rules).followAll(m, score, recs);
    }

    /** The calculator's rule with an id, as the recommendation's model has it. */
    private StandardRule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).map(StandardRule.class::cast).findFirst().orElseThrow();
    }

    private Member followAll(Member m, SsiScore score, List<Recommendation> recs) {
        MemberProfile profile = m.profile();
        ScoringContext before = ScoringContext.of(m.profile(), m.log(), Members.AS_OF);
        Log added = new Log(profile, "followed");
        int n = 0;
        for (Recommendation r : recs) {
            profile = changeProfile(profile, r.code());
            addActivity(added, before, score, r, "f" + n++);
        }
        return new Member(profile, concat(m.log(), added));
    }

    private List<io.ssi.core.Activity> concat(List<io.ssi.core.Activity> a, Log b) {
        List<io.ssi.core.Activity> all = new java.util.ArrayList<>(a);
        all.addAll(b.activities());
        return all;
    }

    private MemberProfile changeProfile(MemberProfile p, String code) {
        MemberProfile.Builder b = p.toBuilder();
        switch (code) {
            case "brand.complete-profile" -> b.hasPhoto(true).hasBackgroundPhoto(true).headline(valueHeadline(p))
                    .summary(longSummary(p)).experienceEntries(Math.max(p.experienceEntries(), (int) rule("brand.experience").target()))
                    .educationEntries(Math.max(p.educationEntries(), (int) rule("brand.education").target()))
                    .skills(Math.max(p.skills(), (int) rule("brand.skills").target()))
                    .featuredItems(Math.max(p.featuredItems(), (int) rule("brand.featured").target()))
                    .mediaItems(Math.max(p.mediaItems(), (int) rule("brand.media").target()));
            case "brand.add-photo" -> b.hasPhoto(true);
            case "brand.add-background-photo" -> b.hasBackgroundPhoto(true);
            case "brand.rewrite-headline" -> b.headline(valueHeadline(p));
            case "brand.expand-summary" -> b.summary(longSummary(p));
            case "brand.add-experience" -> b.experienceEntries((int) rule("brand.experience").target());
            case "brand.add-education" -> b.educationEntries((int) rule("brand.education").target());
            case "brand.add-skills" -> b.skills((int) rule("brand.skills").target());
            case "brand.ask-for-endorsements" -> b.endorsements((int) rule("brand.endorsements").target());
            case "brand.ask-for-recommendations" -> b.recommendationsReceived((int) rule("brand.recommendations").target());
            case "brand.feature-content" -> b.featuredItems((int) rule("brand.featured").target());
            case "brand.add-profile-media" -> b.mediaItems((int) rule("brand.media").target());
            case "brand.grow-followers" -> b.followers((int) rule("brand.followers").target());
            case "relationships.grow-decision-maker-network" -> b
                    .connections(p.connections() + (int) rule("relationships.decision-maker-network").target() - p.decisionMakerConnections())
                    .decisionMakerConnections((int) rule("relationships.decision-maker-network").target());
            case "relationships.connect-with-colleagues" -> b
                    .connections(p.connections() + (int) rule("relationships.colleague-network").target() - p.colleagueConnections())
                    .colleagueConnections((int) rule("relationships.colleague-network").target());
            case "relationships.grow-network" -> b.connections((int) rule("relationships.network-size").target());
            default -> {
                return p;
            }
        }
        return b.build();
    }

    /** A headline that says the target number of characters beyond the job title. */
    private String valueHeadline(MemberProfile p) {
        return p.jobTitle().orElse("") + " | " + "w".repeat((int) rule("brand.headline").target() + 3);
    }

    private String longSummary(MemberProfile p) {
        return p.summary() + " " + "w".repeat((int) rule("brand.summary").target());
    }

    /** The member keeps welcoming new connections at today's rate (all of them if there is none yet). */
    private int asUsual(ScoringContext s, int won) {
        return s.newConnections() == 0 ? won
                : (int) Math.floor(won * (double) s.welcomedNewConnections() / s.newConnections());
    }

    private void welcomeAsUsual(Log log, ScoringContext s, java.util.List<Contact> won) {
        for (int i = 0; i < asUsual(s, won.size()); i++) {
            log.now(ActivityType.WELCOME_MESSAGE_SENT, won.get(i));
        }
    }

    private void addActivity(Log log, ScoringContext s, SsiScore score, Recommendation r, String tag) {
        double extra = r.extraPerWeek();
        IntFunction<Contact> none = k -> null;
        switch (r.code()) {
            case "find.view-decision-makers" -> log.weekly(ActivityType.PROFILE_VIEWED, extra, 0,
                    k -> contact(tag + "-dm-" + k, Seniority.VP, 2, null));
            case "find.look-beyond-network" -> log.weekly(ActivityType.PROFILE_VIEWED, extra, 0,
                    k -> contact(tag + "-far-" + k, Seniority.MANAGER, 3, null));
            case "brand.post-weekly", "brand.publish-articles", "brand.publish-videos" -> {
                // Content that finds an audience: each item draws what credits one item.
                WeeklyRateRule content = (WeeklyRateRule) rule(r.ruleIds().get(0));
                log.weekly(r.activity().orElseThrow(), extra, (int) Math.ceil(Math.max(content.aggregate().perItem(),
                        Response.AUDIENCE_FULL)), none);
            }
            // Group posts that find an audience: a post nobody answers lowers the member's response.
            case "engage.post-in-groups" -> log.weekly(ActivityType.GROUP_POST_PUBLISHED, extra,
                    (int) Math.ceil(Response.AUDIENCE_FULL), none);
            case "brand.spark-conversation" -> {
                // One post a week that draws the gap of the first rule the advice names.
                var c = score.contributions().stream().filter(x -> x.ruleId().equals(r.ruleIds().get(0)))
                        .findFirst().orElseThrow();
                log.weekly(ActivityType.POST_PUBLISHED, 1, (int) Math.ceil(Math.max(
                        c.evidence().target() - c.evidence().measured(), Response.AUDIENCE_FULL)), none);
            }
            case "engage.start-conversations" -> log.weekly(ActivityType.MESSAGE_SENT, extra)
                    .weekly(ActivityType.MESSAGE_REPLY_RECEIVED, extra * ((ConversationsRule) rule("engage.conversations")).fullValueReplyRate());
            case "engage.improve-reply-rate" -> {
                int sent = s.count(ActivityType.MESSAGE_SENT) + s.count(ActivityType.INMAIL_SENT);
                int replies = s.count(ActivityType.MESSAGE_REPLY_RECEIVED) + s.count(ActivityType.INMAIL_REPLY_RECEIVED);
                for (int i = replies; i < Math.ceil(sent * ((ConversationsRule) rule("engage.conversations")).fullValueReplyRate()); i++) {
                    log.now(ActivityType.MESSAGE_REPLY_RECEIVED, null);
                }
            }
            case "relationships.connect-with-decision-makers" -> {
                java.util.List<Contact> people = new java.util.ArrayList<>();
                log.weekly(ActivityType.CONNECTION_REQUEST_SENT, extra, 0,
                                k -> contact(tag + "-vp-" + k / 2, Seniority.VP, 2, null))
                        .weekly(ActivityType.CONNECTION_REQUEST_ACCEPTED, extra / 2, 0, k -> {
                            Contact vp = contact(tag + "-vp-" + k, Seniority.VP, 2, null);
                            people.add(vp);
                            return vp;
                        });
                welcomeAsUsual(log, s, people);
            }
            case "relationships.welcome-new-connections" -> {
                for (String id : r.subjects()) {
                    log.now(ActivityType.WELCOME_MESSAGE_SENT, Contact.builder(id).build());
                }
                int anonymous = s.newConnections() - s.welcomedNewConnections() - r.subjects().size();
                for (int i = 0; i < anonymous; i++) {
                    log.now(ActivityType.WELCOME_MESSAGE_SENT, null);
                }
            }
            case "relationships.improve-acceptance-rate" -> {
                int sent = s.count(ActivityType.CONNECTION_REQUEST_SENT);
                int accepted = s.count(ActivityType.CONNECTION_REQUEST_ACCEPTED);
                // The acceptances that lift the smoothed rate to the target.
                RateRule rate = (RateRule) rule("relationships.acceptance-rate");
                int needed = (int) Math.ceil(rate.target() * (sent + rate.priorWeight())
                        - rate.priorWeight() * rate.prior() - 1e-9) - Math.min(sent, accepted);
                for (int i = 0; i < needed; i++) {
                    log.now(ActivityType.CONNECTION_REQUEST_ACCEPTED, null);
                }
                for (int i = 0; i < asUsual(s, needed); i++) {
                    log.now(ActivityType.WELCOME_MESSAGE_SENT, null);
                }
            }
            case "relationships.send-connection-requests" -> {
                int sent = s.count(ActivityType.CONNECTION_REQUEST_SENT);
                java.util.List<Contact> won = new java.util.ArrayList<>();
                for (int i = 0; i < Math.ceil(((RateRule) rule("relationships.acceptance-rate")).fullSample()) - sent; i++) {
                    Contact person = contact(tag + "-new-" + i, Seniority.MANAGER, 2, null);
                    log.now(ActivityType.CONNECTION_REQUEST_SENT, person);
                    if (i % 2 == 0) {
                        log.now(ActivityType.CONNECTION_REQUEST_ACCEPTED, person);
                        won.add(person);
                    }
                }
                welcomeAsUsual(log, s, won);
            }
            case "relationships.multi-thread-target-accounts" -> {
                java.util.List<Contact> won = new java.util.ArrayList<>();
                for (String account : r.subjects()) {
                    for (int i = s.newConnectionsAt(account); i < ((MultiThreadingRule) rule("relationships.multi-threading")).contactsPerAccount(); i++) {
                        Contact person = contact(tag + "-" + account + "-" + i, Seniority.MANAGER, 2, account);
                        log.now(ActivityType.CONNECTION_REQUEST_SENT, person);
                        log.now(ActivityType.CONNECTION_REQUEST_ACCEPTED, person);
                        won.add(person);
                    }
                }
                welcomeAsUsual(log, s, won);
            }
            default -> r.activity().ifPresent(type -> log.weekly(type, extra));
        }
    }
}
