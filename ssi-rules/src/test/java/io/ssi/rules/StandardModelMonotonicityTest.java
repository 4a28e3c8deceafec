package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Doing more never scores less: adding an activity whose type is never the
 * denominator of a rate, or improving the profile, never lowers a rule's points or a pillar.
 */
final class StandardModelMonotonicityTest {

    private static final int EXAMPLES = Examples.of(200);

    /**
     * The types that are the denominator of a rate in standard-2: requests sent (acceptance),
     * messages and InMails sent (reply rate), and published content (engagement per item, the
     * audience rate of the member's response). More of these may rightly lower a rate: content
     * nobody reacts to lowers the response, as unanswered outreach does. Requests accepted and
     * invitations accepted are outcomes: in standard-2 they must never lower anything (welcomes
     * are a count, not a share of new connections); {@code StandardTwoPropertiesTest} checks
     * every outcome, and more engagement on content, separately.
     */
    static final Set<ActivityType> DENOMINATORS = Set.copyOf(EnumSet.of(ActivityType.CONNECTION_REQUEST_SENT,
            ActivityType.MESSAGE_SENT, ActivityType.INMAIL_SENT, ActivityType.POST_PUBLISHED,
            ActivityType.ARTICLE_PUBLISHED, ActivityType.VIDEO_PUBLISHED, ActivityType.GROUP_POST_PUBLISHED));
    static final List<ActivityType> NEVER_DENOMINATORS = EnumSet.complementOf(EnumSet.copyOf(DENOMINATORS))
            .stream().toList();

    /** An input and one more activity of a type that is never a denominator. */
    record More(RuleInput input, Activity extra) {
        RuleInput with() {
            List<Activity> log = new ArrayList<>(input.activities());
            log.add(extra);
            return input.withActivities(log);
        }

        @Override
        public String toString() {
            return Generators.describe(input) + "plus " + extra.type() + " at " + extra.at()
                    + extra.contact().map(c -> " with " + c.id() + " " + c).orElse("")
                    + " engagement=" + extra.engagement();
        }
    }

    static Gen<More> more() {
        return more(NEVER_DENOMINATORS, -2 * Generators.DAY, 100 * Generators.DAY, 300);
    }

    /**
     * An arbitrary member and one more activity of one of the types, between the given seconds
     * before {@code asOf} (negative: after it), with no contact, a contact of the log, or a new one.
     */
    static Gen<More> more(List<ActivityType> of, long fromSecondsBefore, long toSecondsBefore, int maxEngagement) {
        Gen<RuleInput> inputs = Generators.inputs();
        Gen<ActivityType> types = pick(of);
        Gen<Long> secondsBefore = longRange(fromSecondsBefore, toSecondsBefore);
        Gen<Integer> contactChoice = range(0, 2);
        Gen<Integer> engagement = range(0, maxEngagement);
        Gen<More> gen = in -> {
            RuleInput input = inputs.generate(in);
            ActivityType type = types.generate(in);
            Activity.Builder b = Activity.builder(type, input.asOf().minusSeconds(secondsBefore.generate(in)))
                    .id("extra").engagement(engagement.generate(in));
            List<Contact> known = Generators.contactsOf(input.activities());
            int choice = contactChoice.generate(in);
            if (choice == 1 && !known.isEmpty()) {
                b.contact(pick(known).generate(in));
            } else if (choice == 2) {
                b.contact(Generators.contacts(99).generate(in));
            }
            return new More(input, b.build());
        };
        return gen.describedAs(More::toString);
    }

    @Test
    void addingAnActivityThatIsNeverADenominatorNeverLowersAnything() {
        qt().withExamples(EXAMPLES).forAll(more()).checkAssert(m ->
                assertNothingLower(Models.score(m.input()), Models.score(m.with())));
    }

    /** An input and the same member with one profile field improved. */
    record Better(RuleInput input, MemberProfile improved, String change) {
        @Override
        public String toString() {
            return Generators.describe(input) + "improved by " + change;
        }
    }

    static Gen<Better> better() {
        Gen<RuleInput> inputs = Generators.inputs();
        // 0 to 12 are counts and flags; 13 and above the texts, headline weighted most.
        Gen<Integer> field = range(0, 18);
        Gen<Integer> delta = range(1, 600);
        Gen<List<String>> words = lists().of(pick(Generators.WORDS)).ofSizeBetween(1, 4);
        Gen<Integer> summaryChars = range(1, 400);
        Gen<Boolean> separate = booleans();
        Gen<Better> gen = in -> {
            RuleInput input = inputs.generate(in);
            MemberProfile p = input.profile();
            MemberProfile.Builder b = p.toBuilder();
            int f = field.generate(in);
            int d = delta.generate(in);
            String change;
            switch (f) {
                case 0 -> { b.experienceEntries(p.experienceEntries() + d); change = "experience +" + d; }
                case 1 -> { b.educationEntries(p.educationEntries() + d); change = "education +" + d; }
                case 2 -> { b.skills(p.skills() + d); change = "skills +" + d; }
                case 3 -> { b.endorsements(p.endorsements() + d); change = "endorsements +" + d; }
                case 4 -> {
                    b.recommendationsReceived(p.recommendationsReceived() + d);
                    change = "recommendations +" + d;
                }
                case 5 -> { b.featuredItems(p.featuredItems() + d); change = "featured +" + d; }
                case 6 -> { b.mediaItems(p.mediaItems() + d); change = "media +" + d; }
                case 7 -> { b.connections(p.connections() + d); change = "connections +" + d; }
                case 8 -> { b.followers(p.followers() + d); change = "followers +" + d; }
                case 9 -> {
                    int dm = Math.min(p.decisionMakerConnections() + d, p.connections());
                    b.decisionMakerConnections(dm);
                    change = "decision makers to " + dm;
                }
                case 10 -> {
                    int colleagues = Math.min(p.colleagueConnections() + d, p.connections());
                    b.colleagueConnections(colleagues);
                    change = "colleagues to " + colleagues;
                }
                case 11 -> { b.hasPhoto(true); change = "photo"; }
                case 12 -> { b.hasBackgroundPhoto(true); change = "background photo"; }
                case 13, 15, 16, 17 -> {
                    // Half the time, the rest of the job title: a headline ending in its first word gets the others.
                    String title = p.jobTitle().orElse("");
                    String added = separate.generate(in) ? Generators.titleWords(title, 1, 9)
                            : " " + String.join(" ", words.generate(in));
                    b.headline(p.headline() + added);
                    change = "headline + \"" + added + "\"";
                }
                default -> {
                    String added = Generators.summaryOf(summaryChars.generate(in));
                    b.summary(p.summary() + added);
                    change = "summary + " + added.length() + " characters";
                }
            }
            return new Better(input, b.build(), change);
        };
        return gen.describedAs(Better::toString);
    }

    /**
     * Appending words to the headline is among the improvements, including the rest of a job
     * title the headline already began: brand.headline takes the title's length off whether or
     * not the headline repeats it, so no appended word can lower it.
     */
    @Test
    void improvingTheProfileNeverLowersAnything() {
        qt().withExamples(EXAMPLES).forAll(better()).checkAssert(b -> {
            SsiScore before = Models.score(b.input());
            SsiScore after = Models.score(b.input().withProfile(b.improved()));
            assertNothingLower(before, after);
        });
    }

    static void assertNothingLower(SsiScore before, SsiScore after) {
        assertNothingLower(before, after, Set.of(), Set.of());
    }

    static void assertNothingLower(SsiScore before, SsiScore after, Set<String> exemptRules,
                                   Set<Pillar> exemptPillars) {
        Map<String, RuleContribution> earlier = before.contributions().stream()
                .collect(Collectors.toMap(RuleContribution::ruleId, Function.identity()));
        for (RuleContribution c : after.contributions()) {
            if (!exemptRules.contains(c.ruleId())) {
                assertThat(c.points()).as("points of %s", c.ruleId())
                        .isGreaterThanOrEqualTo(earlier.get(c.ruleId()).points());
            }
        }
        for (Pillar p : Pillar.values()) {
            if (!exemptPillars.contains(p)) {
                assertThat(after.pillar(p).points()).as("%s", p)
                        .isGreaterThanOrEqualTo(before.pillar(p).points());
            }
        }
    }

}
