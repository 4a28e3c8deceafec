package io.ssi.rules.advice;

import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Recommendation;
import io.ssi.core.Seniority;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringContext;
import io.ssi.rules.AcceptanceRateRule;
import io.ssi.rules.ColleagueNetworkRule;
import io.ssi.rules.ContentEngagementRule;
import io.ssi.rules.ConversationsRule;
import io.ssi.rules.DecisionMakerNetworkRule;
import io.ssi.rules.EducationRule;
import io.ssi.rules.EndorsementsRule;
import io.ssi.rules.ExperienceRule;
import io.ssi.rules.FeaturedItemsRule;
import io.ssi.rules.FollowersRule;
import io.ssi.rules.HeadlineRule;
import io.ssi.rules.MultiThreadingRule;
import io.ssi.rules.NetworkSizeRule;
import io.ssi.rules.ProfileMediaRule;
import io.ssi.rules.RecommendationsReceivedRule;
import io.ssi.rules.SkillsRule;
import io.ssi.rules.SummaryRule;
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
                    .summary(longSummary(p)).experienceEntries(Math.max(p.experienceEntries(), ExperienceRule.TARGET))
                    .educationEntries(Math.max(p.educationEntries(), EducationRule.TARGET))
                    .skills(Math.max(p.skills(), SkillsRule.TARGET))
                    .featuredItems(Math.max(p.featuredItems(), FeaturedItemsRule.TARGET))
                    .mediaItems(Math.max(p.mediaItems(), ProfileMediaRule.TARGET));
            case "brand.add-photo" -> b.hasPhoto(true);
            case "brand.add-background-photo" -> b.hasBackgroundPhoto(true);
            case "brand.rewrite-headline" -> b.headline(valueHeadline(p));
            case "brand.expand-summary" -> b.summary(longSummary(p));
            case "brand.add-experience" -> b.experienceEntries(ExperienceRule.TARGET);
            case "brand.add-education" -> b.educationEntries(EducationRule.TARGET);
            case "brand.add-skills" -> b.skills(SkillsRule.TARGET);
            case "brand.ask-for-endorsements" -> b.endorsements(EndorsementsRule.TARGET);
            case "brand.ask-for-recommendations" -> b.recommendationsReceived(RecommendationsReceivedRule.TARGET);
            case "brand.feature-content" -> b.featuredItems(FeaturedItemsRule.TARGET);
            case "brand.add-profile-media" -> b.mediaItems(ProfileMediaRule.TARGET);
            case "brand.grow-followers" -> b.followers(FollowersRule.TARGET);
            case "relationships.grow-decision-maker-network" -> b
                    .connections(p.connections() + DecisionMakerNetworkRule.TARGET - p.decisionMakerConnections())
                    .decisionMakerConnections(DecisionMakerNetworkRule.TARGET);
            case "relationships.connect-with-colleagues" -> b
                    .connections(p.connections() + ColleagueNetworkRule.TARGET - p.colleagueConnections())
                    .colleagueConnections(ColleagueNetworkRule.TARGET);
            case "relationships.grow-network" -> b.connections(NetworkSizeRule.TARGET);
            default -> {
                return p;
            }
        }
        return b.build();
    }

    /** A headline that says the target number of characters beyond the job title. */
    private static String valueHeadline(MemberProfile p) {
        return p.jobTitle().orElse("") + " | " + "w".repeat(HeadlineRule.TARGET_CHARS + 3);
    }

    private static String longSummary(MemberProfile p) {
        return p.summary() + " " + "w".repeat(SummaryRule.TARGET_CHARS);
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
                var c = score.contributions().stream().filter(x -> x.ruleId().equals(ContentEngagementRule.ID))
                        .findFirst().orElseThrow();
                log.weekly(ActivityType.POST_PUBLISHED, 1,
                        (int) Math.ceil(c.evidence().target() - c.evidence().measured()), none);
            }
            case "engage.start-conversations" -> log.weekly(ActivityType.MESSAGE_SENT, extra)
                    .weekly(ActivityType.MESSAGE_REPLY_RECEIVED, extra * ConversationsRule.FULL_VALUE_REPLY_RATE);
            case "engage.improve-reply-rate" -> {
                int sent = s.count(ActivityType.MESSAGE_SENT) + s.count(ActivityType.INMAIL_SENT);
                int replies = s.count(ActivityType.MESSAGE_REPLY_RECEIVED) + s.count(ActivityType.INMAIL_REPLY_RECEIVED);
                for (int i = replies; i < Math.ceil(sent * ConversationsRule.FULL_VALUE_REPLY_RATE); i++) {
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
                int needed = (int) Math.ceil(sent * AcceptanceRateRule.TARGET_RATE) - accepted;
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
                for (int i = 0; i < AcceptanceRateRule.MINIMUM_REQUESTS - sent; i++) {
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
                    for (int i = s.newConnectionsAt(account); i < MultiThreadingRule.CONTACTS_PER_ACCOUNT; i++) {
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
