package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.suara.test.SuaraIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that starts the assignment history (V12) fills it from what the cases already recorded: every unit an
 * action assigned according to the case's SOP (a field with the effect {@code ASSIGN_UNIT}), and the unit each case is
 * assigned to now. It runs on a schema of its own, migrated to V11 and given cases first.
 */
@SuaraIntegrationTest
class CaseAssignmentMigrationIntegrationTest {

    static final Instant FIRST = Instant.parse("2026-03-02T03:00:00Z");
    static final Instant SECOND = Instant.parse("2026-03-04T03:00:00Z");
    static final Instant THIRD = Instant.parse("2026-03-06T03:00:00Z");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    String schema;

    @BeforeEach
    void aSchemaAtV11() {
        schema = "assignment_backfill_" + UUID.randomUUID().toString().substring(0, 8);
        flyway("11").migrate();
    }

    @AfterEach
    void dropTheSchema() {
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void fillsTheHistoryWithTheUnitsActionsAssignedAndTheUnitsCasesHaveNow() {
        var council = institution("uji-dprd");
        var office = institution("uji-kantor");
        var komisiA = unit(council, "komisi-a");
        var komisiB = unit(council, "komisi-b");
        var elsewhere = unit(office, "dinas");
        var sop = sop(council, """
                {"transitions": [
                  {"from": "coordinate", "action": "coordinate", "to": "follow-up",
                   "fields": [{"name": "assignedUnit", "type": "UNIT", "effect": "ASSIGN_UNIT"}]},
                  {"from": "follow-up", "action": "copy", "to": "follow-up",
                   "fields": [{"name": "copyTo", "type": "UNIT", "effect": "NONE"}]},
                  {"from": "follow-up", "action": "return", "to": "coordinate", "fields": []}
                ]}""");
        var disposedTwice = caseOf(council, sop, 1, komisiB, THIRD);
        event(disposedTwice, 1, FIRST, "coordinate", "coordinate", "{\"assignedUnit\": \"" + komisiA + "\"}");
        event(disposedTwice, 2, FIRST.plusSeconds(60), "follow-up", "return", "{}");
        event(disposedTwice, 3, SECOND, "coordinate", "coordinate", "{\"assignedUnit\": \"" + komisiB + "\"}");
        var neverDisposed = caseOf(council, sop, 2, null, FIRST);
        event(neverDisposed, 1, FIRST, "follow-up", "copy", "{\"copyTo\": \"" + komisiA + "\"}");
        event(neverDisposed, 2, SECOND, "coordinate", "coordinate", "{\"assignedUnit\": \"" + elsewhere + "\"}");
        var withoutHistory = caseOf(council, sop, 3, komisiA, THIRD);

        flyway("12").migrate();

        var rows = jdbc.sql("select case_id, unit_id, assigned_at from " + schema
                        + ".case_assignment order by assigned_at, unit_id")
                .query((rs, n) -> tuple(
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getTimestamp("assigned_at").toInstant()))
                .list();
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        tuple(disposedTwice, komisiA, FIRST),
                        tuple(disposedTwice, komisiB, SECOND),
                        tuple(withoutHistory, komisiA, THIRD));
        assertThat(neverDisposed)
                .isNotIn(rows.stream().map(t -> t.toList().getFirst()).toList());
    }

    private UUID institution(String code) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".institution (id, code, name, kind, time_zone, registration_pattern)"
                        + " values (:id, :code, :code, 'COUNCIL_SECRETARIAT', 'Asia/Jakarta', '{seq:4}/{year}')")
                .param("id", id)
                .param("code", code)
                .update();
        return id;
    }

    private UUID unit(UUID institution, String code) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".unit (id, institution_id, code, name, type)"
                        + " values (:id, :institution, :code, :code, 'COUNCIL_ORGAN')")
                .param("id", id)
                .param("institution", institution)
                .param("code", code)
                .update();
        return id;
    }

    private UUID sop(UUID institution, String definition) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".sop_version (id, institution_id, code, version, status, definition)"
                        + " values (:id, :institution, 'uji', 1, 'ACTIVE', cast(:definition as jsonb))")
                .param("id", id)
                .param("institution", institution)
                .param("definition", definition)
                .update();
        return id;
    }

    private UUID caseOf(UUID institution, UUID sop, int sequence, UUID assignedUnit, Instant enteredStep) {
        var id = UUID.randomUUID();
        var number = sequence + "/UJI/2026";
        jdbc.sql("insert into " + schema + ".submission (id, institution_id, kind, channel, registration_year,"
                        + " registration_sequence, registration_number, tracking_number, access_code_hash,"
                        + " complainant_type, confidential, title, purpose, substance, registered_at)"
                        + " values (:id, :institution, 'COMPLAINT', 'LETTER', 2026, :sequence, :number, :tracking,"
                        + " '\\x00'::bytea, 'INDIVIDUAL', false, 'Uji', 'Uji', 'Uji', :at)")
                .param("id", id)
                .param("institution", institution)
                .param("sequence", sequence)
                .param("number", number)
                .param(
                        "tracking",
                        "SR-UJI" + sequence + UUID.randomUUID().toString().substring(0, 6))
                .param("at", Timestamp.from(FIRST))
                .update();
        jdbc.sql("insert into " + schema + ".case_file (id, institution_id, kind, channel, registration_number,"
                        + " tracking_number, title, sop_version_id, current_step, status, step_entered_at,"
                        + " assigned_unit_id, registered_at, search)"
                        + " select id, institution_id, kind, channel, registration_number, tracking_number, title,"
                        + " :sop, 'follow-up', 'IN_PROGRESS', :entered, :unit, registered_at, to_tsvector('simple', 'uji')"
                        + " from " + schema + ".submission where id = :id")
                .param("id", id)
                .param("sop", sop)
                .param("entered", Timestamp.from(enteredStep))
                .param("unit", assignedUnit)
                .update();
        return id;
    }

    private void event(UUID caseId, int seq, Instant at, String from, String action, String fields) {
        jdbc.sql(
                        "insert into " + schema
                                + ".case_event (case_id, seq, occurred_at, actor_name, actor_role, action,"
                                + " from_step, to_step, fields)"
                                + " values (:case, :seq, :at, 'Uji', 'SECRETARY', :action, :from, :from, cast(:fields as jsonb))")
                .param("case", caseId)
                .param("seq", seq)
                .param("at", Timestamp.from(at))
                .param("action", action)
                .param("from", from)
                .param("fields", fields)
                .update();
    }
}
