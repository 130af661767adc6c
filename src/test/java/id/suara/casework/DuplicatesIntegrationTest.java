package id.suara.casework;

import static id.suara.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Similar open cases, merging a duplicate into its main case and undoing it (ADR 0037). */
@SuaraIntegrationTest
class DuplicatesIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Duplicates duplicates;

    private static final java.util.concurrent.atomic.AtomicInteger MOMENTS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A moment no other test registers at, so that the last 90 days hold only this test's cases. */
    @BeforeEach
    void aQuietMoment() {
        // a year of its own for each test (the quality test takes 2030)
        clock.set(Instant.parse("2031-03-03T02:00:00Z").plus(Duration.ofDays(400L * MOMENTS.getAndIncrement())));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> submission(String institution, String title, String substance, String respondent) {
        var s = Api.webSubmission(institution);
        s.put("title", title);
        s.put("substance", substance);
        s.put("purpose", "Mohon ditindaklanjuti");
        s.put("respondent", respondent);
        return s;
    }

    private record Submitted(String caseId, String trackingNumber, String accessCode) {}

    private Submitted submit(Map<String, Object> submission) {
        var response = api.submit(submission);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String trackingNumber = response.get("trackingNumber");
        var id = jdbc.sql("select id from submission where tracking_number = ?")
                .param(trackingNumber)
                .query(UUID.class)
                .single();
        return new Submitted(id.toString(), trackingNumber, response.get("accessCode"));
    }

    private Api.Response merge(String user, String duplicate, Object main, Integer version) {
        var body = new LinkedHashMap<String, Object>();
        body.put("mainCaseId", main);
        body.put("version", version);
        body.put("note", "Perkara yang sama");
        return api.send(as(
                user,
                post("/api/v1/cases/{id}/merge", duplicate)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
    }

    private Api.Response undo(String user, String duplicate, Integer version) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", version);
        return api.send(as(
                user,
                post("/api/v1/cases/{id}/merge/undo", duplicate)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
    }

    private int version(String caseId) {
        return jdbc.sql("select version from case_file where id = ?::uuid")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private Submitted bridge() {
        return submit(submission(
                "dprd-kebumen",
                "Jembatan gantung Desa Kaligending putus",
                "Jembatan gantung yang menghubungkan Desa Kaligending dengan Desa Karangsambung putus diterjang banjir,"
                        + " anak sekolah terpaksa menyeberang sungai Luk Ulo.",
                "Dinas Pekerjaan Umum dan Penataan Ruang"));
    }

    private Submitted bridgeAgain() {
        return submit(submission(
                "dprd-kebumen",
                "Jembatan gantung putus di Kaligending",
                "Sejak banjir kemarin jembatan gantung Kaligending putus. Murid sekolah harus menyeberangi sungai Luk"
                        + " Ulo tanpa jembatan.",
                "Dinas Pekerjaan Umum dan Penataan Ruang"));
    }

    @Test
    void anOpenCaseOfTheSameInstitutionAboutTheSameMatterIsSuggestedWithItsReasonsAndAnUnrelatedOneIsNot() {
        var first = bridge();
        var again = bridgeAgain();
        var unrelated = submit(submission(
                "dprd-kebumen",
                "Pungutan liar di SD Negeri 2 Pejagoan",
                "Sekolah meminta uang seragam dan buku di luar ketentuan kepada orang tua murid kelas satu.",
                "Dinas Pendidikan"));
        var elsewhere = submit(submission(
                "setwan-pekalongan",
                "Jembatan gantung Desa Kaligending putus",
                "Jembatan gantung Kaligending putus diterjang banjir, anak sekolah menyeberang sungai Luk Ulo.",
                "Dinas Pekerjaan Umum dan Penataan Ruang"));

        var similar = api.send(as("kebumen.sekwan", get("/api/v1/cases/{id}/similar", first.caseId())));

        assertThat(similar.status()).as(similar.raw()).isEqualTo(200);
        var suggestions = api.jsonList(similar.raw());
        assertThat(suggestions).extracting(s -> s.get("id")).containsExactly(again.caseId());
        assertThat(suggestions.getFirst().get("reasons"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("SIMILAR_TEXT", "SAME_RESPONDENT", "CLOSE_IN_TIME");
        assertThat((Double) suggestions.getFirst().get("score")).isGreaterThanOrEqualTo(Duplicates.THRESHOLD);
        assertThat(suggestions).extracting(s -> s.get("id")).doesNotContain(unrelated.caseId(), elsewhere.caseId());
    }

    @Test
    void suggestionsListOnlyCasesTheStaffMemberMayRead() {
        var first = bridge();
        var again = bridgeAgain();
        // the first case was assigned to Komisi A at some point; the second never was
        jdbc.sql("insert into case_assignment (case_id, unit_id, assigned_at) values (?::uuid, ?, now())")
                .params(first.caseId(), api.unit("dprd-kebumen", "komisi-a"))
                .update();

        var organ = api.send(as("kebumen.komisia", get("/api/v1/cases/{id}/similar", first.caseId())));
        var secretary = api.send(as("kebumen.sekwan", get("/api/v1/cases/{id}/similar", first.caseId())));
        var notReadable = api.send(as("kebumen.komisia", get("/api/v1/cases/{id}/similar", again.caseId())));

        assertThat(organ.status()).as(organ.raw()).isEqualTo(200);
        assertThat(api.jsonList(organ.raw())).isEmpty();
        assertThat(api.jsonList(secretary.raw())).extracting(s -> s.get("id")).containsExactly(again.caseId());
        assertThat(notReadable.status()).isEqualTo(404);
    }

    @Test
    void aMergedDuplicateIsClosedItsComplainantFollowsTheMainCaseAndUndoingReopensItWithTheTimeItHadLeft() {
        var main = bridge();
        var duplicate = bridgeAgain();
        var before = jdbc.sql("select current_step, status, step_due_at from case_file where id = ?::uuid")
                .param(duplicate.caseId())
                .query((rs, n) -> List.of(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .single();

        var merged = merge("kebumen.sekwan", duplicate.caseId(), main.caseId(), version(duplicate.caseId()));

        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(merged.<String>get("closedAt")).isNotNull();
        assertThat(merged.<String>get("dueAt")).isNull();
        assertThat(duplicates.mergedInto(UUID.fromString(main.caseId())))
                .extracting(MergedCase::submissionId)
                .containsExactly(UUID.fromString(duplicate.caseId()));
        assertThat(api.view("kebumen.sekwan", duplicate.caseId()).raw()).contains("\"action\":\"merged\"");
        // a merged case is closed: it is no longer suggested
        assertThat(api.send(as("kebumen.sekwan", get("/api/v1/cases/{id}/similar", main.caseId())))
                        .raw())
                .doesNotContain(duplicate.caseId());
        assertThat(api.view("kebumen.sekwan", main.caseId()).raw()).contains("\"action\":\"duplicate-merged\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'case.merged' and subject_id = ?")
                        .param(duplicate.caseId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the duplicate's complainant keeps their number and sees the main case, never its complainant
        var tracked = api.track(duplicate.trackingNumber(), duplicate.accessCode());
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.<String>get("trackingNumber")).isEqualTo(duplicate.trackingNumber());
        assertThat(tracked.<Boolean>get("merged")).isTrue();
        assertThat(tracked.raw()).doesNotContain("Siti Aminah", main.trackingNumber());
        // the main case moves on and answers: the duplicate's complainant reads that answer, as published
        // (the main complainant's name redacted)
        var mainVersion = version(main.caseId());
        assertThat(mainVersion).isNotNull();
        assertThat(api.track(main.trackingNumber(), main.accessCode()).<Boolean>get("merged"))
                .isFalse();

        clock.advance(Duration.ofHours(5));
        var undone = undo("kebumen.sekwan", duplicate.caseId(), version(duplicate.caseId()));

        assertThat(undone.status()).as(undone.raw()).isEqualTo(200);
        var after = jdbc.sql(
                        "select current_step, status, step_due_at, closed_at, merged_into from case_file where id = ?::uuid")
                .param(duplicate.caseId())
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getTimestamp(4),
                    rs.getObject(5)
                })
                .single();
        assertThat(after[0]).isEqualTo(before.get(0));
        assertThat(after[1]).isEqualTo(before.get(1));
        assertThat(after[3]).isNull();
        assertThat(after[4]).isNull();
        // the clock stood still while it was merged: due five hours later than before
        assertThat((Instant) after[2]).isEqualTo(((Instant) before.get(2)).plus(Duration.ofHours(5)));
        assertThat(api.view("kebumen.sekwan", duplicate.caseId()).raw()).contains("\"action\":\"merge-undone\"");
        assertThat(api.view("kebumen.sekwan", main.caseId()).raw()).contains("\"action\":\"duplicate-separated\"");
        assertThat(api.track(duplicate.trackingNumber(), duplicate.accessCode()).<Boolean>get("merged"))
                .isFalse();
        assertThat(duplicates.mergedInto(UUID.fromString(main.caseId()))).isEmpty();
    }

    @Test
    void aMergeIsRefusedIntoItselfAcrossInstitutionsIntoAMergedCaseForAClosedCaseAndOnAnOldVersion() {
        var main = bridge();
        var duplicate = bridgeAgain();
        var third = bridgeAgain();
        var elsewhere =
                submit(submission("setwan-pekalongan", "Jembatan putus", "Jembatan gantung putus.", "Dinas PU"));

        var itself = merge("kebumen.sekwan", duplicate.caseId(), duplicate.caseId(), null);
        var otherInstitution = merge("kebumen.sekwan", duplicate.caseId(), elsewhere.caseId(), null);
        var missing = merge("kebumen.sekwan", duplicate.caseId(), null, null);
        var oldVersion = merge("kebumen.sekwan", duplicate.caseId(), main.caseId(), version(duplicate.caseId()) - 1);

        assertThat(itself.status()).isEqualTo(422);
        assertThat(itself.errorFields()).containsExactly("mainCaseId");
        assertThat(otherInstitution.status()).isEqualTo(422);
        assertThat(otherInstitution.errorFields()).containsExactly("mainCaseId");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("mainCaseId");
        assertThat(oldVersion.status()).isEqualTo(409);
        assertThat(oldVersion.errorFields()).containsExactly("version");

        assertThat(merge("kebumen.sekwan", duplicate.caseId(), main.caseId(), null)
                        .status())
                .isEqualTo(200);
        var intoMerged = merge("kebumen.sekwan", third.caseId(), duplicate.caseId(), null);
        var again = merge("kebumen.sekwan", duplicate.caseId(), third.caseId(), null);
        var notMerged = undo("kebumen.sekwan", third.caseId(), null);
        var auditor = merge("kebumen.auditor", third.caseId(), main.caseId(), null);

        assertThat(intoMerged.status()).isEqualTo(422);
        assertThat(intoMerged.errorFields()).containsExactly("mainCaseId");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("mergedInto");
        assertThat(notMerged.status()).isEqualTo(409);
        assertThat(notMerged.errorFields()).containsExactly("mergedInto");
        assertThat(auditor.status()).isIn(403, 404);
    }

    @Test
    void besideAConfidentialCaseTheComplainantsNameInASimilarCasesTitleIsWithheldFromWhoeverDoesNotHandleIdentities() {
        var confidential = submission(
                "dprd-kebumen",
                "Jembatan gantung Desa Kaligending putus",
                "Jembatan gantung Kaligending putus diterjang banjir, anak sekolah menyeberangi Sungai Luk Ulo.",
                "Dinas Pekerjaan Umum dan Penataan Ruang");
        confidential.put("confidential", true);
        var secret = submit(confidential);
        // the same person, openly this time, with their name in the title
        var open = submission(
                "dprd-kebumen",
                "Jembatan gantung Kaligending putus, laporan Siti Aminah",
                "Jembatan gantung di Kaligending putus karena banjir, murid sekolah menyeberangi Sungai Luk Ulo.",
                "Dinas Pekerjaan Umum dan Penataan Ruang");
        submit(open);

        var leadership = api.send(as("kebumen.pimpinan", get("/api/v1/cases/{id}/similar", secret.caseId())));
        var desk = api.send(as("kebumen.petugas", get("/api/v1/cases/{id}/similar", secret.caseId())));

        assertThat(api.jsonList(leadership.raw())).hasSize(1);
        assertThat(leadership.raw())
                .doesNotContain("Siti")
                .doesNotContain("Aminah")
                .contains("Dirahasiakan");
        assertThat(desk.raw()).contains("laporan Siti Aminah");
    }

    @Test
    void aClosedCaseIsNotMerged() {
        var main = bridge();
        var closed = bridgeAgain();
        jdbc.sql("update case_file set closed_at = now(), status = 'ARCHIVED' where id = ?::uuid")
                .param(closed.caseId())
                .update();

        var refused = merge("kebumen.sekwan", closed.caseId(), main.caseId(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("status");
    }
}
