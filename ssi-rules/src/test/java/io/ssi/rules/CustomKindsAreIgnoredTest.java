package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.Contact;
import io.ssi.core.Seniority;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.longRange;

/**
 * The standard model reads no custom kind: calls, emails and Smart Link views that a plugin
 * puts into the log change no pillar, whatever they are and wherever they fall.
 */
final class CustomKindsAreIgnoredTest {

    private static final String[] KINDS = {"call", "email", "note", "smart-link-view", "inmail-declined"};

    @Test
    void customRowsChangeNoPillarOfTheStandardModel() {
        qt().withExamples(Examples.of(60)).forAll(Generators.inputs(), longRange(Long.MIN_VALUE, Long.MAX_VALUE))
                .checkAssert((input, seed) -> {
                    Random random = new Random(seed);
                    List<Activity> log = new ArrayList<>(input.activities());
                    for (int i = 0; i < 1 + random.nextInt(60); i++) {
                        Activity.Builder b = Activity.custom(KINDS[random.nextInt(KINDS.length)],
                                input.asOf().minusSeconds(random.nextInt(120 * 86_400))).id("custom-" + i);
                        if (random.nextBoolean()) {
                            b.contact(Contact.builder("custom-contact-" + random.nextInt(5))
                                    .seniority(Seniority.values()[random.nextInt(Seniority.values().length)])
                                    .accountId("acme").degree(random.nextInt(4)).build());
                        }
                        log.add(b.build());
                    }
                    Collections.shuffle(log, random);
                    SsiScore original = Models.score(input);
                    SsiScore withCustom = Models.score(input.withActivities(log));

                    assertThat(withCustom.pillars()).isEqualTo(original.pillars());
                    assertThat(withCustom.total()).isEqualTo(original.total());
                });
    }
}
