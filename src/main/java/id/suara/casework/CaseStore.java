package id.suara.casework;

import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for cases, their history, requirement checks and notes. */
@Repository
class CaseStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final int countLimit;
    private final int textCountLimit;

    @Autowired
    CaseStore(JdbcClient jdbc, JsonMapper json) {
        this(jdbc, json, CappedCount.LIMIT, CappedCount.TEXT_LIMIT);
    }

    /**
     * A store whose lists count up to {@code countLimit} matches, and up to {@code textCountLimit} when they search text
     * (tests show the limits with a few cases).
     */
    CaseStore(JdbcClient jdbc, JsonMapper json, int countLimit, int textCountLimit) {
        this.jdbc = jdbc;
        this.json = json;
        this.countLimit = countLimit;
        this.textCountLimit = textCountLimit;
    }

    /** A new case to store with its registration number, the text it is found by, and its history so far. */
    record Opened(CaseFile c, String registrationNumber, String searchableText, List<HistoryEntry> history) {}

    /**
     * Stores new cases with their histories, in one statement whatever their number. A case is found by its registration
     * and tracking numbers (weighted first) and by its text.
     */
    void openAll(List<Opened> cases) {
        var params = new ArrayList<Object>();
        var caseRows = new StringJoiner(", ");
        for (var opened : cases) {
            var c = opened.c();
            caseRows.add("(?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?::timestamptz, ?::timestamptz, ?::uuid,"
                    + " ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::integer, setweight(to_tsvector('simple', ?),"
                    + " 'A') || setweight(to_tsvector('simple', ?), 'A') || to_tsvector('indonesian', ?))");
            params.addAll(Arrays.asList(
                    c.id(),
                    c.institutionId(),
                    c.kind().name(),
                    c.channel().name(),
                    opened.registrationNumber(),
                    c.trackingNumber(),
                    c.title(),
                    c.sopVersionId(),
                    c.currentStep(),
                    c.status().name(),
                    ts(c.stepEnteredAt()),
                    ts(c.stepDueAt()),
                    c.assignedUnitId(),
                    ts(c.audienceRequestedFor()),
                    ts(c.registeredAt()),
                    ts(c.closedAt()),
                    c.version(),
                    opened.registrationNumber(),
                    c.trackingNumber(),
                    opened.searchableText()));
        }
        var eventRows = new StringJoiner(
                ", ",
                "(values ",
                ") e (case_id, n, occurred_at, actor_id, actor_name, actor_role, action, from_step, to_step, note,"
                        + " fields)");
        for (var opened : cases) {
            var history = opened.history();
            for (int i = 0; i < history.size(); i++) {
                eventRows.add("(?::uuid, " + EVENT_ROW.substring(1));
                params.add(opened.c().id());
                addEventParams(i + 1, history.get(i), params);
            }
        }
        jdbc.sql("""
                        with opened as (
                            insert into case_file (id, institution_id, kind, channel, registration_number,
                                tracking_number, title, sop_version_id, current_step, status, step_entered_at,
                                step_due_at, assigned_unit_id, audience_requested_for, registered_at, closed_at,
                                version, search)
                            values\s""" + caseRows + """
                            returning id, step_due_at)
                        insert into case_event (case_id, seq, occurred_at, actor_id, actor_name, actor_role, action,
                            from_step, to_step, note, fields, due_at)
                        select opened.id, e.n, e.occurred_at, e.actor_id, e.actor_name, e.actor_role, e.action,
                            e.from_step, e.to_step, e.note, e.fields, opened.step_due_at
                        from opened join\s""" + eventRows + " on e.case_id = opened.id")
                .params(params)
                .update();
        cases.forEach(opened -> recordAssignment(opened.c()));
    }

    /**
     * Writes the new state if nobody changed the case since {@code expectedVersion}; false otherwise. The unit the case
     * is assigned to joins its assignment history.
     */
    boolean update(CaseFile c, int expectedVersion) {
        boolean updated = jdbc.sql("""
                update case_file set current_step = ?, status = ?, step_entered_at = ?, step_due_at = ?,
                    assigned_unit_id = ?, public_answer = ?, answered_at = ?, closed_at = ?, version = ?
                where id = ? and version = ?""")
                        .params(
                                c.currentStep(),
                                c.status().name(),
                                ts(c.stepEnteredAt()),
                                ts(c.stepDueAt()),
                                c.assignedUnitId(),
                                c.publicAnswer(),
                                ts(c.answeredAt()),
                                ts(c.closedAt()),
                                c.version(),
                                c.id(),
                                expectedVersion)
                        .update()
                == 1;
        if (updated) {
            recordAssignment(c);
        }
        return updated;
    }

    Optional<CaseStatus> status(UUID id) {
        return jdbc.sql("select status from case_file where id = ?")
                .param(id)
                .query((rs, n) -> CaseStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** Sets the case's category (null clears it) and counts the change as a new version. */
    void setCategory(UUID id, String category) {
        jdbc.sql("update case_file set category = ?, version = version + 1 where id = ?")
                .params(category, id)
                .update();
    }

    /** Locks the case's row until the transaction ends: what appends to its history without moving it waits here. */
    void lock(UUID id) {
        jdbc.sql("select id from case_file where id = ? for update")
                .param(id)
                .query(UUID.class)
                .list();
    }

    Optional<CaseFile> find(UUID id) {
        return jdbc.sql("select * from case_file where id = ?")
                .param(id)
                .query(CaseStore::caseFile)
                .optional();
    }

    /**
     * What a public tracking lookup needs, in one statement: the case found by its submission's tracking number, the
     * submission's access code hash to check, the case's history and what its latest requirement check found missing.
     *
     * @param missingInLatestCheck what the latest requirement check found missing; empty when it passed or none was made
     * @param mergedRegisteredAt for a duplicate merged into a main case (ADR 0037), when the duplicate was registered:
     *     the case, history and check are then the main case's, with the duplicate's own registration and tracking
     *     numbers; null for a case that is not merged
     */
    record ForComplainant(
            CaseFile caseFile,
            byte[] accessCodeHash,
            List<HistoryEntry> history,
            List<RequirementCheck> missingInLatestCheck,
            Instant mergedRegisteredAt) {}

    /**
     * A history entry as the tracking statement returns it (JSON built in the database); the time in microseconds since
     * the epoch, PostgreSQL's precision, which is cheaper to read than an ISO date-time text.
     */
    private record EventRow(
            int seq,
            long occurredAtMicros,
            UUID actorId,
            String actorName,
            String actorRole,
            String action,
            String fromStep,
            String toStep,
            String note,
            Map<String, Object> fields) {

        HistoryEntry entry() {
            return new HistoryEntry(
                    seq,
                    Instant.EPOCH.plus(occurredAtMicros, ChronoUnit.MICROS),
                    actorId,
                    actorName,
                    Role.valueOf(actorRole),
                    action,
                    fromStep,
                    toStep,
                    note,
                    fields);
        }
    }

    /** See {@link ForComplainant}; the tracking number as stored (canonical). */
    Optional<ForComplainant> findForComplainant(String trackingNumber) {
        return jdbc.sql("""
                select c.id, c.institution_id, c.kind, c.channel, d.registration_number, d.tracking_number, c.title,
                    c.sop_version_id, c.current_step, c.status, c.step_entered_at, c.step_due_at, c.assigned_unit_id,
                    c.public_answer, c.answered_at, c.audience_requested_for, c.registered_at, c.closed_at, c.version, c.category,
                    s.access_code_hash, d.merged_into is not null as merged, d.registered_at as own_registered_at,
                    (select json_agg(json_build_object('seq', e.seq,
                            'occurredAtMicros', (extract(epoch from e.occurred_at) * 1000000)::bigint, 'actorId', e.actor_id,
                            'actorName', e.actor_name, 'actorRole', e.actor_role, 'action', e.action,
                            'fromStep', e.from_step, 'toStep', e.to_step, 'note', e.note, 'fields', e.fields)
                            order by e.seq)
                        from case_event e where e.case_id = c.id) as history,
                    (select case when r.met then null else r.items::text end from requirement_check r
                        where r.case_id = c.id order by r.checked_at desc limit 1) as missing
                from submission s join case_file d on d.id = s.id
                    join case_file c on c.id = coalesce(d.merged_into, d.id)
                where s.tracking_number = ?""")
                .param(trackingNumber)
                .query((rs, n) -> new ForComplainant(
                        caseFile(rs, n),
                        rs.getBytes("access_code_hash"),
                        history(rs.getString("history")),
                        missing(rs.getString("missing")),
                        rs.getBoolean("merged") ? instant(rs.getTimestamp("own_registered_at")) : null))
                .optional();
    }

    private List<HistoryEntry> history(String rows) {
        if (rows == null) {
            return List.of();
        }
        return json.readValue(rows, new TypeReference<List<EventRow>>() {}).stream()
                .map(EventRow::entry)
                .toList();
    }

    private List<RequirementCheck> missing(String items) {
        if (items == null) {
            return List.of();
        }
        Map<String, Boolean> raw = json.readValue(items, new TypeReference<Map<String, Boolean>>() {});
        return raw.entrySet().stream()
                .filter(item -> !item.getValue())
                .map(item -> RequirementCheck.valueOf(item.getKey()))
                .sorted()
                .toList();
    }

    /**
     * Appends entries to a case's history in one statement, numbered after the last one, each with the due time the case
     * has after them ({@code after}).
     */
    void append(CaseFile after, List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var params = new ArrayList<Object>(List.of(after.id()));
        params.add(ts(after.stepDueAt()));
        params.add(after.id());
        var rows = eventRows(entries, params);
        jdbc.sql("""
                        insert into case_event (case_id, seq, occurred_at, actor_id, actor_name, actor_role, action,
                            from_step, to_step, note, fields, due_at)
                        select ?, last.seq + e.n, e.occurred_at, e.actor_id, e.actor_name, e.actor_role, e.action,
                            e.from_step, e.to_step, e.note, e.fields, ?::timestamptz
                        from (select coalesce(max(seq), 0) seq from case_event where case_id = ?) last,
                        """ + rows).params(params).update();
    }

    private static final String EVENT_ROW = "(?, ?::timestamptz, ?::uuid, ?, ?, ?, ?, ?, ?, ?::jsonb)";

    /** The entries as a VALUES list named {@code e}, numbered from 1 in column {@code n}; their values go to params. */
    private String eventRows(List<HistoryEntry> entries, List<Object> params) {
        var rows = new StringJoiner(
                ", ",
                "(values ",
                ") e (n, occurred_at, actor_id, actor_name, actor_role, action, "
                        + "from_step, to_step, note, fields)");
        for (int i = 0; i < entries.size(); i++) {
            rows.add(EVENT_ROW);
            addEventParams(i + 1, entries.get(i), params);
        }
        return rows.toString();
    }

    private void addEventParams(int n, HistoryEntry entry, List<Object> params) {
        params.add(n);
        params.add(ts(entry.occurredAt()));
        params.add(entry.actorId());
        params.add(entry.actorName());
        params.add(entry.actorRole().name());
        params.add(entry.action());
        params.add(entry.fromStep());
        params.add(entry.toStep());
        params.add(entry.note());
        params.add(json.writeValueAsString(entry.fields()));
    }

    List<HistoryEntry> history(UUID caseId) {
        return jdbc.sql("select * from case_event where case_id = ? order by seq")
                .param(caseId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getInt("seq"),
                        instant(rs.getTimestamp("occurred_at")),
                        rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_name"),
                        Role.valueOf(rs.getString("actor_role")),
                        rs.getString("action"),
                        rs.getString("from_step"),
                        rs.getString("to_step"),
                        rs.getString("note"),
                        json.readValue(rs.getString("fields"), new TypeReference<Map<String, Object>>() {})))
                .list();
    }

    void insertCheck(UUID caseId, RequirementCheckResult check) {
        jdbc.sql("""
                insert into requirement_check (id, case_id, step, checked_at, checked_by, items, met, note)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(
                        check.id(),
                        caseId,
                        check.step(),
                        ts(check.checkedAt()),
                        check.checkedBy(),
                        json.writeValueAsString(check.items()),
                        check.met(),
                        check.note())
                .update();
    }

    /** The latest requirement check recorded at a step since the case entered it. */
    Optional<RequirementCheckResult> latestCheck(UUID caseId, String step, Instant since) {
        return jdbc.sql("""
                select * from requirement_check where case_id = ? and step = ? and checked_at >= ?
                order by checked_at desc, id desc limit 1""").params(caseId, step, ts(since)).query(this::check).optional();
    }

    List<RequirementCheckResult> checks(UUID caseId) {
        return jdbc.sql("select * from requirement_check where case_id = ? order by checked_at")
                .param(caseId)
                .query(this::check)
                .list();
    }

    void insertNote(UUID caseId, CaseNote note) {
        jdbc.sql(
                        "insert into case_note (id, case_id, written_at, author_id, author_name, text) values (?, ?, ?, ?, ?, ?)")
                .params(note.id(), caseId, ts(note.writtenAt()), note.authorId(), note.authorName(), note.text())
                .update();
    }

    List<CaseNote> notes(UUID caseId) {
        return jdbc.sql("select * from case_note where case_id = ? order by written_at")
                .param(caseId)
                .query((rs, n) -> new CaseNote(
                        rs.getObject("id", UUID.class),
                        instant(rs.getTimestamp("written_at")),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("author_name"),
                        rs.getString("text")))
                .list();
    }

    /** One page of the cases the reader may read that match a filter, newest first, ties broken by id so pages are stable. */
    CasePage<CaseFile> list(CaseFilter filter, Readership reader, Instant now, int page, int size) {
        return pageOf(
                filter,
                institutionFirst -> listCondition(filter, reader, now, institutionFirst),
                "registered_at desc, id desc",
                page,
                size);
    }

    /** The statement counting {@link #list}'s matches (its plan is tested: CaseSearchCountPlanIntegrationTest). */
    SqlStatement listCount(CaseFilter filter, Readership reader, Instant now, int page, int size) {
        return countStatement(listCondition(filter, reader, now, hasText(filter)), countTo(filter, page, size));
    }

    private static SqlStatement listCondition(
            CaseFilter filter, Readership reader, Instant now, boolean institutionFirst) {
        var where = new StringBuilder(" where true");
        var params = new LinkedHashMap<String, Object>();
        appendReadable(reader, where, params, institutionFirst);
        if (filter.institutionId() != null && !readsOnly(reader, filter.institutionId())) {
            where.append(institutionIs("institutionId", institutionFirst));
            params.put("institutionId", filter.institutionId());
        }
        appendKindChannelStatus(filter, where, params);
        if (filter.step() != null) {
            where.append(" and current_step = :step");
            params.put("step", filter.step());
        }
        if (filter.assignedUnitId() != null) {
            where.append(" and assigned_unit_id = :assignedUnitId");
            params.put("assignedUnitId", filter.assignedUnitId());
        }
        if (filter.overdue() != null) {
            where.append(
                    filter.overdue()
                            ? " and closed_at is null and step_due_at < :now"
                            : " and not (closed_at is null and step_due_at is not null and step_due_at < :now)");
            params.put("now", ts(now));
        }
        appendText(filter, where, params);
        return new SqlStatement(where.toString(), params);
    }

    /**
     * One page of the cases the reader may read that match a filter and wait at one of the given steps, overdue first,
     * then by due time (cases without a time limit last), ties broken by registration and id so pages are stable.
     */
    CasePage<CaseFile> waiting(
            CaseFilter filter, List<WaitingStep> steps, Readership reader, Instant now, int page, int size) {
        if (steps.isEmpty()) {
            return new CasePage<>(List.of(), page, size, 0);
        }
        return pageOf(
                filter,
                institutionFirst -> waitingCondition(filter, steps, reader, now, institutionFirst),
                "(step_due_at is not null and step_due_at < :now) desc, step_due_at asc nulls last, registered_at, id",
                page,
                size);
    }

    private static SqlStatement waitingCondition(
            CaseFilter filter, List<WaitingStep> steps, Readership reader, Instant now, boolean institutionFirst) {
        var where = new StringBuilder(" where closed_at is null");
        var params = new LinkedHashMap<String, Object>();
        if (!readsOnly(reader, filter.institutionId())) {
            where.append(institutionIs("institutionId", institutionFirst));
            params.put("institutionId", filter.institutionId());
        }
        appendReadable(reader, where, params, institutionFirst);
        where.append(" and (");
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            where.append(i == 0 ? "" : " or ")
                    .append("(sop_version_id = :sop")
                    .append(i)
                    .append(" and current_step = :step")
                    .append(i);
            params.put("sop" + i, step.sopVersionId());
            params.put("step" + i, step.step());
            if (step.unitId() != null) {
                where.append(" and assigned_unit_id = :unit").append(i);
                params.put("unit" + i, step.unitId());
            }
            where.append(")");
        }
        where.append(")");
        appendKindChannelStatus(filter, where, params);
        if (filter.overdue() != null) {
            where.append(
                    filter.overdue()
                            ? " and step_due_at < :now"
                            : " and not (step_due_at is not null and step_due_at < :now)");
        }
        params.put("now", ts(now));
        appendText(filter, where, params);
        return new SqlStatement(where.toString(), params);
    }

    /** A list's where clause with its named parameters, naming the institution as {@link #institutionIs} says. */
    @FunctionalInterface
    private interface Condition {
        SqlStatement written(boolean institutionFirst);
    }

    /**
     * One page of the cases meeting a condition (a where clause with its named parameters, which {@code orderBy} may use
     * too) in the order {@code orderBy} gives, and how many there are, counted up to a limit ({@link CappedCount}); a
     * full-text search's count writes the condition institution first (ADR 0052).
     */
    private CasePage<CaseFile> pageOf(CaseFilter filter, Condition condition, String orderBy, int page, int size) {
        var pageCondition = condition.written(false);
        long countTo = countTo(filter, page, size);
        var count = countStatement(hasText(filter) ? condition.written(true) : pageCondition, countTo);
        long counted =
                jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
        var pageParams = new LinkedHashMap<>(pageCondition.params());
        pageParams.put("limit", size);
        pageParams.put("offset", (long) page * size);
        var items = jdbc.sql("select * from case_file" + pageCondition.sql() + " order by " + orderBy
                        + " limit :limit offset :offset")
                .params(pageParams)
                .query(CaseStore::caseFile)
                .list();
        var capped = CappedCount.of(counted, countTo);
        return new CasePage<>(items, page, size, capped.total(), capped.exact());
    }

    /**
     * How far a list counts its matches for this page: a full-text search less far, as each match it counts costs
     * reading and decompressing that case's search vector, where every other condition is answered from the row or an
     * index (ADR 0052).
     */
    private long countTo(CaseFilter filter, int page, int size) {
        return CappedCount.countTo(hasText(filter) ? textCountLimit : countLimit, page, size);
    }

    /** The statement counting the cases meeting {@code condition} up to one past {@code countTo}. */
    private static SqlStatement countStatement(SqlStatement condition, long countTo) {
        var params = new LinkedHashMap<>(condition.params());
        params.put("countLimit", countTo + 1);
        return new SqlStatement(
                "select count(*) from (select 1 from case_file" + condition.sql() + " limit :countLimit) matches",
                params);
    }

    /**
     * Whether the reader's own condition already names this institution: a list names it once, as a second
     * {@code = any} would multiply the planner's estimate of the matches by the institution's share a second time.
     */
    private static boolean readsOnly(Readership reader, UUID institutionId) {
        return !reader.everyInstitution() && institutionId != null && institutionId.equals(reader.institutionId());
    }

    /**
     * The condition that a case belongs to the institution in parameter {@code param}. A full-text search's count
     * writes it {@code institutionFirst}, as a one-element {@code = any(array[…])}, so that PostgreSQL checks it before
     * the words (ADR 0052): an equality with a constant joins an equivalence class, whose clause the planner puts after
     * the others of the same cost, and a sequential scan then decompressed the search vector of every institution's
     * cases it passed, three of four only to drop the row for its institution. The page keeps the equality, whose
     * index scan gives its order.
     */
    private static String institutionIs(String param, boolean institutionFirst) {
        return institutionFirst
                ? " and institution_id = any(array[cast(:" + param + " as uuid)])"
                : " and institution_id = :" + param;
    }

    /**
     * The case if the reader may read it ({@link Readership}): the same condition as every list, so a case is found
     * exactly when it would be listed.
     */
    Optional<CaseFile> findReadable(UUID id, Readership reader) {
        var where = new StringBuilder(" where id = :id");
        var params = new LinkedHashMap<String, Object>();
        params.put("id", id);
        appendReadable(reader, where, params);
        return jdbc.sql("select * from case_file" + where)
                .params(params)
                .query(CaseStore::caseFile)
                .optional();
    }

    /**
     * The cases a reader may read ({@link Readership}): an institution's, and of those, for a reader bound to units, only
     * the ones that are or were assigned to one of their units ({@code case_assignment}, indexed by unit and case).
     */
    static void appendReadable(Readership reader, StringBuilder where, Map<String, Object> params) {
        appendReadable(reader, where, params, false);
    }

    private static void appendReadable(
            Readership reader, StringBuilder where, Map<String, Object> params, boolean institutionFirst) {
        if (reader.everyInstitution()) {
            return;
        }
        if (reader.nothing()) {
            where.append(" and false");
            return;
        }
        where.append(institutionIs("readerInstitutionId", institutionFirst));
        params.put("readerInstitutionId", reader.institutionId());
        if (reader.units() != null) {
            where.append(" and exists (select 1 from case_assignment a"
                    + " where a.unit_id in (:readerUnitIds) and a.case_id = case_file.id)");
            params.put("readerUnitIds", reader.units());
        }
    }

    /** Keeps the unit a case is assigned to in its assignment history, once per unit. */
    private void recordAssignment(CaseFile c) {
        if (c.assignedUnitId() == null) {
            return;
        }
        // a unit is assigned only by moving the case, so the case entered its current step at that moment
        jdbc.sql("""
                insert into case_assignment (case_id, unit_id, assigned_at) values (:caseId, :unitId, :assignedAt)
                on conflict do nothing""")
                .param("caseId", c.id())
                .param("unitId", c.assignedUnitId())
                .param("assignedAt", ts(c.stepEnteredAt()))
                .update();
    }

    /** A step of an SOP version whose cases someone works on; {@code unitId} set when only that unit's cases count. */
    record WaitingStep(UUID sopVersionId, String step, UUID unitId) {}

    private RequirementCheckResult check(ResultSet rs, int row) throws SQLException {
        Map<String, Boolean> raw = json.readValue(rs.getString("items"), new TypeReference<Map<String, Boolean>>() {});
        var items = new EnumMap<RequirementCheck, Boolean>(RequirementCheck.class);
        raw.forEach((k, v) -> items.put(RequirementCheck.valueOf(k), v));
        return new RequirementCheckResult(
                rs.getObject("id", UUID.class),
                rs.getString("step"),
                instant(rs.getTimestamp("checked_at")),
                rs.getObject("checked_by", UUID.class),
                items,
                rs.getBoolean("met"),
                rs.getString("note"));
    }

    private static CaseFile caseFile(ResultSet rs, int row) throws SQLException {
        return new CaseFile(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                SubmissionKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("registration_number"),
                rs.getString("tracking_number"),
                rs.getString("title"),
                rs.getObject("sop_version_id", UUID.class),
                rs.getString("current_step"),
                CaseStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("step_entered_at")),
                instant(rs.getTimestamp("step_due_at")),
                rs.getObject("assigned_unit_id", UUID.class),
                rs.getString("public_answer"),
                instant(rs.getTimestamp("answered_at")),
                instant(rs.getTimestamp("audience_requested_for")),
                instant(rs.getTimestamp("registered_at")),
                instant(rs.getTimestamp("closed_at")),
                rs.getInt("version"),
                rs.getString("category"));
    }

    /** The filter's kind, channel and status conditions, shared by the case list and the inbox. */
    private static void appendKindChannelStatus(CaseFilter filter, StringBuilder where, Map<String, Object> params) {
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
    }

    /**
     * The filter's full-text condition, shared by the case list and the inbox: the words as Indonesian (so "perbaikan"
     * finds "memperbaiki", both stemmed to "baik"), or exactly as written (so a registration or tracking number, kept
     * unstemmed, is found whole or by its parts).
     */
    private static void appendText(CaseFilter filter, StringBuilder where, Map<String, Object> params) {
        if (hasText(filter)) {
            where.append(" and search @@ (plainto_tsquery('indonesian', :text) || plainto_tsquery('simple', :text))");
            params.put("text", filter.text());
        }
    }

    private static boolean hasText(CaseFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
