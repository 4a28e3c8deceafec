package io.ssi.core.spi;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.internal.Checks;
import io.ssi.core.internal.PlanList;
import io.ssi.core.internal.PlannedActivities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One thing a {@link RecommendationGenerator} suggests, before the advisor has measured its
 * gain: the pillar and code, the rules it aims at, the arguments of its message and evidence,
 * and the change it describes as planned activities and a profile change. The advisor applies
 * the change to the member's aggregates to measure the expected gain, so the change must be
 * what the message tells the member to do.
 *
 * <p>Immutable; build it with {@link #builder(Pillar, String)}.
 */
public final class Suggestion {

    private final Pillar pillar;
    private final String code;
    private final List<String> ruleIds;
    private final List<Object> messageArgs;
    private final List<Object> evidenceArgs;
    private final Optional<ActivityType> activity;
    private final double extraPerWeek;
    private final List<String> subjects;
    private final List<Activity> plannedActivities;
    private final UnaryOperator<MemberProfile> profileChange;

    private Suggestion(Builder b) {
        this.pillar = b.pillar;
        this.code = b.code;
        // The builder's lists are already immutable copies of what it was given: kept as they are.
        this.ruleIds = b.ruleIds;
        this.messageArgs = b.messageArgs;
        this.evidenceArgs = b.evidenceArgs;
        this.activity = Optional.ofNullable(b.activity);
        this.extraPerWeek = b.extraPerWeek;
        this.subjects = b.subjects;
        // Parts planned by the advisor's context stay described: what-ifs add their counts, and
        // their activities are made only if someone asks for the list's elements.
        this.plannedActivities = new PlanList(b.planParts);
        this.profileChange = b.profileChange;
        if (plannedActivities.isEmpty() && profileChange == null) {
            throw new IllegalArgumentException("suggestion " + code + " must plan activities or a profile change");
        }
    }

    /**
     * Starts a suggestion.
     *
     * @param pillar the pillar it improves
     * @param code   a stable code such as {@code relationships.welcome-new-connections}
     * @return a builder
     */
    public static Builder builder(Pillar pillar, String code) {
        return new Builder(pillar, code);
    }

    /** @return the pillar it improves */
    public Pillar pillar() {
        return pillar;
    }

    /** @return its code */
    public String code() {
        return code;
    }

    /** @return the ids of the rules it aims at */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /** @return the arguments {@code {1}}, {@code {2}}, ... of its message */
    public List<Object> messageArgs() {
        return messageArgs;
    }

    /** @return the arguments {@code {0}}, {@code {1}}, ... of its evidence */
    public List<Object> evidenceArgs() {
        return evidenceArgs;
    }

    /** @return the kind of activity it asks for more of, if any */
    public Optional<ActivityType> activity() {
        return activity;
    }

    /** @return how many more of {@link #activity()} a week it asks for; 0 if none */
    public double extraPerWeek() {
        return extraPerWeek;
    }

    /** @return the contact or account ids it names, if any */
    public List<String> subjects() {
        return subjects;
    }

    /** @return the activities that following it would add to the window */
    public List<Activity> plannedActivities() {
        return plannedActivities;
    }

    /**
     * The profile as it would be after following the suggestion.
     *
     * @param profile the current profile
     * @return the changed profile (the same one if the suggestion changes no profile field)
     */
    public MemberProfile changedProfile(MemberProfile profile) {
        return profileChange == null ? profile : Objects.requireNonNull(profileChange.apply(profile), "profile change");
    }

    @Override
    public String toString() {
        return "Suggestion[" + code + ", " + plannedActivities.size() + " planned activities"
                + (profileChange != null ? ", profile change" : "") + "]";
    }

    /**
     * Builds a {@link Suggestion}. Not thread-safe.
     *
     * <p>Each list it collects is held as one immutable copy ({@link List#of}), made when its
     * elements are given and kept by the suggestion as it is: generators give each list in one
     * call, and a list copied into a growing buffer and then again into the suggestion cost
     * several copies per suggestion, every advice.
     */
    public static final class Builder {
        private final Pillar pillar;
        private final String code;
        private List<String> ruleIds = List.of();
        private List<Object> messageArgs = List.of();
        private List<Object> evidenceArgs = List.of();
        private ActivityType activity;
        private double extraPerWeek;
        private List<String> subjects = List.of();
        // Immutable, as the other lists: most suggestions give one plan, which the suggestion's
        // plan list then keeps without copying (PlanList copies its parts unless immutable).
        private List<List<Activity>> planParts = List.of();
        private UnaryOperator<MemberProfile> profileChange;

        private Builder(Pillar pillar, String code) {
            this.pillar = Objects.requireNonNull(pillar, "pillar");
            this.code = Checks.nonBlank(code, "code");
        }

        /**
         * @param ids the ids of the rules the suggestion aims at
         * @return this builder
         */
        public Builder rules(String... ids) {
            Objects.requireNonNull(ids, "ids");
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i];
                if (id == null) {
                    throw new NullPointerException("ids[" + i + "] must not be null");
                }
                // An id that starts with other than white space is not blank (nor is a surrogate
                // white space): only the rest is checked in full.
                if (id.isEmpty() || Character.isWhitespace(id.charAt(0))) {
                    Checks.nonBlank(id, "rule id");
                }
            }
            ruleIds = appended(ruleIds, ids);
            return this;
        }

        /**
         * @param args the message's arguments {@code {1}}, {@code {2}}, ...; not null
         * @return this builder
         */
        public Builder messageArgs(Object... args) {
            messageArgs = appended(messageArgs, noNulls(args, "messageArgs"));
            return this;
        }

        /**
         * @param args the evidence's arguments {@code {0}}, {@code {1}}, ...; not null
         * @return this builder
         */
        public Builder evidenceArgs(Object... args) {
            evidenceArgs = appended(evidenceArgs, noNulls(args, "evidenceArgs"));
            return this;
        }

        /**
         * Asks for {@code extraPerWeek} more activities of a type a week.
         *
         * @param type         the type
         * @param extraPerWeek how many more a week, not negative
         * @return this builder
         */
        public Builder activity(ActivityType type, double extraPerWeek) {
            this.activity = Objects.requireNonNull(type, "type");
            this.extraPerWeek = Checks.nonNegative(extraPerWeek, "extraPerWeek");
            return this;
        }

        /**
         * @param ids contact or account ids the suggestion names
         * @return this builder
         */
        public Builder subjects(List<String> ids) {
            Checks.noNullElements(ids, "subjects");
            // An immutable list is kept as it is (List.copyOf does not copy one); any other, copied once.
            subjects = subjects.isEmpty() ? List.copyOf(ids) : appended(subjects, ids.toArray(new String[0]));
            return this;
        }

        /**
         * Adds planned activities; called more than once, the plans add up in order. A list that
         * the advisor's own context planned ({@link AdviceContext#weekly},
         * {@link AdviceContext#weeklyWithNewContacts}) is kept as it is, so that the advisor
         * measures it by its counts without making its activities; any other list is copied.
         *
         * @param activities what following the suggestion adds to the window
         * @return this builder
         */
        public Builder plan(List<Activity> activities) {
            Objects.requireNonNull(activities, "activities");
            if (activities instanceof PlannedActivities planned) {
                planParts = withPart(planParts, planned);
            } else if (!activities.isEmpty()) {
                planParts = withPart(planParts, List.copyOf(Checks.noNullElements(activities, "activities")));
            }
            return this;
        }

        /** The parts and one more, as one immutable list. */
        private static List<List<Activity>> withPart(List<List<Activity>> parts, List<Activity> part) {
            return switch (parts.size()) {
                case 0 -> List.of(part);
                case 1 -> List.of(parts.get(0), part);
                default -> {
                    List<List<Activity>> all = new ArrayList<>(parts.size() + 1);
                    all.addAll(parts);
                    all.add(part);
                    yield List.copyOf(all);
                }
            };
        }

        /**
         * @param change what following the suggestion does to the profile; must keep the
         *               target accounts
         * @return this builder
         */
        public Builder profileChange(UnaryOperator<MemberProfile> change) {
            UnaryOperator<MemberProfile> previous = profileChange;
            Objects.requireNonNull(change, "change");
            profileChange = previous == null ? change : p -> change.apply(previous.apply(p));
            return this;
        }

        /** The array, as {@link Checks#noNullElements} would check it, without a list around it. */
        private static Object[] noNulls(Object[] args, String field) {
            Objects.requireNonNull(args, field);
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    throw new NullPointerException(field + "[" + i + "] must not be null");
                }
            }
            return args;
        }

        /**
         * One immutable list of a list's elements followed by an array's: the array's own copy
         * when the list is empty (the common case), so that nothing is copied twice.
         */
        @SuppressWarnings("unchecked")
        private static <T> List<T> appended(List<T> list, T[] more) {
            if (more.length == 0) {
                return list;
            }
            if (list.isEmpty()) {
                return List.of(more);
            }
            Object[] all = new Object[list.size() + more.length];
            for (int i = 0; i < list.size(); i++) {
                all[i] = list.get(i);
            }
            System.arraycopy(more, 0, all, list.size(), more.length);
            return (List<T>) List.of(all);
        }

        /**
         * @return the suggestion
         * @throws IllegalArgumentException if it plans neither activity nor a profile change
         */
        public Suggestion build() {
            return new Suggestion(this);
        }
    }
}
