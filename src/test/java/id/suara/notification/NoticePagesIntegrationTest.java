package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notice pages of the back office (ADR 0035): the administrator's templates and gateway, a staff member's own
 * notice settings, and the delivery log on the case page.
 */
@SuaraIntegrationTest
class NoticePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void defaults() {
        jdbc.sql("delete from notice_template").update();
        jdbc.sql("delete from notice_gateway").update();
        jdbc.sql("update staff_account set email = null, notification_preference = 'DIGEST'")
                .update();
    }

    private UUID institution(String code) {
        return jdbc.sql("select id from institution where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    @Test
    void theAdministratorRewordsANoticeOnItsPageAndAnUnknownPlaceholderIsShownAsAnError() throws Exception {
        var browser = new OfficeBrowser(mvc);
        var session = browser.signIn("kebumen.admin");
        var id = institution("dprd-kebumen");
        var page = OfficeBrowser.body(browser.open(session, "/kantor/admin/instansi/{id}/pemberitahuan", id));
        assertThat(page)
                .contains("Pengaduan Anda telah terdaftar: {trackingNumber}")
                .contains("{trackingUrl}");
        var refused = mvc.perform(post("/kantor/admin/instansi/{id}/pemberitahuan/templat/CLOSED/en", id)
                        .session(session)
                        .with(csrf())
                        .param("subject", "Closed {nomor}")
                        .param("body", "Done"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(OfficeBrowser.body(refused)).contains("unknown placeholder {nomor}");
        var saved = mvc.perform(post("/kantor/admin/instansi/{id}/pemberitahuan/templat/CLOSED/en", id)
                        .session(session)
                        .with(csrf())
                        .param("subject", "Closed: {trackingNumber}")
                        .param("body", "Thank you."))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(OfficeBrowser.body(browser.open(session, "/kantor/admin/instansi/{id}/pemberitahuan", id)))
                .contains("Closed: {trackingNumber}");
        var gateway = mvc.perform(post("/kantor/admin/instansi/{id}/pemberitahuan/gateway", id)
                        .session(session)
                        .with(csrf())
                        .param("url", "https://gateway.example/hook")
                        .param("secret", "a-secret-of-twenty-chars")
                        .param("channels", "WHATSAPP"))
                .andReturn();
        assertThat(gateway.getResponse().getStatus()).isEqualTo(302);
        var shown = OfficeBrowser.body(browser.open(session, "/kantor/admin/instansi/{id}/pemberitahuan", id));
        assertThat(shown).contains("https://gateway.example/hook").doesNotContain("a-secret-of-twenty-chars");
        assertThat(browser.open(browser.signIn("kebumen.petugas"), "/kantor/admin/instansi/{id}/pemberitahuan", id)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aStaffMemberChoosesImmediateNoticesOnTheirOwnAccountPage() throws Exception {
        var browser = new OfficeBrowser(mvc);
        var session = browser.signIn("kebumen.petugas");
        assertThat(OfficeBrowser.body(browser.open(session, "/kantor/akun"))).contains("Pemberitahuan untuk saya");
        var saved = mvc.perform(post("/kantor/akun/pemberitahuan")
                        .session(session)
                        .with(csrf())
                        .param("email", "petugas@example.id")
                        .param("preference", "IMMEDIATE"))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select email || ' ' || notification_preference from staff_account where username = ?")
                        .param("kebumen.petugas")
                        .query(String.class)
                        .single())
                .isEqualTo("petugas@example.id IMMEDIATE");
        var refused = mvc.perform(post("/kantor/akun/pemberitahuan")
                        .session(session)
                        .with(csrf())
                        .param("email", "no address")
                        .param("preference", "IMMEDIATE"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(OfficeBrowser.body(refused)).contains("must be an e-mail address");
    }

    @Test
    void theCasePageListsTheCasesNoticesWithTheRecipientMasked() throws Exception {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var registered = api.register("kebumen.umum", letter);
        String caseId = registered.get("case.id");
        var browser = new OfficeBrowser(mvc);
        var page = OfficeBrowser.body(browser.open(browser.signIn("kebumen.umum"), "/kantor/kasus/{id}", caseId));
        assertThat(page).contains("Log pengiriman pemberitahuan").contains("s***@example.id");
        assertThat(page.substring(page.indexOf("notice-log"))).doesNotContain("siti.aminah@example.id");
    }

    @Test
    void staffRegisteringAtTheDeskChooseTheComplainantsLanguageOfNotices() throws Exception {
        var browser = new OfficeBrowser(mvc);
        var umum = browser.signIn("kebumen.umum");
        assertThat(OfficeBrowser.body(browser.open(umum, "/kantor/registrasi")))
                .contains("name=\"complainantLanguage\"");
        var email = NoticeMails.address("desk");
        var registered = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/kantor/registrasi")
                        .session(umum)
                        .with(csrf())
                        .param("kind", "ASPIRATION")
                        .param("channel", "LETTER")
                        .param("complainantType", "INDIVIDUAL")
                        .param("complainantName", "Budi Santoso")
                        .param("complainantEmail", email)
                        .param("complainantLanguage", "en")
                        .param("title", "Usulan taman baca")
                        .param("purpose", "Mengusulkan taman baca desa")
                        .param("substance", "Desa kami belum memiliki taman baca."))
                .andReturn();
        assertThat(registered.getResponse().getStatus()).isEqualTo(302);
        var mail = NoticeMails.awaitSubject(email, "Your submission is registered");
        assertThat(mail.text()).contains("Usulan taman baca");
    }

    @Test
    void theTrackingLinkOfANoticeFillsInTheTrackingNumber() throws Exception {
        var page = OfficeBrowser.body(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/lacak")
                                .param("nomor", "sr-7k4m-2qxp"))
                        .andReturn());
        assertThat(page).contains("value=\"SR-7K4M-2QXP\"");
    }

    @Test
    void aCitizenIsWrittenToInTheLanguageTheyUsedThePortalFormIn() throws Exception {
        for (var language : new String[] {"en", "id"}) {
            var email = NoticeMails.address("portal-" + language);
            var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                            "/i/dprd-kebumen/lapor")
                    .param("lang", language)
                    .param("kind", "COMPLAINT")
                    .param("complainantType", "INDIVIDUAL")
                    .param("name", "Siti Aminah")
                    .param("address", "Jl. Pemuda No. 1, Kebumen")
                    .param("email", email)
                    .param("title", "Jalan desa rusak di Sruweng")
                    .param("purpose", "Meminta DPRD mendorong perbaikan jalan")
                    .param("substance", "Jalan desa sepanjang 2 km rusak parah sejak Januari.")
                    .with(csrf());
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 303);
            var mail = NoticeMails.awaitSubject(
                    email, language.equals("en") ? "Your submission is registered" : "Pengaduan Anda telah terdaftar");
            assertThat(mail.text()).contains("Jalan desa rusak di Sruweng");
        }
    }

    @Test
    void theDeliveryLogOfAConfidentialCaseHidesTheAddressFromStaffWhoMayNotSeeTheIdentity() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        letter.put("confidential", true);
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        var handler = api.send(Api.as(
                "kebumen.umum",
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/cases/{id}/notices", caseId)));
        assertThat((String) handler.get("notices.0.recipient")).isEqualTo("s***@example.id");
        var auditor = api.send(Api.as(
                "kebumen.auditor",
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/cases/{id}/notices", caseId)));
        assertThat(auditor.status()).as(auditor.raw()).isEqualTo(200);
        assertThat((String) auditor.get("notices.0.recipient")).isEqualTo("***");
        assertThat(auditor.raw()).doesNotContain("example.id");
    }
}
