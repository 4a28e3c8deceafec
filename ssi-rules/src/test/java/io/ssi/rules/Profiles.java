package io.ssi.rules;

import io.ssi.core.MemberProfile;

import java.util.Set;

/** Profile fixtures. Headlines and summaries carry the {@link Logs#PII} marker. */
final class Profiles {

    static final String JOB_TITLE = "Account Executive";
    static final String VALUE_HEADLINE = "Account Executive | PII I help finance leaders at mid-market"
            + " manufacturers close their books in days, not weeks";
    static final String SUMMARY = ("PII Month-end close should not take two weeks. For eight years I have worked"
            + " with controllers and CFOs at manufacturers who want a faster, calmer close. ").repeat(5);
    static final Set<String> TARGET_ACCOUNTS = Set.of("acme", "globex", "initech", "umbrella", "hooli",
            "stark", "wayne", "wonka", "tyrell", "cyberdyne");

    private Profiles() {
    }

    /** Only an id. */
    static MemberProfile empty() {
        return MemberProfile.builder("member-1").build();
    }

    /** Only an id and a job title. */
    static MemberProfile.Builder member() {
        return MemberProfile.builder("member-1").jobTitle(JOB_TITLE);
    }

    /** A profile complete in every asset, with ten target accounts. */
    static MemberProfile complete() {
        return member().industry("Computer Software").hasPhoto(true).hasBackgroundPhoto(true)
                .headline(VALUE_HEADLINE).summary(SUMMARY)
                .experienceEntries(5).educationEntries(2).skills(40).endorsements(60).recommendationsReceived(4)
                .featuredItems(3).mediaItems(1).connections(1200).followers(1100).decisionMakerConnections(160)
                .colleagueConnections(60).targetAccounts(TARGET_ACCOUNTS).build();
    }
}
