package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The meeting pages: scheduled from the case page, prepared, minuted and its letters drafted (ADR 0028). */
@SuaraIntegrationTest
class MeetingPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    OfficePages office;

    @BeforeEach
    void setUp() {
        office = new OfficePages(mvc);
    }

    private MockHttpServletResponse submit(MockHttpSession session, String url, String... params) throws Exception {
        var request = post(url).session(session).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aClerkSchedulesTheAgreedForumFromTheCasePagePreparesItMinutesItAndDraftsItsInvitation() throws Exception {
        var staf = office.signIn("pekalongan.staf");
        var caseId = office.registerLetter(staf, "Jalan " + UUID.randomUUID(), false, "Siti Aminah");
        assertThat(api.check("pekalongan.staf", caseId, Map.of("IDENTITY", true))
                        .status())
                .isEqualTo(200);
        assertThat(api.act("pekalongan.staf", caseId, "accept", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.act(
                                "pekalongan.kabag",
                                caseId,
                                "schedule",
                                Map.of(
                                        "assignedUnit",
                                                api.unit("setwan-pekalongan", "komisi-a")
                                                        .toString(),
                                        "forum", "RDP",
                                        "meetingAt", "2026-12-14T09:00:00+07:00"))
                        .status())
                .isEqualTo(200);

        var casePage = office.page(staf, "/kantor/kasus/{id}", caseId);
        assertThat(casePage).contains("Rapat").contains("Belum ada rapat.").contains("/rapat/baru");
        var form = office.page(staf, "/kantor/kasus/{id}/rapat/baru", caseId);
        assertThat(form).contains("value=\"2026-12-14T09:00\"").contains("Ketua Komisi A");
        assertThat(form).containsPattern("<option value=\"RDP\" selected=\"selected\">");

        var refused = submit(
                staf,
                "/kantor/kasus/" + caseId + "/rapat",
                "kind",
                "RDP",
                "title",
                "Jalan",
                "place",
                "Ruang Komisi A",
                "startsAt",
                "");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Periksa isian berikut:")
                .contains("startsAt");

        var created = submit(
                staf,
                "/kantor/kasus/" + caseId + "/rapat",
                "kind",
                "RDP",
                "title",
                "Jalan desa rusak",
                "place",
                "Ruang Rapat Komisi A",
                "startsAt",
                "2026-12-14T09:00",
                "chair",
                "Ketua Komisi A",
                "invitees",
                "Ir. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum");
        assertThat(created.getStatus()).isEqualTo(302);
        var meetingUrl = created.getRedirectedUrl();
        assertThat(meetingUrl).startsWith("/kantor/rapat/");

        var yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString();
        var noOwner = submit(staf, meetingUrl + "/logistik", "item", "ROOM", "dueOn", yesterday);
        assertThat(noOwner.getStatus()).isEqualTo(422);
        assertThat(noOwner.getContentAsString()).contains("owner");
        assertThat(submit(
                                staf,
                                meetingUrl + "/logistik",
                                "item",
                                "ROOM",
                                "ownerName",
                                "Subbagian Rumah Tangga",
                                "dueOn",
                                yesterday)
                        .getStatus())
                .isEqualTo(302);
        assertThat(submit(staf, meetingUrl + "/daftar-hadir").getStatus()).isEqualTo(302);
        assertThat(submit(
                                staf,
                                meetingUrl + "/notula",
                                "opening",
                                "Dibuka",
                                "speaker",
                                "Kepala Dinas PU",
                                "points",
                                "Jalan diperbaiki 2027",
                                "decisions",
                                "Penambalan darurat\nDipantau Komisi A",
                                "closedAt",
                                "11.30",
                                "noteTaker",
                                "Rina Wulandari")
                        .getStatus())
                .isEqualTo(302);

        var meetingPage = office.page(staf, meetingUrl);
        assertThat(meetingPage)
                .contains("Rapat Dengar Pendapat: Jalan desa rusak")
                .contains("Ruang Rapat Komisi A", "Komisi A", "Ir. Bambang Sutrisno — Kepala Dinas Pekerjaan Umum")
                .contains("Ruang/tempat", "oleh Subbagian Rumah Tangga", "Terlambat")
                .contains("Daftar hadir — versi 1", "Notula — versi 1")
                .contains("value=\"Rina Wulandari\"");

        var drafted = submit(
                staf,
                meetingUrl + "/surat",
                "type",
                "INVITATION",
                "signatoryId",
                api.signatory("setwan-pekalongan").toString());
        assertThat(drafted.getStatus()).isEqualTo(302);
        assertThat(drafted.getRedirectedUrl()).startsWith("/kantor/kasus/" + caseId + "/surat/");
        assertThat(office.page(staf, drafted.getRedirectedUrl())).contains("Undangan Rapat Dengar Pendapat");

        assertThat(office.page(staf, "/kantor/kasus/{id}", caseId)).contains("Rapat Dengar Pendapat: Jalan desa rusak");
        assertThat(office.page(staf, "/kantor/rapat"))
                .contains("Jalan desa rusak")
                .contains("Terlambat");
    }
}
