package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ScoringContext#activeDaysOf(ActivityType)}: the active days of one type are those of the
 * set of that type, in the engine's context, through the recorder and by
 * the SPI's default.
 */
final class ActiveDaysOfOneTypeTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).build();

    /** Likes on {@code likeDays} days (two on each), comments on every third of them, a post. */
    private static WindowContext context(int likeDays) {
        long lastDay = ActivityIndex.localDay(MEMBER, CUTOFF);
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < likeDays; i++) {
            Instant day = CUTOFF.minusSeconds(86_400L * i);
            log.add(Activity.builder(ActivityType.POST_LIKED, day).id("like-" + i).build());
            log.add(Activity.builder(ActivityType.POST_LIKED, day.minusSeconds(60)).id("like-b-" + i).build());
            if (i % 3 == 0) {
                log.add(Activity.builder(ActivityType.POST_COMMENTED, day).id("comment-" + i).build());
            }
        }
        log.add(Activity.builder(ActivityType.POST_PUBLISHED, CUTOFF.minusSeconds(86_400L * 3)).id("post").build());
        return Window.full(ActivityIndex.build(MEMBER, log, lastDay - 89, 90, CUTOFF, true), ScoringOptions.defaults())
                .snapshot(CUTOFF);
    }

    @Test
    void theEngineCountsTheDaysOfOneTypeAsOfItsSet() {
        WindowContext c = context(10);
        assertThat(c.activeDaysOf(ActivityType.POST_LIKED)).isEqualTo(10);
        assertThat(c.activeDaysOf(ActivityType.POST_COMMENTED)).isEqualTo(4);
        assertThat(c.activeDaysOf(ActivityType.POST_PUBLISHED)).isEqualTo(1);
        for (ActivityType t : ActivityType.values()) {
            assertThat(c.activeDaysOf(t)).as(t.name()).isEqualTo(c.activeDays(EnumSet.of(t)));
        }
    }

    @Test
    void aMissingTypeIsNamed() {
        assertThatThrownBy(() -> context(1).activeDaysOf(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type");
    }

    @Test
    void theRecorderRecordsTheDaysOfTheType() {
        Reads.Recorder recorder = Reads.recorder(context(10));
        assertThat(recorder.activeDaysOf(ActivityType.POST_COMMENTED)).isEqualTo(4);
        Reads reads = recorder.reads();
        assertThat(reads.size()).isEqualTo(1);
        assertThat(reads.sameIn(context(10))).isTrue();
        assertThat(reads.sameIn(context(9))).as("comments on 3 days").isFalse();
        assertThat(reads.sameIn(context(12))).as("comments on 4 days, more likes").isTrue();
        assertThat(reads.sameIn(context(13))).as("comments on 5 days").isFalse();
        Footprint f = reads.footprint();
        Footprint comments = new Footprint();
        comments.days(1 << ActivityType.POST_COMMENTED.ordinal());
        Footprint likes = new Footprint();
        likes.days(1 << ActivityType.POST_LIKED.ordinal());
        assertThat(f.meets(comments)).isTrue();
        assertThat(f.meets(likes)).isFalse();
    }

    @Test
    void theRecorderAsksAForeignContextForTheType() {
        InvocationHandler h = (proxy, method, args) -> switch (method.getName()) {
            case "activeDaysOf" -> args[0] == ActivityType.POST_SHARED ? 5 : 0;
            default -> throw new AssertionError("asked " + method.getName());
        };
        ScoringContext foreign = (ScoringContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScoringContext.class}, h);
        Reads.Recorder recorder = Reads.recorder(foreign);
        assertThat(recorder.activeDaysOf(ActivityType.POST_SHARED)).isEqualTo(5);
        assertThat(recorder.reads().sameIn(foreign)).isTrue();
    }

    @Test
    void theDefaultAsksTheSetOfThatOneType() {
        List<Object> asked = new ArrayList<>();
        InvocationHandler h = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("activeDays")) {
                asked.add(args[0]);
                return 6;
            }
            throw new AssertionError("asked " + method.getName());
        };
        ScoringContext c = (ScoringContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScoringContext.class}, h);
        assertThat(c.activeDaysOf(ActivityType.GROUP_JOINED)).isEqualTo(6);
        assertThat(asked).containsExactly(EnumSet.of(ActivityType.GROUP_JOINED));
    }
}
