package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.ScoringOptions;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.Suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The greedy planner and the what-if machinery behind {@code SsiAdvisor}. Within a pillar it
 * picks first the suggestion with the largest gain, then the largest gain given that one is
 * followed, and so on, so that a pillar's gains add up to what following all of them adds.
 */
public final class Planner {

    /**
     * A suggestion the planner keeps, with its gain measured after the ones picked before it.
     *
     * @param suggestion the suggestion
     * @param gain       its expected gain in points
     */
    public record Pick(Suggestion suggestion, double gain) {
    }

    private final Evaluator evaluator;
    private final ScoringOptions options;
    private final double minGain;

    /**
     * @param evaluator the calculator's engine, whose rules measure the gains
     * @param options   the calculator's window, half-life and cap
     * @param minGain   gains below this are dropped
     */
    public Planner(Evaluator evaluator, ScoringOptions options, double minGain) {
        this.evaluator = evaluator;
        this.options = options;
        this.minGain = minGain;
    }

    /**
     * Picks the suggestions worth following, pillar by pillar.
     *
     * @param suggestions every suggestion, of any pillar
     * @param index       the member's one-pass index
     * @param profile     the member's profile
     * @param score       the score the suggestions improve
     * @return the picks, pillar by pillar in the order picked
     */
    public List<Pick> plan(List<Suggestion> suggestions, ActivityIndex index, MemberProfile profile, SsiScore score) {
        List<Pick> picks = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            WhatIf followed = new WhatIf(index, profile, score.asOf());
            double current = score.pillar(p).points();
            // Lazy greedy: a candidate's last measured gain bounds its gain once more advice is
            // followed (gains mostly shrink as a pillar fills), so only the candidate on top is
            // re-measured. Every gain reported is measured afresh against what came before it.
            List<Candidate> open = new ArrayList<>();
            for (Suggestion c : suggestions) {
                if (c.pillar() == p) {
                    open.add(new Candidate(c, followed.pillarPointsWith(c, p) - current, true));
                }
            }
            while (!open.isEmpty()) {
                open.sort(Candidate.ORDER);
                Candidate top = open.get(0);
                if (top.gain < minGain) {
                    break;
                }
                if (!top.fresh) {
                    open.set(0, new Candidate(top.suggestion, followed.pillarPointsWith(top.suggestion, p) - current,
                            true));
                    continue;
                }
                open.remove(0);
                followed = followed.following(top.suggestion);
                picks.add(new Pick(top.suggestion, top.gain));
                current += top.gain;
                open.replaceAll(c -> new Candidate(c.suggestion, c.gain, false));
            }
        }
        return picks;
    }

    /** A suggestion and its last measured gain; {@code fresh} if measured against the current state. */
    private record Candidate(Suggestion suggestion, double gain, boolean fresh) {
        static final Comparator<Candidate> ORDER = Comparator.comparingDouble((Candidate c) -> -c.gain)
                .thenComparing(c -> c.suggestion.code());
    }

    /**
     * The member's aggregates as they would be after following some suggestions. Each
     * question copies the index once and adds only the candidate's planned activities, so a
     * greedy pass costs one copy per candidate, however many suggestions were followed before.
     * Immutable.
     */
    private final class WhatIf {
        private final ActivityIndex index;
        private final MemberProfile profile;
        private final Instant asOf;

        WhatIf(ActivityIndex index, MemberProfile profile, Instant asOf) {
            this.index = index;
            this.profile = profile;
            this.asOf = asOf;
        }

        /** The state after also following {@code s}. */
        WhatIf following(Suggestion s) {
            return new WhatIf(apply(s), s.changedProfile(profile), asOf);
        }

        /** A pillar's points if {@code s} were followed too. */
        double pillarPointsWith(Suggestion s, Pillar pillar) {
            Window w = Window.full(apply(s), options);
            return evaluator.pillarPoints(w.snapshot(asOf), pillar);
        }

        private ActivityIndex apply(Suggestion s) {
            ActivityIndex copy = index.whatIfCopy(s.changedProfile(profile));
            for (Activity a : s.plannedActivities()) {
                copy.addFresh(a);
            }
            return copy;
        }
    }
}
