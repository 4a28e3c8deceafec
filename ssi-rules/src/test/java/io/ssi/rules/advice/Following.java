package io.ssi.rules.advice;

import io.ssi.rules.ConversationsRule;
import io.ssi.rules.MultiThreadingRule;
import io.ssi.rules.RateRule;
import io.ssi.rules.StandardModel;
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

    private Following() {
    }

    /** The member after following every one of the recommendations. */
    static Member follow(Member m, SsiScore score, List<Recommendation> recs) {
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

    private static List<io.ssi.core.Activity> concat(List<io.ssi.core.Activity> a, Log b) {
        List<io.ssi.core.Activity> all = new java.util.ArrayList<>(a);
        all.addAll(b.activities());
        return all;
    }

    private static MemberProfile changeProfile(MemberProfile p, String code) {
        MemberProfile.Builder b = p.toBuilder();
        switch (code) {
            case "brand.complete-profile" -> b.hasPhoto(true).hasBackgroundPhoto(true).headline(valueHeadline(p))
                    .summary(longSummary(p)).experienceEntries(Math.max(p.experienceEntries(), (int) StandardModel.rule("brand.experience").orElseThrow().target()))
                    .educationEntries(Math.max(p.educationEntries(), (int) StandardModel.rule("brand.education").orElseThrow().target()))
                    .skills(Math.max(p.skills(), (int) StandardModel.rule("brand.skills").orElseThrow().target()))
                    .featuredItems(Math.max(p.featuredItems(), (int) StandardModel.rule("brand.featured").orElseThrow().target()))
                    .mediaItems(Math.max(p.mediaItems(), (int) StandardModel.rule("brand.media").orElseThrow().target()));
            case "brand.add-photo" -> b.hasPhoto(true);
            case "brand.add-background-photo" -> b.hasBackgroundPhoto(true);
            case "brand.rewrite-headline" -> b.headline(valueHeadline(p));
            case "brand.expand-summary" -> b.summary(longSummary(p));
            case "brand.add-experience" -> b.experienceEntries((int) StandardModel.rule("brand.experience").orElseThrow().target());
            case "brand.add-education" -> b.educationEntries((int) StandardModel.rule("brand.education").orElseThrow().target());
            case "brand.add-skills" -> b.skills((int) StandardModel.rule("brand.skills").orElseThrow().target());
            case "brand.ask-for-endorsements" -> b.endorsements((int) StandardModel.rule("brand.endorsements").orElseThrow().target());
            case "brand.ask-for-recommendations" -> b.recommendationsReceived((int) StandardModel.rule("brand.recommendations").orElseThrow().target());
            case "brand.feature-content" -> b.featuredItems((int) StandardModel.rule("brand.featured").orElseThrow().target());
            case "brand.add-profile-media" -> b.mediaItems((int) StandardModel.rule("brand.media").orElseThrow().target());
            case "brand.grow-followers" -> b.followers((int) StandardModel.rule("brand.followers").orElseThrow().target());
            case "relationships.grow-decision-maker-network" -> b
                    .connections(p.connections() + (int) StandardModel.rule("relationships.decision-maker-network").orElseThrow().target() - p.decisionMakerConnections())
                    .decisionMakerConnections((int) StandardModel.rule("relationships.decision-maker-network").orElseThrow().target());
            case "relationships.connect-with-colleagues" -> b
                    .connections(p.connections() + (int) StandardModel.rule("relationships.colleague-network").orElseThrow().target() - p.colleagueConnections())
                    .colleagueConnections((int) StandardModel.rule("relationships.colleague-network").orElseThrow().target());
            case "relationships.grow-network" -> b.connections((int) StandardModel.rule("relationships.network-size").orElseThrow().target());
            default -> {
                return p;
            }
        }
        return b.build();
    }

    /** A headline that says the target number of characters beyond the job title. */
    private static String valueHeadline(MemberProfile p) {
        return p.jobTitle().orElse("") + " | " + "w".repeat((int) StandardModel.rule("brand.headline").orElseThrow().target() + 3);
    }

    private static String longSummary(MemberProfile p) {
        return p.summary() + " " + "w".repeat((int) StandardModel.rule("brand.summary").orElseThrow().target());
    }

    /** The member keeps welcoming new connections at today's rate (all of them if there is none yet). */
    private static int asUsual(ScoringContext s, int won) {
        return s.newConnections() == 0 ? won
                : (int) Math.floor(won * (double) s.welcomedNewConnections() / s.newConnections());
    }

    private static void welcomeAsUsual(Log log, ScoringContext s, java.util.List<Contact> won) {
        for (int i = 0; i < asUsual(s, won.size()); i++) {
            log.now(ActivityType.WELCOME_MESSAGE_SENT, won.get(i));
        }
    }

    private static void addActivity(Log log, ScoringContext s, SsiScore score, Recommendation r, String tag) {
        double extra = r.extraPerWeek();
        IntFunction<Contact> none = k -> null;
        switch (r.code()) {
            case "find.view-decision-makers" -> log.weekly(ActivityType.PROFILE_VIEWED, extra, 0,
                    k -> contact(tag + "-dm-" + k, Seniority.VP, 2, null));
            case "find.look-beyond-network" -> log.weekly(ActivityType.PROFILE_VIEWED, extra, 0,
                    k -> contact(tag + "-far-" + k, Seniority.MANAGER, 3, null));
            case "brand.spark-conversation" -> {
                var c = score.contributions().stream().filter(x -> x.ruleId().equals("brand.content-engagement"))
                        .findFirst().orElseThrow();
                log.weekly(ActivityType.POST_PUBLISHED, 1,
                        (int) Math.ceil(c.evidence().target() - c.evidence().measured()), none);
            }
            case "engage.start-conversations" -> log.weekly(ActivityType.MESSAGE_SENT, extra)
                    .weekly(ActivityType.MESSAGE_REPLY_RECEIVED, extra * ((ConversationsRule) StandardModel.rule("engage.conversations").orElseThrow()).fullValueReplyRate());
            case "engage.improve-reply-rate" -> {
                int sent = s.count(ActivityType.MESSAGE_SENT) + s.count(ActivityType.INMAIL_SENT);
                int replies = s.count(ActivityType.MESSAGE_REPLY_RECEIVED) + s.count(ActivityType.INMAIL_REPLY_RECEIVED);
                for (int i = replies; i < Math.ceil(sent * ((ConversationsRule) StandardModel.rule("engage.conversations").orElseThrow()).fullValueReplyRate()); i++) {
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
                int needed = (int) Math.ceil(sent * StandardModel.rule("relationships.acceptance-rate").orElseThrow().target()) - accepted;
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
                for (int i = 0; i < ((RateRule) StandardModel.rule("relationships.acceptance-rate").orElseThrow()).minimumSample() - sent; i++) {
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
                    for (int i = s.newConnectionsAt(account); i < ((MultiThreadingRule) StandardModel.rule("relationships.multi-threading").orElseThrow()).contactsPerAccount(); i++) {
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
