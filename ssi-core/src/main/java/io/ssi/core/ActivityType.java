package io.ssi.core;

/**
 * The kinds of event in a member's activity log, grouped by the pillar they chiefly feed. A
 * scoring rule may read any of them. {@link #CUSTOM} stands for the kinds a plugin adds, each
 * named by {@link Activity#kind()}.
 *
 * <p>"Days active" and the acceptance, reply and welcome rates are derived from these; they are
 * not activity types.
 */
public enum ActivityType {

    /** The member published a post. Its {@link Activity#engagement()} is what it received. */
    POST_PUBLISHED(Pillar.PROFESSIONAL_BRAND, true, true),
    /** The member published a long-form article. */
    ARTICLE_PUBLISHED(Pillar.PROFESSIONAL_BRAND, true, true),
    /** The member published a native video. */
    VIDEO_PUBLISHED(Pillar.PROFESSIONAL_BRAND, true, true),

    /** A people search without filters. */
    SEARCH_PERFORMED(Pillar.FIND_RIGHT_PEOPLE, true, false),
    /** A people search that used filters (Sales Navigator's advanced search). */
    ADVANCED_SEARCH_PERFORMED(Pillar.FIND_RIGHT_PEOPLE, true, false),
    /** The member viewed someone's profile; the contact says whose. */
    PROFILE_VIEWED(Pillar.FIND_RIGHT_PEOPLE, true, false),
    /** Someone viewed the member's profile. */
    PROFILE_VIEW_RECEIVED(Pillar.FIND_RIGHT_PEOPLE, false, false),
    /** The member saved a lead. */
    LEAD_SAVED(Pillar.FIND_RIGHT_PEOPLE, true, false),
    /** The member saved an account. */
    ACCOUNT_SAVED(Pillar.FIND_RIGHT_PEOPLE, true, false),
    /** The member followed someone. */
    MEMBER_FOLLOWED(Pillar.FIND_RIGHT_PEOPLE, true, false),

    /** The member liked a post. */
    POST_LIKED(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** The member commented on a post. */
    POST_COMMENTED(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** The member re-shared a post without adding anything. */
    POST_SHARED(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** The member re-shared a post with their own commentary. */
    POST_SHARED_WITH_COMMENTARY(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** The member joined a group. */
    GROUP_JOINED(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** The member posted in a group. Its {@link Activity#engagement()} is what it received. */
    GROUP_POST_PUBLISHED(Pillar.ENGAGE_WITH_INSIGHTS, true, true),
    /** The member sent a message to a connection. */
    MESSAGE_SENT(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** A connection replied to one of the member's messages. */
    MESSAGE_REPLY_RECEIVED(Pillar.ENGAGE_WITH_INSIGHTS, false, false),
    /** The member sent an InMail. */
    INMAIL_SENT(Pillar.ENGAGE_WITH_INSIGHTS, true, false),
    /** Someone replied to one of the member's InMails. */
    INMAIL_REPLY_RECEIVED(Pillar.ENGAGE_WITH_INSIGHTS, false, false),

    /** The member sent a connection request. */
    CONNECTION_REQUEST_SENT(Pillar.BUILD_RELATIONSHIPS, true, false),
    /** Someone accepted the member's connection request: a new connection. */
    CONNECTION_REQUEST_ACCEPTED(Pillar.BUILD_RELATIONSHIPS, false, false),
    /** The member accepted someone's invitation: a new connection. */
    CONNECTION_INVITE_ACCEPTED(Pillar.BUILD_RELATIONSHIPS, true, false),
    /** The member sent a welcome message to a new connection. */
    WELCOME_MESSAGE_SENT(Pillar.BUILD_RELATIONSHIPS, true, false),
    /** The member mentioned someone in a post or comment. */
    MEMBER_MENTIONED(Pillar.BUILD_RELATIONSHIPS, true, false),
    /** The member asked a shared connection for an introduction. */
    INTRODUCTION_REQUESTED(Pillar.BUILD_RELATIONSHIPS, true, false),
    /**
     * A kind of activity that the types above lack (a call, an email, a note, a Smart Link
     * view, a declined InMail), named by {@link Activity#kind()}: rows a plugin rule counts
     * through {@link io.ssi.core.spi.ScoringContext#customCount(String)} and
     * {@link io.ssi.core.spi.ScoringContext#customWeeklyRate(String)}. The standard model
     * reads none of them. Its pillar is only nominal (the plugin rule's own pillar is what
     * counts), and it is not {@linkplain #isByMember() by the member}, so that custom rows make
     * no day active for the standard model's presence signals.
     */
    CUSTOM(Pillar.ENGAGE_WITH_INSIGHTS, false, false);

    private final Pillar pillar;
    private final boolean byMember;
    private final boolean content;

    ActivityType(Pillar pillar, boolean byMember, boolean content) {
        this.pillar = pillar;
        this.byMember = byMember;
        this.content = content;
    }

    /**
     * The pillar this kind of activity chiefly feeds.
     *
     * @return the pillar, never {@code null}
     */
    public Pillar pillar() {
        return pillar;
    }

    /**
     * Whether the member did this themselves, as opposed to something others did to them (a
     * profile view received, a reply, an acceptance). Only what the member does makes a day
     * active.
     *
     * @return {@code true} if the member is the actor
     */
    public boolean isByMember() {
        return byMember;
    }

    /**
     * Whether this is content the member published, whose {@link Activity#engagement()} counts.
     *
     * @return {@code true} for posts, articles, videos and group posts
     */
    public boolean isContent() {
        return content;
    }
}
