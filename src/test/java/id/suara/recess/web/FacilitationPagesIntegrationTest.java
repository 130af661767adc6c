package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.recess.web.FacilitationCouncils.Council;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The facilitation page of a recess, and its overdue items in the inbox (ADR 0031). */
@SuaraIntegrationTest
class FacilitationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    FacilitationCouncils councils;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SopVersions sops;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    private String page(MockHttpSession session, String url) throws Exception {
        var response = open(session, url);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String pageOf(Council council) {
        return "/kantor/reses/" + council.recess() + "/fasilitasi";
    }

    /** The id of the item of a step for someone, read from the page's row ids. */
    private String itemId(Council council, String code, String forWhom) {
        var facilitation = api.send(Api.as(council.officer(), get(council.url())));
        List<Map<String, Object>> items = facilitation.get("items");
        return (String) items.stream()
                .filter(i -> code.equals(i.get("code"))
                        && (forWhom == null
                                || forWhom.equals(i.get("memberName"))
                                || forWhom.equals(i.get("companionName"))))
                .findFirst()
                .orElseThrow()
                .get("id");
    }

    @Test
    void theSecretariatOpensTheFacilitationAndClosesItemsOnThePageWithReasonsNextToTheField() throws Exception {
        var council = councils.newCouncil();
        var browser = new OfficeBrowser(mvc);
        var officer = browser.signIn(council.officer());
        var url = pageOf(council);

        // linked from the administrator's recess calendar
        var admin = browser.signIn(council.admin());
        assertThat(page(admin, "/kantor/admin/instansi/" + council.id() + "/reses?tahun=2026"))
                .contains("href=\"" + url + "\"");

        var unopened = page(officer, url);
        assertThat(unopened)
                .contains("Fasilitasi reses ini belum dibuka")
                // 21 working days before the recess ends on Saturday 22 August (17 August and the town's 5 August
                // off): the facilitation would be due on Friday 21 August
                .contains("value=\"2026-07-21\"");
        var badStart = submit(officer, url, "startsOn", "30-07-2026");
        assertThat(badStart.getStatus()).isEqualTo(422);
        assertThat(badStart.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"open-startsOn-error\"")
                .contains("aria-describedby=\"open-startsOn-error open-startsOn-hint\"");
        var opened = submit(officer, url, "startsOn", "2026-07-30");
        assertThat(opened.getStatus()).isEqualTo(302);
        var shown = page(officer, url);
        var twice = submit(officer, url, "startsOn", "2026-07-30");
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(twice.getContentAsString(StandardCharsets.UTF_8))
                .contains("Fasilitasi masa reses ini sudah dibuka.");
        assertThat(shown)
                .contains("Fasilitasi reses dibuka.")
                .contains("No. SK 175/04/Setwan/III/2022")
                .contains("Mulai 30 Juli 2026; batas waktu 21 hari kerja, tenggat 2 September 2026")
                .contains("Langkah 1. Meminta data rencana reses setiap anggota DPRD")
                .contains("Langkah 7. Mendampingi kegiatan reses anggota DPRD")
                .contains("Pelaksana menurut SOP: Analis Kebijakan Muda")
                .contains("Anggota A", "Anggota C", "Siti Pendamping", "Budi Pendamping")
                .doesNotContain("Anggota B")
                .contains("Bagian Fasilitasi Penganggaran dan Pengawasan")
                .contains("4 Agustus 2026")
                .contains("0 dari 15 butir selesai atau tidak berlaku");

        var plans = itemId(council, "collect-plans", "Anggota A");
        var itemUrl = url + "/butir/" + plans;
        var noReason = submit(officer, itemUrl, "status", "NOT_APPLICABLE", "text", "");
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"text-" + plans + "-error\"")
                .contains("Tulis alasan butir ini tidak berlaku");
        assertThat(submit(officer, itemUrl, "status", "DONE", "text", "Rencana diterima lewat fraksi")
                        .getStatus())
                .isEqualTo(302);
        var closedTwice = submit(officer, itemUrl, "status", "DONE", "text", "");
        assertThat(closedTwice.getStatus()).isEqualTo(422);
        assertThat(closedTwice.getContentAsString(StandardCharsets.UTF_8)).contains("Butir ini sudah ditutup");
        var afterDone = page(officer, url);
        assertThat(afterDone)
                .contains("Butir ditandai selesai.")
                .contains("Rencana diterima lewat fraksi")
                .contains("1 dari 15 butir selesai atau tidak berlaku");

        // an assigned item shows its account; an unknown account is refused next to the choice
        var materials = itemId(council, "order-materials", null);
        var badAssignee = submit(officer, url + "/butir/" + materials + "/penanggung-jawab", "assigneeId", "x");
        assertThat(badAssignee.getStatus()).isEqualTo(422);
        assertThat(badAssignee.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"assignee-" + materials + "-error\"");

        // staff who only read see no forms; another institution does not find the page
        var auditor = browser.signIn(council.auditor());
        assertThat(page(auditor, url)).contains("Langkah 1.").doesNotContain("Tandai selesai", "Tetapkan");
        assertThat(submit(auditor, itemUrl, "status", "OPEN").getStatus()).isEqualTo(403);
        var stranger = browser.signIn("kebumen.petugas");
        assertThat(open(stranger, url).getStatus()).isEqualTo(404);
    }

    @Test
    void anOverdueItemAppearsInItsOwnersInboxAndDisappearsWhenDone() throws Exception {
        var council = councils.newCouncil();
        var browser = new OfficeBrowser(mvc);
        var officer = browser.signIn(council.officer());
        var head = browser.signIn(council.head());
        var companion = browser.signIn(council.companion());
        assertThat(submit(officer, pageOf(council), "startsOn", "2026-07-30").getStatus())
                .isEqualTo(302);
        var planA = itemId(council, "collect-plans", "Anggota A");
        var planC = itemId(council, "collect-plans", "Anggota C");
        // on the day it is due, nothing is overdue yet; those who run facilitations find the recess's page from their
        // inbox, a companion only their own items once overdue
        clock.set(Instant.parse("2026-08-04T09:00:00Z"));
        assertThat(page(officer, "/kantor")).contains("href=\"" + pageOf(council) + "\"");
        assertThat(page(companion, "/kantor")).doesNotContain(pageOf(council));
        assertThat(page(officer, "/kantor")).doesNotContain("Butir fasilitasi reses lewat tenggat");

        // the next day, step 1 is overdue for whoever holds its role (OFFICER), not for the division head
        clock.set(Instant.parse("2026-08-05T02:00:00Z"));
        var inbox = page(officer, "/kantor");
        assertThat(inbox)
                .contains("Butir fasilitasi reses lewat tenggat")
                .contains(pageOf(council) + "#butir-" + planA)
                .contains(pageOf(council) + "#butir-" + planC)
                .contains("Langkah 1. Meminta data rencana reses")
                .contains("Tenggat 4 Agustus 2026");
        assertThat(page(head, "/kantor")).doesNotContain("#butir-");
        assertThat(page(companion, "/kantor")).doesNotContain("#butir-");
        assertThat(page(officer, pageOf(council))).contains("2 butir lewat tenggat");

        // assigned to the division head, it is theirs alone
        var headId = staff.findByUsername(council.head()).orElseThrow().id();
        assertThat(submit(
                                officer,
                                pageOf(council) + "/butir/" + planA + "/penanggung-jawab",
                                "assigneeId",
                                headId.toString())
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(head, "/kantor")).contains("#butir-" + planA).doesNotContain("#butir-" + planC);
        assertThat(page(officer, "/kantor")).doesNotContain("#butir-" + planA).contains("#butir-" + planC);

        // done, it leaves the inbox
        assertThat(submit(head, pageOf(council) + "/butir/" + planA, "status", "DONE", "text", "")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(head, "/kantor")).doesNotContain("#butir-");
        assertThat(submit(officer, pageOf(council) + "/butir/" + planC, "status", "NOT_APPLICABLE", "text", "Cuti")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(officer, "/kantor")).doesNotContain("#butir-" + planC);

        // the visits fall to the companion's own account once they are overdue
        clock.set(Instant.parse("2026-09-03T02:00:00Z"));
        var visits = itemId(council, "accompany-visits", council.companion());
        assertThat(page(companion, "/kantor")).contains("#butir-" + visits).contains("Langkah 7.");
        assertThat(page(officer, "/kantor")).doesNotContain("#butir-" + visits);
        // the companion may close it from the page
        assertThat(page(companion, pageOf(council))).contains("Tandai selesai");
        assertThat(submit(companion, pageOf(council) + "/butir/" + visits, "status", "DONE", "text", "")
                        .getStatus())
                .isEqualTo(302);
        assertThat(page(companion, "/kantor")).doesNotContain("#butir-");
    }

    @Test
    void aServiceComplaintIsRecordedFromThePageAndTheComplainantGetsTheAccessCodeOnce() throws Exception {
        var council = councils.newCouncil();
        sops.installPreset(council.id(), RecessFacilitationIntegrationTest.PRESET);
        var browser = new OfficeBrowser(mvc);
        var officer = browser.signIn(council.officer());
        var url = pageOf(council);
        submit(officer, url, "startsOn", "2026-07-30");
        assertThat(page(officer, url)).contains("Belum ada pengaduan layanan.").contains("Catat pengaduan layanan");

        var refused = submit(officer, url + "/pengaduan-layanan", "complainantName", "", "title", "", "complaint", "");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"complaint-complainantName-error\"")
                .contains("id=\"complaint-title-error\"")
                .contains("aria-describedby=\"complaint-complaint-error complaint-complaint-hint\"");

        var recorded = submit(
                officer,
                url + "/pengaduan-layanan",
                "complainantName",
                "Warga Peserta",
                "complainantPhone",
                "0813 2222 1111",
                "memberId",
                council.members().get("Anggota C"),
                "title",
                "Lembar aspirasi habis",
                "complaint",
                "Lembar aspirasi habis sebelum saya sempat menulis.");
        assertThat(recorded.getStatus()).isEqualTo(302);
        var shown = page(officer, url);
        var matcher = Pattern.compile("kode akses ([A-Z0-9-]+)").matcher(shown);
        assertThat(matcher.find()).as(shown).isTrue();
        assertThat(shown)
                .contains("Pengaduan layanan dicatat dengan nomor")
                .contains("Lembar aspirasi habis")
                .contains("Anggota C")
                .contains("/kantor/kasus/");
        // shown once
        assertThat(page(officer, url)).doesNotContain("kode akses " + matcher.group(1));
    }
}
