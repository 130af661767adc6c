package id.suara.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.sop.SopVersions;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** An institution's letterhead (kop surat), set by its administrator and printed on the documents issued afterwards. */
@SuaraIntegrationTest
class LetterheadIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    JdbcClient jdbc;

    private Institution newInstitution() {
        var code = "kop-" + UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                code,
                "Sekretariat DPRD Uji Kop",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/KOP/{year}");
        sops.installPreset(institution.id(), "kebumen-online");
        return institution;
    }

    private MockHttpServletResponse save(MockHttpSession session, Institution institution, String email)
            throws Exception {
        return mvc.perform(post("/kantor/admin/instansi/{id}/kop-surat", institution.id())
                        .session(session)
                        .with(csrf())
                        .param("government", "PEMERINTAH KABUPATEN UJI")
                        .param("unitName", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                        .param("address", "Jl. Arungbinang No. 1, Kebumen 54311")
                        .param("phone", "(0287) 381234")
                        .param("email", email)
                        .param("website", "https://dprd.example.go.id")
                        .param("place", "Kebumen"))
                .andReturn()
                .getResponse();
    }

    private String receiptText(Institution institution) throws Exception {
        var submitted = api.submit(Api.webSubmission(institution.code()));
        assertThat(submitted.status()).isEqualTo(201);
        var pdf = mvc.perform(get("/api/v1/submissions/{tn}/receipt.pdf", submitted.<String>get("trackingNumber"))
                        .header("X-Access-Code", submitted.<String>get("accessCode")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            // the page as printed, kept under target/documents for people to look at
            var directory = Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(
                    new PDFRenderer(document).renderImageWithDPI(0, 96),
                    "png",
                    directory.resolve("receipt-" + institution.code() + ".png").toFile());
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theAdministratorSetsTheLetterheadAndTheDocumentsIssuedAfterPrintIt() throws Exception {
        var institution = newInstitution();
        var before = receiptText(institution);
        assertThat(before).contains("SEKRETARIAT DPRD UJI KOP").doesNotContain("PEMERINTAH KABUPATEN UJI");

        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var page = OfficeBrowser.body(mvc.perform(get("/kantor/admin/instansi/{id}/kop-surat", institution.id())
                        .session(sysadmin))
                .andReturn());
        assertThat(page).contains("SEKRETARIAT DPRD UJI KOP");
        var saved = save(sysadmin, institution, "setwan@dprd.example.go.id");
        assertThat(saved.getStatus()).isEqualTo(302);

        assertThat(receiptText(institution))
                .contains("PEMERINTAH KABUPATEN UJI")
                .contains("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                .contains("Jl. Arungbinang No. 1, Kebumen 54311")
                .contains("Telepon (0287) 381234")
                .contains("setwan@dprd.example.go.id");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'documents.letterhead.changed' and institution_id = ?""").param(institution.id()).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void aRefusedLetterheadNamesTheFieldAndChangesNothing() throws Exception {
        var institution = newInstitution();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var refused = save(sysadmin, institution, "not an address");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Isi alamat pos-el yang sah.")
                .contains("not an address");
        assertThat(jdbc.sql("select count(*) from institution_letterhead where institution_id = ?")
                        .param(institution.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheInstitutionsAdministratorsMaySetIt() throws Exception {
        var institution = newInstitution();
        for (var user : new String[] {"kebumen.admin", "kebumen.umum"}) {
            var session = new OfficeBrowser(mvc).signIn(user);
            assertThat(mvc.perform(get("/kantor/admin/instansi/{id}/kop-surat", institution.id())
                                    .session(session))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(save(session, institution, "a@b.id").getStatus())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from institution_letterhead where institution_id = ?")
                        .param(institution.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
