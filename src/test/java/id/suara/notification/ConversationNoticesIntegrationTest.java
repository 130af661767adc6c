package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conversation and the duplicates tell people what happened (ADR 0035–0037): the complainant hears of a request
 * for completion, of the reopening their objection caused and of a merge, and then receives the main case's answer
 * under their own tracking number; the officers of the step hear when the complainant writes or objects, and when a
 * case moves on to their step.
 */
@SuaraIntegrationTest
class ConversationNoticesIntegrationTest {

    private static final String ADMIN = "demak.admin-koordinator";
    private static final String LIAISON = "demak.penghubung-dpupr";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noMoreMailToStaff() {
        jdbc.sql("update staff_account set email = null, notification_preference = 'DIGEST'")
                .update();
    }

    record Submitted(String trackingNumber, String accessCode, String caseId) {}

    private Submitted submit(String email, String language) {
        var submission = Api.webSubmission("diskominfo-demak");
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) submission.get("complainant");
        complainant.put("email", email);
        submission.put("language", language);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        return new Submitted(trackingNumber, submitted.get("accessCode"), (String)
                items.getFirst().get("id"));
    }

    private void forwarded(Submitted s) {
        expect200(api.check(ADMIN, s.caseId(), Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true)));
        expect200(api.act(ADMIN, s.caseId(), "accept", Map.of()));
        expect200(api.act(ADMIN, s.caseId(), "verify", Map.of()));
        expect200(api.act(
                ADMIN,
                s.caseId(),
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString())));
    }

    private void answered(Submitted s, String answer) {
        forwarded(s);
        expect200(api.act(LIAISON, s.caseId(), "answer", Map.of()));
        expect200(api.act(LIAISON, s.caseId(), "send-answer", Map.of()));
        expect200(api.act(ADMIN, s.caseId(), "accept", Map.of("publicAnswer", answer)));
        expect200(api.act(ADMIN, s.caseId(), "record-and-archive", Map.of()));
    }

    private static void expect200(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private void immediate(String user, String email) {
        var body = new HashMap<String, Object>();
        body.put("email", email);
        body.put("preference", "IMMEDIATE");
        var saved = api.send(Api.as(
                user,
                put("/api/v1/staff/me/notices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
    }

    private Api.Response complainantPosts(Submitted s, String path, Map<String, Object> body) {
        return api.send(post("/api/v1/submissions/{tn}/" + path, s.trackingNumber())
                .header("X-Access-Code", s.accessCode())
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body)));
    }

    /** The Indonesian or the English of a text the complainant reads. */
    private static String in(String language, String indonesian, String english) {
        return "en".equals(language) ? english : indonesian;
    }

    private String registrationNumber(String caseId) {
        return jdbc.sql("select registration_number from case_file where id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
    }

    @Test
    void theStepsOfficerWhoChoseImmediateNoticesHearsWhenTheComplainantAddsInformationAndWhenTheyReply() {
        var officer = NoticeMails.address("koordinator");
        immediate(ADMIN, officer);
        var s = submit(NoticeMails.address("warga"), "id");
        String number = registrationNumber(s.caseId());

        var added = complainantPosts(s, "messages", Map.of("text", "Foto jalan rusak saya lampirkan besok."));

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        var told = NoticeMails.awaitSubject(officer, "pengadu menambahkan keterangan");
        assertThat(told.subject()).contains(number);
        assertThat(told.text()).contains("/kantor/kasus/" + s.caseId()).doesNotContain("Siti Aminah");

        var asked = api.send(Api.as(ADMIN, post("/api/v1/cases/{id}/completion-requests", s.caseId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("question", "Mohon sebutkan nama dusunnya."))));
        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        assertThat(complainantPosts(s, "reply", Map.of("text", "Dusun Kalibening."))
                        .status())
                .isEqualTo(201);

        NoticeMails.awaitSubject(officer, "pengadu menjawab permintaan kelengkapan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theComplainantIsAskedForCompletionByMailInTheirLanguageWithTheQuestionButNotWhoAsked(String language) {
        var citizen = NoticeMails.address("citizen");
        var s = submit(citizen, language);

        var asked = api.send(Api.as(ADMIN, post("/api/v1/cases/{id}/completion-requests", s.caseId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("question", "Please send a photo of the damaged road."))));

        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        var mail = NoticeMails.awaitSubject(
                citizen, in(language, "memerlukan keterangan dari Anda", "we need information from you"));
        assertThat(mail.subject()).contains(s.trackingNumber());
        assertThat(mail.text())
                .contains("Please send a photo of the damaged road.")
                .contains(in(language, "dihentikan sementara", "the time limit of this step is paused"))
                .contains("/lacak?nomor=" + s.trackingNumber())
                .doesNotContain(s.accessCode());
        var displayName = jdbc.sql("select display_name from staff_account where username = ?")
                .param(ADMIN)
                .query(String.class)
                .single();
        assertThat(mail.text()).doesNotContain(displayName);
    }

    @Test
    void aCaseMovedByAnActionIsMailedToTheImmediateOfficersOfTheStepItReaches() {
        var liaison = NoticeMails.address("penghubung");
        immediate(LIAISON, liaison);
        var s = submit(NoticeMails.address("warga"), "id");
        String number = registrationNumber(s.caseId());

        forwarded(s);

        var mail = NoticeMails.awaitSubject(liaison, number);
        assertThat(mail.subject()).startsWith("Kasus " + number + " menunggu Anda: ");
        assertThat(mail.text()).contains("/kantor/kasus/" + s.caseId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void anObjectionTellsTheComplainantTheCaseIsReopenedAndTheOfficersOfItsStepWhy(String language) {
        var citizen = NoticeMails.address("keberatan");
        var s = submit(citizen, language);
        answered(s, "Jalan diperbaiki pekan depan.");
        // the procedure reopens at the office's review, where the liaison officer of the office acts
        var officer = NoticeMails.address("penghubung");
        immediate(LIAISON, officer);

        var objected = complainantPosts(s, "objection", Map.of("reason", "Jalan belum juga diperbaiki."));

        assertThat(objected.status()).as(objected.raw()).isEqualTo(201);
        var mail = NoticeMails.awaitSubject(citizen, in(language, "Keberatan Anda", "Your objection"));
        assertThat(mail.subject()).contains(s.trackingNumber());
        assertThat(mail.text())
                .contains(in(language, "dibuka kembali", "is reopened"))
                .contains("Jalan belum juga diperbaiki.");
        var told = NoticeMails.awaitSubject(officer, "pengadu mengajukan keberatan");
        assertThat(told.subject()).contains(registrationNumber(s.caseId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aMergedComplainantIsToldOfTheMergeAndReceivesTheMainCasesAnswerUnderTheirOwnTrackingNumber(String language) {
        var first = NoticeMails.address("pertama");
        var second = NoticeMails.address("kedua");
        var main = submit(first, "id");
        var duplicate = submit(second, language);
        var body = new LinkedHashMap<String, Object>();
        body.put("mainCaseId", main.caseId());
        body.put(
                "version",
                jdbc.sql("select version from case_file where id = ?::uuid")
                        .param(duplicate.caseId())
                        .query(Integer.class)
                        .single());
        body.put("note", "Catatan internal: pelapor yang sama di grup warga");

        var merged = api.send(Api.as(ADMIN, post("/api/v1/cases/{id}/merge", duplicate.caseId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body)));

        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        var told = NoticeMails.awaitSubject(
                second, in(language, "digabungkan dengan perkara yang sama", "is joined with the same matter"));
        assertThat(told.subject()).contains(duplicate.trackingNumber());
        assertThat(told.text()).doesNotContain("Catatan internal").doesNotContain(main.trackingNumber());

        answered(main, "Jalan diperbaiki pekan depan.");

        var answer = NoticeMails.awaitSubject(second, in(language, "Jawaban atas pengaduan", "Answer to submission"));
        assertThat(answer.text())
                .contains("Jalan diperbaiki pekan depan.")
                .contains(duplicate.trackingNumber())
                .doesNotContain(main.trackingNumber());
        var own = NoticeMails.awaitSubject(first, "Jawaban atas pengaduan");
        assertThat(own.text()).contains(main.trackingNumber());
    }
}
