package io.ssi.core.internal;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.Suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
    private final double minGain;

    /**
     * @param evaluator the calculator's engine, whose rules measure the gains
     * @param minGain   gains below this are dropped
     */
    public Planner(Evaluator evaluator, double minGain) {
        this.evaluator = evaluator;
        this.minGain = minGain;
    }

    /**
     * Picks the suggestions worth following, pillar by pillar.
     *
     * @param suggestions every suggestion, of any pillar
     * @param window      the full window of the score advised on
     * @param base        its snapshot, the context the score was evaluated in
     * @param memo        the score's contributions and the reads behind them, from evaluating
     *                    {@code base} with it
     * @param score       the score the suggestions improve
     * @param changed     each suggestion's {@linkplain Suggestion#changedProfile changed profile}
     *                    of the profile advised on, where already made
     * @return the picks, pillar by pillar in the order picked
     */
    public List<Pick> plan(List<Suggestion> suggestions, Window window, WindowContext base, Evaluator.Memo memo,
                           SsiScore score, Map<Suggestion, MemberProfile> changed) {
        // Each suggestion's planned activities are indexed once; every what-if adds them to the
        // one window's sums, and re-runs only the rules whose reads they change. Suggestions are
        // known by their index in the list from here on.
        PlannedWindow planned = new PlannedWindow(window, base);
        PlannedWindow.Plan[] plans = plans(planned, suggestions);
        if (!planned.consistent()) {
            planned = planned.indexedOnly();
            plans = plans(planned, suggestions);
        }
        MemberProfile[] advisedOn = new MemberProfile[suggestions.size()];
        for (int k = 0; k < advisedOn.length; k++) {
            advisedOn[k] = changed.get(suggestions.get(k));
        }
        List<Pick> picks = new ArrayList<>();
        // One pillar's state at a time: each next one takes the arrays of the one before.
        PlannedWindow.State state = null;
        for (Pillar p : Pillar.values()) {
            double current = score.pillar(p).points();
            if (!roomFor(current)) {
                // No suggestion of a full pillar can add minGain: none is measured.
                continue;
            }
            state = state == null ? planned.state() : planned.state(state);
            WhatIf followed = new WhatIf(state, plans, suggestions, base.profile(), memo, p, advisedOn);
            // Lazy greedy: a candidate starts with a bound of its gain (each rule it moves at its
            // maximum), and is measured only once it is on top; once measured, its last measured
            // gain bounds its gain as more advice is followed (gains mostly shrink as a pillar
            // fills), so again only the candidate on top is re-measured. A candidate the pillar
            // fills before is never measured at all. Every gain reported is measured afresh
            // against what came before it.
            List<Candidate> open = new ArrayList<>();
            for (int k = 0; k < advisedOn.length; k++) {
                Suggestion c = suggestions.get(k);
                if (c.pillar() == p) {
                    open.add(new Candidate(k, c.code(), followed.bound(k) - current));
                }
            }
            // Sorted once, and kept sorted as a stable sort of the list would leave it: only the
            // candidate on top changes its gain, and picking it leaves the others in order.
            open.sort(Candidate::compare);
            // The pick not yet followed: followed only when another candidate is to be bounded or
            // measured, so that the last pick of a pillar is never followed at all.
            int pending = -1;
            // Once the points left below the cap are fewer than minGain, no gain can reach it
            // (each is capped there), and the loop would only re-measure the rest to drop them.
            while (!open.isEmpty() && roomFor(current)) {
                Candidate top = open.get(0);
                if (top.gain < minGain) {
                    break;
                }
                if (!top.fresh) {
                    if (pending >= 0) {
                        followed.follow(pending);
                        pending = -1;
                    }
                    if (!top.bounded) {
                        top.bounded = true;
                        double bound = followed.bound(top.index) - current;
                        if (bound < top.gain) {
                            top.gain = bound;
                            sink(open);
                            continue;
                        }
                    }
                    top.gain = followed.pillarPointsWith(top.index) - current;
                    top.fresh = true;
                    sink(open);
                    continue;
                }
                open.remove(0);
                pending = top.index;
                picks.add(new Pick(suggestions.get(top.index), top.gain));
                current += top.gain;
                for (int k = 0; k < open.size(); k++) {
                    open.get(k).fresh = false;
                    open.get(k).bounded = false;
                }
            }
        }
        return picks;
    }

    /**
     * Whether a pillar at {@code current} points could still gain {@link #minGain}: a gain is
     * the capped points of a what-if less {@code current}, so it is at most the cap less
     * {@code current}, as computed here (rounding keeps the order of what is subtracted from).
     */
    private boolean roomFor(double current) {
        return Pillar.MAX_POINTS - current >= minGain;
    }

    /**
     * Moves the first candidate past those that sort before it, the rest being in order: where a
     * stable sort puts it, ahead of any that sort the same.
     */
    private static void sink(List<Candidate> open) {
        Candidate top = open.get(0);
        int k = 1;
        for (; k < open.size() && Candidate.compare(open.get(k), top) < 0; k++) {
            open.set(k - 1, open.get(k));
        }
        open.set(k - 1, top);
    }

    private static PlannedWindow.Plan[] plans(PlannedWindow planned, List<Suggestion> suggestions) {
        PlannedWindow.Plan[] plans = new PlannedWindow.Plan[suggestions.size()];
        for (int k = 0; k < plans.length; k++) {
            plans[k] = planned.plan(suggestions.get(k).plannedActivities());
        }
        return plans;
    }

    /**
     * A suggestion (by index), its code and what stands for its gain: a bound of it until it is
     * measured, then its last measured gain, or a bound below that.
     */
    private static final class Candidate {
        final int index;
        final String code;
        double gain;
        // Whether gain was measured in the state followed now.
        boolean fresh;
        // Whether gain is at most a bound made in the state followed now: so at first, and once
        // bounded again after a pick.
        boolean bounded = true;

        Candidate(int index, String code, double gain) {
            this.index = index;
            this.code = code;
            this.gain = gain;
        }

        /** The larger gain first, then the code. */
        static int compare(Candidate a, Candidate b) {
            int byGain = Double.compare(-a.gain, -b.gain);
            return byGain != 0 ? byGain : a.code.compareTo(b.code);
        }
    }

    /**
     * One pillar of the member's window as it would be after following some suggestions: their
     * plans added to the score's sums, the profile changed by each in turn, and each of the
     * pillar's rules with its points there and the reads behind them. Asking about one more
     * suggestion runs only the rules whose reads meet what its plan or profile change moves
     * (a rule is a pure function of what it reads); the others keep their points. Following one
     * brings up to date only the rules it moves.
     */
    private final class WhatIf {
        private final PlannedWindow.State state;
        private final PlannedWindow.Plan[] plans;
        private final List<Suggestion> suggestions;
        private MemberProfile profile;
        // By suggestion index, each one's profile change of the profile advised on, shared by the
        // pillars and emptied (for this pillar) once a suggestion followed has changed the
        // profile; then each one's change of the profile followed so far, made when first asked for.
        private MemberProfile[] advisedOn;
        private final MemberProfile[] changed;
        // The pillar's rules (their indexes in the evaluator) and, in the state followed, their
        // points and what the reads behind them touch; ok is false for a failing rule.
        private final int[] rules;
        private final double[] points;
        private final double[] maxima;
        private final Footprint[] footprints;
        private final boolean[] ok;
        // By suggestion index (of this pillar's suggestions), each rule's points (by the pillar's
        // rule number) in its last what-if and the footprint of the reads behind them; a null
        // footprint (or all of them, where holds is false) where not measured, failed, or since
        // moved by a suggestion followed. A rule is a pure function
        // of what it reads, so while a plan followed misses those reads the rule would answer the
        // same in the candidate's next what-if, and when the candidate is followed its points and
        // reads there are the ones the followed state gives.
        private final double[][] measured;
        private final Footprint[][] measuredReads;
        // By suggestion index, whether its measured and measuredReads hold (arrays kept when not).
        private final boolean[] holds;
        // By suggestion index, where it holds, the profile its last what-if was measured on: a
        // profile followed since changes the candidate's own, and its next what-if drops only
        // the reads of the parts in which the two differ.
        private final MemberProfile[] measuredOn;
        // What each rule run in a what-if reads, noted as it reads it.
        private final Reads.Touches touches = new Reads.Touches();

        WhatIf(PlannedWindow.State state, PlannedWindow.Plan[] plans, List<Suggestion> suggestions,
               MemberProfile profile, Evaluator.Memo memo, Pillar pillar, MemberProfile[] advisedOn) {
            this.state = state;
            this.plans = plans;
            this.suggestions = suggestions;
            this.profile = profile;
            this.advisedOn = advisedOn;
            this.changed = new MemberProfile[plans.length];
            rules = evaluator.rulesOf(pillar);
            int n = rules.length;
            points = new double[n];
            maxima = new double[n];
            footprints = new Footprint[n];
            ok = new boolean[n];
            measured = new double[plans.length][];
            measuredReads = new Footprint[plans.length][];
            holds = new boolean[plans.length];
            measuredOn = new MemberProfile[plans.length];
            for (int j = 0; j < n; j++) {
                int i = rules[j];
                maxima[j] = evaluator.whatIfMax(i);
                if (memo.valid(i)) {
                    ok[j] = true;
                    points[j] = memo.points(i);
                    footprints[j] = memo.footprint(i);
                }
            }
        }

        /**
         * Follows suggestion {@code s} (by index) from now on: it must have been measured since the
         * last suggestion followed, so that the rules it moves take their points and reads from
         * that what-if, the state followed now.
         */
        void follow(int s) {
            PlannedWindow.Plan plan = plans[s];
            state.follow(plan);
            // Made before the profile moves on: what the suggestion changes of the profile followed until now.
            Footprint moved = moved(s);
            MemberProfile next = changedProfile(s);
            boolean profileChanged = next != profile;
            if (profileChanged) {
                profile = next;
                advisedOn = new MemberProfile[advisedOn.length];
                Arrays.fill(changed, null);
            }
            double[] values = measured[s];
            Footprint[] reads = holds[s] ? measuredReads[s] : null;
            WindowContext context = null;
            for (int j = 0; j < rules.length; j++) {
                if (ok[j] && !footprints[j].meets(moved)) {
                    continue;
                }
                if (reads != null && reads[j] != null) {
                    ok[j] = true;
                    points[j] = values[j];
                    footprints[j] = reads[j];
                    continue;
                }
                if (context == null) {
                    context = state.followedSnapshot(profile);
                }
                double v = evaluator.whatIfPoints(rules[j], touches.start(context, evaluator.profileParts(rules[j])));
                ok[j] = !Double.isNaN(v);
                if (ok[j]) {
                    points[j] = v;
                    footprints[j] = touches.touched();
                }
            }
            holds[s] = false;
            // What the other candidates measured holds where this plan misses their reads. A
            // changed profile changes each one's own profile too: that part is compared when
            // the candidate is next measured (measuredOn), as only then is its profile made.
            Footprint sums = plan.footprint();
            for (int k = 0; k < measuredReads.length; k++) {
                if (!holds[k]) {
                    continue;
                }
                Footprint[] kept = measuredReads[k];
                for (int j = 0; j < kept.length; j++) {
                    if (kept[j] != null && kept[j].meets(sums)) {
                        kept[j] = null;
                    }
                }
            }
        }

        private MemberProfile changedProfile(int s) {
            MemberProfile p = changed[s];
            if (p == null) {
                p = advisedOn[s];
            }
            if (p == null) {
                p = suggestions.get(s).changedProfile(profile);
                changed[s] = p;
            }
            return p;
        }

        /**
         * At least the pillar's points if suggestion {@code s} (by index) were followed too, and
         * measured without a what-if: the rules it moves at their maxima, the others at their
         * points, then the cap. The sum adds each rule in the order {@link #pillarPointsWith}
         * does, each term at least the one it adds there, so it rounds to at least its sum.
         */
        double bound(int s) {
            Footprint moved = moved(s);
            double sum = 0;
            for (int j = 0; j < rules.length; j++) {
                sum += ok[j] && !footprints[j].meets(moved) ? points[j] : maxima[j];
            }
            return Math.min(Pillar.MAX_POINTS, sum);
        }

        /** What suggestion {@code s} (by index) moves, followed now: its plan's sums and its profile change. */
        private Footprint moved(int s) {
            MemberProfile p = changedProfile(s);
            Footprint moved = plans[s].footprint();
            if (p != profile) {
                moved = moved.copy();
                moved.profile(Footprint.changed(profile, p));
            }
            return moved;
        }

        /**
         * The pillar's points if suggestion {@code s} (by index) were followed too: the rules, then
         * the cap. A rule it moves is run in its what-if unless its last what-if's reads still hold.
         */
        double pillarPointsWith(int s) {
            PlannedWindow.Plan plan = plans[s];
            MemberProfile p = changedProfile(s);
            Footprint moved = moved(s);
            double[] values = measured[s];
            Footprint[] reads = measuredReads[s];
            if (!holds[s]) {
                // A candidate's arrays are made once and emptied when what they held no longer holds.
                if (reads == null) {
                    values = measured[s] = new double[rules.length];
                    reads = measuredReads[s] = new Footprint[rules.length];
                } else {
                    Arrays.fill(reads, null);
                }
                holds[s] = true;
            } else if (measuredOn[s] != p) {
                long parts = Footprint.changed(measuredOn[s], p);
                if (parts != 0) {
                    Footprint differs = new Footprint();
                    differs.profile(parts);
                    for (int j = 0; j < reads.length; j++) {
                        if (reads[j] != null && reads[j].meets(differs)) {
                            reads[j] = null;
                        }
                    }
                }
            }
            measuredOn[s] = p;
            WindowContext context = null;
            double sum = 0;
            for (int j = 0; j < rules.length; j++) {
                if (ok[j] && !footprints[j].meets(moved)) {
                    sum += points[j];
                    continue;
                }
                if (reads[j] != null) {
                    sum += values[j];
                    continue;
                }
                if (context == null) {
                    context = state.snapshotWith(plan, p);
                }
                double v = evaluator.whatIfPoints(rules[j], touches.start(context, evaluator.profileParts(rules[j])));
                if (!Double.isNaN(v)) {
                    sum += v;
                    values[j] = v;
                    reads[j] = touches.touched();
                }
            }
            return Math.min(Pillar.MAX_POINTS, sum);
        }
    }
}
