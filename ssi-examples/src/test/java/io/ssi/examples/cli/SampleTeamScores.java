package io.ssi.examples.cli;

import io.ssi.core.SsiAdvisor;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sample team scored once for the report tests, with names, as the command line does. */
final class SampleTeamScores {

    private static TeamScores scores;

    private SampleTeamScores() {
    }

    static synchronized TeamScores get() {
        if (scores == null) {
            List<MemberInput> in = new ArrayList<>();
            for (SampleMember m : SampleTeam.members()) {
                in.add(new MemberInput(m.profile(), SampleTeam.name(m.profile().id()), m.activities()));
            }
            scores = TeamScores.score(in, AsOf.instant(SampleTeam.AS_OF),
                    SsiAdvisor.builder().discoverGenerators().locale(Locale.ENGLISH).build(),
                    SsiCommand.SAMPLE_PRIVACY_FLOOR, List.of(), n -> { });
        }
        return scores;
    }
}
