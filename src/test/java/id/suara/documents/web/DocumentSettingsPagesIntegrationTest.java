package id.suara.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's pages for signatories and letter numbers. */
@SuaraIntegrationTest
class DocumentSettingsPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    private Institution newInstitution() {
        return institutions.add(
                "ttd-" + UUID.randomUUID().toString().substring(0, 8),
                "Sekretariat DPRD Uji Tanda Tangan",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/TTD/{year}");
    }

    private String page(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theSystemAdministratorAddsASignatoryRefusedValuesNamedAndRetiresIt() throws Exception {
        var institution = newInstitution();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var url = "/kantor/admin/instansi/" + institution.id() + "/penandatangan";
        assertThat(page(sysadmin, "/kantor/admin/instansi")).contains(url);

        var refused = submit(sysadmin, url, "name", "", "position", "Sekretaris DPRD", "nip", "1968");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Isi nama (paling panjang 120 karakter).")
                .contains("NIP terdiri dari 18 angka.")
                .contains("value=\"Sekretaris DPRD\"");

        var added = submit(
                sysadmin,
                url,
                "name",
                "Dra. Endang Lestari",
                "position",
                "Sekretaris DPRD Kabupaten Uji",
                "rank",
                "Pembina (IV/a)",
                "nip",
                "19700101 199503 2 001");
        assertThat(added.getStatus()).isEqualTo(302);
        var listed = page(sysadmin, url);
        assertThat(listed)
                .contains("Dra. Endang Lestari")
                .contains("19700101 199503 2 001")
                .contains("aktif");

        var signatoryId = listed.substring(listed.indexOf("/penandatangan/") + "/penandatangan/".length());
        signatoryId = signatoryId.substring(0, signatoryId.indexOf('/'));
        assertThat(submit(sysadmin, url + "/" + signatoryId + "/pensiunkan").getStatus())
                .isEqualTo(302);
        assertThat(page(sysadmin, url)).contains("dipensiunkan").contains("Aktifkan lagi");

        var otherAdmin = new OfficeBrowser(mvc).signIn("kebumen.admin");
        assertThat(mvc.perform(get(url).session(otherAdmin))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theAdministratorSetsAPatternAndSeesTheNextNumberARefusedPatternSaysWhy() throws Exception {
        var institution = newInstitution();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var url = "/kantor/admin/instansi/" + institution.id() + "/penomoran-surat";
        var year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        assertThat(page(sysadmin, url))
                .contains("Surat undangan")
                .contains("Nomor berikutnya tahun ini: 000/1/Setwan/")
                // by default every type writes in one series, as in one outgoing-letter register
                .contains("Berbagi nomor urut dengan: Surat tanggapan, Berita acara");

        var refused = submit(
                sysadmin,
                url + "/INVITATION",
                "pattern",
                "{kka}/{unit}",
                "classificationCode",
                "005",
                "unitCode",
                "Setwan");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("{seq} tepat sekali").contains("value=\"{kka}/{unit}\"");

        var saved = submit(
                sysadmin,
                url + "/INVITATION",
                "pattern",
                "{kka}/{seq}/{unit}/{year}",
                "classificationCode",
                "005",
                "unitCode",
                "Setwan-Uji");
        assertThat(saved.getStatus()).isEqualTo(302);
        var numbering = page(sysadmin, url);
        assertThat(numbering).contains("Nomor berikutnya tahun ini: 005/1/Setwan-Uji/" + year);
        // with its own codes the invitation is numbered on its own; the others still share theirs
        assertThat(numbering).doesNotContain("dengan: Surat tanggapan, Surat undangan");
    }

    @Test
    void theEmblemIsUploadedOnTheLetterheadPageARefusedFileSaysWhyAndItCanBeRemoved() throws Exception {
        var institution = newInstitution();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var url = "/kantor/admin/instansi/" + institution.id() + "/kop-surat/lambang";
        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "emblem", "lambang.png", "image/png", "bukan gambar".getBytes()))
                        .session(sysadmin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Pilih gambar PNG atau JPEG yang terbaca");

        var saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "emblem", "lambang.png", "image/png", DocumentSettingsIntegrationTest.png(120)))
                        .session(sysadmin)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(page(sysadmin, "/kantor/admin/instansi/{id}/kop-surat", institution.id()))
                .contains("id=\"emblem-preview\"");
        var image = mvc.perform(get(url).session(sysadmin)).andReturn().getResponse();
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).isEqualTo(DocumentSettingsIntegrationTest.png(120));

        assertThat(submit(sysadmin, url + "/hapus").getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get(url).session(sysadmin))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
