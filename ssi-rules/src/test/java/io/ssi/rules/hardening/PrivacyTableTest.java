package io.ssi.rules.hardening;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Advice;
import io.ssi.core.BandThresholds;
import io.ssi.core.BatchResult;
import io.ssi.core.CompactResult;
import io.ssi.core.Cohort;
import io.ssi.core.Contact;
import io.ssi.core.MemberInput;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.RuleEvaluationException;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.StreamingBatch;
import io.ssi.core.TrendPolicy;
import io.ssi.core.mapping.ActivityRows;
import io.ssi.core.mapping.CrmValues;
import io.ssi.core.mapping.JobTitles;
import io.ssi.core.mapping.MappedActivities;
import io.ssi.core.mapping.MappingReport;
import io.ssi.core.mapping.Row;
import io.ssi.core.mapping.SalesforceIds;
import io.ssi.core.mapping.TypeTable;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.FiguresRule;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.Suggestion;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.StandardModel;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The README's privacy table, checked: a member whose headline, summary, job title and contact
 * ids are unmistakable markers is scored, advised, trended, ranked and batched, and no public
 * type's {@code toString()}, no exception message, no cause and no printed stack trace of any
 * documented exception path carries a marker. The test also checks that it has printed an
 * instance of every public class of ssi-core, so that a new type cannot slip past the table.
 */
final class PrivacyTableTest {

    static final String HEADLINE = "Helping CFOs HEADLINE-MARKER-4e1d close faster and sleep better at night";
    static final String SUMMARY = "SUMMARY-MARKER-9b2c " + "I help finance teams close their books. ".repeat(20);
    static final String JOB_TITLE = "JOBTITLE-MARKER-77aa";
    static final String CONTACT = "CONTACT-MARKER-31f0";
    /** What must appear in no toString(), message, cause or stack trace. */
    static final List<String> MARKERS = List.of("MARKER-4e1d", "MARKER-9b2c", "MARKER-77aa", "MARKER-31f0");

    static final Instant AS_OF = Instant.parse("2026-11-30T17:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final SsiCalculator CALC = SsiCalculator.standard();
    static final SsiAdvisor ADVISOR = SsiAdvisor.builder().discoverGenerators().calculator(CALC).build();

    static MemberProfile profile(String id) {
        return MemberProfile.builder(id).timeZone(ZONE).headline(HEADLINE).summary(SUMMARY).jobTitle(JOB_TITLE)
                .hasPhoto(true).connections(300).decisionMakerConnections(10).colleagueConnections(5)
                .targetAccounts(Set.of("acme", "globex")).build();
    }

    static Contact contact(int i) {
        return Contact.builder(CONTACT + "-" + i).seniority(Seniority.VP).accountId("acme").degree(2).build();
    }

    /** Connections that got no welcome (so advice names them in its subjects), and a little of everything. */
    static List<Activity> log() {
        List<Activity> log = new ArrayList<>();
        int i = 0;
        for (ActivityType type : ActivityType.values()) {
            for (int k = 0; k < 6; k++, i++) {
                Activity.Builder b = Activity.builder(type, AS_OF.minus(Duration.ofHours(13L * i + 1))).id("row-" + i)
                        .engagement(type.isContent() ? k : 0);
                b.contact(contact(i));
                log.add(b.build());
            }
        }
        return log;
    }

    /** A plugin rule that quotes the headline in its exception, as careless plugins do. */
    static final ScoringRule QUOTING = new ScoringRule() {
        @Override
        public String id() {
            return "engage.quoting-plugin";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 1;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            try {
                Integer.parseInt(context.profile().headline());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("cannot read " + context.profile().summary(), e);
            }
            return RuleContribution.of(this, 0, io.ssi.core.Evidence.of(0, 1, "never", "never"));
        }
    };

    static List<ScoringRule> withPlugin() {
        List<ScoringRule> rules = new ArrayList<>(CALC.rules());
        rules.add(QUOTING);
        return rules;
    }

    private final Map<Object, Boolean> printed = new IdentityHashMap<>();
    private final Set<Class<?>> printedClasses = new java.util.HashSet<>();

    /** Prints an object and, for records, lists, optionals and maps, everything inside it. */
    private void assertPrintsNoMarker(String where, Object o) {
        if (o == null || printed.put(o, Boolean.TRUE) != null) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            printedClasses.add(c);
            printedClasses.addAll(Arrays.asList(c.getInterfaces()));
        }
        if (o instanceof Throwable t) {
            assertThrowableClean(where, t);
            return;
        }
        assertNoMarker(where + ": " + o.getClass().getSimpleName() + ".toString()", o.toString());
        if (o instanceof Collection<?> c) {
            c.forEach(e -> assertPrintsNoMarker(where, e));
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(e -> assertPrintsNoMarker(where, e));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(e -> assertPrintsNoMarker(where, e));
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                if (personal(o, rc.getName())) {
                    continue;
                }
                try {
                    assertPrintsNoMarker(where + "." + rc.getName(), rc.getAccessor().invoke(o));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /**
     * The accessors that hand personal data to the caller on purpose, as the README's table
     * says: the profile's texts, a contact's id, and a recommendation's subjects and message.
     */
    private static boolean personal(Object o, String component) {
        return o instanceof MemberProfile && Set.of("headline", "summary", "jobTitle").contains(component)
                || o instanceof Contact && component.equals("id")
                || o instanceof Recommendation && Set.of("subjects", "message").contains(component)
                || o instanceof Row && component.equals("values")
                || o instanceof MappingReport && Set.of("unmapped", "rejected").contains(component);
    }

    /**
     * CRM rows of the member's tasks whose cells carry the markers: the contact id, the
     * contact's title, a subject no entry maps (with no colon to cut it at), and a status cell
     * quoting the headline; and rows a mapping rejects.
     */
    static List<Row> crmRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String subject = switch (i % 4) {
                case 0 -> "LinkedIn InMail: about " + HEADLINE;
                case 1 -> "Lunch with " + CONTACT + " to discuss " + SUMMARY.substring(0, 30);
                case 2 -> "LinkedIn Message";
                default -> "LinkedIn Connection Request";
            };
            rows.add(Row.of(Map.of("Id", "00T00000000" + (1000 + i), "Subject", subject, "OwnerId", "member-1",
                    "ActivityDate", i == 6 ? HEADLINE : "2026-11-" + (10 + i), "CreatedDate", "2026-11-" + (10 + i)
                            + "T09:15:00.000+0000", "WhoId", CONTACT + "-" + i, "Who.Title", JOB_TITLE,
                    "Who.AccountId", "acme", "Status", i == 7 ? HEADLINE : "Completed")));
        }
        rows.add(Row.of(Map.of("Id", "00T0000000009999", "Subject", "LinkedIn Message", "Who.Title", JOB_TITLE,
                "WhoId", CONTACT)));
        return rows;
    }

    static void assertNoMarker(String where, String text) {
        for (String marker : MARKERS) {
            assertThat(text).as(where).doesNotContain(marker);
        }
    }

    static void assertThrowableClean(String where, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        assertNoMarker(where + ": stack trace of " + t.getClass().getName(), trace.toString());
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            assertNoMarker(where + ": message of " + c.getClass().getName(), String.valueOf(c.getMessage()));
        }
    }

    @Test
    void noPublicTypePrintsAMarker() throws Exception {
        MemberProfile profile = profile("member-1");
        List<Activity> log = log();
        SsiScore score = CALC.score(profile, log, AS_OF);
        LocalDate today = LocalDate.ofInstant(AS_OF, ZONE);
        List<SsiScore> history = CALC.history(profile, log, today.minusDays(40), today);
        List<FiguresRule.Figures> figures = figuresHandedOut(profile, log, today);
        assertThat(figures).as("the figures a history hands a rule that writes them").isNotEmpty();
        // New connections that got no welcome, advised under a model whose relationships pillar
        // holds only the welcome rule, so that the advice naming them is never crowded out of a
        // capped pillar by larger gains (which the standard model's many routes to 25 can do).
        StandardModel.Builder onlyWelcomes = StandardModel.builder();
        for (ScoringRule r : StandardModel.rules()) {
            if (r.pillar() == Pillar.BUILD_RELATIONSHIPS && !r.id().equals("relationships.welcomes")) {
                onlyWelcomes.drop(r.id());
            }
        }
        SsiAdvisor welcoming = SsiAdvisor.builder().discoverGenerators()
                .calculator(SsiCalculator.builder().rules(onlyWelcomes.build()).build()).build();
        List<Activity> invites = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            invites.add(Activity.builder(ActivityType.CONNECTION_INVITE_ACCEPTED, AS_OF.minus(Duration.ofDays(4L * k + 1)))
                    .id("invite-" + k).contact(contact(k)).build());
        }
        Advice advice = welcoming.advise(profile, invites, AS_OF);
        assertThat(advice.recommendations()).as("advice that names contacts").anySatisfy(r -> assertThat(r.subjects())
                .anySatisfy(s -> assertThat(s).contains(CONTACT)));
        List<SsiScore> team = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            team.add(CALC.score(profile("member-" + i), log.subList(0, 10 * i), AS_OF));
        }
        Cohort cohort = Cohort.of("team", team);
        Cohort small = Cohort.of("small", team.subList(0, 3));
        SsiCalculator lenient = SsiCalculator.builder().rules(withPlugin()).build();
        SsiScore failed = lenient.score(profile, log, AS_OF);
        assertThat(failed.failures()).isNotEmpty();
        List<BatchResult> batch = SsiCalculator.builder().rules(withPlugin()).strict(true).build()
                .scoreAll(List.of(MemberInput.of(profile, log)), AS_OF);
        assertThat(batch.get(0).failure()).isPresent();
        List<Object> compact = new ArrayList<>();
        StreamingBatch streaming = StreamingBatch.builder(CALC).asOf(AS_OF).build();
        Object progress = streaming.run(List.of(MemberInput.of(profile, log)), m -> m, r -> compact.add(r));
        ScoringContext context = ScoringContext.of(profile, log, AS_OF);
        CompactResult stored = CompactResult.of(batch.get(0), CALC.modelVersion());
        List<Object> seenByGenerators = new ArrayList<>();
        SsiAdvisor capturing = SsiAdvisor.builder().calculator(CALC)
                .generators(ADVISOR.generators().stream().map(g -> capturing(g, seenByGenerators)).toList()).build();
        capturing.advise(profile, log, AS_OF);
        assertThat(seenByGenerators).isNotEmpty();

        for (Object o : List.of(profile, profile.toBuilder(), log, MemberInput.of(profile, log), score, history,
                advice, CALC, ADVISOR, TrendPolicy.standard(), TrendPolicy.standard().trends(history), cohort,
                cohort.statistics().orElseThrow(), cohort.statistics().orElseThrow().leaderboard(),
                small, small.withheldBecause(), failed, batch, compact, progress, streaming, context,
                BandThresholds.standard(), Contact.builder(CONTACT), Activity.builder(ActivityType.POST_LIKED, AS_OF),
                SsiCalculator.builder(), SsiAdvisor.builder(), Cohort.builder("team"), TrendPolicy.builder(),
                StreamingBatch.builder(CALC), stored, seenByGenerators, CALC.options(), new io.ssi.rules.StandardModel(),
                io.ssi.rules.StandardModel.builder(), io.ssi.core.Coverage.full(), io.ssi.core.Coverage.builder(),
                io.ssi.core.Coverage.of(Set.of(ActivityType.MESSAGE_SENT)),
                Suggestion.builder(Pillar.BUILD_RELATIONSHIPS, "relationships.x"))) {
            assertPrintsNoMarker("result", o);
        }
        List<Row> rows = crmRows();
        MappedActivities mapped = ActivityRows.salesforceTasks().map(rows, owner -> Optional.of(ZONE));
        assertThat(mapped.report().unmapped().keySet()).as("an unmapped subject kept whole, for the caller")
                .anySatisfy(k -> assertThat(k).contains(CONTACT));
        assertThat(mapped.report().rejected().keySet()).as("a status cell quoted, for the caller")
                .anySatisfy(k -> assertThat(k).contains(HEADLINE));
        assertThat(mapped.all()).as("mapped activities with the marked contacts")
                .anySatisfy(a -> assertThat(a.contact().orElseThrow().id()).contains(CONTACT));
        SsiScore fromCrm = CALC.score(profile, mapped.activitiesOf("member-1"), AS_OF);
        TypeTable subjects = ActivityRows.salesforceTaskSubjects();
        for (Object o : List.of(rows, mapped, mapped.report(), mapped.all(), fromCrm, subjects, subjects.toBuilder(),
                TypeTable.builder().exact(HEADLINE, ActivityType.POST_PUBLISHED), ActivityRows.salesforceTasks(),
                ActivityRows.salesforceTasks().toBuilder(), ActivityRows.hubSpotLinkedInMessages(),
                ActivityRows.builder("Id", "Subject", "OwnerId", subjects))) {
            assertPrintsNoMarker("mapping", o);
        }
        assertThat(JobTitles.seniority(JOB_TITLE)).isNotNull();
        assertThat(SalesforceIds.canonical(CONTACT)).isEqualTo(CONTACT);
        for (Object o : figures) {
            assertPrintsNoMarker("figures", o);
        }
        for (Object o : ADVISOR.generators()) {
            assertPrintsNoMarker("generator", o);
        }
        for (Object o : CALC.rules()) {
            assertPrintsNoMarker("rule", o);
        }

        assertThat(unprinted()).as("public classes of ssi-core with no instance printed: add them to this test"
                + " and to the README's privacy table").isEmpty();
    }

    /** A generator that hands the advisor what {@code g} suggests, and keeps its context and suggestions. */
    private static RecommendationGenerator capturing(RecommendationGenerator g, List<Object> seen) {
        return new RecommendationGenerator() {
            @Override
            public String id() {
                return "capturing." + g.id();
            }

            @Override
            public Set<String> codes() {
                return g.codes();
            }

            @Override
            public ResourceBundle messages(Locale locale) {
                return g.messages(locale);
            }

            @Override
            public List<Suggestion> suggest(AdviceContext context) {
                List<Suggestion> suggestions = g.suggest(context);
                seen.add(context);
                seen.addAll(suggestions);
                return suggestions;
            }
        };
    }

    /**
     * The figures a history of the member hands a rule that writes them: the standard likes rule,
     * which here also reads the instant scored, so that its reads move every day and it runs
     * unrecorded on most of them.
     */
    private static List<FiguresRule.Figures> figuresHandedOut(MemberProfile profile, List<Activity> log,
                                                              LocalDate today) {
        FiguresRule likes = (FiguresRule) StandardModel.rule("engage.likes").orElseThrow();
        List<FiguresRule.Figures> seen = new ArrayList<>();
        FiguresRule capturing = new FiguresRule() {
            @Override
            public String id() {
                return likes.id();
            }

            @Override
            public Pillar pillar() {
                return likes.pillar();
            }

            @Override
            public double maxPoints() {
                return likes.maxPoints();
            }

            @Override
            public RuleContribution evaluate(ScoringContext context) {
                context.asOf();
                return likes.evaluate(context);
            }

            @Override
            public boolean writeFigures(ScoringContext context, Figures figures) {
                seen.add(figures);
                context.asOf();
                return likes.writeFigures(context, figures);
            }
        };
        SsiCalculator.builder().rules(List.of(capturing)).build().history(profile, log, today.minusDays(40), today);
        return seen;
    }

    /** The public classes and interfaces of ssi-core that no printed object is an instance of. */
    private Set<String> unprinted() throws URISyntaxException, java.io.IOException {
        Path root = Path.of(SsiCalculator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> missing = new TreeSet<>();
        List<String> classes = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> classes.add(root.relativize(f)
                        .toString()));
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(classes::add);
            }
        }
        assertThat(classes).as("ssi-core's classes, in %s", root).isNotEmpty();
        for (String file : classes) {
            String name = file.replace('/', '.').replace(".class", "");
            if (name.contains("internal") || name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> c;
            try {
                c = Class.forName(name, false, SsiCalculator.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()
                    || c.isAnnotation() || c.getDeclaringClass() != null && !Modifier.isPublic(
                    c.getDeclaringClass().getModifiers())) {
                continue;
            }
            if (c.isEnum()) {
                continue; // constants print their names
            }
            if (STATIC_ONLY.contains(c.getSimpleName())) {
                assertThat(c.getConstructors()).as("%s has no instances to print", c.getName()).isEmpty();
                assertThat(Arrays.stream(c.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())))
                        .as("%s has only static methods, whose exceptions are checked below", c.getName())
                        .allMatch(m -> Modifier.isStatic(m.getModifiers()));
                continue;
            }
            if (!printedClasses.contains(c) && !EXCEPTIONS_ONLY.contains(c.getSimpleName())) {
                missing.add(c.getName());
            }
        }
        return missing;
    }

    /** Public classes of static methods only, whose messages the exception paths below check. */
    private static final Set<String> STATIC_ONLY = Set.of("CrmValues", "JobTitles", "SalesforceIds");

    /** Public types whose instances the exception paths below print. */
    private static final Set<String> EXCEPTIONS_ONLY = Set.of("RuleEvaluationException");

    static Stream<Arguments> exceptionPaths() {
        MemberProfile profile = profile("member-1");
        List<Activity> log = log();
        SsiScore score = CALC.score(profile, log, AS_OF);
        SsiScore other = CALC.score(profile("member-2"), log, AS_OF);
        SsiCalculator strict = SsiCalculator.builder().rules(withPlugin()).strict(true).build();
        LocalDate today = LocalDate.ofInstant(AS_OF, ZONE);
        List<Activity> withNull = new ArrayList<>(log);
        withNull.add(3, null);
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();
        return Stream.of(
                arguments("a negative count", (ThrowingCallable) () -> profile.toBuilder().connections(-3).build()),
                arguments("more decision makers than connections",
                        (ThrowingCallable) () -> profile.toBuilder().decisionMakerConnections(301).build()),
                arguments("a blank member id", (ThrowingCallable) () -> MemberProfile.builder(" ").headline(HEADLINE).build()),
                arguments("a null headline", (ThrowingCallable) () -> profile.toBuilder().headline(null).build()),
                arguments("a contact's bad degree", (ThrowingCallable) () -> Contact.builder(CONTACT).degree(7).build()),
                arguments("a contact's null seniority",
                        (ThrowingCallable) () -> Contact.builder(CONTACT).seniority(null).build()),
                arguments("negative engagement", (ThrowingCallable) () -> Activity.builder(ActivityType.POST_PUBLISHED,
                        AS_OF).id("r").contact(contact(1)).engagement(-1).build()),
                arguments("a null activity", (ThrowingCallable) () -> CALC.score(profile, withNull, AS_OF)),
                arguments("asOf out of range", (ThrowingCallable) () -> CALC.score(profile, log, Instant.MAX)),
                arguments("a reversed history", (ThrowingCallable) () -> CALC.history(profile, log, today, today.minusDays(1))),
                arguments("a history too long",
                        (ThrowingCallable) () -> CALC.history(profile, log, today.minusDays(5000), today)),
                arguments("a history past year 9999",
                        (ThrowingCallable) () -> CALC.history(profile, log, LocalDate.of(9999, 12, 30), LocalDate.of(10000, 1, 2))),
                arguments("the end of LocalDate.MAX", (ThrowingCallable) () -> SsiCalculator.endOfDay(LocalDate.MAX, ZONE)),
                arguments("a plugin failing in strict mode", (ThrowingCallable) () -> strict.score(profile, log, AS_OF)),
                arguments("a plugin failing in a strict history",
                        (ThrowingCallable) () -> strict.history(profile, log, today.minusDays(2), today)),
                arguments("advice on another member's score", (ThrowingCallable) () -> ADVISOR.advise(other, profile, log)),
                arguments("advice on a score of other inputs",
                        (ThrowingCallable) () -> ADVISOR.advise(score, profile, log.subList(0, 20))),
                arguments("an empty cohort", (ThrowingCallable) () -> Cohort.of("team", List.of())),
                arguments("a member twice in a cohort", (ThrowingCallable) () -> Cohort.of("team", List.of(score, score))),
                arguments("an empty trend", (ThrowingCallable) () -> TrendPolicy.standard().trend(List.of(), 7)),
                arguments("a trend of two members",
                        (ThrowingCallable) () -> TrendPolicy.standard().trend(List.of(score, other), 1)),
                arguments("a batch on a stopped executor",
                        (ThrowingCallable) () -> CALC.scoreAll(List.of(MemberInput.of(profile, log)), m -> m, AS_OF, stopped)),
                arguments("a bad window", (ThrowingCallable) () -> SsiCalculator.builder().window(Duration.ofHours(5))),
                arguments("a bad streaming batch",
                        (ThrowingCallable) () -> StreamingBatch.builder(CALC).maxInFlight(0)),
                arguments("a recommendation with a negative gain", (ThrowingCallable) () -> new Recommendation(
                        Pillar.BUILD_RELATIONSHIPS, "x", "m", "e", -1, List.of(), Optional.empty(), 0,
                        List.of(CONTACT), java.util.Locale.ENGLISH)),
                arguments("a context query with a null account",
                        (ThrowingCallable) () -> ScoringContext.of(profile, log, AS_OF).newConnectionsAt(null)),
                arguments("a headline read as a count",
                        (ThrowingCallable) () -> CrmValues.count("LinkedIn_Headline_Length__c", HEADLINE)),
                arguments("a summary read as a count",
                        (ThrowingCallable) () -> CrmValues.count("LinkedIn_Summary_Length__c", SUMMARY)),
                arguments("a contact id read as a count",
                        (ThrowingCallable) () -> CrmValues.count("LinkedIn_Connections__c", CONTACT)),
                arguments("a job title read as a time",
                        (ThrowingCallable) () -> CrmValues.instant("ActivityDate", JOB_TITLE, ZONE)),
                arguments("a headline read as a time",
                        (ThrowingCallable) () -> CrmValues.instant("CreatedDate", HEADLINE, ZONE)),
                arguments("a null title", (ThrowingCallable) () -> JobTitles.seniority(null)),
                arguments("a row with a null cell", (ThrowingCallable) () -> Row.of(new java.util.HashMap<>(
                        java.util.Collections.singletonMap("Who.Title", null)))),
                arguments("a report that does not add up", (ThrowingCallable) () -> new MappingReport(3,
                        Map.of(), Map.of(HEADLINE, 1), Map.of(), 0, 0, 0, 0, 0, 0, 0)),
                arguments("a mapping with no time column", (ThrowingCallable) () -> ActivityRows.builder("Id",
                        "Subject", "OwnerId", ActivityRows.salesforceTaskSubjects()).build()),
                arguments("a blank type table entry",
                        (ThrowingCallable) () -> TypeTable.builder().exact(" ", ActivityType.POST_LIKED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exceptionPaths")
    void noExceptionPathCarriesAMarker(String path, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(path).isNotNull();
        assertThat(thrown).as(path).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class,
                IllegalStateException.class, java.util.concurrent.RejectedExecutionException.class,
                RuleEvaluationException.class);
        assertThat(thrown.getMessage()).as(path + ": a message").isNotBlank();
        assertThrowableClean(path, thrown);
    }

    @Test
    void aBatchFailureCarriesNoMarkerEither() {
        SsiCalculator strict = SsiCalculator.builder().rules(withPlugin()).strict(true).build();
        BatchResult r = strict.scoreAll(List.of(MemberInput.of(profile("member-1"), log())), AS_OF).get(0);
        assertThrowableClean("batch failure", r.failure().orElseThrow());
        assertNoMarker("batch result", r.toString());
    }
}
