package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of duplicates and support (ADR 0037): similar cases on the case page and after registering at the desk,
 * merging and undoing from the case page, the merged complainant's tracking page, and supporting a published answer.
 */
@SuaraIntegrationTest
class DuplicatePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    OfficeBrowser office;

    private static final java.util.concurrent.atomic.AtomicInteger YEARS =
            new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void aYearOfItsOwn() {
        office = new OfficeBrowser(mvc);
        clock.set(
                Instant.parse("2041-04-07T02:00:00Z").plus(java.time.Duration.ofDays(400L * YEARS.getAndIncrement())));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Submitted(UUID caseId, String trackingNumber, String accessCode) {}

    private Submitted wellRepair(String title, String substance) {
        var s = Api.webSubmission("dprd-kebumen");
        s.put("title", title);
        s.put("substance", substance);
        s.put("respondent", "PDAM Tirta Bumi Bersinar");
        var response = api.submit(s);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String trackingNumber = response.get("trackingNumber");
        var id = jdbc.sql("select id from submission where tracking_number = ?")
                .param(trackingNumber)
                .query(UUID.class)
                .single();
        return new Submitted(id, trackingNumber, response.get("accessCode"));
    }

    private Submitted water() {
        return wellRepair(
                "Air PDAM mati tiga hari di Kelurahan Panjer",
                "Air PDAM di Kelurahan Panjer tidak mengalir tiga hari tanpa pemberitahuan, warga membeli air galon.");
    }

    private Submitted waterAgain() {
        return wellRepair(
                "Air PDAM tidak mengalir di Panjer",
                "Sudah tiga hari air PDAM di Panjer mati tanpa pengumuman, kami membeli air isi ulang.");
    }

    private int version(UUID caseId) {
        return jdbc.sql("select version from case_file where id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    @Test
    void theCasePageShowsTheSimilarOpenCaseWithItsReasonsAndMergesAndUndoesFromThere() throws Exception {
        var main = water();
        var duplicate = waterAgain();
        var sekwan = office.signIn("kebumen.sekwan");

        var page = OfficeBrowser.body(office.open(sekwan, "/kantor/kasus/{id}", duplicate.caseId()));

        assertThat(page)
                .contains(
                        "Kemungkinan perkara yang sama", "/kantor/kasus/" + main.caseId(), "teks mirip", "teradu sama")
                .contains("id=\"merge-" + main.caseId() + "\"");

        var itself = mvc.perform(post("/kantor/kasus/{id}/gabung", duplicate.caseId())
                        .session(sekwan)
                        .with(csrf())
                        .param("mainCaseId", duplicate.caseId().toString())
                        .param("version", String.valueOf(version(duplicate.caseId()))))
                .andReturn();
        assertThat(itself.getResponse().getStatus()).isEqualTo(422);
        assertThat(itself.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"duplicate-error\"", "Perkara utama tidak dapat dipilih");

        var merged = mvc.perform(post("/kantor/kasus/{id}/gabung", duplicate.caseId())
                        .session(sekwan)
                        .with(csrf())
                        .param("mainCaseId", main.caseId().toString())
                        .param("version", String.valueOf(version(duplicate.caseId()))))
                .andReturn();
        assertThat(merged.getResponse().getStatus()).isEqualTo(302);
        assertThat(OfficeBrowser.body(office.open(sekwan, "/kantor/kasus/{id}", duplicate.caseId())))
                .contains("id=\"merged-into\"", "id=\"undo-merge\"", "Digabung ke perkara lain yang sama");
        assertThat(OfficeBrowser.body(office.open(sekwan, "/kantor/kasus/{id}", main.caseId())))
                .contains("id=\"merged-here\"", "/kantor/kasus/" + duplicate.caseId());
        // the duplicate's complainant reads on the tracking page that their submission follows the other
        var tracked = mvc.perform(post("/lacak")
                        .with(csrf())
                        .param("trackingNumber", duplicate.trackingNumber())
                        .param("accessCode", duplicate.accessCode()))
                .andReturn();
        assertThat(tracked.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"merged\"", duplicate.trackingNumber().substring(0, 2))
                .doesNotContain("Siti Aminah");

        var stale = mvc.perform(post("/kantor/kasus/{id}/gabung/batal", duplicate.caseId())
                        .session(sekwan)
                        .with(csrf())
                        .param("version", String.valueOf(version(duplicate.caseId()) - 1)))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        var undone = mvc.perform(post("/kantor/kasus/{id}/gabung/batal", duplicate.caseId())
                        .session(sekwan)
                        .with(csrf())
                        .param("version", String.valueOf(version(duplicate.caseId()))))
                .andReturn();
        assertThat(undone.getResponse().getStatus()).isEqualTo(302);
        assertThat(OfficeBrowser.body(office.open(sekwan, "/kantor/kasus/{id}", duplicate.caseId())))
                .doesNotContain("id=\"merged-into\"")
                .contains("Penggabungan dibatalkan");
    }

    @Test
    void afterRegisteringAtTheDeskTheReceiptPageListsTheSimilarOpenCases() throws Exception {
        var open = water();
        var umum = office.signIn("kebumen.umum");

        var registered = mvc.perform(multipart("/kantor/registrasi")
                        .session(umum)
                        .with(csrf())
                        .param("kind", "COMPLAINT")
                        .param("channel", "LETTER")
                        .param("complainantType", "INDIVIDUAL")
                        .param("complainantName", "Budi Santoso")
                        .param("complainantAddress", "Jl. Kenanga 3, Kebumen")
                        .param("respondent", "PDAM Tirta Bumi Bersinar")
                        .param("title", "Air PDAM Panjer mati tiga hari")
                        .param("purpose", "Mohon air dialirkan kembali")
                        .param("substance", "Air PDAM di Panjer mati tiga hari tanpa pemberitahuan."))
                .andReturn();
        assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo("/kantor/registrasi/tanda-terima");
        var receipt = mvc.perform(
                        get("/kantor/registrasi/tanda-terima").session(umum).flashAttrs(registered.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(receipt).contains("Perkara terbuka yang mirip", "/kantor/kasus/" + open.caseId(), "teks mirip");
    }

    @Test
    void aCitizenSupportsAPublishedAnswerWithOneButtonAndTheCountShowsUnderIt() throws Exception {
        var answered = water();
        // the answer as a published one reads (the steps to publish it are another test's)
        jdbc.sql("update case_file set public_answer = 'PDAM telah memperbaiki pipa di Panjer.', answered_at = now()"
                        + " where id = ?")
                .param(answered.caseId())
                .update();

        // the list's one form: the button names its case
        var supported = mvc.perform(post("/jawaban/dukung")
                        .param("case", answered.caseId().toString())
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("198.51.100.23");
                            return r;
                        }))
                .andReturn();
        var notAnswered = mvc.perform(
                        post("/jawaban/{id}/dukung", waterAgain().caseId()).with(csrf()))
                .andReturn();

        assertThat(supported.getResponse().getStatus()).isEqualTo(302);
        assertThat(supported.getFlashMap().get("supportMessage")).isEqualTo("web.portal.support.counted");
        assertThat(notAnswered.getResponse().getStatus()).isEqualTo(404);
        var answers = mvc.perform(get("/jawaban").param("q", "memperbaiki pipa di Panjer"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answers)
                .contains("id=\"supporters-" + answered.caseId() + "\">1 warga juga mengalami")
                .contains("id=\"support-" + answered.caseId() + "\"")
                .contains("name=\"case\" value=\"" + answered.caseId() + "\"");
    }
}
