package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.SuaraIntegrationTest;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The documents of a case on the staff case page: the receipt issued on demand, listed, served as stored. */
@SuaraIntegrationTest
class CaseDocumentsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    OfficePages office;

    @BeforeEach
    void setUp() {
        office = new OfficePages(mvc);
    }

    private MockHttpServletResponse fetch(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session)).andReturn().getResponse();
    }

    private String registrationNumber(String caseId) {
        return jdbc.sql("select registration_number from submission where id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
    }

    private long documents(String caseId) {
        return jdbc.sql("select count(*) from issued_document where submission_id = ?::uuid")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    @Test
    void staffIssueTheReceiptOfACaseTheySeeAndFindItListedOnTheCasePage() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, "Dokumen " + UUID.randomUUID(), false, "Siti Aminah");
        assertThat(office.page(umum, "/kantor/kasus/{id}", caseId))
                .contains("/kantor/kasus/" + caseId + "/dokumen/tanda-terima.pdf");

        var issued = fetch(umum, "/kantor/kasus/{id}/dokumen/tanda-terima.pdf", caseId);
        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat(issued.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(issued.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("TANDA TERIMA LAPORAN")
                    .contains(registrationNumber(caseId))
                    .contains("Surat");
        }

        var page = office.page(umum, "/kantor/kasus/{id}", caseId);
        assertThat(page)
                .contains("Tanda terima laporan " + registrationNumber(caseId))
                .contains("/verifikasi/")
                .doesNotContain("/dokumen/tanda-terima.pdf");
        var documentId = jdbc.sql("select id from issued_document where submission_id = ?::uuid")
                .param(caseId)
                .query(UUID.class)
                .single();
        assertThat(page).contains("/kantor/kasus/" + caseId + "/dokumen/" + documentId);
        assertThat(fetch(umum, "/kantor/kasus/{id}/dokumen/{d}", caseId, documentId)
                        .getContentAsByteArray())
                .isEqualTo(issued.getContentAsByteArray());
        assertThat(fetch(umum, "/kantor/kasus/{id}/dokumen/tanda-terima.pdf", caseId)
                        .getContentAsByteArray())
                .as("issued once, then served as stored")
                .isEqualTo(issued.getContentAsByteArray());
        assertThat(documents(caseId)).isEqualTo(1L);
    }

    @Test
    void staffWhoMayNotSeeTheCaseFindNoDocumentAndIssueNone() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, "Dokumen " + UUID.randomUUID(), false, "Siti Aminah");
        var komisia = office.signIn("kebumen.komisia");
        assertThat(fetch(komisia, "/kantor/kasus/{id}/dokumen/tanda-terima.pdf", caseId)
                        .getStatus())
                .isEqualTo(404);
        assertThat(documents(caseId)).isZero();

        assertThat(fetch(umum, "/kantor/kasus/{id}/dokumen/tanda-terima.pdf", caseId)
                        .getStatus())
                .isEqualTo(200);
        var documentId = jdbc.sql("select id from issued_document where submission_id = ?::uuid")
                .param(caseId)
                .query(UUID.class)
                .single();
        assertThat(fetch(komisia, "/kantor/kasus/{id}/dokumen/{d}", caseId, documentId)
                        .getStatus())
                .isEqualTo(404);
        assertThat(fetch(umum, "/kantor/kasus/{id}/dokumen/{d}", caseId, UUID.randomUUID())
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theComplaintFormCarriesTheRegisteredSubmissionAndIsWithheldFromThoseWhoMayNotSeeAConfidentialIdentity()
            throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, "Formulir " + UUID.randomUUID(), true, "Siti Aminah");
        assertThat(office.page(umum, "/kantor/kasus/{id}", caseId))
                .contains("/kantor/kasus/" + caseId + "/dokumen/formulir-pengaduan.pdf");
        var form = fetch(umum, "/kantor/kasus/{id}/dokumen/formulir-pengaduan.pdf", caseId);
        assertThat(form.getStatus()).isEqualTo(200);
        var text = id.suara.test.PdfFiles.text(form.getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("FORMULIR PENGADUAN")
                .contains("Nomor agenda: " + registrationNumber(caseId))
                .contains("Siti Aminah")
                .contains("3305014101900001")
                .contains("Identitas dirahasiakan atas permintaan pelapor")
                .contains("Jalan desa sepanjang 2 km rusak parah sejak Januari.")
                .contains("Petugas penerima");
        id.suara.test.PdfFiles.keepFirstPageAsPng(form.getContentAsByteArray(), "complaint-form");
        assertThat(office.page(umum, "/kantor/kasus/{id}", caseId))
                .contains("Formulir pengaduan " + registrationNumber(caseId) + " diterbitkan (versi 1)");

        // the leadership does not see a confidential identity: no link, and the stored form is refused
        var pimpinan = office.signIn("kebumen.pimpinan");
        assertThat(fetch(pimpinan, "/kantor/kasus/{id}/dokumen/formulir-pengaduan.pdf", caseId)
                        .getStatus())
                .isEqualTo(403);
        var documentId = jdbc.sql(
                        "select id from issued_document where submission_id = ?::uuid and type = 'COMPLAINT_FORM'")
                .param(caseId)
                .query(UUID.class)
                .single();
        var page = mvc.perform(get("/kantor/kasus/{id}", caseId).session(pimpinan))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .doesNotContain("/dokumen/" + documentId)
                .doesNotContain("formulir-pengaduan.pdf");
        assertThat(fetch(pimpinan, "/kantor/kasus/{id}/dokumen/{d}", caseId, documentId)
                        .getStatus())
                .isEqualTo(403);
    }
}
