package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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

    @Test
    void aClerkPostponesTheMeetingOnItsPageSeesTheSignedInvitationFlaggedAndCancelsIt() throws Exception {
        var staf = office.signIn("pekalongan.staf");
        var first = office.registerLetter(staf, "Jalan " + UUID.randomUUID(), false, "Siti Aminah");
        var second = office.registerLetter(staf, "Jembatan " + UUID.randomUUID(), false, "Budi Santoso");
        var at = OffsetDateTime.now(WIB)
                .plusDays(10)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var created = api.createMeeting(
                "pekalongan.staf",
                first,
                Map.of(
                        "kind", "RDP",
                        "title", "Jalan desa rusak",
                        "startsAt", at.toString(),
                        "place", "Ruang Rapat Komisi A",
                        "invitees", "Ir. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum",
                        "caseIds", List.of(first, second)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        var meetingUrl = "/kantor/rapat/" + created.get("id");
        api.meetingLetterSigned(
                "setwan-pekalongan",
                created.get("id"),
                "pekalongan.staf",
                "INVITATION",
                "pekalongan.kabag",
                "pekalongan.sekwan");
        var page = office.page(staf, meetingUrl);
        assertThat(page).contains("Terjadwal", "Ubah rincian atau jadwal rapat", "Batalkan rapat", "Rapat dijadwalkan");
        int version = OfficePages.version(page);
        var later = at.plusDays(7).withHour(13);
        var moveTo = later.toLocalDateTime().toString().substring(0, 16);

        var withoutReason = submit(
                staf,
                meetingUrl + "/ubah",
                "version",
                Integer.toString(version),
                "kind",
                "RDP",
                "title",
                "Jalan desa rusak",
                "startsAt",
                moveTo,
                "place",
                "Ruang Rapat Komisi A",
                "invitees",
                "Ir. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum");
        assertThat(withoutReason.getStatus()).isEqualTo(422);
        assertThat(withoutReason.getContentAsString())
                .contains("Periksa isian berikut:")
                .contains("Alasan: Tulis alasannya")
                // the form keeps what was typed
                .contains("value=\"" + moveTo + "\"");

        var moved = submit(
                staf,
                meetingUrl + "/ubah",
                "version",
                Integer.toString(version),
                "kind",
                "RDP",
                "title",
                "Jalan desa rusak",
                "startsAt",
                moveTo,
                "place",
                "Ruang Paripurna",
                "invitees",
                "Ir. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum",
                "reason",
                "Kepala Dinas PU berhalangan");
        assertThat(moved.getStatus()).isEqualTo(302);
        page = office.page(staf, meetingUrl);
        assertThat(page)
                .contains("Rapat dijadwalkan ulang", "Alasan: Kepala Dinas PU berhalangan")
                .contains("Tempat: Ruang Rapat Komisi A → Ruang Paripurna")
                .contains("Ada surat rapat yang dibuat untuk jadwal atau tempat yang sudah berubah")
                .contains("Berbeda dari rapat:", "tanggal", "Sudah ditandatangani untuk jadwal lama");

        // a version or unit that is no number or id is a bad request, not an error
        assertThat(submit(staf, meetingUrl + "/ubah", "version", "x", "kind", "RDP")
                        .getStatus())
                .isEqualTo(400);
        assertThat(submit(staf, meetingUrl + "/ubah", "unitId", "komisi-a", "version", "1")
                        .getStatus())
                .isEqualTo(400);
        assertThat(submit(staf, meetingUrl + "/ubah", "kind", "RAPAT_BESAR", "version", "1")
                        .getStatus())
                .isEqualTo(422);

        // the same form sent again on the old version
        var stale = submit(
                staf,
                meetingUrl + "/ubah",
                "version",
                Integer.toString(version),
                "kind",
                "RDP",
                "title",
                "Jalan desa rusak",
                "startsAt",
                moveTo,
                "place",
                "Ruang Lain",
                "reason",
                "Lagi");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Rapat ini baru saja diubah oleh orang lain.");

        // each case's history says it in plain words
        assertThat(office.page(staf, "/kantor/kasus/{id}", second))
                .contains("Rapat dijadwalkan ulang (ditunda atau dimajukan)", "Waktu semula", "Tempat semula")
                .contains("Rapat Dengar Pendapat: Jalan desa rusak", "Kepala Dinas PU berhalangan");

        version = OfficePages.version(page);
        var removed = submit(staf, meetingUrl + "/kasus/" + second + "/lepas", "version", Integer.toString(version));
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(office.page(staf, "/kantor/kasus/{id}", second)).contains("Dilepaskan dari rapat");

        page = office.page(staf, meetingUrl);
        var cancelled = submit(
                staf,
                meetingUrl + "/batal",
                "version",
                Integer.toString(OfficePages.version(page)),
                "reason",
                "Pengadu mencabut aduannya");
        assertThat(cancelled.getStatus()).isEqualTo(302);
        page = office.page(staf, meetingUrl);
        assertThat(page)
                .contains("Rapat ini dibatalkan pada", "Alasan: Pengadu mencabut aduannya")
                .doesNotContain("Ubah rincian atau jadwal rapat", "Tambah persiapan", "Simpan dan terbitkan notula");
        assertThat(office.page(staf, "/kantor/rapat")).contains("Dibatalkan");
        assertThat(office.page(staf, "/kantor/kasus/{id}?lang=en", first)).contains("Meeting cancelled");
    }
}
