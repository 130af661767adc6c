package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The migration to Indonesian search (V13) re-indexes the cases indexed before it from the words of their old index:
 * afterwards another form of a word finds them, and their numbers still do. It runs on a schema of its own, migrated
 * to V12 and given a case indexed the old way first.
 */
@SuaraIntegrationTest
class IndonesianSearchMigrationIntegrationTest {

    static final Instant REGISTERED = Instant.parse("2026-03-02T03:00:00Z");
    static final String REGISTRATION_NUMBER = "007/UJI/2026";
    static final String TRACKING_NUMBER = "SR-UJI7-AB12-CD";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    String schema;

    @BeforeEach
    void aSchemaAtV12() {
        schema = "indonesian_search_" + UUID.randomUUID().toString().substring(0, 8);
        flyway("12").migrate();
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
    void reindexesAnExistingCaseSoThatAnotherFormOfAWordFindsItAndItsNumbersStillDo() {
        var caseId = caseIndexedTheOldWay("Mohon dinas memperbaiki jembatan desa yang ambrol");
        assertThat(finds(caseId, "perbaikan")).as("before the migration").isFalse();

        flyway("13").migrate();

        assertThat(finds(caseId, "perbaikan")).isTrue();
        assertThat(finds(caseId, "perbaikan jembatan")).isTrue();
        assertThat(finds(caseId, "perbaikan lampu")).isFalse();
        assertThat(finds(caseId, TRACKING_NUMBER)).isTrue();
        assertThat(finds(caseId, REGISTRATION_NUMBER)).isTrue();
        assertThat(jdbc.sql("select search @@ to_tsquery('simple', :number) from " + schema
                                + ".case_file where id = :id")
                        .param("number", "'" + TRACKING_NUMBER.toLowerCase() + "':A")
                        .param("id", caseId)
                        .query(Boolean.class)
                        .single())
                .as("the numbers carry weight A")
                .isTrue();
    }

    /** Whether the search condition the case list uses finds the case with {@code q}. */
    private boolean finds(UUID caseId, String q) {
        return jdbc.sql("select search @@ (plainto_tsquery('indonesian', :q) || plainto_tsquery('simple', :q)) from "
                        + schema + ".case_file where id = :id")
                .param("q", q)
                .param("id", caseId)
                .query(Boolean.class)
                .single();
    }

    /** A case whose index was made as before V13: numbers and text together, with the 'simple' configuration. */
    private UUID caseIndexedTheOldWay(String text) {
        var institution = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".institution (id, code, name, kind, time_zone, registration_pattern)"
                        + " values (:id, 'uji', 'Uji', 'COUNCIL_SECRETARIAT', 'Asia/Jakarta', '{seq:3}/UJI/{year}')")
                .param("id", institution)
                .update();
        var sop = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".sop_version (id, institution_id, code, version, status, definition)"
                        + " values (:id, :institution, 'uji', 1, 'ACTIVE', cast('{}' as jsonb))")
                .param("id", sop)
                .param("institution", institution)
                .update();
        var id = UUID.randomUUID();
        jdbc.sql("insert into " + schema + ".submission (id, institution_id, kind, channel, registration_year,"
                        + " registration_sequence, registration_number, tracking_number, access_code_hash,"
                        + " complainant_type, confidential, title, purpose, substance, registered_at)"
                        + " values (:id, :institution, 'COMPLAINT', 'LETTER', 2026, 7, :number, :tracking,"
                        + " '\\x00'::bytea, 'INDIVIDUAL', false, 'Uji', 'Uji', :text, :at)")
                .param("id", id)
                .param("institution", institution)
                .param("number", REGISTRATION_NUMBER)
                .param("tracking", TRACKING_NUMBER)
                .param("text", text)
                .param("at", Timestamp.from(REGISTERED))
                .update();
        jdbc.sql("insert into " + schema + ".case_file (id, institution_id, kind, channel, registration_number,"
                        + " tracking_number, title, sop_version_id, current_step, status, step_entered_at,"
                        + " registered_at, search)"
                        + " select id, institution_id, kind, channel, registration_number, tracking_number, title,"
                        + " :sop, 'receive', 'IN_PROGRESS', registered_at, registered_at,"
                        + " to_tsvector('simple', registration_number || ' ' || tracking_number || ' ' || :text)"
                        + " from " + schema + ".submission where id = :id")
                .param("id", id)
                .param("sop", sop)
                .param("text", text)
                .update();
        return id;
    }
}
