package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A case's letters through the back-office pages: drafted, refused with reasons, initialled, signed, delivered. */
@SuaraIntegrationTest
class CaseLetterPagesIntegrationTest {

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

    private String letterIdFrom(MockHttpServletResponse redirect) {
        var location = redirect.getRedirectedUrl();
        assertThat(location).as("redirect").contains("/surat/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aClerkDraftsAResponseLetterAddressedToTheComplainantAndTheChainInitialsSignsAndPostsIt() throws Exception {
        var pengaduan = office.signIn("kebumen.pengaduan");
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, "Surat " + UUID.randomUUID(), false, "Siti Aminah");

        var casePage = office.page(pengaduan, "/kantor/kasus/{id}", caseId);
        assertThat(casePage).contains("Surat dan laporan").contains("Belum ada surat atau laporan.");
        var form = office.page(pengaduan, "/kantor/kasus/{id}/surat/baru?jenis=RESPONSE_LETTER", caseId);
        assertThat(form)
                .contains("Surat tanggapan baru")
                .contains("value=\"Siti Aminah\"")
                .contains("Diparaf berurutan oleh Bagian Pengaduan, lalu ditandatangani oleh Sekretaris DPRD.")
                .contains("Drs. Bambang Sutrisno, M.Si.");

        var refused = submit(
                pengaduan,
                "/kantor/kasus/" + caseId + "/surat",
                "type",
                "RESPONSE_LETTER",
                "subject",
                " ",
                "body",
                "Isi",
                "signatoryId",
                "");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Isi hal surat (paling panjang 300 karakter).")
                .contains("Pilih penandatangan yang masih aktif.")
                .contains("href=\"#letter-subject\"");

        var drafted = submit(
                pengaduan,
                "/kantor/kasus/" + caseId + "/surat",
                "type",
                "RESPONSE_LETTER",
                "subject",
                "Tanggapan atas pengaduan jalan desa",
                "addressee",
                "Sdri. Siti Aminah",
                "addresseePlace",
                "Kebumen",
                "body",
                "Dengan hormat,\n\nKomisi C menjadwalkan rapat kerja.",
                "signatoryId",
                api.signatory("dprd-kebumen").toString(),
                "content.copies",
                "Ketua DPRD Kabupaten Kebumen");
        assertThat(drafted.getStatus()).isEqualTo(302);
        var letterId = letterIdFrom(drafted);
        var letterUrl = "/kantor/kasus/" + caseId + "/surat/" + letterId;
        assertThat(office.page(pengaduan, letterUrl))
                .contains("Konsep, menunggu paraf Bagian Pengaduan")
                .contains("Komisi C menjadwalkan rapat kerja.")
                // the type's further parts are shown with the text, under their names
                .contains("<dt>Tembusan</dt>")
                .contains("Ketua DPRD Kabupaten Kebumen");

        var sekwan = office.signIn("kebumen.sekwan");
        var tooEarly = submit(sekwan, letterUrl + "/tandatangani");
        assertThat(tooEarly.getStatus()).isEqualTo(409);
        assertThat(tooEarly.getContentAsString()).contains("Paraf belum bisa diberikan");

        assertThat(submit(pengaduan, letterUrl + "/paraf").getStatus()).isEqualTo(302);
        assertThat(office.page(sekwan, letterUrl)).contains("Konsep, menunggu tanda tangan Sekretaris DPRD");
        assertThat(submit(sekwan, letterUrl + "/tandatangani").getStatus()).isEqualTo(302);
        var signed = office.page(sekwan, letterUrl);
        assertThat(signed).contains("Ditandatangani, nomor 000/").contains("Versi 1, nomor");

        var noNote = submit(pengaduan, letterUrl + "/pos", "note", " ");
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(noNote.getContentAsString()).contains("Tulis catatan pengirimannya");
        assertThat(submit(pengaduan, letterUrl + "/pos", "note", "Pos tercatat RR1")
                        .getStatus())
                .isEqualTo(302);
        assertThat(office.page(pengaduan, letterUrl))
                .contains("Versi 1 dikirim lewat pos")
                .contains("Pos tercatat RR1");

        var history = office.page(pengaduan, "/kantor/kasus/{id}", caseId);
        assertThat(history)
                .contains("Konsep Surat tanggapan disusun")
                .contains("Paraf pada Surat tanggapan")
                .contains("Surat tanggapan ditandatangani dan diterbitkan")
                .contains("Surat tanggapan dikirim kepada pelapor lewat pos")
                .contains("Ditandatangani, nomor 000/");
    }

    @Test
    void anSopActionWaitingForItsLetterSaysSoOnTheCasePage() throws Exception {
        var umum = office.signIn("kukar.umum");
        var caseId = office.registerLetter(umum, "Surat " + UUID.randomUUID(), false, "Siti Aminah");
        for (var step : java.util.List.of(
                java.util.List.of("kukar.umum", "record"),
                java.util.List.of("kukar.umum", "forward"),
                java.util.List.of("kukar.kadis", "receive"),
                java.util.List.of("kukar.kadis", "assign"))) {
            assertThat(api.act(step.get(0), caseId, step.get(1), java.util.Map.of())
                            .status())
                    .isEqualTo(200);
        }
        api.act(
                "kukar.sekdis",
                caseId,
                "assign-division",
                java.util.Map.of(
                        "assignedUnit", api.unit("dpmd-kukar", "bidang-pm").toString()));
        api.dpmdCoordinationMeeting(caseId);
        for (var step : java.util.List.of(
                java.util.List.of("kukar.kabid", "dispose"),
                java.util.List.of("kukar.subkoor", "review"),
                java.util.List.of("kukar.subkoor", "invite"),
                java.util.List.of("kukar.subkoor", "hold-meeting"),
                java.util.List.of("kukar.subkoor", "record-official-report"))) {
            assertThat(api.act(step.get(0), caseId, step.get(1), java.util.Map.of())
                            .status())
                    .isEqualTo(200);
        }
        var subkoor = office.signIn("kukar.subkoor");
        var page = office.page(subkoor, "/kantor/kasus/{id}", caseId);
        var refused = submit(
                subkoor,
                "/kantor/kasus/" + caseId + "/tindakan/submit-report",
                "version",
                Integer.toString(OfficePages.version(page)));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString())
                .contains("Surat yang diperlukan tindakan ini belum siap")
                .doesNotContain("baru saja diubah oleh orang lain");
    }
}
