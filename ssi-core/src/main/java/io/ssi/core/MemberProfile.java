package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of a member's profile at the time of scoring: identity, profile assets, network
 * and the CRM's target accounts.
 *
 * <p>Immutable and validated on construction. The headline and summary are kept only so that
 * rules can judge their substance (their length, whether the headline says more than the job
 * title); they are personal data, never logged, and left out of {@link #toString()}. A CRM that
 * stores only how long they are gives {@link Builder#headlineLength(int)} and
 * {@link Builder#summaryLength(int)} instead: the text is then empty, and rules read
 * {@link #headlineLength()} and {@link #summaryLength()}, which hold the length either way.
 *
 * @param id                       the member's id, not blank
 * @param industry                 the member's industry, if known
 * @param timeZone                 where the member's days begin and end; UTC by default
 * @param jobTitle                 the member's job title, if the CRM knows it; a headline that
 *                                 only repeats it earns little
 * @param headline                 the profile headline; empty if there is none or if only its
 *                                 length is known
 * @param summary                  the profile summary ("About"); empty if there is none or if only
 *                                 its length is known
 * @param headlineLength           the headline's length without leading and trailing white space;
 *                                 when the headline text is given, exactly that text's length
 * @param summaryLength            the summary's length without leading and trailing white space;
 *                                 when the summary text is given, exactly that text's length
 * @param hasPhoto                 whether the profile has a photo
 * @param hasBackgroundPhoto       whether the profile has a background (banner) photo
 * @param experienceEntries        positions listed under experience
 * @param educationEntries         entries listed under education
 * @param skills                   skills listed
 * @param endorsements             endorsements of those skills
 * @param recommendationsReceived  written recommendations received
 * @param featuredItems            items in the featured section
 * @param mediaItems               media items such as a profile video
 * @param connections              1st-degree connections
 * @param followers                followers
 * @param decisionMakerConnections connections at VP level and above; at most {@code connections}
 * @param colleagueConnections     connections who work for the member's company; at most
 *                                 {@code connections}
 * @param targetAccounts           the CRM's target accounts (account ids) for this member
 * @param timeZoneGiven            whether the time zone was given rather than left at its UTC
 *                                 default; a score reports a defaulted zone in its
 *                                 {@link SsiScore#dataQuality() data quality}, since days (and
 *                                 so daily caps, active days and windows) then follow UTC
 */
public record MemberProfile(
        String id,
        Optional<String> industry,
        ZoneId timeZone,
        Optional<String> jobTitle,
        String headline,
        String summary,
        int headlineLength,
        int summaryLength,
        boolean hasPhoto,
        boolean hasBackgroundPhoto,
        int experienceEntries,
        int educationEntries,
        int skills,
        int endorsements,
        int recommendationsReceived,
        int featuredItems,
        int mediaItems,
        int connections,
        int followers,
        int decisionMakerConnections,
        int colleagueConnections,
        Set<String> targetAccounts,
        boolean timeZoneGiven) {

    public MemberProfile {
        Checks.nonBlank(id, "member id");
        Objects.requireNonNull(industry, "industry");
        industry.ifPresent(v -> Checks.nonBlank(v, "industry"));
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(jobTitle, "jobTitle");
        jobTitle.ifPresent(v -> Checks.nonBlank(v, "jobTitle"));
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(summary, "summary");
        checkLength(headline, headlineLength, "headlineLength");
        checkLength(summary, summaryLength, "summaryLength");
        Checks.nonNegative(experienceEntries, "experienceEntries");
        Checks.nonNegative(educationEntries, "educationEntries");
        Checks.nonNegative(skills, "skills");
        Checks.nonNegative(endorsements, "endorsements");
        Checks.nonNegative(recommendationsReceived, "recommendationsReceived");
        Checks.nonNegative(featuredItems, "featuredItems");
        Checks.nonNegative(mediaItems, "mediaItems");
        Checks.nonNegative(connections, "connections");
        Checks.nonNegative(followers, "followers");
        Checks.nonNegative(decisionMakerConnections, "decisionMakerConnections");
        Checks.nonNegative(colleagueConnections, "colleagueConnections");
        if (decisionMakerConnections > connections) {
            throw new IllegalArgumentException("decisionMakerConnections must be <= connections ("
                    + connections + "), but was " + decisionMakerConnections);
        }
        if (colleagueConnections > connections) {
            throw new IllegalArgumentException("colleagueConnections must be <= connections ("
                    + connections + "), but was " + colleagueConnections);
        }
        // A set made by Set.of or Set.copyOf (the one a profile keeps, handed on by toBuilder to
        // every profile a what-if changes) holds no null: only its elements' text is checked.
        Objects.requireNonNull(targetAccounts, "targetAccounts");
        if (!IMMUTABLE_SETS.contains(targetAccounts.getClass())) {
            Checks.noNullElements(targetAccounts, "targetAccounts");
        }
        for (String account : targetAccounts) {
            Checks.nonBlank(account, "targetAccounts element");
        }
        targetAccounts = Set.copyOf(targetAccounts);
    }

    /**
     * A profile with every component given, its time zone too.
     *
     * @param id                       the member's id
     * @param industry                 the industry, if known
     * @param timeZone                 the time zone, taken as given
     * @param jobTitle                 the job title, if known
     * @param headline                 the headline
     * @param summary                  the summary
     * @param headlineLength           the headline's length
     * @param summaryLength            the summary's length
     * @param hasPhoto                 whether there is a photo
     * @param hasBackgroundPhoto       whether there is a background photo
     * @param experienceEntries        experience entries
     * @param educationEntries         education entries
     * @param skills                   skills
     * @param endorsements             endorsements
     * @param recommendationsReceived  recommendations received
     * @param featuredItems            featured items
     * @param mediaItems               media items
     * @param connections              connections
     * @param followers                followers
     * @param decisionMakerConnections decision-maker connections
     * @param colleagueConnections     colleague connections
     * @param targetAccounts           the target accounts
     * @throws IllegalArgumentException as the canonical constructor
     */
    public MemberProfile(String id, Optional<String> industry, ZoneId timeZone, Optional<String> jobTitle,
                         String headline, String summary, int headlineLength, int summaryLength, boolean hasPhoto,
                         boolean hasBackgroundPhoto, int experienceEntries, int educationEntries, int skills,
                         int endorsements, int recommendationsReceived, int featuredItems, int mediaItems,
                         int connections, int followers, int decisionMakerConnections, int colleagueConnections,
                         Set<String> targetAccounts) {
        this(id, industry, timeZone, jobTitle, headline, summary, headlineLength, summaryLength, hasPhoto,
                hasBackgroundPhoto, experienceEntries, educationEntries, skills, endorsements, recommendationsReceived,
                featuredItems, mediaItems, connections, followers, decisionMakerConnections, colleagueConnections,
                targetAccounts, true);
    }

    /** The classes of the JDK's immutable sets, which reject null elements when made. */
    private static final Set<Class<?>> IMMUTABLE_SETS = Set.copyOf(List.of(Set.of().getClass(),
            Set.of("a").getClass(), Set.of("a", "b").getClass(), Set.of("a", "b", "c").getClass()));

    /** A length given beside a text must be that text's; beside no text, any count. */
    private static void checkLength(String text, int length, String field) {
        Checks.nonNegative(length, field);
        int actual = strippedLength(text);
        if (actual > 0 && length != actual) {
            throw new IllegalArgumentException(field + " must be " + actual
                    + " (the length of the text given), but was " + length);
        }
    }

    /**
     * {@code text.strip().length()}, counted in place: every profile changed for a what-if is
     * checked again, and stripping copied both texts each time.
     *
     * @param text a text
     * @return the length (in {@code char}s, as {@link String#length()}) of the text without
     *         leading and trailing white space ({@link Character#isWhitespace(int)}, as
     *         {@link String#strip()} judges it)
     */
    static int strippedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end) {
            int cp = text.codePointAt(start);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return end - start;
    }

    /**
     * Starts a profile for the member with the given id. Everything else defaults to "absent"
     * or zero, and the time zone to UTC (as a default, not as given: see
     * {@link #timeZoneGiven()}).
     *
     * @param id the member's id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder that starts from this profile, for changing a few fields.
     *
     * @return a new builder holding this profile's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.industry = industry.orElse(null);
        b.timeZone = timeZone;
        b.timeZoneGiven = timeZoneGiven;
        b.jobTitle = jobTitle.orElse(null);
        b.headline = headline;
        b.summary = summary;
        b.headlineLength = headlineLength;
        b.summaryLength = summaryLength;
        b.hasPhoto = hasPhoto;
        b.hasBackgroundPhoto = hasBackgroundPhoto;
        b.experienceEntries = experienceEntries;
        b.educationEntries = educationEntries;
        b.skills = skills;
        b.endorsements = endorsements;
        b.recommendationsReceived = recommendationsReceived;
        b.featuredItems = featuredItems;
        b.mediaItems = mediaItems;
        b.connections = connections;
        b.followers = followers;
        b.decisionMakerConnections = decisionMakerConnections;
        b.colleagueConnections = colleagueConnections;
        b.targetAccounts = targetAccounts;
        return b;
    }

    /** Leaves out the headline and summary (personal data) but gives their lengths. */
    @Override
    public String toString() {
        return "MemberProfile[id=" + id + ", industry=" + industry.orElse("-") + ", timeZone=" + timeZone
                + ", headline=<" + headlineLength + " chars>, summary=<" + summaryLength + " chars>"
                + ", hasPhoto=" + hasPhoto + ", hasBackgroundPhoto=" + hasBackgroundPhoto
                + ", experienceEntries=" + experienceEntries + ", educationEntries=" + educationEntries
                + ", skills=" + skills + ", endorsements=" + endorsements
                + ", recommendationsReceived=" + recommendationsReceived + ", featuredItems=" + featuredItems
                + ", mediaItems=" + mediaItems + ", connections=" + connections + ", followers=" + followers
                + ", decisionMakerConnections=" + decisionMakerConnections
                + ", colleagueConnections=" + colleagueConnections
                + ", targetAccounts=" + targetAccounts.size() + "]";
    }

    /** Builds a {@link MemberProfile}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String industry;
        private ZoneId timeZone = ZoneOffset.UTC;
        private boolean timeZoneGiven;
        private String jobTitle;
        private String headline = "";
        private String summary = "";
        private int headlineLength;
        private int summaryLength;
        private boolean hasPhoto;
        private boolean hasBackgroundPhoto;
        private int experienceEntries;
        private int educationEntries;
        private int skills;
        private int endorsements;
        private int recommendationsReceived;
        private int featuredItems;
        private int mediaItems;
        private int connections;
        private int followers;
        private int decisionMakerConnections;
        private int colleagueConnections;
        private Set<String> targetAccounts = Set.of();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param industry the member's industry, not blank
         * @return this builder
         */
        public Builder industry(String industry) {
            this.industry = Checks.nonBlank(industry, "industry");
            return this;
        }

        /**
         * @param timeZone where the member's days begin and end; given, even if it is UTC
         * @return this builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
            this.timeZoneGiven = true;
            return this;
        }

        /**
         * @param jobTitle the member's job title, not blank
         * @return this builder
         */
        public Builder jobTitle(String jobTitle) {
            this.jobTitle = Checks.nonBlank(jobTitle, "jobTitle");
            return this;
        }

        /**
         * @param headline the profile headline; empty for none
         * @return this builder
         */
        public Builder headline(String headline) {
            this.headline = Objects.requireNonNull(headline, "headline");
            this.headlineLength = strippedLength(headline);
            return this;
        }

        /**
         * The headline's length, for a CRM that does not store its text; replaces any headline
         * text given before, so the profile holds no stand-in text.
         *
         * @param length characters without leading and trailing white space, not negative
         * @return this builder
         */
        public Builder headlineLength(int length) {
            this.headlineLength = Checks.nonNegative(length, "headlineLength");
            this.headline = "";
            return this;
        }

        /**
         * @param summary the profile summary; empty for none
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = Objects.requireNonNull(summary, "summary");
            this.summaryLength = strippedLength(summary);
            return this;
        }

        /**
         * The summary's length, for a CRM that does not store its text; replaces any summary
         * text given before, so the profile holds no stand-in text.
         *
         * @param length characters without leading and trailing white space, not negative
         * @return this builder
         */
        public Builder summaryLength(int length) {
            this.summaryLength = Checks.nonNegative(length, "summaryLength");
            this.summary = "";
            return this;
        }

        /**
         * @param hasPhoto whether the profile has a photo
         * @return this builder
         */
        public Builder hasPhoto(boolean hasPhoto) {
            this.hasPhoto = hasPhoto;
            return this;
        }

        /**
         * @param hasBackgroundPhoto whether the profile has a background photo
         * @return this builder
         */
        public Builder hasBackgroundPhoto(boolean hasBackgroundPhoto) {
            this.hasBackgroundPhoto = hasBackgroundPhoto;
            return this;
        }

        /**
         * @param n positions listed under experience
         * @return this builder
         */
        public Builder experienceEntries(int n) {
            this.experienceEntries = n;
            return this;
        }

        /**
         * @param n entries listed under education
         * @return this builder
         */
        public Builder educationEntries(int n) {
            this.educationEntries = n;
            return this;
        }

        /**
         * @param n skills listed
         * @return this builder
         */
        public Builder skills(int n) {
            this.skills = n;
            return this;
        }

        /**
         * @param n endorsements received
         * @return this builder
         */
        public Builder endorsements(int n) {
            this.endorsements = n;
            return this;
        }

        /**
         * @param n written recommendations received
         * @return this builder
         */
        public Builder recommendationsReceived(int n) {
            this.recommendationsReceived = n;
            return this;
        }

        /**
         * @param n items in the featured section
         * @return this builder
         */
        public Builder featuredItems(int n) {
            this.featuredItems = n;
            return this;
        }

        /**
         * @param n media items such as a profile video
         * @return this builder
         */
        public Builder mediaItems(int n) {
            this.mediaItems = n;
            return this;
        }

        /**
         * @param n 1st-degree connections
         * @return this builder
         */
        public Builder connections(int n) {
            this.connections = n;
            return this;
        }

        /**
         * @param n followers
         * @return this builder
         */
        public Builder followers(int n) {
            this.followers = n;
            return this;
        }

        /**
         * @param n connections at VP level and above
         * @return this builder
         */
        public Builder decisionMakerConnections(int n) {
            this.decisionMakerConnections = n;
            return this;
        }

        /**
         * @param n connections who work for the member's company
         * @return this builder
         */
        public Builder colleagueConnections(int n) {
            this.colleagueConnections = n;
            return this;
        }

        /**
         * @param accounts the CRM's target account ids; copied
         * @return this builder
         */
        public Builder targetAccounts(Set<String> accounts) {
            this.targetAccounts = Objects.requireNonNull(accounts, "targetAccounts");
            return this;
        }

        /**
         * @return the profile
         * @throws NullPointerException     if the id is null
         * @throws IllegalArgumentException if a value is out of range
         */
        public MemberProfile build() {
            return new MemberProfile(id, Optional.ofNullable(industry), timeZone, Optional.ofNullable(jobTitle),
                    headline, summary, headlineLength, summaryLength, hasPhoto, hasBackgroundPhoto, experienceEntries, educationEntries, skills,
                    endorsements, recommendationsReceived, featuredItems, mediaItems, connections, followers,
                    decisionMakerConnections, colleagueConnections, targetAccounts, timeZoneGiven);
        }
    }
}
