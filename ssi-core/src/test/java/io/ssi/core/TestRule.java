package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * A small rule for tests. ssi-core ships no rules, so its tests define their own: well-behaved
 * ones that turn one aggregate into points, and badly-behaved ones that throw or return what
 * a rule must not.
 */
final class TestRule implements ScoringRule {

    private final String id;
    private final Pillar pillar;
    private final double maxPoints;
    private final BiFunction<ScoringRule, ScoringContext, RuleContribution> body;
    private final Optional<Coverage> reads;

    TestRule(String id, Pillar pillar, double maxPoints, BiFunction<ScoringRule, ScoringContext, RuleContribution> body) {
        this(id, pillar, maxPoints, body, Optional.empty());
    }

    private TestRule(String id, Pillar pillar, double maxPoints,
                     BiFunction<ScoringRule, ScoringContext, RuleContribution> body, Optional<Coverage> reads) {
        this.id = id;
        this.pillar = pillar;
        this.maxPoints = maxPoints;
        this.body = body;
        this.reads = reads;
    }

    /** The same rule, declaring that it reads only the activity types given. */
    TestRule reading(ActivityType... types) {
        return new TestRule(id, pillar, maxPoints, body, Optional.of(Coverage.builder().activities(types).build()));
    }

    /** Always awards the same points. */
    static TestRule constant(String id, Pillar pillar, double maxPoints, double points) {
        return new TestRule(id, pillar, maxPoints,
                (r, c) -> RuleContribution.of(r, points, Evidence.of(points, maxPoints, "points", "{points} of {max}")));
    }

    /** Awards {@code min(max, weeklyRate(type))}: one point per activity a week. */
    static TestRule weeklyRate(String id, Pillar pillar, double maxPoints, ActivityType type) {
        return measuring(id, pillar, maxPoints, c -> c.weeklyRate(type));
    }

    /** Awards {@code min(max, measured)} and keeps the measured figure in its evidence. */
    static TestRule measuring(String id, Pillar pillar, double maxPoints, ToDoubleFunction<ScoringContext> measure) {
        return new TestRule(id, pillar, maxPoints, (r, c) -> {
            double measured = measure.applyAsDouble(c);
            return RuleContribution.of(r, Math.min(maxPoints, measured),
                    Evidence.of(measured, maxPoints, "a week", "{measured} {unit}"));
        });
    }

    /** Throws whatever the supplier makes. */
    static TestRule throwing(String id, Pillar pillar, Supplier<? extends RuntimeException> failure) {
        return new TestRule(id, pillar, 5, (r, c) -> {
            throw failure.get();
        });
    }

    /** Returns whatever the function makes of this rule: a way to return invalid contributions. */
    static TestRule returning(String id, Pillar pillar, double maxPoints,
                              BiFunction<ScoringRule, ScoringContext, RuleContribution> body) {
        return new TestRule(id, pillar, maxPoints, body);
    }

    /** Hands the context it is given to {@code sink}, for tests of the engine's aggregates. */
    static TestRule capturing(AtomicReference<ScoringContext> sink) {
        return new TestRule("test.capture", Pillar.FIND_RIGHT_PEOPLE, 1, (r, c) -> {
            sink.set(c);
            return RuleContribution.notApplicable(r, Evidence.of(0, 0, "", "captured"));
        });
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Pillar pillar() {
        return pillar;
    }

    @Override
    public double maxPoints() {
        return maxPoints;
    }

    @Override
    public Coverage reads() {
        return reads.orElseGet(ScoringRule.super::reads);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        return body.apply(this, context);
    }

    @Override
    public String toString() {
        return "TestRule[" + id + "]";
    }
}
