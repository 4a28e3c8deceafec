package io.ssi.rules;

import io.ssi.core.MemberProfile;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A fact on the member's profile that a {@link ProfileCountRule} or {@link ProfileFlagRule}
 * reads, and that advice can raise: each field knows how to read its value and how to make a
 * profile that has a given value (for a "what if"; the stand-in text of a headline or summary
 * is never shown).
 */
public enum ProfileField {
    /** A profile photo: 1 if present, 0 if not. */
    PHOTO,
    /** A background photo: 1 if present, 0 if not. */
    BACKGROUND_PHOTO,
    /** Characters of the headline beyond the job title ({@link HeadlineRule#charactersBeyondTitle}). */
    HEADLINE_CHARACTERS,
    /** Characters of the summary, without leading and trailing white space. */
    SUMMARY_CHARACTERS,
    /** Experience entries. */
    EXPERIENCE_ENTRIES,
    /** Education entries. */
    EDUCATION_ENTRIES,
    /** Skills listed. */
    SKILLS,
    /** Endorsements received. */
    ENDORSEMENTS,
    /** Written recommendations received. */
    RECOMMENDATIONS_RECEIVED,
    /** Featured items. */
    FEATURED_ITEMS,
    /** Media items such as a profile video. */
    MEDIA_ITEMS,
    /** Followers. */
    FOLLOWERS,
    /** First-degree connections. */
    CONNECTIONS,
    /** Connections who are decision makers (VP and above); raising them raises connections too. */
    DECISION_MAKER_CONNECTIONS,
    /** Connections who are colleagues; raising them raises connections too. */
    COLLEAGUE_CONNECTIONS;

    /** @return whether the field is yes or no (0 or 1) */
    public boolean isFlag() {
        return this == PHOTO || this == BACKGROUND_PHOTO;
    }

    /**
     * The field's value on a profile.
     *
     * @param p the profile
     * @return the value, never negative
     */
    public int read(MemberProfile p) {
        return switch (this) {
            case PHOTO -> p.hasPhoto() ? 1 : 0;
            case BACKGROUND_PHOTO -> p.hasBackgroundPhoto() ? 1 : 0;
            case HEADLINE_CHARACTERS -> HeadlineRule.charactersBeyondTitle(p);
            case SUMMARY_CHARACTERS -> p.summaryLength();
            case EXPERIENCE_ENTRIES -> p.experienceEntries();
            case EDUCATION_ENTRIES -> p.educationEntries();
            case SKILLS -> p.skills();
            case ENDORSEMENTS -> p.endorsements();
            case RECOMMENDATIONS_RECEIVED -> p.recommendationsReceived();
            case FEATURED_ITEMS -> p.featuredItems();
            case MEDIA_ITEMS -> p.mediaItems();
            case FOLLOWERS -> p.followers();
            case CONNECTIONS -> p.connections();
            case DECISION_MAKER_CONNECTIONS -> p.decisionMakerConnections();
            case COLLEAGUE_CONNECTIONS -> p.colleagueConnections();
        };
    }

    /**
     * A profile on which this field is at least {@code value}; unchanged if it already is.
     * Text fields get stand-in characters; a flag is set for any value above 0.
     *
     * @param p     the profile
     * @param value the value to reach, not negative
     * @return the changed profile
     */
    public MemberProfile raise(MemberProfile p, int value) {
        int now = read(p);
        if (now >= value) {
            return p;
        }
        if (this == HEADLINE_CHARACTERS || this == SUMMARY_CHARACTERS) {
            // A text's stand-in: the builder measures it as the profile does.
            return byBuilder(p, value);
        }
        return withCount(p, value, value - now);
    }

    /**
     * The profile with this field set to {@code value} (above its value on {@code p}) on
     * {@code p}'s builder, as {@link #raiseAll} sets several: the reference that the
     * constructor-made {@link #withCount} must equal.
     */
    MemberProfile byBuilder(MemberProfile p, int value) {
        MemberProfile.Builder b = p.toBuilder();
        set(b, p, value);
        return b.build();
    }

    /**
     * The profile with this count or flag field at {@code value} ({@code more} above its value
     * on {@code p}), made with the canonical constructor from {@code p}'s own components: what
     * {@link #set} on {@code p.toBuilder()} builds, without copying every component into a
     * builder and wrapping its optional ones anew. The advisor's planner changes profiles
     * for every what-if of a profile suggestion, each time the profile it starts from changes.
     */
    private MemberProfile withCount(MemberProfile p, int value, int more) {
        boolean photo = p.hasPhoto();
        boolean backgroundPhoto = p.hasBackgroundPhoto();
        int experience = p.experienceEntries();
        int education = p.educationEntries();
        int skills = p.skills();
        int endorsements = p.endorsements();
        int recommendations = p.recommendationsReceived();
        int featured = p.featuredItems();
        int media = p.mediaItems();
        int connections = p.connections();
        int followers = p.followers();
        int decisionMakers = p.decisionMakerConnections();
        int colleagues = p.colleagueConnections();
        switch (this) {
            case PHOTO -> photo = true;
            case BACKGROUND_PHOTO -> backgroundPhoto = true;
            case EXPERIENCE_ENTRIES -> experience = value;
            case EDUCATION_ENTRIES -> education = value;
            case SKILLS -> skills = value;
            case ENDORSEMENTS -> endorsements = value;
            case RECOMMENDATIONS_RECEIVED -> recommendations = value;
            case FEATURED_ITEMS -> featured = value;
            case MEDIA_ITEMS -> media = value;
            case FOLLOWERS -> followers = value;
            case CONNECTIONS -> connections = value;
            case DECISION_MAKER_CONNECTIONS -> {
                connections = saturatedSum(connections, more);
                decisionMakers = value;
            }
            case COLLEAGUE_CONNECTIONS -> {
                connections = saturatedSum(connections, more);
                colleagues = value;
            }
            case HEADLINE_CHARACTERS, SUMMARY_CHARACTERS -> throw new IllegalStateException(name() + " is a text");
        }
        return new MemberProfile(p.id(), p.industry(), p.timeZone(), p.jobTitle(), p.headline(), p.summary(),
                p.headlineLength(), p.summaryLength(), photo, backgroundPhoto, experience, education, skills,
                endorsements, recommendations, featured, media, connections, followers, decisionMakers, colleagues,
                p.targetAccounts(), p.timeZoneGiven());
    }

    /**
     * A profile on which each field is at least its value: what raising them one after the
     * other gives, made at once (one profile built, not one per field) where the fields are
     * distinct and none is a count of connections, whose raise also raises another field.
     *
     * @param p      the profile
     * @param fields the fields to raise, in order
     * @param values each field's value to reach, not negative; as many as fields
     * @return the changed profile; {@code p} itself if every field already is that high
     * @throws IllegalArgumentException if the lengths differ
     * @throws NullPointerException     if the profile, the fields, a field or the values are null
     */
    public static MemberProfile raiseAll(MemberProfile p, List<ProfileField> fields, int[] values) {
        Objects.requireNonNull(p, "profile");
        Objects.requireNonNull(values, "values");
        for (int i = 0; i < Objects.requireNonNull(fields, "fields").size(); i++) {
            Objects.requireNonNull(fields.get(i), "fields[" + i + "]");
        }
        if (fields.size() != values.length) {
            throw new IllegalArgumentException("values must be as many as fields (" + fields.size() + "), but were "
                    + values.length);
        }
        EnumSet<ProfileField> seen = EnumSet.noneOf(ProfileField.class);
        for (ProfileField f : fields) {
            if (!seen.add(f) || f.isConnections()) {
                MemberProfile changed = p;
                for (int i = 0; i < values.length; i++) {
                    changed = fields.get(i).raise(changed, values[i]);
                }
                return changed;
            }
        }
        MemberProfile.Builder b = null;
        for (int i = 0; i < values.length; i++) {
            ProfileField f = fields.get(i);
            if (f.read(p) < values[i]) {
                if (b == null) {
                    b = p.toBuilder();
                }
                f.set(b, p, values[i]);
            }
        }
        return b == null ? p : b.build();
    }

    /** Whether the field counts connections, whose raise also raises another field. */
    private boolean isConnections() {
        return this == CONNECTIONS || this == DECISION_MAKER_CONNECTIONS || this == COLLEAGUE_CONNECTIONS;
    }

    /** Sets the field on a builder of {@code p} to {@code value}, which is above its value on {@code p}. */
    private void set(MemberProfile.Builder b, MemberProfile p, int value) {
        int more = value - read(p);
        switch (this) {
            case PHOTO -> b.hasPhoto(true);
            case BACKGROUND_PHOTO -> b.hasBackgroundPhoto(true);
            case HEADLINE_CHARACTERS -> b.headline((p.jobTitle().orElse("") + " | " + "x".repeat(value + 3)).strip());
            case SUMMARY_CHARACTERS -> b.summary(longer(p.summary(), value));
            case EXPERIENCE_ENTRIES -> b.experienceEntries(value);
            case EDUCATION_ENTRIES -> b.educationEntries(value);
            case SKILLS -> b.skills(value);
            case ENDORSEMENTS -> b.endorsements(value);
            case RECOMMENDATIONS_RECEIVED -> b.recommendationsReceived(value);
            case FEATURED_ITEMS -> b.featuredItems(value);
            case MEDIA_ITEMS -> b.mediaItems(value);
            case FOLLOWERS -> b.followers(value);
            case CONNECTIONS -> b.connections(value);
            case DECISION_MAKER_CONNECTIONS -> b.connections(saturatedSum(p.connections(), more))
                    .decisionMakerConnections(value);
            case COLLEAGUE_CONNECTIONS -> b.connections(saturatedSum(p.connections(), more)).colleagueConnections(value);
        }
    }

    /**
     * A count raised by {@code more}, at most {@link Integer#MAX_VALUE}. A CRM may report a count
     * near the top of {@code int}; a plain sum would wrap round to a negative count, which the
     * profile rejects. A network that large has no more room to grow.
     */
    private static int saturatedSum(int count, int more) {
        return (int) Math.min(Integer.MAX_VALUE, (long) count + more);
    }

    /** The text padded to at least {@code length} characters: a stand-in for the member's own words. */
    private static String longer(String text, int length) {
        String t = text.strip();
        return t.length() >= length ? t : t + " " + "x".repeat(length - t.length());
    }
}
