package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard model scores a headline and summary given as lengths exactly as the text itself. */
final class LengthOnlyProfileTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");

    @Test
    void lengthsScoreLikeTextOfThatLength() {
        String headline = "Account Executive | I help finance teams close their books in days, not weeks";
        String summary = "s".repeat(420);
        MemberProfile text = MemberProfile.builder("m").jobTitle("Account Executive").headline(headline)
                .summary(summary).hasPhoto(true).build();
        MemberProfile lengths = MemberProfile.builder("m").jobTitle("Account Executive")
                .headlineLength(headline.length()).summaryLength(summary.length()).hasPhoto(true).build();
        SsiCalculator calc = SsiCalculator.standard();
        SsiScore a = calc.score(text, List.of(), AS_OF);
        SsiScore b = calc.score(lengths, List.of(), AS_OF);
        assertThat(b.total()).isEqualTo(a.total()).isGreaterThan(calc.score(
                MemberProfile.builder("m").hasPhoto(true).build(), List.of(), AS_OF).total());
        assertThat(b.pillars()).isEqualTo(a.pillars());
    }
}
