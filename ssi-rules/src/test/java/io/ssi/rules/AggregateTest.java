package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ContactFacet;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each kind of aggregate is made of, what planned activity it reads (the advice asks it
 * which activities would raise it), and when two aggregates are the same. Their figures are
 * checked through the rules that measure them.
 */
final class AggregateTest {

    @Test
    void eachFactoryGivesItsKindTypesInOrderAndFacet() {
        Aggregate rate = Aggregate.rate(POST_COMMENTED, POST_LIKED, MESSAGE_SENT);
        assertThat(rate.kind()).isEqualTo(Aggregate.Kind.RATE);
        assertThat(rate.types()).containsExactly(POST_COMMENTED, POST_LIKED, MESSAGE_SENT);
        assertThat(rate.facet()).isEqualTo(ContactFacet.ANY);
        assertThat(rate.perItem()).isInfinite();
        assertThat(Aggregate.rate(POST_LIKED).types()).containsExactly(POST_LIKED);

        Aggregate decisionMakers = Aggregate.rate(MESSAGE_SENT, ContactFacet.DECISION_MAKER);
        assertThat(decisionMakers.types()).containsExactly(MESSAGE_SENT);
        assertThat(decisionMakers.facet()).isEqualTo(ContactFacet.DECISION_MAKER);
        Aggregate targets = Aggregate.rate(ContactFacet.TARGET_ACCOUNT, INMAIL_SENT, MESSAGE_SENT);
        assertThat(targets.types()).containsExactly(INMAIL_SENT, MESSAGE_SENT);
        assertThat(targets.facet()).isEqualTo(ContactFacet.TARGET_ACCOUNT);

        Aggregate engagement = Aggregate.engagement(VIDEO_PUBLISHED, POST_PUBLISHED);
        assertThat(engagement.kind()).isEqualTo(Aggregate.Kind.ENGAGEMENT);
        assertThat(engagement.types()).containsExactly(VIDEO_PUBLISHED, POST_PUBLISHED);

        Aggregate content = Aggregate.content(2.5, POST_PUBLISHED, ARTICLE_PUBLISHED);
        assertThat(content.kind()).isEqualTo(Aggregate.Kind.CONTENT);
        assertThat(content.perItem()).isEqualTo(2.5);
        assertThat(content.types()).containsExactly(POST_PUBLISHED, ARTICLE_PUBLISHED);

        Aggregate welcomed = Aggregate.welcomed();
        assertThat(welcomed.kind()).isEqualTo(Aggregate.Kind.WELCOMED);
        assertThat(welcomed.types()).containsExactly(WELCOME_MESSAGE_SENT, CONNECTION_REQUEST_ACCEPTED,
                CONNECTION_INVITE_ACCEPTED);

        Aggregate days = Aggregate.activeDays(Set.of(POST_LIKED, POST_PUBLISHED, MESSAGE_SENT));
        assertThat(days.kind()).isEqualTo(Aggregate.Kind.ACTIVE_DAYS);
        assertThat(days.types()).as("in the order of ActivityType").containsExactly(POST_PUBLISHED, POST_LIKED,
                MESSAGE_SENT);
    }

    @Test
    void contentNeedsAPositiveEngagementPerItem() {
        for (double bad : new double[] {0, -1, Double.NaN}) {
            assertThatThrownBy(() -> Aggregate.content(bad, POST_PUBLISHED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("perItem of an aggregate must be > 0, but was " + bad);
        }
        assertThat(Aggregate.content(Double.MIN_VALUE, POST_PUBLISHED).perItem()).isEqualTo(Double.MIN_VALUE);
        assertThatThrownBy(() -> Aggregate.activeDays(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("types");
        assertThatThrownBy(() -> Aggregate.rate((ActivityType) null, POST_LIKED)).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }

    @Test
    void anAggregateReadsThePlannedActivityThatWouldRaiseIt() {
        Aggregate rate = Aggregate.rate(POST_LIKED, POST_COMMENTED);
        assertThat(rate.reads(POST_LIKED, ContactFacet.ANY)).isTrue();
        assertThat(rate.reads(POST_COMMENTED, ContactFacet.DECISION_MAKER)).as("any contact counts").isTrue();
        assertThat(rate.reads(MESSAGE_SENT, ContactFacet.ANY)).isFalse();

        Aggregate decisionMakers = Aggregate.rate(MESSAGE_SENT, ContactFacet.DECISION_MAKER);
        assertThat(decisionMakers.reads(MESSAGE_SENT, ContactFacet.DECISION_MAKER)).isTrue();
        assertThat(decisionMakers.reads(MESSAGE_SENT, ContactFacet.ANY)).as("a contact of no facet").isFalse();
        assertThat(decisionMakers.reads(MESSAGE_SENT, ContactFacet.TARGET_ACCOUNT)).isFalse();
        assertThat(decisionMakers.reads(INMAIL_SENT, ContactFacet.DECISION_MAKER)).isFalse();

        assertThat(Aggregate.engagement(POST_PUBLISHED).reads(POST_PUBLISHED, ContactFacet.ANY))
                .as("more content alone draws no engagement").isFalse();
        assertThat(Aggregate.content(3, POST_PUBLISHED).reads(POST_PUBLISHED, ContactFacet.ANY)).isTrue();

        Aggregate welcomed = Aggregate.welcomed();
        assertThat(welcomed.reads(WELCOME_MESSAGE_SENT, ContactFacet.ANY)).isTrue();
        assertThat(welcomed.reads(CONNECTION_REQUEST_ACCEPTED, ContactFacet.ANY))
                .as("a new connection is not a welcome").isFalse();
        assertThat(welcomed.reads(MESSAGE_SENT, ContactFacet.ANY)).isFalse();

        Aggregate days = Aggregate.activeDays(EnumSet.of(POST_LIKED));
        assertThat(days.reads(POST_LIKED, ContactFacet.OUT_OF_NETWORK)).isTrue();
        assertThat(days.reads(POST_PUBLISHED, ContactFacet.ANY)).isFalse();
    }

    @Test
    void aggregatesAreEqualWhenKindTypesFacetAndPerItemAre() {
        Aggregate a = Aggregate.content(2, POST_PUBLISHED, ARTICLE_PUBLISHED);
        assertThat(a).isEqualTo(Aggregate.content(2, POST_PUBLISHED, ARTICLE_PUBLISHED))
                .hasSameHashCodeAs(Aggregate.content(2, POST_PUBLISHED, ARTICLE_PUBLISHED));
        List<Aggregate> others = List.of(
                Aggregate.content(3, POST_PUBLISHED, ARTICLE_PUBLISHED),
                Aggregate.content(2, ARTICLE_PUBLISHED, POST_PUBLISHED),
                Aggregate.rate(POST_PUBLISHED, ARTICLE_PUBLISHED),
                Aggregate.rate(ContactFacet.DECISION_MAKER, POST_PUBLISHED, ARTICLE_PUBLISHED),
                Aggregate.engagement(POST_PUBLISHED, ARTICLE_PUBLISHED));
        for (Aggregate other : others) {
            assertThat(a).as(other.toString()).isNotEqualTo(other);
            assertThat(a.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        assertThat(Aggregate.rate(POST_PUBLISHED, ARTICLE_PUBLISHED))
                .isNotEqualTo(Aggregate.rate(ContactFacet.DECISION_MAKER, POST_PUBLISHED, ARTICLE_PUBLISHED))
                .isEqualTo(Aggregate.rate(ContactFacet.ANY, POST_PUBLISHED, ARTICLE_PUBLISHED));
        assertThat(a).isNotEqualTo("CONTENT[POST_PUBLISHED, ARTICLE_PUBLISHED] per item 2.0");
        assertThat(a).hasToString("CONTENT[POST_PUBLISHED, ARTICLE_PUBLISHED] per item 2.0");
        assertThat(Aggregate.rate(MESSAGE_SENT, ContactFacet.DECISION_MAKER))
                .hasToString("RATE[MESSAGE_SENT] DECISION_MAKER");
    }
}
