package io.ssi.core;

/**
 * The four pillars of the Social Selling Index. Each is worth up to {@link #MAX_POINTS} points,
 * so a full index is worth 100.
 */
public enum Pillar {

    /** Establish your professional brand: a profile that is a resource, and content worth reading. */
    PROFESSIONAL_BRAND("brand"),
    /** Find the right people: searches, prospect views, saved leads, days active. */
    FIND_RIGHT_PEOPLE("find"),
    /** Engage with insights: comments, shares with commentary, groups, conversations that get replies. */
    ENGAGE_WITH_INSIGHTS("engage"),
    /** Build relationships: connections that accept, welcome messages, introductions, multi-threading. */
    BUILD_RELATIONSHIPS("relationships");

    /** The most points a pillar can hold: 25. */
    public static final double MAX_POINTS = 25.0;

    private final String key;

    Pillar(String key) {
        this.key = key;
    }

    /**
     * A short, stable, lower-case key for this pillar ({@code brand}, {@code find},
     * {@code engage}, {@code relationships}). Standard rule ids and recommendation codes start
     * with it.
     *
     * @return the key, never {@code null}
     */
    public String key() {
        return key;
    }
}
