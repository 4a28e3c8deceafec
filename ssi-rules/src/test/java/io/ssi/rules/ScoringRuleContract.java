package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Evidence;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.spi.FiguresRule;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The contract every {@link ScoringRule} of the standard model keeps, in the spirit of
 * Micrometer's {@code MeterRegistryCompatibilityKit}: each rule's test extends this class,
 * names the rule and an input that saturates it, and adds checks of its own.
 *
 * <p>The checks: a well-formed identity (lower-kebab id under the pillar's key, a finite positive
 * maximum, the model version), a row of the model's table that tunes into a new value, points in range for empty, random and absurd input,
 * determinism, thread safety, a contribution that names its rule, an explanation with no
 * unreplaced placeholder and no personal data, and saturation.
 */
abstract class ScoringRuleContract {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int RANDOM_EXAMPLES = Examples.of(40);
    private static final int THREADS = 8;

    /** @return a new instance of the rule under test */
    protected abstract ScoringRule rule();

    /** @return an input at which the rule awards {@link #saturatedPoints()} */
    protected abstract RuleInput saturatingInput();

    /** @return the points the saturating input earns: the rule's maximum unless documented otherwise */
    protected double saturatedPoints() {
        return rule().maxPoints();
    }

    // ---- identity -----------------------------------------------------------------------------

    @Test
    void idIsLowerKebabUnderThePillarKey() {
        ScoringRule rule = rule();
        String prefix = rule.pillar().key() + ".";
        assertThat(rule.id()).startsWith(prefix);
        assertThat(rule.id().substring(prefix.length())).matches(KEBAB);
    }

    @Test
    void maxPointsIsFiniteAndPositive() {
        double max = rule().maxPoints();
        assertThat(Double.isFinite(max)).as("finite maxPoints %s", max).isTrue();
        assertThat(max).isPositive().isLessThanOrEqualTo(Pillar.MAX_POINTS);
    }

    @Test
    void belongsToTheStandardModel() {
        assertThat(rule().modelVersion()).isEqualTo("standard-2").isEqualTo(StandardModel.VERSION);
    }

    // ---- registration -------------------------------------------------------------------------

    @Test
    void isARowOfTheStandardModelTable() {
        ScoringRule rule = rule();
        assertThat(StandardModel.rule(rule.id())).contains((StandardRule) rule);
        assertThat(StandardModel.rules()).extracting(ScoringRule::id).containsOnlyOnce(rule.id());
        assertThat(Registrations.TESTS.get(rule.id())).as("the contract test of %s", rule.id())
                .isEqualTo(getClass().getSimpleName());
    }

    @Test
    void tuningTheTargetOrMaximumMakesAnotherRuleAndLeavesThisOneAlone() {
        StandardRule rule = (StandardRule) rule();
        StandardRule doubled = rule.withMaxPoints(rule.maxPoints() / 2);
        assertThat(doubled.maxPoints()).isEqualTo(rule.maxPoints() / 2);
        assertThat(doubled).isNotEqualTo(rule);
        assertThat(doubled.signature()).isNotEqualTo(rule.signature());
        assertThat(doubled.withMaxPoints(rule.maxPoints())).isEqualTo(rule);
        assertThat(rule.maxPoints()).isEqualTo(StandardModel.rule(rule.id()).orElseThrow().maxPoints());
    }

    // ---- range, determinism, thread safety ----------------------------------------------------

    @Test
    void emptyContextEarnsPointsInRange() {
        ScoringRule rule = rule();
        RuleContribution c = rule.evaluate(RuleInput.profileOnly(Profiles.empty()).context());
        assertWellFormed(rule, c, RuleInput.profileOnly(Profiles.empty()));
    }

    @Test
    void randomContextsEarnPointsInRange() {
        ScoringRule rule = rule();
        qt().withExamples(RANDOM_EXAMPLES).forAll(Generators.inputs())
                .checkAssert(input -> assertWellFormed(rule, rule.evaluate(input.context()), input));
    }

    @Test
    void absurdlyLargeInputEarnsPointsInRange() {
        ScoringRule rule = rule();
        RuleContribution c = rule.evaluate(Absurd.CONTEXT);
        assertWellFormed(rule, c, Absurd.INPUT);
    }

    @Test
    void saturatingInputIsWellFormed() {
        ScoringRule rule = rule();
        assertWellFormed(rule, rule.evaluate(saturatingInput().context()), saturatingInput());
    }

    @Test
    void pointsAloneAreTheContributionsPointsToTheLastBit() throws Exception {
        ScoringRule rule = rule();
        assertThat(rule.getClass().getMethod("points", ScoringContext.class).getDeclaringClass())
                .as("a standard rule answers points without building evidence").isNotEqualTo(ScoringRule.class);
        for (ScoringContext c : List.of(RuleInput.profileOnly(Profiles.empty()).context(),
                RuleInput.profileOnly(Profiles.complete()).context(), saturatingInput().context(), Absurd.CONTEXT,
                Absurd.HALF_CONTEXT)) {
            assertSamePoints(rule, c);
        }
        qt().withExamples(RANDOM_EXAMPLES).forAll(Generators.inputs())
                .checkAssert(input -> assertSamePoints(rule, input.context()));
    }

    @Test
    void pointsAloneFailWhereTheContributionFails() {
        ScoringRule rule = rule();
        ScoringContext real = saturatingInput().context();
        // Every weekly figure is not finite, or only the shared figures (the response factors),
        // so that a factor is not finite while the measure is; the rest is the saturating input's.
        List<Predicate<String>> spoilt = List.of(name -> name.startsWith("weekly") || name.startsWith("customWeekly"),
                name -> name.equals("shared"));
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (Predicate<String> which : spoilt) {
                ScoringContext c = (ScoringContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {ScoringContext.class}, (proxy, method, args) ->
                                which.test(method.getName()) ? Double.valueOf(bad) : method.invoke(real, args));
                assertPointsFailAsTheContributionDoes(rule, c, bad);
            }
        }
    }

    private static void assertPointsFailAsTheContributionDoes(ScoringRule rule, ScoringContext c, double bad) {
        RuleContribution contribution;
        try {
            contribution = rule.evaluate(c);
        } catch (IllegalArgumentException e) {
            double points;
            try {
                points = rule.points(c);
            } catch (IllegalArgumentException also) {
                return;
            }
            assertThat(points >= 0 && points <= rule.maxPoints()).as("points alone at %s, where evaluate fails: %s",
                    bad, points).isFalse();
            return;
        }
        assertThat(Double.doubleToRawLongBits(rule.points(c))).as("at %s", bad)
                .isEqualTo(Double.doubleToRawLongBits(contribution.points()));
    }

    @Test
    void writtenFiguresAreTheContributionsToTheLastBit() {
        ScoringRule rule = rule();
        if (!(rule instanceof FiguresRule figures)) {
            return;
        }
        assertThat(assertSameFigures(figures, saturatingInput().context())).as("a standard rule writes its figures")
                .isTrue();
        for (ScoringContext c : List.of(RuleInput.profileOnly(Profiles.empty()).context(),
                RuleInput.profileOnly(Profiles.complete()).context(), Absurd.CONTEXT, Absurd.HALF_CONTEXT)) {
            assertSameFigures(figures, c);
        }
        qt().withExamples(RANDOM_EXAMPLES).forAll(Generators.inputs())
                .checkAssert(input -> assertSameFigures(figures, input.context()));
    }

    /**
     * The contribution the figures a rule writes describe, against its evaluate's, to the last bit;
     * whether it wrote any.
     */
    private static boolean assertSameFigures(FiguresRule rule, ScoringContext context) {
        List<RuleContribution> written = new ArrayList<>();
        boolean wrote = rule.writeFigures(context, (points, measured, target, unit, key, english, args) ->
                written.add(RuleContribution.of(rule, points, Evidence.keyed(measured, target, unit, key, english,
                        args))));
        if (wrote) {
            assertThat(written).as("figures of %s", rule.id()).containsExactly(rule.evaluate(context));
        } else {
            assertThat(written).as("figures of %s, declined", rule.id()).isEmpty();
        }
        return wrote;
    }

    private static void assertSamePoints(ScoringRule rule, ScoringContext context) {
        assertThat(Double.doubleToRawLongBits(rule.points(context))).as("points of %s", rule.id())
                .isEqualTo(Double.doubleToRawLongBits(rule.evaluate(context).points()));
    }

    @Test
    void isDeterministic() {
        RuleInput input = saturatingInput();
        ScoringContext context = input.context();
        RuleContribution first = rule().evaluate(context);
        assertThat(rule().evaluate(context)).isEqualTo(first);
        assertThat(rule().evaluate(input.context())).as("a context built again from the same input")
                .isEqualTo(first);
        ScoringRule same = rule();
        assertThat(same.evaluate(Absurd.CONTEXT)).isEqualTo(same.evaluate(Absurd.CONTEXT));
    }

    @Test
    void isThreadSafe() throws Exception {
        ScoringRule shared = rule();
        List<ScoringContext> contexts = List.of(saturatingInput().context(), Absurd.CONTEXT,
                RuleInput.profileOnly(Profiles.complete()).context(), Absurd.HALF_CONTEXT);
        List<RuleContribution> expected = new ArrayList<>();
        for (ScoringContext c : contexts) {
            expected.add(shared.evaluate(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<RuleContribution>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<RuleContribution> seen = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        int k = (i + offset) % contexts.size();
                        RuleContribution c = shared.evaluate(contexts.get(k));
                        if (!c.equals(expected.get(k))) {
                            seen.add(c);
                        }
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<List<RuleContribution>> f : futures) {
                assertThat(f.get(30, TimeUnit.SECONDS)).as("contributions that differ from one thread's").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- saturation ---------------------------------------------------------------------------

    @Test
    void saturatingInputEarnsTheMaximum() {
        RuleContribution c = rule().evaluate(saturatingInput().context());
        assertThat(c.applicable()).isTrue();
        assertThat(c.points()).isEqualTo(saturatedPoints());
    }

    @Test
    void doublingASaturatingInputChangesNothing() {
        RuleContribution once = rule().evaluate(saturatingInput().context());
        RuleContribution twice = rule().evaluate(saturatingInput().doubled().context());
        assertThat(twice.points()).isEqualTo(once.points());
        assertThat(twice.applicable()).isEqualTo(once.applicable());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * Checks everything a contribution must satisfy whatever the input: it names the rule, its
     * points are in range, and its explanation is fully rendered and free of personal data.
     */
    static void assertWellFormed(ScoringRule rule, RuleContribution c, RuleInput input) {
        assertThat(c).as("contribution of %s", rule.id()).isNotNull();
        assertThat(c.ruleId()).isEqualTo(rule.id());
        assertThat(c.pillar()).isEqualTo(rule.pillar());
        assertThat(c.maxPoints()).isEqualTo(rule.maxPoints());
        assertThat(c.points()).as("points of %s", rule.id()).isBetween(0.0, rule.maxPoints());
        if (!c.applicable()) {
            assertThat(c.points()).isZero();
        }
        assertThat(c.evidence()).isNotNull();
        assertThat(Double.isFinite(c.evidence().measured())).isTrue();
        assertThat(Double.isFinite(c.evidence().target())).isTrue();
        String text = c.explanation();
        assertThat(text).as("explanation of %s", rule.id()).isNotBlank().doesNotContain("{").doesNotContain("}");
        assertNoPersonalData(text, input);
        assertNoPersonalData(c.evidence().unit(), input);
    }

    static void assertNoPersonalData(String text, RuleInput input) {
        assertThat(text).as("text shown to users").doesNotContain(Logs.PII);
        MemberProfile p = input.profile();
        for (String secret : List.of(p.headline().strip(), p.summary().strip())) {
            if (secret.length() >= 8) {
                assertThat(text).doesNotContain(secret);
            }
        }
        // A plain loop: the absurd input has tens of thousands of contacts.
        for (Activity a : input.activities()) {
            if (a.contact().isPresent() && text.contains(a.contact().get().id())) {
                assertThat(text).as("text shown to users").doesNotContain(a.contact().get().id());
            }
        }
    }

    /** Where the standard model is registered, read as text from the module's sources, and its contract tests. */
    static final class Registrations {

        /** The contract test of every standard rule, by rule id. */
        static final Map<String, String> TESTS = Map.ofEntries(
                Map.entry("relationships.acceptance-rate", "AcceptanceRateRuleTest"),
                Map.entry("find.accounts-saved", "AccountsSavedRuleTest"),
                Map.entry("brand.articles", "ArticlesRuleTest"),
                Map.entry("brand.background-photo", "BackgroundPhotoRuleTest"),
                Map.entry("relationships.colleague-network", "ColleagueNetworkRuleTest"),
                Map.entry("engage.comments", "CommentsRuleTest"),
                Map.entry("relationships.connection-growth", "ConnectionGrowthRuleTest"),
                Map.entry("engage.consistency", "ConsistencyRuleTest"),
                Map.entry("brand.content-engagement", "ContentEngagementRuleTest"),
                Map.entry("engage.conversations", "ConversationsRuleTest"),
                Map.entry("find.days-active", "DaysActiveRuleTest"),
                Map.entry("relationships.decision-maker-network", "DecisionMakerNetworkRuleTest"),
                Map.entry("find.decision-maker-views", "DecisionMakerViewsRuleTest"),
                Map.entry("brand.education", "EducationRuleTest"),
                Map.entry("brand.endorsements", "EndorsementsRuleTest"),
                Map.entry("brand.experience", "ExperienceRuleTest"),
                Map.entry("brand.featured", "FeaturedItemsRuleTest"),
                Map.entry("find.filtered-searches", "FilteredSearchesRuleTest"),
                Map.entry("brand.followers", "FollowersRuleTest"),
                Map.entry("engage.group-posts", "GroupPostsRuleTest"),
                Map.entry("engage.groups-joined", "GroupsJoinedRuleTest"),
                Map.entry("brand.headline", "HeadlineRuleTest"),
                Map.entry("relationships.introductions", "IntroductionsRuleTest"),
                Map.entry("find.leads-saved", "LeadsSavedRuleTest"),
                Map.entry("engage.likes", "LikesRuleTest"),
                Map.entry("find.members-followed", "MembersFollowedRuleTest"),
                Map.entry("relationships.mentions", "MentionsRuleTest"),
                Map.entry("relationships.multi-threading", "MultiThreadingRuleTest"),
                Map.entry("relationships.network-size", "NetworkSizeRuleTest"),
                Map.entry("find.out-of-network-views", "OutOfNetworkViewsRuleTest"),
                Map.entry("brand.posts", "PostsRuleTest"),
                Map.entry("brand.media", "ProfileMediaRuleTest"),
                Map.entry("brand.photo", "ProfilePhotoRuleTest"),
                Map.entry("find.profile-views-received", "ProfileViewsReceivedRuleTest"),
                Map.entry("find.profile-views", "ProfileViewsRuleTest"),
                Map.entry("brand.recommendations", "RecommendationsReceivedRuleTest"),
                Map.entry("find.searches", "SearchesRuleTest"),
                Map.entry("engage.shares", "SharesRuleTest"),
                Map.entry("engage.shares-with-commentary", "SharesWithCommentaryRuleTest"),
                Map.entry("brand.skills", "SkillsRuleTest"),
                Map.entry("brand.summary", "SummaryRuleTest"),
                Map.entry("brand.videos", "VideosRuleTest"),
                Map.entry("relationships.welcomes", "WelcomesRuleTest"),
                Map.entry("engage.audience", "AudienceRuleTest"),
                Map.entry("relationships.target-accounts", "TargetAccountsRuleTest"));

        private static final Pattern PROVIDES = Pattern.compile("provides\\s+([\\w.]+)\\s+with\\s+([^;]+);");

        private Registrations() {
        }

        static Path moduleDir() {
            String basedir = System.getProperty("basedir");
            Path dir = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
            if (!Files.exists(dir.resolve("src/main/java/module-info.java"))) {
                dir = dir.resolve("ssi-rules");
            }
            return dir;
        }

        /** The class names in {@code META-INF/services/<service>}, in file order; empty if there is no such file. */
        static List<String> servicesFile(String service) throws IOException {
            Path file = moduleDir().resolve("src/main/resources/META-INF/services/" + service);
            List<String> names = new ArrayList<>();
            if (!Files.exists(file)) {
                return names;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        }

        /** The class names after {@code provides <service> with}, in order. */
        static List<String> moduleInfoProviders(String service) throws IOException {
            String source = Files.readString(moduleDir().resolve("src/main/java/module-info.java"),
                    StandardCharsets.UTF_8)
                    .replaceAll("(?s)/\\*.*?\\*/", "")
                    .replaceAll("//[^\\n]*", "");
            Matcher m = PROVIDES.matcher(source);
            List<String> names = new ArrayList<>();
            while (m.find()) {
                if (m.group(1).equals(service)) {
                    for (String name : m.group(2).split(",")) {
                        names.add(name.strip());
                    }
                }
            }
            return names;
        }
    }

    /**
     * An absurdly large input, built once: every profile count at {@link Integer#MAX_VALUE}, a
     * 100,000-character headline and summary, and 40 activities of every type on every day of
     * the window (twice the daily cap), with decision makers at target accounts and the
     * largest engagement on every content item.
     */
    static final class Absurd {

        static final RuleInput INPUT = build(40);
        static final ScoringContext CONTEXT = INPUT.context();
        /** Half as much, so that the thread-safety check sees two different large contexts. */
        static final ScoringContext HALF_CONTEXT = build(20).context();

        private Absurd() {
        }

        private static RuleInput build(int perDay) {
            Set<String> targets = new LinkedHashSet<>();
            for (int i = 0; i < 200; i++) {
                targets.add("account-" + i);
            }
            String text = (Logs.PII + " absurd ").repeat(100_000 / 12);
            MemberProfile profile = MemberProfile.builder("member-absurd").jobTitle(Profiles.JOB_TITLE)
                    .headline(text).summary(text).hasPhoto(true).hasBackgroundPhoto(true)
                    .experienceEntries(Integer.MAX_VALUE).educationEntries(Integer.MAX_VALUE)
                    .skills(Integer.MAX_VALUE).endorsements(Integer.MAX_VALUE)
                    .recommendationsReceived(Integer.MAX_VALUE).featuredItems(Integer.MAX_VALUE)
                    .mediaItems(Integer.MAX_VALUE).connections(Integer.MAX_VALUE).followers(Integer.MAX_VALUE)
                    .decisionMakerConnections(Integer.MAX_VALUE).colleagueConnections(Integer.MAX_VALUE)
                    .targetAccounts(targets).build();
            List<Activity> log = new ArrayList<>();
            LocalDate last = LocalDate.ofInstant(Logs.AS_OF, ZoneOffset.UTC);
            int contact = 0;
            for (int d = 0; d < Logs.WINDOW_DAYS; d++) {
                Instant at = last.minusDays(d).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
                for (ActivityType type : ActivityType.values()) {
                    for (int k = 0; k < perDay; k++) {
                        Contact c = Contact.builder(Logs.PII + "-absurd-" + contact)
                                .seniority(Seniority.CXO).accountId("account-" + (contact % 200))
                                .degree(3).colleague(contact % 2 == 0).build();
                        contact++;
                        log.add(Activity.builder(type, at).id("absurd-" + log.size()).contact(c)
                                .engagement(type.isContent() ? Integer.MAX_VALUE : 0).build());
                    }
                }
            }
            return new RuleInput(profile, log, Logs.AS_OF);
        }
    }
}
