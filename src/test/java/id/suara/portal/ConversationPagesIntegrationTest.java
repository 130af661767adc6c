package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The complainant's forms on the tracking page and what staff and the public see of them (ADR 0036): information added
 * on the page appears on the case page, the survey fills the institution's IKM, and a request for completion asked on
 * the case page shows on the tracking page.
 */
@SuaraIntegrationTest
class ConversationPagesIntegrationTest {

    private static final String ADMIN = "demak.admin-koordinator";
    private static final String LIAISON = "demak.penghubung-dpupr";

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    record Submitted(String trackingNumber, String accessCode, String caseId) {}

    private Submitted submit() {
        var submitted = api.submit(Api.webSubmission("diskominfo-demak"));
        String trackingNumber = submitted.get("trackingNumber");
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        return new Submitted(trackingNumber, submitted.get("accessCode"), (String)
                items.getFirst().get("id"));
    }

    private Submitted answered() {
        var s = submit();
        api.check(ADMIN, s.caseId(), Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true));
        api.act(ADMIN, s.caseId(), "accept", Map.of());
        api.act(ADMIN, s.caseId(), "verify", Map.of());
        api.act(
                ADMIN,
                s.caseId(),
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString()));
        api.act(LIAISON, s.caseId(), "answer", Map.of());
        api.act(LIAISON, s.caseId(), "send-answer", Map.of());
        var published = api.act(ADMIN, s.caseId(), "accept", Map.of("publicAnswer", "Jalan diperbaiki."));
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return s;
    }

    private String track(Submitted s) throws Exception {
        var response = mvc.perform(post("/lacak")
                        .param("trackingNumber", s.trackingNumber())
                        .param("accessCode", s.accessCode())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void informationAddedOnTheTrackingPageWithAFileAppearsOnTheCasePage() throws Exception {
        var s = submit();
        assertThat(track(s)).contains("id=\"add-information\"").doesNotContain("id=\"survey\"");

        var response = mvc.perform(multipart("/lacak/informasi")
                        .file(new MockMultipartFile(
                                "files", "denah.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                        .param("trackingNumber", s.trackingNumber())
                        .param("accessCode", s.accessCode())
                        .param("text", "Lokasinya di depan balai desa.")
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"conversation-done\"", "Lokasinya di depan balai desa.");
        var office = new OfficeBrowser(mvc);
        var session = office.signIn(ADMIN);
        var casePage = OfficeBrowser.body(office.open(session, "/kantor/kasus/{id}", s.caseId()));
        assertThat(casePage).contains("Lokasinya di depan balai desa.", "denah.pdf", "id=\"completion-question\"");
    }

    @Test
    void anEmptyTextIsRefusedOnThePageWithoutStoringAnything() throws Exception {
        var s = submit();

        MockHttpServletResponse response = mvc.perform(post("/lacak/informasi")
                        .param("trackingNumber", s.trackingNumber())
                        .param("accessCode", s.accessCode())
                        .param("text", "  ")
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"conversation-refused\"");
    }

    @Test
    void aQuestionAskedOnTheCasePagePausesTheClockAndShowsOnTheTrackingPage() throws Exception {
        var s = submit();
        var office = new OfficeBrowser(mvc);
        var session = office.signIn(ADMIN);

        var asked = mvc.perform(post("/kantor/kasus/{id}/kelengkapan", s.caseId())
                        .session(session)
                        .param("question", "Mohon sebutkan nama dusunnya.")
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(asked.getStatus()).isEqualTo(302);
        var casePage = OfficeBrowser.body(office.open(session, "/kantor/kasus/{id}", s.caseId()));
        assertThat(casePage).contains("id=\"waiting-complainant\"", "Mohon sebutkan nama dusunnya.");
        // where the case stands says the clock is paused, not that the step has no time limit
        assertThat(casePage).contains("Dijeda: menunggu jawaban pengadu sejak").doesNotContain("Tanpa tenggat");
        assertThat(track(s)).contains("id=\"question\"", "Mohon sebutkan nama dusunnya.");
        assertThat((Object) api.view(ADMIN, s.caseId()).get("dueAt")).isNull();

        // the page's form answers the question: the clock runs again and the question is gone
        var replied = mvc.perform(post("/lacak/informasi")
                        .param("trackingNumber", s.trackingNumber())
                        .param("accessCode", s.accessCode())
                        .param("text", "Dusun Krajan.")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(replied.getStatus()).isEqualTo(200);
        assertThat(replied.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"question\"");
        var view = api.view(ADMIN, s.caseId());
        assertThat((Object) view.get("dueAt")).isNotNull();
        List<Map<String, Object>> history = view.get("history");
        assertThat(history.getLast().get("action")).isEqualTo("complainant-replied");
    }

    @Test
    void theSurveyOnTheTrackingPageCountsInTheInstitutionsIkm() throws Exception {
        var s = answered();
        assertThat(track(s)).contains("id=\"survey\"", "Sangat sesuai", "Gratis", "id=\"objection\"");
        var request = post("/lacak/survei")
                .param("trackingNumber", s.trackingNumber())
                .param("accessCode", s.accessCode())
                .param("solved", "no")
                .param("comment", "Belum tuntas")
                .with(csrf());
        for (int i = 1; i <= 9; i++) {
            request.param("U" + i, "4");
        }

        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"survey-done\"")
                .doesNotContain("id=\"survey\"");
        var ikm = api.send(get("/api/v1/institutions/diskominfo-demak/satisfaction"));
        assertThat(ikm.status()).as(ikm.raw()).isEqualTo(200);
        var page = mvc.perform(get("/i/diskominfo-demak").param("ikmPeriod", "QUARTER"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"ikm-table\"", "Triwulan 4");
        var answers = mvc.perform(get("/jawaban")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answers).contains("id=\"ikm-table\"");
        var chosen = mvc.perform(get("/jawaban").param("institution", "diskominfo-demak"))
                .andReturn()
                .getResponse();
        assertThat(chosen.getStatus()).isEqualTo(200);
        assertThat(chosen.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"ikm-table\"");
    }

    @Test
    void theIkmOfAPeriodWithoutResponsesSaysSoAndAnUnknownPeriodIsRefused() {
        var none = api.send(
                get("/api/v1/institutions/setwan-pekalongan/satisfaction").param("year", "2001"));
        var bad = api.send(
                get("/api/v1/institutions/setwan-pekalongan/satisfaction").param("period", "WEEK"));

        assertThat(none.status()).as(none.raw()).isEqualTo(200);
        assertThat(none.raw()).contains("\"respondents\":0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("period");
    }

    @Test
    void theStatisticsCountObjectionsAndReopenedCases() throws Exception {
        var s = answered();
        var objected = api.send(post("/api/v1/submissions/{tn}/objection", s.trackingNumber())
                .header("X-Access-Code", s.accessCode())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Belum diperbaiki\"}"));
        assertThat(objected.status()).as(objected.raw()).isEqualTo(201);

        var statistics = mvc.perform(get("/i/diskominfo-demak/statistik"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(statistics).contains("id=\"objections\"", "id=\"reopened\"");
        var office = new OfficeBrowser(mvc);
        var session = office.signIn(ADMIN);
        var casePage = OfficeBrowser.body(office.open(session, "/kantor/kasus/{id}", s.caseId()));
        assertThat(casePage).contains("id=\"reopened\"");
        var inbox = OfficeBrowser.body(office.open(session, "/kantor?tab=all"));
        assertThat(inbox).contains("badge reopened");
    }

    @Test
    void theAdministratorSetsTheObjectionWindowOnItsPageWithinOneToNinetyDays() throws Exception {
        var office = new OfficeBrowser(mvc);
        var session = office.signIn("kebumen.admin");
        assertThat(OfficeBrowser.body(office.open(session, "/kantor/admin/keberatan")))
                .contains("id=\"objectionDays\"");

        var refused = mvc.perform(post("/kantor/admin/keberatan")
                        .session(session)
                        .param("objectionDays", "91")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        var saved = mvc.perform(post("/kantor/admin/keberatan")
                        .session(session)
                        .param("objectionDays", "30")
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"objectionDays-error\"");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(OfficeBrowser.body(office.open(session, "/kantor/admin/keberatan")))
                .contains("value=\"30\"");
    }
}
