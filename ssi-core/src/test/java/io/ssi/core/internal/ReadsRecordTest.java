package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record of reads over its life: it grows past its first arrays, a record made anew forgets
 * what the last one read, the profile-only test and the footprint look at this record's reads
 * alone, and reads of several types or of the target accounts are compared as they were made.
 */
final class ReadsRecordTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");

    private static WindowContext context(MemberProfile member, int likes) {
        long lastDay = ActivityIndex.localDay(member, CUTOFF);
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < likes; i++) {
            log.add(Activity.builder(ActivityType.POST_LIKED, CUTOFF.minusSeconds(86_400L * i)).id("like-" + i).build());
        }
        log.add(Activity.builder(ActivityType.POST_PUBLISHED, CUTOFF.minusSeconds(86_400L * 3)).id("post").build());
        return Window.full(ActivityIndex.build(member, log, lastDay - 89, 90, CUTOFF, true), ScoringOptions.defaults())
                .snapshot(CUTOFF);
    }

    private static MemberProfile member(String... targets) {
        return MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).targetAccounts(Set.of(targets)).build();
    }

    /** A context that is no {@link WindowContext} and answers as {@code delegate} does. */
    private static ScoringContext foreign(ScoringContext delegate) {
        return (ScoringContext) Proxy.newProxyInstance(ScoringContext.class.getClassLoader(),
                new Class<?>[] {ScoringContext.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aRecordGrowsPastItsFirstArraysAndKeepsEveryRead() {
        WindowContext base = context(member(), 4);
        Reads.Recorder recorder = Reads.recorder(base);
        int reads = 0;
        for (ActivityType type : ActivityType.values()) {
            for (ContactFacet facet : ContactFacet.values()) {
                recorder.count(type, facet);
                reads++;
            }
        }
        recorder.count(ActivityType.POST_LIKED);
        reads++;
        Reads record = recorder.reads();
        assertThat(reads).isGreaterThan(32);
        assertThat(record.size()).isEqualTo(reads);
        assertThat(record.sameIn(context(member(), 4))).isTrue();
        assertThat(record.sameIn(context(member(), 5))).as("the last read differs").isFalse();
        // A recorder describes itself as the context it wraps, which names no personal data.
        assertThat(base.toString()).isEqualTo("ScoringContext[asOf=2026-11-30T23:59:59Z, windowDays=90,"
                + " halfLifeDays=30.0, taperDays=10]");
        assertThat(recorder.toString()).isEqualTo(base.toString());
    }

    @Test
    void aRecordMadeAnewLooksOnlyAtItsOwnReads() {
        WindowContext base = context(member(), 4);
        Reads record = Reads.empty();
        Reads.Recorder recorder = record.record(base);
        recorder.profile();
        recorder.count(ActivityType.POST_LIKED);
        recorder.weeklyRate(ActivityType.POST_LIKED);
        assertThat(record.onlyProfileAndOptions()).isFalse();
        Footprint likes = new Footprint();
        likes.slot(ActivityType.POST_LIKED.ordinal() * ActivityIndex.F);
        assertThat(record.footprint(Footprint.TARGET_ACCOUNTS).meets(likes)).isTrue();

        // The same record, made anew with reads of the profile and the options alone.
        record.record(base).profile();
        recorder.windowDays();
        recorder.halfLifeDays();
        recorder.dailyCap();
        recorder.taperDays();
        assertThat(record.size()).isEqualTo(5);
        assertThat(record.onlyProfileAndOptions()).isTrue();
        assertThat(record.footprint(Footprint.TARGET_ACCOUNTS).meets(likes)).isFalse();
        Footprint targets = new Footprint();
        targets.profile(Footprint.TARGET_ACCOUNTS);
        assertThat(record.footprint(Footprint.TARGET_ACCOUNTS).meets(targets)).isTrue();
        assertThat(record.footprint().meets(targets)).isTrue();
        Footprint otherPart = new Footprint();
        otherPart.profile(Footprint.TARGET_ACCOUNTS << 1);
        assertThat(record.footprint(Footprint.TARGET_ACCOUNTS).meets(otherPart)).isFalse();
        assertThat(record.sameIn(context(member(), 9))).isTrue();

        // Made anew with nothing read, after a record whose first read was a count: nothing of
        // before is left.
        record.record(base).count(ActivityType.POST_LIKED);
        assertThat(record.onlyProfileAndOptions()).isFalse();
        record.record(base);
        assertThat(record.size()).isZero();
        assertThat(record.onlyProfileAndOptions()).isTrue();
        assertThat(record.footprint().meets(targets)).isFalse();
        assertThat(record.footprint().meets(likes)).isFalse();
    }

    @Test
    void readsOfSeveralTypesAreComparedAsTheyWereMadeInAnyContext() {
        Set<ActivityType> types = Set.of(ActivityType.POST_LIKED, ActivityType.POST_PUBLISHED);
        ScoringContext base = foreign(context(member(), 4));
        Reads.Recorder recorder = Reads.recorder(base);
        assertThat(recorder.activeDays(types)).as("the post lies on a day with likes").isEqualTo(4);
        assertThat(recorder.weeklyActiveDays(types)).isPositive();
        Reads record = recorder.reads();
        assertThat(record.sameIn(foreign(context(member(), 4)))).isTrue();
        assertThat(record.sameIn(context(member(), 4))).isTrue();
        assertThat(record.sameIn(foreign(context(member(), 6)))).isFalse();
    }

    @Test
    void theTargetAccountsWithNewConnectionsDependOnTheProfilesTargets() {
        Reads.Recorder recorder = Reads.recorder(context(member("acme"), 1));
        assertThat(recorder.targetAccountsWithNewConnections(1)).isZero();
        Reads record = recorder.reads();
        assertThat(record.sameIn(context(member("acme"), 2))).isTrue();
        // No connections in either, so the count is 0 in both; but the targets differ.
        assertThat(context(member("globex"), 1).targetAccountsWithNewConnections(1)).isZero();
        assertThat(record.sameIn(context(member("globex"), 1))).isFalse();
        // It touches the target accounts even for a rule whose profile reads name no part of it.
        Footprint targets = new Footprint();
        targets.profile(Footprint.TARGET_ACCOUNTS);
        assertThat(record.footprint(0L).meets(targets)).isTrue();
    }
}
