package io.ssi.examples.cli;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import io.ssi.core.mapping.ActivityRows;
import io.ssi.core.mapping.MappedActivities;
import io.ssi.core.mapping.MappingReport;
import io.ssi.core.mapping.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the command line's two CSV files (Apache Commons CSV, a header row, comma-separated,
 * RFC 4180 quoting): one row per member and one row per activity. The layouts are in the
 * README. A row that cannot be read is reported with its file, line and column and skipped;
 * the rest are read. Not thread-safe; use once.
 */
public final class CsvInput {

    /** The members file's columns; only {@code id} is required. */
    public static final List<String> MEMBER_COLUMNS = List.of("id", "name", "time_zone", "industry", "job_title",
            "headline", "summary", "has_photo", "has_background_photo", "experience_entries", "education_entries",
            "skills", "endorsements", "recommendations_received", "featured_items", "media_items", "connections",
            "followers", "decision_maker_connections", "colleague_connections", "target_accounts");
    /** The activities file's columns; {@code id}, {@code member_id}, {@code type} and {@code at} are required. */
    public static final List<String> ACTIVITY_COLUMNS = List.of("id", "member_id", "type", "at", "contact_id",
            "contact_seniority", "contact_account_id", "contact_degree", "contact_colleague", "engagement");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private final List<String> problems = new ArrayList<>();
    private int skippedRows;

    /**
     * What the input had wrong, one line each, in the order found.
     *
     * @return the problems, for example {@code "members.csv line 4, column 17 (connections):
     *         connections must be >= 0, but was -3; row skipped"}
     */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** @return how many rows were skipped */
    public int skippedRows() {
        return skippedRows;
    }

    /**
     * Reads both files.
     *
     * @param members    the members file
     * @param activities the activities file
     * @return the members that could be read, in file order, each with the activities that name it
     * @throws IOException if a file cannot be read, or a header misses a required column
     */
    public List<MemberInput> read(Path members, Path activities) throws IOException {
        Map<String, Member> byId = new LinkedHashMap<>();
        readMembers(members, byId);
        readActivities(activities, byId);
        List<MemberInput> out = new ArrayList<>(byId.size());
        for (Member m : byId.values()) {
            out.add(new MemberInput(m.profile, m.name, m.activities));
        }
        return out;
    }

    /**
     * Reads the members file and a CRM's export of activity rows, mapped by a mapping of the
     * library's {@code io.ssi.core.mapping} layer (Salesforce Task rows, HubSpot
     * communications): every column of the export is a cell of a {@link Row}. A row belongs to
     * the member whose id is its owner's, after {@code ownerKey} has normalised both (Salesforce's
     * 15- and 18-character ids of one user are one); a member's time zone, when the members file
     * gives one, places the row's dates. What the mapping made of the rows (mapped by type,
     * unmapped by value, rejected by reason, rows of owners not in the members file) is added
     * to the {@link #problems()} as counts, never as cell values.
     *
     * @param members  the members file
     * @param rows     the CRM export, a CSV file with a header row
     * @param mapping  how rows become activities
     * @param ownerKey the id normaliser the mapping applies to owners
     * @return the members that could be read, in file order, each with their mapped activities
     *         and their count of unmapped rows
     * @throws IOException if a file cannot be read, or the members header misses the id column
     */
    public List<MemberInput> readMapped(Path members, Path rows, ActivityRows mapping, UnaryOperator<String> ownerKey)
            throws IOException {
        Map<String, Member> byId = new LinkedHashMap<>();
        readMembers(members, byId);
        Map<String, Optional<ZoneId>> zones = new HashMap<>();
        for (Member m : byId.values()) {
            zones.put(ownerKey.apply(m.profile.id()), m.profile.timeZoneGiven() ? Optional.of(m.profile.timeZone())
                    : Optional.empty());
        }
        List<Row> cells = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(rows, StandardCharsets.UTF_8); CSVParser p = FORMAT.parse(r)) {
            List<String> columns = p.getHeaderNames();
            for (CSVRecord record : p) {
                Map<String, String> row = new HashMap<>();
                for (String column : columns) {
                    if (record.isSet(column)) {
                        row.put(column, record.get(column));
                    }
                }
                cells.add(Row.of(row));
            }
        }
        MappedActivities mapped = mapping.map(cells, owner -> zones.getOrDefault(owner, Optional.empty()));
        List<MemberInput> out = new ArrayList<>(byId.size());
        int ofMembers = 0;
        for (Member m : byId.values()) {
            String owner = ownerKey.apply(m.profile.id());
            List<Activity> log = mapped.activitiesOf(owner);
            ofMembers += log.size();
            out.add(new MemberInput(m.profile, m.name, log, mapped.unmappedRowsOf(owner)));
        }
        MappingReport report = mapped.report();
        String file = String.valueOf(rows.getFileName());
        problems.add(String.format(Locale.ROOT, "%s: %d rows, %d mapped %s, %d unmapped %s, %d rejected %s",
                file, report.rows(), report.mappedRows(), report.mapped(), report.unmappedRows(),
                counts(report.unmapped()), report.rejectedRows(), counts(report.rejected())));
        int elsewhere = report.mappedRows() - ofMembers;
        if (elsewhere > 0) {
            problems.add(file + ": " + elsewhere + " mapped row" + (elsewhere == 1 ? " belongs" : "s belong")
                    + " to owners who are not in the members file; not scored");
        }
        return out;
    }

    /** Counts by value, without the values themselves when one could be a whole subject line. */
    private static String counts(Map<String, Integer> byValue) {
        List<Integer> n = new ArrayList<>(byValue.values());
        return byValue.keySet().stream().allMatch(k -> k.length() <= 40) ? byValue.toString()
                : "(" + n.size() + " values)";
    }

    private static final class Member {
        final MemberProfile profile;
        final Optional<String> name;
        final List<Activity> activities = new ArrayList<>();

        Member(MemberProfile profile, Optional<String> name) {
            this.profile = profile;
            this.name = name;
        }
    }

    /** A cell that could not be read: says which column. */
    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;

        BadCell(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private void readMembers(Path file, Map<String, Member> byId) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = FORMAT.parse(r)) {
            Map<String, Integer> header = header(file, p, MEMBER_COLUMNS, List.of("id"));
            for (CSVRecord row : p) {
                long line = p.getCurrentLineNumber();
                try {
                    String id = required(row, "id");
                    if (byId.containsKey(id)) {
                        throw new BadCell("id", "member " + id + " is listed twice; the first row is kept");
                    }
                    MemberProfile.Builder b = MemberProfile.builder(id);
                    cell(row, "time_zone", v -> b.timeZone(zone(v)));
                    cell(row, "industry", b::industry);
                    cell(row, "job_title", b::jobTitle);
                    cell(row, "headline", b::headline);
                    cell(row, "summary", b::summary);
                    cell(row, "has_photo", v -> b.hasPhoto(bool("has_photo", v)));
                    cell(row, "has_background_photo", v -> b.hasBackgroundPhoto(bool("has_background_photo", v)));
                    count(row, "experience_entries", b::experienceEntries);
                    count(row, "education_entries", b::educationEntries);
                    count(row, "skills", b::skills);
                    count(row, "endorsements", b::endorsements);
                    count(row, "recommendations_received", b::recommendationsReceived);
                    count(row, "featured_items", b::featuredItems);
                    count(row, "media_items", b::mediaItems);
                    count(row, "connections", b::connections);
                    count(row, "followers", b::followers);
                    count(row, "decision_maker_connections", b::decisionMakerConnections);
                    count(row, "colleague_connections", b::colleagueConnections);
                    cell(row, "target_accounts", v -> b.targetAccounts(accounts(v)));
                    MemberProfile profile = built(b::build, MEMBER_COLUMNS);
                    Optional<String> name = value(row, "name");
                    byId.put(id, new Member(profile, name));
                } catch (BadCell e) {
                    skip(file, line, header, e);
                }
            }
        }
    }

    private void readActivities(Path file, Map<String, Member> byId) throws IOException {
        Map<String, Integer> unknownMembers = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = FORMAT.parse(r)) {
            Map<String, Integer> header = header(file, p, ACTIVITY_COLUMNS, List.of("id", "member_id", "type", "at"));
            for (CSVRecord row : p) {
                long line = p.getCurrentLineNumber();
                try {
                    String id = required(row, "id");
                    String memberId = required(row, "member_id");
                    ActivityType type = type(required(row, "type"));
                    Instant at = instant(required(row, "at"));
                    Activity.Builder a = Activity.builder(type, at).id(id);
                    Optional<String> contactId = value(row, "contact_id");
                    if (contactId.isPresent()) {
                        Contact.Builder c = Contact.builder(contactId.get());
                        cell(row, "contact_seniority", v -> c.seniority(seniority(v)));
                        cell(row, "contact_account_id", c::accountId);
                        count(row, "contact_degree", c::degree);
                        cell(row, "contact_colleague", v -> c.colleague(bool("contact_colleague", v)));
                        a.contact(built(c::build, ACTIVITY_COLUMNS));
                    }
                    count(row, "engagement", a::engagement);
                    Activity activity = built(a::build, ACTIVITY_COLUMNS);
                    Member m = byId.get(memberId);
                    if (m == null) {
                        unknownMembers.merge(memberId, 1, Integer::sum);
                        firstLine.putIfAbsent(memberId, line);
                        skippedRows++;
                        continue;
                    }
                    m.activities.add(activity);
                } catch (BadCell e) {
                    skip(file, line, header, e);
                }
            }
        }
        for (Map.Entry<String, Integer> e : unknownMembers.entrySet()) {
            problems.add(String.format(Locale.ROOT,
                    "%s line %d, column %d (member_id): %d row%s name member %s, who is not in the members file "
                            + "(or whose row was skipped); skipped",
                    file.getFileName(), firstLine.get(e.getKey()), ACTIVITY_COLUMNS.indexOf("member_id") + 1,
                    e.getValue(), e.getValue() == 1 ? "" : "s", e.getKey()));
        }
    }

    private Map<String, Integer> header(Path file, CSVParser p, List<String> known, List<String> required)
            throws IOException {
        Map<String, Integer> header = p.getHeaderMap();
        if (header == null) {
            header = Map.of();
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                throw new IOException(file.getFileName() + " line 1: the header must name the column " + column
                        + ", but names " + header.keySet());
            }
        }
        for (String column : header.keySet()) {
            if (!known.contains(column)) {
                problems.add(file.getFileName() + " line 1, column " + (header.get(column) + 1) + " (" + column
                        + "): not a known column, ignored");
            }
        }
        return header;
    }

    private void skip(Path file, long line, Map<String, Integer> header, BadCell e) {
        skippedRows++;
        Integer index = e.column == null ? null : header.get(e.column);
        String where = index == null ? "" : ", column " + (index + 1) + " (" + e.column + ")";
        problems.add(file.getFileName() + " line " + line + where + ": " + e.getMessage() + "; row skipped");
    }

    private static Optional<String> value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return Optional.empty();
        }
        String v = row.get(column);
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static String required(CSVRecord row, String column) {
        return value(row, column).orElseThrow(() -> new BadCell(column, column + " must not be blank"));
    }

    private static void cell(CSVRecord row, String column, java.util.function.Consumer<String> setter) {
        Optional<String> v = value(row, column);
        if (v.isPresent()) {
            try {
                setter.accept(v.get());
            } catch (IllegalArgumentException e) {
                throw new BadCell(column, e.getMessage());
            }
        }
    }

    private static void count(CSVRecord row, String column, java.util.function.IntConsumer setter) {
        cell(row, column, v -> {
            int n;
            try {
                n = Integer.parseInt(v.replace("+", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new BadCell(column, column + " must be a whole number, but was " + v);
            }
            setter.accept(n);
        });
    }

    private static boolean bool(String column, String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": return true;
            case "false": case "no": case "0": return false;
            default: throw new BadCell(column, column + " must be true or false, but was " + v);
        }
    }

    private static ZoneId zone(String v) {
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new BadCell("time_zone", "time_zone must be a zone id such as Europe/Berlin, but was " + v);
        }
    }

    private static Set<String> accounts(String v) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : v.split(";")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    private static ActivityType type(String v) {
        try {
            return ActivityType.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadCell("type", "type must be one of " + Arrays.toString(ActivityType.values()) + ", but was "
                    + v);
        }
    }

    private static Seniority seniority(String v) {
        try {
            return Seniority.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadCell("contact_seniority", "contact_seniority must be one of "
                    + Arrays.toString(Seniority.values()) + ", but was " + v);
        }
    }

    private static Instant instant(String v) {
        try {
            return v.endsWith("Z") ? Instant.parse(v) : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw new BadCell("at", "at must be an ISO-8601 instant such as 2026-11-02T09:15:00Z, but was " + v);
        }
    }

    /** Builds a value whose builder checks several fields at once; a failure names its column. */
    private static <T> T built(java.util.function.Supplier<T> build, List<String> columns) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new BadCell(columnNamedIn(e.getMessage(), columns), e.getMessage());
        }
    }

    /** The column whose field a validation message names first ({@code degree}: contact_degree), if any. */
    private static String columnNamedIn(String message, List<String> columns) {
        String first = Objects.requireNonNullElse(message, "").split(" ", 2)[0].toLowerCase(Locale.ROOT);
        for (String c : columns) {
            String plain = c.replace("_", "");
            if (plain.equals(first) || plain.equals("contact" + first)) {
                return c;
            }
        }
        return null;
    }

}
