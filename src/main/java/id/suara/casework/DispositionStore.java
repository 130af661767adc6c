package id.suara.casework;

import id.suara.institution.Role;
import id.suara.institution.UnitType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for dispositions, the units they are addressed to and their monitoring notes. */
@Repository
class DispositionStore {

    private static final TypeReference<List<DispositionInstruction>> INSTRUCTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DispositionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A disposition to store, with the units it is addressed to: the lead, then the others in order. */
    record NewDisposition(
            UUID id,
            UUID caseId,
            UUID parentId,
            List<DispositionInstruction> instructions,
            String note,
            Instant deadline,
            Urgency urgency,
            boolean confidential,
            String letterNumber,
            LocalDate letterDate,
            String step,
            String action,
            Instant disposedAt,
            UUID disposedBy,
            String disposedByName,
            Role disposedByRole,
            UUID leadUnitId,
            List<UUID> otherUnitIds) {}

    /**
     * Stores a disposition and its units. Every unit it is addressed to joins the case's assignment history, so that
     * the unit's bound members (organ members, liaison officers) read the case from now on (ADR 0014, 0027).
     */
    void insert(NewDisposition d) {
        jdbc.sql("""
                insert into disposition (id, case_id, parent_id, instructions, note, deadline, urgency, confidential,
                    letter_number, letter_date, step, action, disposed_at, disposed_by, disposed_by_name,
                    disposed_by_role)
                values (:id, :caseId, :parentId, :instructions::jsonb, :note, :deadline, :urgency, :confidential,
                    :letterNumber, :letterDate, :step, :action, :disposedAt, :disposedBy, :disposedByName,
                    :disposedByRole)""")
                .param("id", d.id())
                .param("caseId", d.caseId())
                .param("parentId", d.parentId())
                .param("instructions", json.writeValueAsString(d.instructions()))
                .param("note", d.note())
                .param("deadline", Timestamp.from(d.deadline()))
                .param("urgency", d.urgency().name())
                .param("confidential", d.confidential())
                .param("letterNumber", d.letterNumber())
                .param("letterDate", d.letterDate() == null ? null : Date.valueOf(d.letterDate()))
                .param("step", d.step())
                .param("action", d.action())
                .param("disposedAt", Timestamp.from(d.disposedAt()))
                .param("disposedBy", d.disposedBy())
                .param("disposedByName", d.disposedByName())
                .param("disposedByRole", d.disposedByRole().name())
                .update();
        var units = new ArrayList<UUID>();
        units.add(d.leadUnitId());
        units.addAll(d.otherUnitIds());
        for (int i = 0; i < units.size(); i++) {
            jdbc.sql("""
                    insert into disposition_unit (disposition_id, unit_id, lead, position)
                    values (:id, :unitId, :lead, :position)""")
                    .param("id", d.id())
                    .param("unitId", units.get(i))
                    .param("lead", i == 0)
                    .param("position", i)
                    .update();
            jdbc.sql("""
                    insert into case_assignment (case_id, unit_id, assigned_at) values (:caseId, :unitId, :at)
                    on conflict do nothing""")
                    .param("caseId", d.caseId())
                    .param("unitId", units.get(i))
                    .param("at", Timestamp.from(d.disposedAt()))
                    .update();
        }
    }

    /** A case's dispositions, oldest first. */
    List<Disposition> ofCase(UUID caseId, Instant now) {
        return read(" where d.case_id = :caseId", Map.of("caseId", caseId), " order by d.disposed_at, d.id", now);
    }

    /** One disposition of a case. */
    Optional<Disposition> find(UUID caseId, UUID id, Instant now) {
        return read(" where d.case_id = :caseId and d.id = :id", Map.of("caseId", caseId, "id", id), "", now).stream()
                .findFirst();
    }

    /** Locks the disposition's row until the transaction ends: reporting it done and noting it wait here. */
    void lock(UUID id) {
        jdbc.sql("select id from disposition where id = ? for update")
                .param(id)
                .query(UUID.class)
                .list();
    }

    void complete(UUID id, Instant at, UUID by, String byName, String note) {
        jdbc.sql("""
                update disposition set completed_at = :at, completed_by = :by, completed_by_name = :byName,
                    completion_note = :note
                where id = :id and completed_at is null""")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("byName", byName)
                .param("note", note)
                .param("id", id)
                .update();
    }

    void addMonitoring(UUID dispositionId, Disposition.MonitoringNote note, UUID by) {
        jdbc.sql("""
                insert into disposition_monitoring (id, disposition_id, noted_at, noted_by, noted_by_name, note)
                values (?, ?, ?, ?, ?, ?)""")
                .params(note.id(), dispositionId, Timestamp.from(note.at()), by, note.byName(), note.note())
                .update();
    }

    /** An open disposition with the case it belongs to. */
    record Open(Disposition disposition, UUID institutionId, String registrationNumber, String title) {}

    /**
     * The open dispositions (not reported done, case not ended) of the cases the reader may read, overdue first, then
     * by deadline; at most {@code limit}.
     *
     * @param institutionId only this institution's, or every one the reader reads when null
     * @param overdueOnly only those past their deadline
     */
    List<Open> open(Readership reader, UUID institutionId, boolean overdueOnly, Instant now, int limit) {
        var where = new StringBuilder(" where d.completed_at is null and case_file.closed_at is null");
        var params = new LinkedHashMap<String, Object>();
        CaseStore.appendReadable(reader, where, params);
        if (institutionId != null) {
            where.append(" and case_file.institution_id = :institutionId");
            params.put("institutionId", institutionId);
        }
        if (overdueOnly) {
            where.append(" and d.deadline < :now");
        }
        params.put("now", Timestamp.from(now));
        params.put("limit", limit);
        var cases = new HashMap<UUID, String[]>();
        var dispositions = read(
                where.toString(),
                params,
                " order by (d.deadline < :now) desc, d.deadline, d.id limit :limit",
                now,
                (rs, d) -> cases.put(d, new String[] {
                    rs.getString("institution_id"), rs.getString("registration_number"), rs.getString("title")
                }));
        return dispositions.stream()
                .map(d -> {
                    var c = cases.get(d.id());
                    return new Open(d, UUID.fromString(c[0]), c[1], c[2]);
                })
                .toList();
    }

    /** Something more to read from each disposition's row. */
    private interface RowReader {
        void read(ResultSet rs, UUID dispositionId) throws SQLException;
    }

    private List<Disposition> read(String where, Map<String, Object> params, String orderBy, Instant now) {
        return read(where, params, orderBy, now, (rs, id) -> {});
    }

    private List<Disposition> read(
            String where, Map<String, Object> params, String orderBy, Instant now, RowReader more) {
        var rows = jdbc.sql("""
                        select d.*, d.instructions::text as instructions_text, case_file.closed_at as case_closed_at,
                            case_file.institution_id, case_file.registration_number, case_file.title
                        from disposition d join case_file on case_file.id = d.case_id""" + where + orderBy)
                .params(params)
                .query((rs, n) -> {
                    var row = row(rs, now);
                    more.read(rs, row.id());
                    return row;
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        var units = new HashMap<UUID, List<Disposition.Addressee>>();
        jdbc.sql("""
                        select du.disposition_id, du.unit_id, du.lead, u.name, u.type
                        from disposition_unit du join unit u on u.id = du.unit_id
                        where du.disposition_id in (:ids) order by du.disposition_id, du.position""")
                .param("ids", ids)
                .query((rs, n) -> units.computeIfAbsent(
                                rs.getObject("disposition_id", UUID.class), k -> new ArrayList<>())
                        .add(new Disposition.Addressee(
                                rs.getObject("unit_id", UUID.class),
                                rs.getString("name"),
                                UnitType.valueOf(rs.getString("type")),
                                rs.getBoolean("lead"))))
                .list();
        var monitoring = new HashMap<UUID, List<Disposition.MonitoringNote>>();
        jdbc.sql("""
                        select id, disposition_id, noted_at, noted_by_name, note from disposition_monitoring
                        where disposition_id in (:ids) order by noted_at, id""")
                .param("ids", ids)
                .query((rs, n) -> monitoring
                        .computeIfAbsent(rs.getObject("disposition_id", UUID.class), k -> new ArrayList<>())
                        .add(new Disposition.MonitoringNote(
                                rs.getObject("id", UUID.class),
                                rs.getTimestamp("noted_at").toInstant(),
                                rs.getString("noted_by_name"),
                                rs.getString("note"))))
                .list();
        return rows.stream()
                .map(r -> r.disposition(
                        units.getOrDefault(r.id(), List.of()), monitoring.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** A disposition's own row, before its units and monitoring notes are read. */
    private record Row(
            UUID id,
            UUID caseId,
            UUID parentId,
            List<DispositionInstruction> instructions,
            String note,
            Instant deadline,
            Urgency urgency,
            boolean confidential,
            String letterNumber,
            LocalDate letterDate,
            String step,
            String action,
            Instant disposedAt,
            UUID disposedBy,
            String disposedByName,
            Role disposedByRole,
            Instant completedAt,
            String completedByName,
            String completionNote,
            boolean caseClosed,
            Instant now) {

        Disposition disposition(List<Disposition.Addressee> units, List<Disposition.MonitoringNote> monitoring) {
            boolean open = completedAt == null && !caseClosed;
            return new Disposition(
                    id,
                    caseId,
                    parentId,
                    units,
                    instructions,
                    note,
                    deadline,
                    urgency,
                    confidential,
                    letterNumber,
                    letterDate,
                    step,
                    action,
                    disposedAt,
                    disposedBy,
                    disposedByName,
                    disposedByRole,
                    completedAt,
                    completedByName,
                    completionNote,
                    open,
                    open && deadline.isBefore(now),
                    monitoring);
        }
    }

    private Row row(ResultSet rs, Instant now) throws SQLException {
        var letterDate = rs.getDate("letter_date");
        var completedAt = rs.getTimestamp("completed_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                json.readValue(rs.getString("instructions_text"), INSTRUCTIONS),
                rs.getString("note"),
                rs.getTimestamp("deadline").toInstant(),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getBoolean("confidential"),
                rs.getString("letter_number"),
                letterDate == null ? null : letterDate.toLocalDate(),
                rs.getString("step"),
                rs.getString("action"),
                rs.getTimestamp("disposed_at").toInstant(),
                rs.getObject("disposed_by", UUID.class),
                rs.getString("disposed_by_name"),
                Role.valueOf(rs.getString("disposed_by_role")),
                completedAt == null ? null : completedAt.toInstant(),
                rs.getString("completed_by_name"),
                rs.getString("completion_note"),
                rs.getTimestamp("case_closed_at") != null,
                now);
    }
}
