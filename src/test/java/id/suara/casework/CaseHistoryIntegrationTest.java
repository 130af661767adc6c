package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case's history, requirement checks and internal notes are appended and never changed: the database itself refuses
 * to update, delete or truncate them, whoever asks. Internal notes are for staff and never reach the public.
 *
 * <p>The statements run without a test transaction, so each one commits or fails on its own, as it would in production.
 */
@SuaraIntegrationTest
class CaseHistoryIntegrationTest {

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    /** A text column of each append-only table. */
    private static final Map<String, String> TEXT_COLUMN =
            Map.of("case_event", "note", "requirement_check", "note", "case_note", "text");

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    /** A letter to DPRD Kebumen, checked, accepted and annotated. */
    record Letter(String caseId, String trackingNumber, String accessCode) {}

    Letter letter;

    @BeforeEach
    void handleALetter() {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("channel", "LETTER");
        var registered = api.register("kebumen.umum", submission);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        letter = new Letter(registered.get("case.id"), registered.get("trackingNumber"), registered.get("accessCode"));
        assertThat(api.check("kebumen.umum", letter.caseId(), ALL_MET).status()).isEqualTo(200);
        assertThat(api.act("kebumen.umum", letter.caseId(), "accept", Map.of()).status())
                .isEqualTo(200);
        assertThat(note("kebumen.umum", "Surat asli disimpan di lemari arsip B").status())
                .isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"case_event", "requirement_check", "case_note"})
    void refusesToUpdateARecordedLine(String table) {
        var before = rowsOfTheCase(table);
        assertThat(before).isNotEmpty();

        var update = "update " + table + " set " + TEXT_COLUMN.get(table) + " = 'x' where case_id = ?";
        assertThatThrownBy(() ->
                        jdbc.sql(update).param(UUID.fromString(letter.caseId())).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(rowsOfTheCase(table)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"case_event", "requirement_check", "case_note"})
    void refusesToDeleteARecordedLine(String table) {
        var before = rowsOfTheCase(table);

        assertThatThrownBy(() -> jdbc.sql("delete from " + table + " where case_id = ?")
                        .param(UUID.fromString(letter.caseId()))
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(rowsOfTheCase(table)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"case_event", "requirement_check", "case_note"})
    void refusesToTruncateTheWholeTable(String table) {
        var before = rowsOfTheCase(table);
        var count = count(table);

        assertThatThrownBy(() -> jdbc.sql("truncate " + table).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(rowsOfTheCase(table)).isEqualTo(before);
        assertThat(count(table)).isEqualTo(count);
    }

    @Test
    void recordsEveryMoveOfTheCaseInItsHistory() {
        List<Map<String, Object>> history =
                api.view("kebumen.umum", letter.caseId()).get("history");

        assertThat(history)
                .extracting(e -> e.get("action"), e -> e.get("fromStep"), e -> e.get("toStep"))
                .containsExactly(
                        tuple("submitted", null, "submit"),
                        tuple("register", "submit", "check-requirements"),
                        tuple("requirements-checked", "check-requirements", "check-requirements"),
                        tuple("accept", "check-requirements", "record-and-analyse"));
        assertThat(history).allSatisfy(e -> assertThat(e.get("occurredAt")).isNotNull());
    }

    @Test
    void showsInternalNotesToStaffButNeverOnThePublicTrackingPage() {
        var text = "Pengadu pernah melapor hal serupa; cek arsip " + UUID.randomUUID();

        var added = note("kebumen.petugas", text);

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        List<Map<String, Object>> notes =
                api.view("kebumen.sekwan", letter.caseId()).get("notes");
        assertThat(notes).extracting(n -> n.get("text")).contains(text);
        assertThat(notes)
                .filteredOn(n -> text.equals(n.get("text")))
                .extracting(n -> n.get("authorName"))
                .containsExactly("Petugas Penerima Aspirasi");
        var tracked = api.track(letter.trackingNumber(), letter.accessCode());
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.raw()).doesNotContain(text, "cek arsip", "lemari arsip", "Petugas Penerima Aspirasi");
    }

    @Test
    void refusesANoteFromAnAuditor() {
        var before = rowsOfTheCase("case_note");

        var refused = note("kebumen.auditor", "Auditor ingin mencatat sesuatu");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(rowsOfTheCase("case_note")).isEqualTo(before);
        assertThat(api.view("kebumen.auditor", letter.caseId()).status()).isEqualTo(200);
    }

    Response note(String user, String text) {
        return api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/notes", letter.caseId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("text", text)))));
    }

    /** The table's rows of the letter's case, each as its JSON text, in a stable order. */
    List<String> rowsOfTheCase(String table) {
        return jdbc.sql("select to_jsonb(t)::text from " + table + " t where case_id = ? order by 1")
                .param(UUID.fromString(letter.caseId()))
                .query(String.class)
                .list();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
