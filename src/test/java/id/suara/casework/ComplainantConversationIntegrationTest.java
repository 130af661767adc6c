package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The complainant's side of the conversation through the API (ADR 0036): adding information, a request for completion
 * that pauses the step's clock until the reply, the survey once after the answer, and an objection reopening the case.
 */
@SuaraIntegrationTest
class ComplainantConversationIntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** A week without holidays: Monday 2 February 2026, 08:00 WIB. */
    private static final Instant MONDAY =
            OffsetDateTime.parse("2026-02-02T08:00:00+07:00").toInstant();

    private static final String ADMIN = "demak.admin-koordinator";
    private static final String LIAISON = "demak.penghubung-dpupr";

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Submitted(String trackingNumber, String accessCode, String caseId) {}

    private Submitted submit() {
        var submitted = api.submit(Api.webSubmission("diskominfo-demak"));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        return new Submitted(trackingNumber, submitted.get("accessCode"), (String)
                items.getFirst().get("id"));
    }

    /** Walks a Demak case to its published answer; {@code close} also records and archives it (completed). */
    private Submitted answered(boolean close) {
        var s = submit();
        expect200(api.check(ADMIN, s.caseId(), Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true)));
        expect200(api.act(ADMIN, s.caseId(), "accept", Map.of()));
        expect200(api.act(ADMIN, s.caseId(), "verify", Map.of()));
        expect200(api.act(
                ADMIN,
                s.caseId(),
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString())));
        expect200(api.act(LIAISON, s.caseId(), "answer", Map.of()));
        expect200(api.act(LIAISON, s.caseId(), "send-answer", Map.of()));
        expect200(api.act(ADMIN, s.caseId(), "accept", Map.of("publicAnswer", "Jalan diperbaiki pekan depan.")));
        if (close) {
            expect200(api.act(ADMIN, s.caseId(), "record-and-archive", Map.of()));
        }
        return s;
    }

    private static void expect200(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private Response postJson(Submitted s, String path, Object body) {
        return api.send(post("/api/v1/submissions/{tn}/" + path, s.trackingNumber())
                .header("X-Access-Code", s.accessCode())
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body)));
    }

    private Response conversationOf(Submitted s) {
        return api.send(get("/api/v1/submissions/{tn}/conversation", s.trackingNumber())
                .header("X-Access-Code", s.accessCode()));
    }

    private static Map<String, Object> allScores(int score) {
        var scores = new LinkedHashMap<String, Object>();
        for (var element : IkmElement.values()) {
            scores.put(element.name(), score);
        }
        return scores;
    }

    @Test
    void theComplainantAddsInformationWithAnAttachmentThatStaffFindInTheHistoryAndAmongTheAttachments() {
        var s = submit();
        var pdf = new MockMultipartFile(
                "files", "foto-jalan.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        var message = new MockMultipartFile(
                "message",
                "",
                "application/json",
                "{\"text\":\"Lubangnya bertambah besar sejak kemarin.\"}".getBytes(StandardCharsets.UTF_8));

        var added = api.send(multipart("/api/v1/submissions/{tn}/messages", s.trackingNumber())
                .file(pdf)
                .file(message)
                .header("X-Access-Code", s.accessCode()));

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        var view = api.view(ADMIN, s.caseId());
        List<Map<String, Object>> history = view.get("history");
        assertThat(history).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("complainant-added");
            assertThat(e.get("note")).isEqualTo("Lubangnya bertambah besar sejak kemarin.");
        });
        assertThat(view.raw()).contains("foto-jalan.pdf");
        var staff = api.send(Api.as(ADMIN, get("/api/v1/cases/{id}/conversation", s.caseId())));
        assertThat(staff.raw()).contains("Lubangnya bertambah besar", "foto-jalan.pdf");
    }

    @Test
    void aWrongAccessCodeAddsNothingAndAnswersAsIfTheNumberWereUnknown() {
        var s = submit();

        var wrong = postJson(
                new Submitted(s.trackingNumber(), "AAAA-BBBB-CCCC-DDDD", null), "messages", Map.of("text", "x"));

        assertThat(wrong.status()).isEqualTo(404);
    }

    @Test
    void informationOnAClosedCaseIsRefusedWithAConflictNamingTheText() {
        var s = answered(true);

        var refused = postJson(s, "messages", Map.of("text", "Masih ada yang ingin saya sampaikan."));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("text");
    }

    @Test
    void aRequestForCompletionPausesTheClockAndTheReplyResumesItWithTheOfficeTimeThatWasLeft() {
        clock.set(MONDAY);
        var s = submit();
        var before = api.view(ADMIN, s.caseId());
        var dueBefore = Instant.parse(before.get("dueAt"));
        // review-and-clarify: 3 calendar days, due Thursday 5 February at closing
        assertThat(dueBefore.atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 5));
        clock.set(MONDAY.plus(Duration.ofHours(2)));

        var asked = api.send(Api.as(ADMIN, post("/api/v1/cases/{id}/completion-requests", s.caseId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("question", "Mohon kirim foto lokasi jalan yang rusak."))));

        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        // while it waits for the complainant the case is due nowhere, not even long after its old due time
        clock.set(MONDAY.plus(Duration.ofDays(6)));
        var paused = api.view(ADMIN, s.caseId());
        assertThat((Object) paused.get("dueAt")).isNull();
        assertThat((Boolean) paused.get("overdue")).isFalse();
        assertThat((Object) paused.get("timeLeft")).isNull();
        var overdue = api.send(Api.as(ADMIN, get("/api/v1/cases").param("overdue", "true")));
        assertThat(overdue.raw()).doesNotContain(s.caseId());
        var tracked = conversationOf(s);
        assertThat(tracked.raw()).contains("Mohon kirim foto lokasi jalan yang rusak.");

        // the complainant replies on Wednesday 10:00, two working days after the question
        clock.set(MONDAY.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
        var replied = postJson(s, "reply", Map.of("text", "Foto sudah saya kirim lewat kantor kelurahan."));

        assertThat(replied.status()).as(replied.raw()).isEqualTo(201);
        var resumed = api.view(ADMIN, s.caseId());
        var dueAfter = Instant.parse(resumed.get("dueAt")).atZone(WIB);
        // Mon 10:00 to Thu closing was left; from Wed 10:00 the same office time ends on Monday 9 February at closing
        assertThat(dueAfter.toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(dueAfter.toLocalTime()).isEqualTo(dueBefore.atZone(WIB).toLocalTime());
        List<Map<String, Object>> history = resumed.get("history");
        assertThat(history).extracting(e -> e.get("action")).contains("completion-requested", "complainant-replied");
        var staff = api.send(Api.as(ADMIN, get("/api/v1/cases/{id}/conversation", s.caseId())));
        // the time the complainant took is kept separately: two days
        assertThat((String) staff.get("waitingTotal")).isEqualTo("PT48H");
        assertThat(postJson(s, "reply", Map.of("text", "Sekali lagi")).status()).isEqualTo(409);
    }

    @Test
    void staffMayWithdrawTheRequestWhichResumesTheClock() {
        clock.set(MONDAY);
        var s = submit();
        api.send(Api.as(ADMIN, post("/api/v1/cases/{id}/completion-requests", s.caseId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("question", "Alamat lengkap?"))));

        var withdrawn = api.send(Api.as(ADMIN, delete("/api/v1/cases/{id}/completion-requests/pending", s.caseId())));

        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(204);
        assertThat((Object) api.view(ADMIN, s.caseId()).get("dueAt")).isNotNull();
        assertThat(conversationOf(s).raw()).doesNotContain("Alamat lengkap?");
    }

    @Test
    void onlyStaffWhoActAtTheStepMayAskForCompletion() {
        var s = submit();

        var refused = api.send(Api.as(LIAISON, post("/api/v1/cases/{id}/completion-requests", s.caseId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("question", "Apa?"))));

        assertThat(refused.status()).isIn(403, 404);
    }

    @Test
    void theSurveyIsAcceptedOnceAfterTheAnswerAndASecondIsRefusedNamingTheSurvey() {
        var unanswered = submit();
        var early = postJson(unanswered, "survey", Map.of("scores", allScores(3), "solved", true));
        assertThat(early.status()).as(early.raw()).isEqualTo(409);
        assertThat(early.errorFields()).containsExactly("survey");
        var s = answered(true);

        var first = postJson(s, "survey", Map.of("scores", allScores(4), "solved", true, "comment", "Cepat"));
        var second = postJson(s, "survey", Map.of("scores", allScores(1), "solved", false));

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorFields()).containsExactly("survey");
        var incomplete = new LinkedHashMap<>(allScores(3));
        incomplete.put("U4", 5);
        var invalid = postJson(answered(true), "survey", Map.of("scores", incomplete, "solved", true));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("scores.U4");
    }

    @Test
    void anObjectionWithinTheWindowReopensTheCaseAtTheStepTheSopNames() {
        clock.set(MONDAY);
        var s = answered(true);
        assertThat((String) api.view(ADMIN, s.caseId()).get("status")).isEqualTo("COMPLETED");
        clock.set(MONDAY.plus(Duration.ofDays(10)));

        var objected = postJson(s, "objection", Map.of("reason", "Jalan belum juga diperbaiki."));

        assertThat(objected.status()).as(objected.raw()).isEqualTo(201);
        var view = api.view(ADMIN, s.caseId());
        assertThat((String) view.get("status")).isEqualTo("IN_PROGRESS");
        assertThat((Object) view.get("closedAt")).isNull();
        assertThat((Object) view.get("dueAt")).isNotNull();
        Map<String, Object> step = view.get("currentStep");
        assertThat(step.get("code")).isEqualTo("office-review");
        List<Map<String, Object>> history = view.get("history");
        assertThat(history.getLast().get("action")).isEqualTo("complainant-objected");
        var staff = api.send(Api.as(ADMIN, get("/api/v1/cases/{id}/conversation", s.caseId())));
        assertThat((Integer) staff.get("reopenCount")).isEqualTo(1);
        // until it is answered again, a second objection is refused
        var again = postJson(s, "objection", Map.of("reason", "Sekali lagi"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("reason");
    }

    @Test
    void aLateObjectionIsRefusedNamingTheReasonAndTheDeadline() {
        clock.set(MONDAY);
        var s = answered(true);
        clock.set(MONDAY.plus(Duration.ofDays(16)));

        var late = postJson(s, "objection", Map.of("reason", "Terlambat"));

        assertThat(late.status()).as(late.raw()).isEqualTo(409);
        assertThat(late.errorFields()).containsExactly("reason");
        // 14 days after the answer on 2 February: the end of 16 February, WIB
        assertThat(late.raw()).contains("2026-02-16T16:59:59.999Z");
    }

    @Test
    void theInstitutionSetsItsObjectionWindowFromOneToNinetyDays() {
        var institution = api.send(get("/api/v1/institutions")).raw();
        assertThat(institution).contains("diskominfo-demak");
        List<Map<String, Object>> all = api.jsonList(institution);
        var id = all.stream()
                .filter(i -> "diskominfo-demak".equals(i.get("code")))
                .findFirst()
                .orElseThrow()
                .get("id");

        var tooLong = api.send(Api.as("demak.admin", put("/api/v1/institutions/{id}/complainant-settings", id))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"objectionDays\": 91}"));
        var byOfficer = api.send(Api.as(ADMIN, put("/api/v1/institutions/{id}/complainant-settings", id))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"objectionDays\": 30}"));

        assertThat(tooLong.status()).as(tooLong.raw()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("objectionDays");
        assertThat(byOfficer.status()).isEqualTo(403);
    }
}
