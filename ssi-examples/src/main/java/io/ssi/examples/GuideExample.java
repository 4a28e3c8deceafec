package io.ssi.examples;

import io.ssi.core.Recommendation;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The guide: a member's ranked recommendations in English, then in German with one message
 * replaced by the caller's own wording. The code between the README markers is the README's
 * example, word for word ({@code ReadmeSnippetsTest} checks it), and {@code ExamplesTest} runs it.
 */
public final class GuideExample {

    private GuideExample() {
    }

    /**
     * Prints the sample newcomer's band, top three recommendations in English, and the same in
     * German.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README:begin
        SsiCalculator calc = SsiCalculator.standard();
        SsiAdvisor advisor = SsiAdvisor.builder().discoverGenerators().calculator(calc).build(); // English
        SampleMember ben = SampleTeam.newcomer(SampleTeam.AS_OF); // stands for your CRM's profile and log
        SsiScore score = calc.score(ben.profile(), ben.activities(), SampleTeam.AS_OF);

        System.out.printf("SSI %.1f, %s: %s%n", score.total(), score.band(), advisor.describe(score.band()));
        List<Recommendation> recs = advisor.advise(score, ben.profile(), ben.activities()); // best first
        for (Recommendation r : recs.subList(0, 3)) {
            System.out.printf("+%.1f  %s  %s%n      %s%n", r.expectedGain(), r.pillar(), r.code(), r.message());
        }

        // The same advice in German, with one message in the caller's own words. Arguments as in
        // the shipped bundle: {0} the expected gain, {3} how many more a week.
        ResourceBundle ours = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"engage.comment-with-insight",
                        "Kommentieren Sie {3,number,0.#}-mal mehr pro Woche mit eigener Einsicht: +{0,number,0.0} Punkte."}};
            }
        };
        SsiAdvisor german = SsiAdvisor.builder().discoverGenerators().calculator(calc)
                .locale(Locale.GERMAN).messages(ours).build();
        System.out.println(german.describe(score.band()));
        for (Recommendation r : german.advise(score, ben.profile(), ben.activities()).subList(0, 3)) {
            System.out.printf("+%.1f  %s%n", r.expectedGain(), r.message());
        }
        // README:end
    }
}
