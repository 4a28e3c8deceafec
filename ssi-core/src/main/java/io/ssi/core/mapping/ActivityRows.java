package io.ssi.core.mapping;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Seniority;
import io.ssi.core.internal.Checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a CRM's activity rows become {@link Activity}s: which column holds what, and a
 * {@link TypeTable} for the type or subject column. Ready-made for Sales Navigator's Salesforce
 * Task writeback ({@link #salesforceTasks()}) and HubSpot's LinkedIn message communications
 * ({@link #hubSpotLinkedInMessages()}); each can be changed through {@link #toBuilder()}.
 *
 * <p>The rules, the same for every CRM:
 * <ul>
 *   <li>a row belongs to the member in its <b>owner</b> column (Salesforce {@code OwnerId},
 *       HubSpot {@code hubspot_owner_id}), not to whoever created the record: a manager or an
 *       integration user often logs activities for the rep who owns them;</li>
 *   <li>its <b>time</b>: the date column's value if it is a date-time; if it is a date alone
 *       and the time column holds a date-time on that same day (in the member's zone), that
 *       date-time; otherwise noon on the date in the member's zone, the one rule of
 *       {@link Activity#builder(ActivityType, LocalDate, ZoneId)}. Without a date column value,
 *       the time column's;</li>
 *   <li>the <b>contact</b> from the contact column, with a {@link Seniority} guessed from the
 *       title column by {@link JobTitles#seniority(String)} ({@link Seniority#UNKNOWN} without a
 *       title) and the account from the account column; its connection degree is unknown
 *       (0), as CRMs do not hold it;</li>
 *   <li>ids (row, owner, contact, account) pass through the id normaliser, which for Salesforce
 *       brings 15- and 18-character ids to one form ({@link SalesforceIds#canonical(String)});</li>
 *   <li>a row whose type value no entry matches is <b>unmapped</b>, and counted in the report
 *       by {@linkplain TypeTable#unmappedKey(String) value}; a row without an id, owner or
 *       time, with an unreadable time, or whose status column holds a value not accepted is
 *       <b>rejected</b>, and counted by reason. Nothing is dropped silently, and nothing throws
 *       on a bad cell.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ActivityRows {

    private final String idColumn;
    private final String typeColumn;
    private final String ownerColumn;
    private final TypeTable types;
    private final Optional<String> dateColumn;
    private final Optional<String> timeColumn;
    private final Optional<String> contactColumn;
    private final Optional<String> titleColumn;
    private final Optional<String> accountColumn;
    private final Optional<String> statusColumn;
    private final Set<String> acceptedStatuses;
    private final UnaryOperator<String> ids;

    private ActivityRows(Builder b) {
        this.idColumn = b.idColumn;
        this.typeColumn = b.typeColumn;
        this.ownerColumn = b.ownerColumn;
        this.types = b.types;
        this.dateColumn = Optional.ofNullable(b.dateColumn);
        this.timeColumn = Optional.ofNullable(b.timeColumn);
        if (dateColumn.isEmpty() && timeColumn.isEmpty()) {
            throw new IllegalStateException("an activity mapping needs a date or a time column, but has neither");
        }
        this.contactColumn = Optional.ofNullable(b.contactColumn);
        this.titleColumn = Optional.ofNullable(b.titleColumn);
        this.accountColumn = Optional.ofNullable(b.accountColumn);
        this.statusColumn = Optional.ofNullable(b.statusColumn);
        this.acceptedStatuses = Set.copyOf(b.acceptedStatuses);
        this.ids = b.ids;
    }

    /**
     * Starts a mapping with the three columns every mapping needs; add a date or time column,
     * and the others the CRM has.
     *
     * @param idColumn    the row id, the key for removing duplicates
     * @param typeColumn  the column the type table reads (a type or subject)
     * @param ownerColumn the member who owns the row
     * @param types       the type table
     * @return a new builder
     */
    public static Builder builder(String idColumn, String typeColumn, String ownerColumn, TypeTable types) {
        return new Builder(idColumn, typeColumn, ownerColumn, types);
    }

    /**
     * The subjects Sales Navigator's CRM sync gives the Salesforce Tasks it writes, mixed in the
     * same object with calls, emails and notes:
     * "LinkedIn InMail" or "LinkedIn InMail: …" ({@link ActivityType#INMAIL_SENT}),
     * "LinkedIn InMail Reply: …" ({@link ActivityType#INMAIL_REPLY_RECEIVED}),
     * "LinkedIn Message" or "LinkedIn Message: …" ({@link ActivityType#MESSAGE_SENT}),
     * "LinkedIn Message Reply" ({@link ActivityType#MESSAGE_REPLY_RECEIVED}),
     * "LinkedIn Connection Request" ({@link ActivityType#CONNECTION_REQUEST_SENT}) and
     * "LinkedIn Connection Accepted" ({@link ActivityType#CONNECTION_REQUEST_ACCEPTED}). Calls,
     * emails, notes, Smart Link views and declined InMails map to no activity type and are
     * reported as unmapped.
     *
     * @return the table
     */
    public static TypeTable salesforceTaskSubjects() {
        return TypeTable.builder()
                .exact("LinkedIn InMail", ActivityType.INMAIL_SENT)
                .prefix("LinkedIn InMail:", ActivityType.INMAIL_SENT)
                .exact("LinkedIn InMail Reply", ActivityType.INMAIL_REPLY_RECEIVED)
                .prefix("LinkedIn InMail Reply:", ActivityType.INMAIL_REPLY_RECEIVED)
                .exact("LinkedIn Message", ActivityType.MESSAGE_SENT)
                .prefix("LinkedIn Message:", ActivityType.MESSAGE_SENT)
                .exact("LinkedIn Message Reply", ActivityType.MESSAGE_REPLY_RECEIVED)
                .prefix("LinkedIn Message Reply:", ActivityType.MESSAGE_REPLY_RECEIVED)
                .exact("LinkedIn Connection Request", ActivityType.CONNECTION_REQUEST_SENT)
                .exact("LinkedIn Connection Accepted", ActivityType.CONNECTION_REQUEST_ACCEPTED)
                .build();
    }

    /**
     * Salesforce Task rows as Sales Navigator's CRM sync writes them: {@code Id},
     * {@code Subject} (through {@link #salesforceTaskSubjects()}), {@code OwnerId},
     * {@code ActivityDate} (a date) with {@code CreatedDate} (a date-time) for the time of day,
     * the contact {@code WhoId} with {@code Who.Title} and {@code Who.AccountId}; only rows
     * whose {@code Status} is "Completed" (open tasks are plans, not activity). Ids of 15 and
     * 18 characters are brought to one form.
     *
     * @return the mapping
     */
    public static ActivityRows salesforceTasks() {
        return builder("Id", "Subject", "OwnerId", salesforceTaskSubjects())
                .dateColumn("ActivityDate").timeColumn("CreatedDate")
                .contactColumn("WhoId").titleColumn("Who.Title").accountColumn("Who.AccountId")
                .statusColumn("Status", Set.of("Completed"))
                .ids(SalesforceIds::canonical)
                .build();
    }

    /**
     * HubSpot communications (the object HubSpot logs LinkedIn messages in): {@code hs_object_id},
     * {@code hs_communication_channel_type} where {@code LINKEDIN_MESSAGE} is a
     * {@link ActivityType#MESSAGE_SENT} (SMS and WhatsApp rows are reported as unmapped),
     * {@code hubspot_owner_id}, {@code hs_timestamp} (ISO or epoch milliseconds), and for the
     * contact {@code contact_id} with the contact properties {@code jobtitle} and
     * {@code associatedcompanyid}. Exports name the associated contact's column in different
     * ways: set yours with {@code toBuilder().contactColumn(...)}.
     *
     * @return the mapping
     */
    public static ActivityRows hubSpotLinkedInMessages() {
        TypeTable channels = TypeTable.builder().exact("LINKEDIN_MESSAGE", ActivityType.MESSAGE_SENT).build();
        return builder("hs_object_id", "hs_communication_channel_type", "hubspot_owner_id", channels)
                .dateColumn("hs_timestamp")
                .contactColumn("contact_id").titleColumn("jobtitle").accountColumn("associatedcompanyid")
                .build();
    }

    /**
     * A builder holding this mapping, for changing a column or the type table.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(idColumn, typeColumn, ownerColumn, types);
        b.dateColumn = dateColumn.orElse(null);
        b.timeColumn = timeColumn.orElse(null);
        b.contactColumn = contactColumn.orElse(null);
        b.titleColumn = titleColumn.orElse(null);
        b.accountColumn = accountColumn.orElse(null);
        b.statusColumn = statusColumn.orElse(null);
        b.acceptedStatuses = acceptedStatuses;
        b.ids = ids;
        return b;
    }

    /** @return the type table this mapping reads the type column with */
    public TypeTable types() {
        return types;
    }

    /**
     * Maps rows with every member's days in UTC; {@link MappingReport#ownersWithDefaultedZone()}
     * then counts every owner.
     *
     * @param rows the rows
     * @return the activities by owner, and the report
     */
    public MappedActivities map(Iterable<Row> rows) {
        return map(rows, owner -> Optional.empty());
    }

    /**
     * Maps rows, placing date-only values and local times in each owner's time zone.
     *
     * @param rows        the rows, in any order
     * @param zoneOfOwner each owner's time zone (the same function the profiles' time zones come
     *                    from); empty for an owner whose zone is unknown, whose days are then
     *                    UTC and who is counted in {@link MappingReport#ownersWithDefaultedZone()}
     * @return the activities by owner, and the report
     */
    public MappedActivities map(Iterable<Row> rows, Function<String, Optional<ZoneId>> zoneOfOwner) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(zoneOfOwner, "zoneOfOwner");
        Tally t = new Tally();
        Map<String, ZoneId> zones = new HashMap<>();
        for (Row row : rows) {
            Objects.requireNonNull(row, "row");
            t.rows++;
            String typeValue = row.value(typeColumn).orElse("");
            Optional<ActivityType> type = types.typeOf(typeValue);
            if (type.isEmpty()) {
                t.unmapped.merge(TypeTable.unmappedKey(typeValue), 1, Integer::sum);
                row.value(ownerColumn).map(ids).ifPresent(o -> t.unmappedByOwner.merge(o, 1, Integer::sum));
                continue;
            }
            Optional<String> id = row.value(idColumn).map(ids);
            Optional<String> owner = row.value(ownerColumn).map(ids);
            if (id.isEmpty() || owner.isEmpty()) {
                t.reject("missing " + (id.isEmpty() ? idColumn : ownerColumn));
                continue;
            }
            if (statusColumn.isPresent()) {
                String status = row.value(statusColumn.get()).orElse("");
                if (!acceptedStatuses.contains(status.toLowerCase(Locale.ROOT))) {
                    t.reject(statusColumn.get() + ": " + (status.isEmpty() ? "(blank)" : status));
                    continue;
                }
            }
            ZoneId zone = zones.computeIfAbsent(owner.get(), o -> {
                Optional<ZoneId> z = Objects.requireNonNull(zoneOfOwner.apply(o), "zone of an owner");
                if (z.isEmpty()) {
                    t.defaultedZones.add(o);
                }
                return z.orElse(ZoneOffset.UTC);
            });
            Activity activity;
            try {
                Optional<Timed> at = timeOf(row, zone);
                if (at.isEmpty()) {
                    t.reject("missing " + String.join(" and ", columnsForTime()));
                    continue;
                }
                Activity.Builder b = Activity.builder(type.get(), at.get().at()).id(id.get());
                contactOf(row).ifPresent(c -> {
                    b.contact(c);
                    t.seeContact(c);
                });
                activity = b.build();
                if (at.get().dateOnly()) {
                    t.dateOnly++;
                }
            } catch (Unreadable e) {
                t.reject("unreadable " + e.column);
                continue;
            }
            if (!t.ids.add(activity.id())) {
                t.duplicateIds++;
            }
            t.mapped.merge(activity.type(), 1, Integer::sum);
            t.owners.add(owner.get());
            t.byOwner.computeIfAbsent(owner.get(), o -> new ArrayList<>()).add(activity);
        }
        Set<String> defaulted = new HashSet<>(t.defaultedZones);
        defaulted.retainAll(t.owners);
        int unknownSeniority = 0;
        int unknownDegree = 0;
        for (Contact c : t.contacts.values()) {
            unknownSeniority += c.seniority() == Seniority.UNKNOWN ? 1 : 0;
            unknownDegree += c.degree() == 0 ? 1 : 0;
        }
        MappingReport report = new MappingReport(t.rows, t.mapped, t.unmapped, t.rejected, t.dateOnly,
                t.duplicateIds, t.owners.size(), defaulted.size(), t.contacts.size(), unknownSeniority,
                unknownDegree);
        return new MappedActivities(t.byOwner, report, t.unmappedByOwner);
    }

    private List<String> columnsForTime() {
        List<String> c = new ArrayList<>(2);
        dateColumn.ifPresent(c::add);
        timeColumn.ifPresent(c::add);
        return c;
    }

    private Optional<Timed> timeOf(Row row, ZoneId zone) {
        Optional<String> date = dateColumn.flatMap(row::value);
        Optional<String> time = timeColumn.flatMap(row::value);
        if (date.isPresent()) {
            String d = date.get();
            if (!CrmValues.isDateOnly(d)) {
                return Optional.of(new Timed(read(dateColumn.get(), d, zone), false));
            }
            LocalDate day = LocalDate.parse(d);
            if (time.isPresent() && !CrmValues.isDateOnly(time.get())) {
                Instant precise = read(timeColumn.get(), time.get(), zone);
                if (precise.atZone(zone).toLocalDate().equals(day)) {
                    return Optional.of(new Timed(precise, false));
                }
            }
            return Optional.of(new Timed(read(dateColumn.get(), d, zone), true));
        }
        return time.map(v -> new Timed(read(timeColumn.get(), v, zone), CrmValues.isDateOnly(v)));
    }

    private static Instant read(String column, String value, ZoneId zone) {
        try {
            Instant at = CrmValues.instant(column, value, zone);
            // The domain accepts years 1 to 9999 only; a cell outside them is unreadable, too.
            if (at.isBefore(Checks.EARLIEST) || at.isAfter(Checks.LATEST)) {
                throw new Unreadable(column);
            }
            return at;
        } catch (IllegalArgumentException e) {
            throw new Unreadable(column);
        }
    }

    private Optional<Contact> contactOf(Row row) {
        if (contactColumn.isEmpty()) {
            return Optional.empty();
        }
        return row.value(contactColumn.get()).map(ids).map(id -> {
            Contact.Builder c = Contact.builder(id);
            titleColumn.flatMap(row::value).ifPresent(title -> c.seniority(JobTitles.seniority(title)));
            accountColumn.flatMap(row::value).map(ids).ifPresent(c::accountId);
            return c.build();
        });
    }

    @Override
    public String toString() {
        return "ActivityRows[id=" + idColumn + ", type=" + typeColumn + ", owner=" + ownerColumn + ", " + types + "]";
    }

    private record Timed(Instant at, boolean dateOnly) {
    }

    /** A cell this mapping could not read as a time; the row is rejected, not the import. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String column;

        Unreadable(String column) {
            super(column, null, false, false);
            this.column = column;
        }
    }

    /** What one call to {@code map} has counted so far. */
    private static final class Tally {
        int rows;
        int dateOnly;
        int duplicateIds;
        final Map<ActivityType, Integer> mapped = new EnumMap<>(ActivityType.class);
        final Map<String, Integer> unmapped = new TreeMap<>();
        final Map<String, Integer> unmappedByOwner = new TreeMap<>();
        final Map<String, Integer> rejected = new TreeMap<>();
        final Set<String> ids = new HashSet<>();
        final Set<String> owners = new HashSet<>();
        final Set<String> defaultedZones = new LinkedHashSet<>();
        final Map<String, Contact> contacts = new HashMap<>();
        final Map<String, List<Activity>> byOwner = new TreeMap<>();

        void reject(String reason) {
            rejected.merge(reason, 1, Integer::sum);
        }

        /** A contact counts as of known seniority once any of its rows tells it. */
        void seeContact(Contact c) {
            contacts.merge(c.id(), c, (old, now) -> old.seniority() == Seniority.UNKNOWN ? now : old);
        }
    }

    /** Builds an {@link ActivityRows}. Not thread-safe. */
    public static final class Builder {
        private final String idColumn;
        private final String typeColumn;
        private final String ownerColumn;
        private TypeTable types;
        private String dateColumn;
        private String timeColumn;
        private String contactColumn;
        private String titleColumn;
        private String accountColumn;
        private String statusColumn;
        private Set<String> acceptedStatuses = Set.of();
        private UnaryOperator<String> ids = UnaryOperator.identity();

        private Builder(String idColumn, String typeColumn, String ownerColumn, TypeTable types) {
            this.idColumn = column(idColumn, "idColumn");
            this.typeColumn = column(typeColumn, "typeColumn");
            this.ownerColumn = column(ownerColumn, "ownerColumn");
            this.types = Objects.requireNonNull(types, "types");
        }

        /**
         * @param types the table that reads the type column
         * @return this builder
         */
        public Builder types(TypeTable types) {
            this.types = Objects.requireNonNull(types, "types");
            return this;
        }

        /**
         * @param column the day of the activity (a date, or a date-time)
         * @return this builder
         */
        public Builder dateColumn(String column) {
            this.dateColumn = column(column, "dateColumn");
            return this;
        }

        /**
         * @param column a date-time that gives a date-only day its time of day, or stands in for
         *               a missing date
         * @return this builder
         */
        public Builder timeColumn(String column) {
            this.timeColumn = column(column, "timeColumn");
            return this;
        }

        /**
         * @param column the contact's id
         * @return this builder
         */
        public Builder contactColumn(String column) {
            this.contactColumn = column(column, "contactColumn");
            return this;
        }

        /**
         * @param column the contact's job title, read by {@link JobTitles#seniority(String)}
         * @return this builder
         */
        public Builder titleColumn(String column) {
            this.titleColumn = column(column, "titleColumn");
            return this;
        }

        /**
         * @param column the contact's account (company) id
         * @return this builder
         */
        public Builder accountColumn(String column) {
            this.accountColumn = column(column, "accountColumn");
            return this;
        }

        /**
         * Keeps only rows whose status is one of the accepted values (ignoring case); the others
         * are rejected and counted by status.
         *
         * @param column   the status column
         * @param accepted the statuses that mean the activity happened, not empty
         * @return this builder
         */
        public Builder statusColumn(String column, Set<String> accepted) {
            this.statusColumn = column(column, "statusColumn");
            Objects.requireNonNull(accepted, "accepted");
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("accepted statuses must not be empty, but was " + accepted);
            }
            Set<String> lower = new HashSet<>();
            for (String s : accepted) {
                lower.add(Objects.requireNonNull(s, "accepted status").strip().toLowerCase(Locale.ROOT));
            }
            this.acceptedStatuses = lower;
            return this;
        }

        /**
         * Accepts rows whatever their status.
         *
         * @return this builder
         */
        public Builder anyStatus() {
            this.statusColumn = null;
            this.acceptedStatuses = Set.of();
            return this;
        }

        /**
         * @param normaliser brings the CRM's ids (row, owner, contact, account) to one form; it
         *                   must return a non-blank id
         * @return this builder
         */
        public Builder ids(UnaryOperator<String> normaliser) {
            this.ids = Objects.requireNonNull(normaliser, "normaliser");
            return this;
        }

        /**
         * @return the mapping
         * @throws IllegalStateException if there is neither a date nor a time column
         */
        public ActivityRows build() {
            return new ActivityRows(this);
        }

        private static String column(String name, String field) {
            Objects.requireNonNull(name, field);
            if (name.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank, but was \"" + name + "\"");
            }
            return name;
        }
    }
}
