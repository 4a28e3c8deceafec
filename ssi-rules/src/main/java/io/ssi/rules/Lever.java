package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ContactFacet;

import java.util.Objects;
import java.util.Optional;

/**
 * How a member raises a {@link StandardRule}, so that advice aims at the rule's own target
 * rather than at a copy of it: do more of an activity a week (with contacts of a facet) up to
 * the target, raise a profile field up to the target, or neither, when the rule needs advice
 * that is sequenced by hand (a rate, consistency, engagement received). The advice code names
 * the recommendation that pulls the lever. Immutable.
 */
public final class Lever {

    /** The ways a rule is raised. */
    public enum Kind {
        /** More of an activity a week, up to the rule's target. */
        ACTIVITY,
        /** A profile field up to the rule's target. */
        PROFILE,
        /** No generic lever: the standard advice handles the rule by hand, or not at all. */
        NONE
    }

    private static final Lever NONE = new Lever(Kind.NONE, "", null, ContactFacet.ANY, null);

    private final Kind kind;
    private final String code;
    private final ActivityType activity;
    private final ContactFacet facet;
    private final ProfileField field;

    private Lever(Kind kind, String code, ActivityType activity, ContactFacet facet, ProfileField field) {
        this.kind = kind;
        this.code = code;
        this.activity = activity;
        this.facet = facet;
        this.field = field;
    }

    /**
     * More of an activity a week, with contacts of a facet, up to the rule's target.
     *
     * @param code     the recommendation's code, such as {@code engage.comment-with-insight}
     * @param activity the activity to do more of
     * @param facet    the contacts to do it with ({@link ContactFacet#ANY} for any, or none)
     * @return the lever
     */
    public static Lever activity(String code, ActivityType activity, ContactFacet facet) {
        return new Lever(Kind.ACTIVITY, Tuning.id(code), Objects.requireNonNull(activity, "activity"),
                Objects.requireNonNull(facet, "facet"), null);
    }

    /**
     * A profile field up to the rule's target.
     *
     * @param code  the recommendation's code, such as {@code brand.add-skills}
     * @param field the field
     * @return the lever
     */
    public static Lever profile(String code, ProfileField field) {
        return new Lever(Kind.PROFILE, Tuning.id(code), null, ContactFacet.ANY, Objects.requireNonNull(field, "field"));
    }

    /** @return no generic lever */
    public static Lever none() {
        return NONE;
    }

    /** @return how the rule is raised */
    public Kind kind() {
        return kind;
    }

    /** @return the code of the recommendation that pulls this lever; empty for {@link Kind#NONE} */
    public String code() {
        return code;
    }

    /** @return the activity to do more of, for {@link Kind#ACTIVITY} */
    public Optional<ActivityType> activity() {
        return Optional.ofNullable(activity);
    }

    /** @return the contacts of the planned activity; {@link ContactFacet#ANY} unless it matters */
    public ContactFacet facet() {
        return facet;
    }

    /** @return the profile field to raise, for {@link Kind#PROFILE} */
    public Optional<ProfileField> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lever l && l.kind == kind && l.code.equals(code) && l.activity == activity
                && l.facet == facet && l.field == field;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, activity, facet, field);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ACTIVITY -> "Lever[" + code + ": more " + activity + (facet == ContactFacet.ANY ? "" : " " + facet) + "]";
            case PROFILE -> "Lever[" + code + ": raise " + field + "]";
            case NONE -> "Lever[none]";
        };
    }
}
