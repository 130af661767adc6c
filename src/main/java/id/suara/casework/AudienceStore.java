package id.suara.casework;

import id.suara.intake.PersonalData;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for audiences, the members the gate recorded, delegation limits and organ discussions (V30). */
@Repository
class AudienceStore {

    private static final String MEMBER_TABLE = "audience_member";

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    AudienceStore(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    /** An audience as stored; its members are read separately. */
    record Row(
            UUID id,
            UUID caseId,
            UUID institutionId,
            UUID unitId,
            Instant startsAt,
            LocalDate day,
            AudienceStatus status,
            Instant agreedAt,
            Instant endedAt,
            Instant arrivedAt,
            String notes,
            String outcome,
            Instant notesRecordedAt,
            UUID notesRecordedBy) {}

    /**
     * Holds the places of a unit's day until the transaction ends, so that two agreements for its last place are made
     * one after the other: the second one counts the first.
     */
    void lockDay(UUID unitId, LocalDate day) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('audience-day'), hashtext(?))) as locked")
                .param(unitId + "/" + day)
                .query(Integer.class)
                .single();
    }

    /** The start times of the audiences that take a place of the unit's day, except those of one case. */
    List<Instant> taken(UUID unitId, LocalDate day, UUID exceptCaseId) {
        return jdbc.sql("""
                select starts_at from audience
                where unit_id = ? and day = ? and status in ('AGREED', 'HELD') and case_id <> ?
                order by starts_at""")
                .params(unitId, day, exceptCaseId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Marks the case's audience still to be held as replaced by another day, or as cancelled. */
    void endAgreed(UUID caseId, AudienceStatus ending, Instant at) {
        jdbc.sql("update audience set status = ?, ended_at = ? where case_id = ? and status = 'AGREED'")
                .params(ending.name(), ts(at), caseId)
                .update();
    }

    void insertAgreed(
            UUID id,
            UUID caseId,
            UUID institutionId,
            UUID unitId,
            Instant startsAt,
            LocalDate day,
            Instant agreedAt,
            UUID agreedBy) {
        jdbc.sql("""
                insert into audience (id, case_id, institution_id, unit_id, starts_at, day, status, agreed_at, agreed_by)
                values (?, ?, ?, ?, ?, ?, 'AGREED', ?, ?)""")
                .params(id, caseId, institutionId, unitId, ts(startsAt), day, ts(agreedAt), agreedBy)
                .update();
    }

    /** The audiences of a case, the latest agreed first. */
    List<Row> ofCase(UUID caseId) {
        return jdbc.sql(
                        "select * from audience where case_id = ? order by agreed_at desc, ended_at desc nulls first, id")
                .param(caseId)
                .query(AudienceStore::row)
                .list();
    }

    /** The case's audience that takes a place, the latest agreed: the one the gate and Humas record. */
    Optional<Row> current(UUID caseId) {
        return jdbc.sql("""
                select * from audience where case_id = ? and status in ('AGREED', 'HELD')
                order by agreed_at desc, id limit 1""").param(caseId).query(AudienceStore::row).optional();
    }

    /** The audiences taking a place of a unit between two days (both included), soonest or latest first. */
    List<Row> ofUnit(UUID unitId, LocalDate from, LocalDate to, boolean latestFirst, int limit) {
        return jdbc.sql("select * from audience where unit_id = ? and day between ? and ?"
                        + " and status in ('AGREED', 'HELD') order by starts_at "
                        + (latestFirst ? "desc" : "asc") + ", id limit ?")
                .params(unitId, from, to, limit)
                .query(AudienceStore::row)
                .list();
    }

    /** Records the delegation's arrival and its members (encrypted); false when it is no longer to be held. */
    boolean markArrived(UUID audienceId, Instant arrivedAt, UUID recordedBy, List<Audience.Member> members) {
        boolean marked =
                jdbc.sql("""
                update audience set status = 'HELD', arrived_at = ?, arrival_recorded_by = ?
                where id = ? and status = 'AGREED'""").params(ts(arrivedAt), recordedBy, audienceId).update() == 1;
        if (!marked) {
            return false;
        }
        for (int i = 0; i < members.size(); i++) {
            var row = audienceId + ":" + (i + 1);
            var member = members.get(i);
            jdbc.sql("insert into audience_member (audience_id, position, name, identity_number) values (?, ?, ?, ?)")
                    .params(
                            audienceId,
                            i + 1,
                            personalData.seal(member.name(), MEMBER_TABLE, "name", row),
                            personalData.seal(member.identityNumber(), MEMBER_TABLE, "identity_number", row))
                    .update();
        }
        return true;
    }

    /** The members the gate recorded present, decrypted, in the order recorded. */
    List<Audience.Member> members(UUID audienceId) {
        return jdbc.sql("select * from audience_member where audience_id = ? order by position")
                .param(audienceId)
                .query((rs, n) -> {
                    var row = audienceId + ":" + rs.getInt("position");
                    return new Audience.Member(
                            personalData.open(rs.getString("name"), MEMBER_TABLE, "name", row),
                            personalData.open(rs.getString("identity_number"), MEMBER_TABLE, "identity_number", row));
                })
                .list();
    }

    void recordNotes(UUID audienceId, String notes, String outcome, Instant at, UUID by) {
        jdbc.sql("""
                update audience set notes = ?, outcome = ?, notes_recorded_at = ?, notes_recorded_by = ?
                where id = ?""").params(notes, outcome, ts(at), by, audienceId).update();
    }

    /** Another number of members set for one delegation (003 IV.A.4), and why. */
    record DelegationLimit(int maxMembers, String reason, UUID setBy, Instant setAt) {}

    Optional<DelegationLimit> delegationLimit(UUID caseId) {
        return jdbc.sql("select * from delegation_limit where case_id = ?")
                .param(caseId)
                .query((rs, n) -> new DelegationLimit(
                        rs.getInt("max_members"),
                        rs.getString("reason"),
                        rs.getObject("set_by", UUID.class),
                        rs.getTimestamp("set_at").toInstant()))
                .optional();
    }

    void setDelegationLimit(UUID caseId, DelegationLimit limit) {
        jdbc.sql("""
                insert into delegation_limit (case_id, max_members, reason, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (case_id) do update set max_members = excluded.max_members, reason = excluded.reason,
                    set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(caseId, limit.maxMembers(), limit.reason(), limit.setBy(), ts(limit.setAt()))
                .update();
    }

    void insertDiscussion(
            UUID caseId, UUID unitId, LocalDate discussedOn, String note, UUID recordedBy, Instant recordedAt) {
        jdbc.sql("""
                insert into organ_discussion (id, case_id, unit_id, discussed_on, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, unitId, discussedOn, note, recordedBy, ts(recordedAt))
                .update();
    }

    /** An open case assigned to a unit that the unit has neither discussed nor received as a delegation. */
    record Undiscussed(
            UUID caseId,
            String registrationNumber,
            String title,
            SubmissionKind kind,
            CaseStatus status,
            Instant assignedAt) {}

    /**
     * The open cases assigned to the unit now that it has not discussed (no discussion recorded, no audience agreed or
     * held with it), the longest waiting first.
     */
    List<Undiscussed> undiscussed(UUID unitId, int limit) {
        return jdbc.sql("""
                select c.id, c.registration_number, c.title, c.kind, c.status, a.assigned_at
                from case_file c
                join case_assignment a on a.case_id = c.id and a.unit_id = c.assigned_unit_id
                where c.assigned_unit_id = :unit and c.closed_at is null
                  and not exists (select 1 from organ_discussion d where d.case_id = c.id and d.unit_id = :unit)
                  and not exists (select 1 from audience au where au.case_id = c.id and au.unit_id = :unit
                                  and au.status in ('AGREED', 'HELD'))
                order by a.assigned_at, c.id
                limit :limit""")
                .param("unit", unitId)
                .param("limit", limit)
                .query((rs, n) -> new Undiscussed(
                        rs.getObject("id", UUID.class),
                        rs.getString("registration_number"),
                        rs.getString("title"),
                        SubmissionKind.valueOf(rs.getString("kind")),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("assigned_at").toInstant()))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                instant(rs.getTimestamp("starts_at")),
                rs.getObject("day", LocalDate.class),
                AudienceStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("agreed_at")),
                instant(rs.getTimestamp("ended_at")),
                instant(rs.getTimestamp("arrived_at")),
                rs.getString("notes"),
                rs.getString("outcome"),
                instant(rs.getTimestamp("notes_recorded_at")),
                rs.getObject("notes_recorded_by", UUID.class));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
