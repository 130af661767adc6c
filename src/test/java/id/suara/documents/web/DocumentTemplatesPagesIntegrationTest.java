package id.suara.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.documents.DocumentTemplates;
import id.suara.documents.DocumentType;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The administrator's pages for document templates (ADR 0029). */
@SuaraIntegrationTest
class DocumentTemplatesPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    DocumentTemplates templates;

    private Institution newInstitution() {
        return institutions.add(
                "tplp-" + UUID.randomUUID().toString().substring(0, 8),
                "Sekretariat DPRD Uji Templat",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/TPP/{year}");
    }

    private String page(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theAdministratorEditsATemplateSeesEachProblemNextToTheTextAndGoesBackAndForthBetweenVersions()
            throws Exception {
        var institution = newInstitution();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var list = "/kantor/admin/instansi/" + institution.id() + "/templat-dokumen";
        var edit = list + "/RECEIPT";
        assertThat(page(sysadmin, "/kantor/admin/instansi")).contains(list);
        assertThat(page(sysadmin, list))
                .contains("Templat dokumen")
                .contains("Tanda terima laporan")
                .contains("Bawaan Suara")
                .contains("href=\"" + edit + "\"");

        var shipped = templates.shipped(DocumentType.RECEIPT);
        var opened = page(sysadmin, edit);
        assertThat(opened)
                .contains("Dipakai sekarang: templat bawaan Suara.")
                .contains("Dokumen yang sudah terbit tersimpan sebagai PDF dan tidak berubah.")
                .contains(HtmlUtils.htmlEscape("<h1>TANDA TERIMA LAPORAN</h1>"))
                .contains("aria-describedby=\"body-hint\"")
                .contains("Pratinjau PDF")
                .contains("Belum pernah diubah")
                .doesNotContain("Kembalikan ke bawaan");

        var hostile = shipped.replace(
                "<h1>TANDA TERIMA LAPORAN</h1>", "<h1 th:text=\"${@staffAccounts.findByUsername('sysadmin')}\">x</h1>");
        var refused = submit(sysadmin, edit, "body", hostile, "note", "", "basedOn", "0");
        assertThat(refused.getStatus()).isEqualTo(422);
        var line = shipped.substring(0, shipped.indexOf("<h1>TANDA")).split("\n", -1).length;
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Templat tidak disimpan.")
                .contains("id=\"body-error\"")
                .contains("Baris " + line + ":")
                .contains("Hanya @pageFormat yang boleh dipakai, bukan @staffAccounts.")
                .contains("aria-describedby=\"body-error body-hint\"")
                .contains("aria-invalid=\"true\"")
                .contains(HtmlUtils.htmlEscape("${@staffAccounts.findByUsername('sysadmin')}"));
        var refusedPreview = submit(sysadmin, edit + "/pratinjau", "body", hostile);
        assertThat(refusedPreview.getStatus()).isEqualTo(422);
        assertThat(refusedPreview.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"body-error\"");

        var changed = shipped.replace("TANDA TERIMA LAPORAN", "BUKTI PENERIMAAN ADUAN");
        var preview = submit(sysadmin, edit + "/pratinjau", "body", changed);
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentType()).isEqualTo("application/pdf");
        assertThat(id.suara.test.PdfFiles.text(preview.getContentAsByteArray())).contains("BUKTI PENERIMAAN ADUAN");

        var saved = submit(sysadmin, edit, "body", changed.replace("\n", "\r\n"), "note", "Judul baru", "basedOn", "0");
        assertThat(saved.getStatus()).isEqualTo(302);
        var afterSave = page(sysadmin, edit);
        assertThat(afterSave)
                .contains("Templat disimpan.")
                .contains("Dipakai sekarang: versi 1")
                .contains("Judul baru")
                .contains("Kembalikan ke bawaan")
                .contains(HtmlUtils.htmlEscape("<h1>BUKTI PENERIMAAN ADUAN</h1>"));
        assertThat(page(sysadmin, list)).contains("Templat lembaga, versi 1");
        assertThat(page(sysadmin, edit + "/versi/1"))
                .contains("Templat Tanda terima laporan, versi 1")
                .contains(HtmlUtils.htmlEscape("<h1>BUKTI PENERIMAAN ADUAN</h1>"));

        var stale = submit(sysadmin, edit, "body", shipped, "note", "", "basedOn", "0");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("diubah orang lain");

        assertThat(submit(sysadmin, edit + "/bawaan", "basedOn", "1").getStatus())
                .isEqualTo(302);
        assertThat(page(sysadmin, edit))
                .contains("Templat bawaan Suara dipakai lagi")
                .contains("Dipakai sekarang: templat bawaan Suara.")
                .contains(HtmlUtils.htmlEscape("<h1>TANDA TERIMA LAPORAN</h1>"));
        assertThat(page(sysadmin, edit + "/versi/2")).contains("Versi ini kembali ke templat bawaan Suara.");

        assertThat(submit(sysadmin, edit + "/versi/1/pulihkan", "basedOn", "2").getStatus())
                .isEqualTo(302);
        assertThat(page(sysadmin, edit)).contains("Dipakai sekarang: versi 3").contains("dipulihkan dari versi 1");
        assertThat(page(sysadmin, edit + "?lang=en")).contains("Template: Submission receipt");
    }

    @Test
    void onlyTheInstitutionsAdministratorOpensItsTemplatePages() throws Exception {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        var url = "/kantor/admin/instansi/" + kebumen + "/templat-dokumen";
        var browser = new OfficeBrowser(mvc);
        assertThat(browser.open(browser.signIn("kebumen.admin"), url)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(browser.open(browser.signIn("kebumen.umum"), url)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(browser.open(browser.signIn("pekalongan.admin"), url + "/RECEIPT")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var admin = browser.signIn("kebumen.admin");
        assertThat(browser.open(admin, url + "/SURAT_CINTA").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(submit(admin, url + "/RECEIPT/versi/7/pulihkan").getStatus()).isEqualTo(404);
    }
}
