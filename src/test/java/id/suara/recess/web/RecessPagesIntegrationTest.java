package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's recess pages: calendar, dapils, members and companions. */
@SuaraIntegrationTest
class RecessPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    private Institution newCouncil() {
        var institution = institutions.add(
                "rsp-" + UUID.randomUUID().toString().substring(0, 8),
                "Sekretariat DPRD Kota Uji Halaman",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/RSP/{year}");
        institutions.addUnit(institution.id(), "fraksi-a", "Fraksi Karya Bangsa", UnitType.FACTION);
        return institution;
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    private String page(MockHttpSession session, String url) throws Exception {
        var response = open(session, url);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theAdministratorKeepsTheCalendarAndARefusedRecessSaysWhyNextToItsField() throws Exception {
        var council = newCouncil();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var url = "/kantor/admin/instansi/" + council.id() + "/reses";
        assertThat(page(sysadmin, "/kantor/admin/instansi")).contains(url);
        assertThat(page(sysadmin, url)).contains("Belum ada periode keanggotaan");

        var badTerm = submit(sysadmin, url + "/periode-keanggotaan", "startsOn", "2024-08-20", "endsOn", "20-08-2029");
        assertThat(badTerm.getStatus()).isEqualTo(422);
        assertThat(badTerm.getContentAsString())
                .contains("id=\"term-endsOn-error\"")
                .contains("aria-describedby=\"term-endsOn-error term-endsOn-hint\"")
                .contains("value=\"2024-08-20\"");
        assertThat(submit(sysadmin, url + "/periode-keanggotaan", "startsOn", "2024-08-20", "endsOn", "2029-08-19")
                        .getStatus())
                .isEqualTo(302);
        assertThat(submit(
                                sysadmin,
                                url + "/masa",
                                "kind",
                                "SESSION",
                                "year",
                                "2029",
                                "sitting",
                                "2",
                                "startsOn",
                                "2029-05-07",
                                "endsOn",
                                "2029-08-10")
                        .getStatus())
                .isEqualTo(302);
        var last = submit(
                sysadmin,
                url + "/masa",
                "kind",
                "RECESS",
                "year",
                "2029",
                "sitting",
                "2",
                "startsOn",
                "2029-08-13",
                "endsOn",
                "2029-08-18");
        assertThat(last.getStatus()).isEqualTo(422);
        assertThat(last.getContentAsString())
                .contains("Tidak ada reses pada masa persidangan terakhir periode keanggotaan")
                .contains("aria-describedby=\"period-startsOn-error period-startsOn-hint\"");
        assertThat(submit(
                                sysadmin,
                                url + "/masa",
                                "kind",
                                "RECESS",
                                "year",
                                "2029",
                                "sitting",
                                "1",
                                "startsOn",
                                "2029-04-20",
                                "endsOn",
                                "2029-04-25")
                        .getStatus())
                .isEqualTo(302);
        var calendar2029 = page(sysadmin, url + "?tahun=2029");
        var session = find(
                calendar2029.substring(calendar2029.indexOf(">Masa sidang II<")), "/reses/masa/([0-9a-f-]{36})/hapus");
        var needed = submit(sysadmin, url + "/masa/" + session + "/hapus");
        assertThat(needed.getStatus()).isEqualTo(422);
        assertThat(needed.getContentAsString()).contains("Masa sidang ini dibutuhkan masa reses sebelumnya");
        var overlap = submit(
                sysadmin,
                url + "/masa",
                "kind",
                "RECESS",
                "year",
                "2029",
                "sitting",
                "2",
                "startsOn",
                "2029-05-01",
                "endsOn",
                "2029-05-08");
        assertThat(overlap.getContentAsString()).contains("tumpang tindih dengan masa sidang atau masa reses lain");
        assertThat(page(sysadmin, url + "?tahun=2029"))
                .contains("20 Agustus 2024 s.d. 19 Agustus 2029")
                .contains("Masa sidang")
                .doesNotContain("13 Agu 2029")
                .doesNotContain("1 Mei 2029");

        assertThat(open(sysadmin, url + "?tahun=abc").getStatus()).isEqualTo(400);
        assertThat(open(sysadmin, url + "/" + UUID.randomUUID() + "/pendamping").getStatus())
                .isEqualTo(404);

        var otherAdmin = new OfficeBrowser(mvc).signIn("kebumen.admin");
        assertThat(open(otherAdmin, url).getStatus()).isEqualTo(403);
        // a government office has no council calendar
        var office = institutions.all().stream()
                .filter(i -> i.kind() == InstitutionKind.GOVERNMENT_OFFICE)
                .findFirst()
                .orElseThrow();
        assertThat(open(sysadmin, "/kantor/admin/instansi/" + office.id() + "/reses")
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void membersAreShownPerFactionAndPerDapilAndGetCompanionsForARecess() throws Exception {
        var council = newCouncil();
        var sysadmin = new OfficeBrowser(mvc).signIn("sysadmin");
        var url = "/kantor/admin/instansi/" + council.id() + "/reses";
        submit(sysadmin, url + "/periode-keanggotaan", "startsOn", "2024-08-20", "endsOn", "2029-08-19");
        assertThat(submit(
                                sysadmin,
                                url + "/masa",
                                "kind",
                                "RECESS",
                                "year",
                                "2026",
                                "sitting",
                                "1",
                                "startsOn",
                                "2026-04-20",
                                "endsOn",
                                "2026-04-25")
                        .getStatus())
                .isEqualTo(302);
        assertThat(submit(sysadmin, url + "/dapil", "number", "1", "name", "Uji 1", "districts", "Barat\nUtara")
                        .getStatus())
                .isEqualTo(302);
        var taken = submit(sysadmin, url + "/dapil", "number", "2", "name", "Uji 2", "districts", "Timur, Barat");
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString())
                .contains("sudah masuk dapil lain")
                .contains("Timur, Barat");

        assertThat(submit(sysadmin, url + "/dapil", "number", "2", "name", "Uji 2", "districts", "Timur")
                        .getStatus())
                .isEqualTo(302);
        var dapilUrl =
                find(page(sysadmin, url), "href=\"(/kantor/admin/instansi/[0-9a-f-]{36}/reses/dapil/[0-9a-f-]{36})\"");
        assertThat(page(sysadmin, dapilUrl)).contains("Barat\nUtara</textarea>");
        var stolen = submit(sysadmin, dapilUrl, "number", "1", "name", "Uji 1", "districts", "Barat\nUtara\nTimur");
        assertThat(stolen.getStatus()).isEqualTo(422);
        assertThat(stolen.getContentAsString()).contains("id=\"dapil-districts-error\"");
        assertThat(submit(sysadmin, dapilUrl, "number", "1", "name", "Uji 1", "districts", "Barat, Utara, Tengah")
                        .getStatus())
                .isEqualTo(302);
        var listed = page(sysadmin, url);
        var faction = find(listed, "<option value=\"([0-9a-f-]{36})\">Fraksi Karya Bangsa</option>");
        var dapil = find(listed, "<option value=\"([0-9a-f-]{36})\">Uji 1</option>");
        var refused = submit(
                sysadmin, url + "/anggota", "name", "", "factionId", faction, "dapilId", dapil, "activeFrom", "");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Isi nama anggota").contains("Isi tanggal mulai menjabat");
        assertThat(submit(
                                sysadmin,
                                url + "/anggota",
                                "name",
                                "H. Ahmad Fauzi",
                                "factionId",
                                faction,
                                "dapilId",
                                dapil,
                                "activeFrom",
                                "2024-08-20",
                                "activeTo",
                                "",
                                "staffAccountId",
                                "")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(sysadmin, url))
                .contains("Per fraksi")
                .contains("H. Ahmad Fauzi (Fraksi Karya Bangsa)")
                .contains("Barat, Utara, Tengah");

        var memberUrl = find(
                page(sysadmin, url), "href=\"(/kantor/admin/instansi/[0-9a-f-]{36}/reses/anggota/[0-9a-f-]{36})\"");
        assertThat(page(sysadmin, memberUrl))
                .contains("value=\"H. Ahmad Fauzi\"")
                .contains("value=\"2024-08-20\"");
        var backwards = submit(
                sysadmin,
                memberUrl,
                "name",
                "H. Ahmad Fauzi",
                "factionId",
                faction,
                "dapilId",
                dapil,
                "activeFrom",
                "2024-08-20",
                "activeTo",
                "2024-01-01");
        assertThat(backwards.getStatus()).isEqualTo(422);
        assertThat(backwards.getContentAsString())
                .contains("id=\"member-activeTo-error\"")
                .contains("Tanggal akhir tidak boleh sebelum tanggal mulai menjabat");
        assertThat(submit(
                                sysadmin,
                                memberUrl,
                                "name",
                                "H. Ahmad Fauzi, S.Sos.",
                                "factionId",
                                faction,
                                "dapilId",
                                dapil,
                                "activeFrom",
                                "2024-08-20",
                                "activeTo",
                                "2026-12-31",
                                "staffAccountId",
                                "")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(sysadmin, url)).contains("H. Ahmad Fauzi, S.Sos.").contains("menjabat s.d. 31 Des 2026");

        var calendar = page(sysadmin, url + "?tahun=2026");
        var companionsUrl =
                find(calendar, "href=\"(/kantor/admin/instansi/[0-9a-f-]{36}/reses/[0-9a-f-]{36}/pendamping)\"");
        var companions = page(sysadmin, companionsUrl);
        var member = find(companions, "<option value=\"([0-9a-f-]{36})\">H. Ahmad Fauzi");
        var noPhone =
                submit(sysadmin, companionsUrl, "memberId", member, "staffAccountId", "", "name", "Rina", "phone", "");
        assertThat(noPhone.getStatus()).isEqualTo(422);
        assertThat(noPhone.getContentAsString())
                .contains("id=\"companion-phone-error\"")
                .contains("Isi nomor telepon yang benar");
        assertThat(submit(
                                sysadmin,
                                companionsUrl,
                                "memberId",
                                member,
                                "staffAccountId",
                                "",
                                "name",
                                "Rina Kartika",
                                "phone",
                                "0812 2750 1188")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(sysadmin, companionsUrl)).contains("Rina Kartika").contains("0812 2750 1188");
    }

    private static String find(String html, String regex) {
        var matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
