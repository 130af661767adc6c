package id.suara.casework.web;

import static id.suara.casework.web.OfficePages.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import id.suara.test.TestFiles;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The back office as staff use it: inbox, saved views, the case page and its forms, the front desk. */
@SuaraIntegrationTest
class OfficePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    OfficePages office;

    @BeforeEach
    void setUp() {
        office = new OfficePages(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theInboxShowsANewLetterToGeneralAffairsButNotToTheSecretary() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var title = unique("Lampu jalan padam");
        var caseId = office.registerLetter(umum, title, false, "Siti Aminah");

        var inbox = office.page(umum, "/kantor?q={q}", title);
        assertThat(inbox).contains(title, "/kantor/kasus/" + caseId, "Kotak masuk");

        var sekwan = office.signIn("kebumen.sekwan");
        assertThat(office.page(sekwan, "/kantor?q={q}", title)).doesNotContain("/kantor/kasus/" + caseId);
        assertThat(office.page(sekwan, "/kantor?tab=all&q={q}", title)).contains("/kantor/kasus/" + caseId);
    }

    @Test
    void listsOverdueCasesFirst() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var marker = "urutan" + UUID.randomUUID().toString().substring(0, 8);
        var fresh = office.registerLetter(umum, "Baru " + marker, false, "Siti Aminah");
        clock.set(java.time.Instant.now().minus(Duration.ofDays(60)));
        var late = office.registerLetter(umum, "Lama " + marker, false, "Siti Aminah");
        clock.reset();

        var inbox = office.page(umum, "/kantor?q={q}", marker);
        assertThat(inbox.indexOf(late)).isPositive().isLessThan(inbox.indexOf(fresh));
        assertThat(inbox).contains("Lewat tenggat");
        var overdueOnly = office.page(umum, "/kantor?overdue=true&q={q}", marker);
        assertThat(overdueOnly).contains(late).doesNotContain(fresh);
        var newestFirst = office.page(umum, "/kantor?tab=all&q={q}", marker);
        assertThat(newestFirst.indexOf(fresh)).isPositive().isLessThan(newestFirst.indexOf(late));
    }

    @Test
    void anInboxFilterValueThatIsNoChoiceIsLeftOutAndSaidSoWhileTheRestStillFilters() throws Exception {
        var umum = office.signIn("kebumen.umum");

        var response = mvc.perform(
                        get("/kantor?kind=SURAT_KALENG&channel=LETTER").session(umum))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Sebagian saringan di alamat halaman tidak dikenal dan diabaikan.")
                .contains("<option value=\"LETTER\" selected=\"selected\"")
                .doesNotContain("<option value=\"COMPLAINT\" selected=\"selected\"");
    }

    @Test
    void savesOpensAndDeletesAView() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var name = unique("Pengaduan terlambat");
        mvc.perform(post("/kantor/tampilan")
                        .session(umum)
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "COMPLAINT")
                        .param("overdue", "true")
                        .param("q", "jalan rusak"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kantor?kind=COMPLAINT&overdue=true&q=jalan%20rusak"));

        var inbox = office.page(umum, "/kantor");
        assertThat(inbox).contains(name, "href=\"/kantor?kind=COMPLAINT&amp;overdue=true&amp;q=jalan%20rusak\"");
        var opened = office.page(umum, "/kantor?kind=COMPLAINT&overdue=true&q={q}", "jalan rusak");
        assertThat(opened).contains("value=\"jalan rusak\"", "<option value=\"COMPLAINT\" selected=\"selected\"");
        assertThat(office.page(office.signIn("kebumen.sekwan"), "/kantor")).doesNotContain(name);

        var matcher = Pattern.compile(
                        "/kantor/tampilan/([0-9a-f-]{36})/hapus\"[^>]*>(?:\\s*<input[^>]*>)?\\s*<button[^>]*aria-label=\"[^\"]*"
                                + Pattern.quote(name))
                .matcher(inbox);
        assertThat(matcher.find()).as(inbox).isTrue();
        mvc.perform(post("/kantor/tampilan/{id}/hapus", matcher.group(1))
                        .session(umum)
                        .with(csrf()))
                .andExpect(redirectedUrl("/kantor"));
        assertThat(office.page(umum, "/kantor")).doesNotContain(name);
    }

    @Test
    void theCasePageShowsChecklistProcedureHistoryAndOnlyTheAvailableActions() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var title = unique("Drainase tersumbat");
        var caseId = office.registerLetter(umum, title, false, "Siti Aminah");

        var page = office.page(umum, "/kantor/kasus/{id}", caseId);
        assertThat(page)
                .contains(title, "Siti Aminah")
                .contains("name=\"met\" value=\"IDENTITY\"", "name=\"met\" value=\"SUPPORTING_DATA\"")
                .contains("class=\"table-scroll swimlane\"")
                .contains("Riwayat", "Laporan diterima")
                .contains("Bagian Umum")
                .doesNotContain("data-action=\"accept\"");

        var sekwan = office.page(office.signIn("kebumen.sekwan"), "/kantor/kasus/{id}", caseId);
        assertThat(sekwan).contains(title).doesNotContain("name=\"met\"").doesNotContain("data-action=");
    }

    @Test
    void theCasePageDrawsTheProcedureInSwimlanesWithTheCurrentStepMarkedInItsPerformersLane() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, unique("Jembatan retak"), false, "Siti Aminah");
        var page = office.page(umum, "/kantor/kasus/{id}", caseId);

        var lanes = Pattern.compile("<th scope=\"col\" class=\"lane\">([^<]+)</th>")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(lanes)
                .contains("Petugas penerima", "Bagian Umum", "Sekretaris DPRD", "Pimpinan DPRD")
                .doesNotHaveDuplicates();
        var rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page)
                .results()
                .map(m -> m.group())
                .filter(row -> row.contains("scope=\"row\""))
                .toList();
        var current = rows.stream()
                .filter(row -> row.startsWith("<tr class=\"current\""))
                .toList();
        assertThat(current).hasSize(1);
        assertThat(current.getFirst())
                .contains("aria-current=\"step\"", "Menerima dan mengidentifikasi persyaratan", "langkah saat ini");
        var cells = Pattern.compile("<td class=\"lane\">(.*?)</td>", Pattern.DOTALL)
                .matcher(current.getFirst())
                .results()
                .map(m -> m.group(1).contains("class=\"mark\""))
                .toList();
        assertThat(cells).hasSameSizeAs(lanes);
        assertThat(lanes.get(cells.indexOf(true))).isEqualTo("Bagian Umum");
        assertThat(cells.stream().filter(marked -> marked)).hasSize(1);
    }

    @Test
    void recordingTheCheckAndAcceptingThroughTheFormsMovesTheCase() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, unique("Sampah menumpuk"), false, "Siti Aminah");
        var before = office.page(umum, "/kantor/kasus/{id}", caseId);

        var check = post("/kantor/kasus/{id}/periksa", caseId)
                .session(umum)
                .with(csrf())
                .param("version", Integer.toString(OfficePages.version(before)))
                .param("note", "Lengkap");
        for (var item : new String[] {"IDENTITY", "PURPOSE", "SUBSTANCE", "SUPPORTING_DATA"}) {
            check.param("required", item).param("met", item);
        }
        var checked = mvc.perform(check)
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId))
                .andReturn();
        var afterCheck =
                body(mvc.perform(get("/kantor/kasus/{id}", caseId).session(umum).flashAttrs(checked.getFlashMap()))
                        .andReturn());
        assertThat(afterCheck).contains("Pemeriksaan persyaratan disimpan", "persyaratan terpenuhi");
        assertThat(afterCheck).contains("data-action=\"accept\"");

        mvc.perform(post("/kantor/kasus/{id}/tindakan/accept", caseId)
                        .session(umum)
                        .with(csrf())
                        .param("version", Integer.toString(OfficePages.version(afterCheck)))
                        .param("note", "Diterima"))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId));
        var moved = office.page(umum, "/kantor/kasus/{id}", caseId);
        assertThat(moved).contains("Persyaratan lengkap, proses").doesNotContain("data-action=\"accept\"");
        assertThat(moved).doesNotContain("Dikembalikan"); // still handled, now at the next step
        assertThat(office.page(umum, "/kantor")).doesNotContain("/kantor/kasus/" + caseId + "\"");
    }

    @Test
    void aStaleVersionShowsTheConflictMessage() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, unique("Jembatan retak"), false, "Siti Aminah");
        var stale = OfficePages.version(office.page(umum, "/kantor/kasus/{id}", caseId));
        var check = post("/kantor/kasus/{id}/periksa", caseId)
                .session(umum)
                .with(csrf())
                .param("version", Integer.toString(stale));
        for (var item : new String[] {"IDENTITY", "PURPOSE", "SUBSTANCE", "SUPPORTING_DATA"}) {
            check.param("required", item).param("met", item);
        }
        mvc.perform(check).andExpect(status().isFound());

        var conflict = body(mvc.perform(post("/kantor/kasus/{id}/tindakan/accept", caseId)
                        .session(umum)
                        .with(csrf())
                        .param("version", Integer.toString(stale)))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(conflict).contains("diubah oleh orang lain", "Muat ulang kasus");
    }

    @Test
    void refusedActionInputIsShownNextToItsField() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, unique("Pasar becek"), false, "Siti Aminah");
        var response = body(mvc.perform(post("/kantor/kasus/{id}/catatan", caseId)
                        .session(umum)
                        .with(csrf())
                        .param("text", " "))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(response)
                .contains("id=\"error-summary\"", "aria-describedby=\"note-text-error\"", "aria-invalid=\"true\"");

        mvc.perform(post("/kantor/kasus/{id}/catatan", caseId)
                        .session(umum)
                        .with(csrf())
                        .param("text", "Pengadu menelepon menanyakan perkembangan."))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId));
        assertThat(office.page(umum, "/kantor/kasus/{id}", caseId)).contains("Pengadu menelepon");
    }

    @Test
    void theLeadershipSeesAConfidentialComplainantAsWithheldAndAnOrganMemberDoesNotFindTheCase() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = office.registerLetter(umum, unique("Pungutan liar"), true, "Wiraswara Kusumadilaga");
        assertThat(office.page(umum, "/kantor/kasus/{id}", caseId)).contains("Wiraswara Kusumadilaga");

        var pimpinan = office.page(office.signIn("kebumen.pimpinan"), "/kantor/kasus/{id}", caseId);
        assertThat(pimpinan)
                .contains("Dirahasiakan")
                .doesNotContain("Wiraswara")
                .doesNotContain("3305014101900001")
                .doesNotContain("Pemuda");
        var komisia = mvc.perform(get("/kantor/kasus/{id}", caseId).session(office.signIn("kebumen.komisia")))
                .andExpect(status().isNotFound())
                .andReturn();
        assertThat(body(komisia))
                .contains("Tidak ditemukan")
                .doesNotContain("Wiraswara")
                .doesNotContain("Pungutan");
    }

    @Test
    void theFrontDeskRegistersALetterAndShowsTheReceiptWithTheCodeOnce() throws Exception {
        var umum = office.signIn("kebumen.umum");
        assertThat(office.page(umum, "/kantor/registrasi")).contains("Registrasi laporan", "name=\"substance\"");
        var registered = mvc.perform(multipart("/kantor/registrasi")
                        .file(new MockMultipartFile("files", "surat.pdf", "application/pdf", TestFiles.pdf()))
                        .session(umum)
                        .with(csrf())
                        .param("kind", "ASPIRATION")
                        .param("channel", "LETTER")
                        .param("complainantType", "INDIVIDUAL")
                        .param("complainantName", "Budi Santoso")
                        .param("complainantAddress", "Jl. Kenanga 3, Kebumen")
                        .param("title", "Usulan taman baca")
                        .param("purpose", "Mengusulkan taman baca desa")
                        .param("substance", "Desa kami belum memiliki taman baca."))
                .andExpect(redirectedUrl("/kantor/registrasi/tanda-terima"))
                .andReturn();
        var receipt = body(
                mvc.perform(get("/kantor/registrasi/tanda-terima").session(umum).flashAttrs(registered.getFlashMap()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(receipt).contains("Tanda terima laporan", "id=\"tracking-number\"", "id=\"access-code\"");
        var code = Pattern.compile("id=\"access-code\">([^<]+)<").matcher(receipt);
        assertThat(code.find()).isTrue();
        assertThat(code.group(1)).isNotBlank();

        var again = office.page(office.signIn("kebumen.umum"), "/kantor/registrasi/tanda-terima");
        assertThat(again).doesNotContain("id=\"access-code\"").contains("hanya ditampilkan sekali");
        var caseId = registered.getFlashMap().get("caseId");
        assertThat(office.page(umum, "/kantor/kasus/{id}", caseId))
                .contains("surat.pdf", "/kantor/kasus/" + caseId + "/lampiran/");
    }

    @Test
    void refusedRegistrationInputIsShownNextToItsFields() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var page = body(mvc.perform(multipart("/kantor/registrasi")
                        .session(umum)
                        .with(csrf())
                        .param("kind", "COMPLAINT")
                        .param("channel", "LETTER")
                        .param("complainantType", "INDIVIDUAL")
                        .param("complainantName", "Budi")
                        .param("purpose", "Tujuan"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(page)
                .contains("id=\"error-summary\"", "href=\"#title\"", "aria-describedby=\"substance-error\"")
                .contains("value=\"Budi\"");
    }

    @Test
    void anUnusedFileInputIsNoAttachmentButAnEmptyFileIsRefusedByItsName() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var blankInput = new MockMultipartFile("files", "", "application/octet-stream", new byte[0]);
        var emptyFile = new MockMultipartFile("files", "kosong.pdf", "application/pdf", new byte[0]);
        var title = unique("Berkas kosong");

        var withBlankInput = frontDesk(umum, unique("Tanpa lampiran")).file(blankInput);
        var registered =
                mvc.perform(withBlankInput).andExpect(status().isFound()).andReturn();
        assertThat(office.page(
                        umum, "/kantor/kasus/{id}", registered.getFlashMap().get("caseId")))
                .doesNotContain("/lampiran/");

        var refused = body(mvc.perform(frontDesk(umum, title).file(emptyFile))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(refused).contains("id=\"files-error\"", "The file is empty");
        assertThat(office.page(umum, "/kantor?tab=all&q=" + title)).doesNotContain("href=\"/kantor/kasus/");
    }

    private MockMultipartHttpServletRequestBuilder frontDesk(MockHttpSession session, String title) {
        return multipart("/kantor/registrasi")
                .session(session)
                .with(csrf())
                .param("kind", "COMPLAINT")
                .param("channel", "LETTER")
                .param("complainantType", "INDIVIDUAL")
                .param("complainantName", "Budi Santoso")
                .param("title", title)
                .param("purpose", "Tujuan")
                .param("substance", "Isi");
    }

    @Test
    void aRoleWithoutADeskGetsTheForbiddenPage() throws Exception {
        var komisia = office.signIn("kebumen.komisia");
        var page = body(mvc.perform(get("/kantor/registrasi").session(komisia))
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(page).contains("Tidak diizinkan");
    }

    @Test
    void downloadsAnAttachmentThroughTheSessionWithSafeHeaders() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var registered = mvc.perform(multipart("/kantor/registrasi")
                        .file(new MockMultipartFile("files", "pindaian.pdf", "application/pdf", TestFiles.pdf()))
                        .session(umum)
                        .with(csrf())
                        .param("kind", "COMPLAINT")
                        .param("channel", "LETTER")
                        .param("complainantType", "INDIVIDUAL")
                        .param("complainantName", "Budi Santoso")
                        .param("title", unique("Lampiran"))
                        .param("purpose", "Tujuan")
                        .param("substance", "Isi"))
                .andExpect(status().isFound())
                .andReturn();
        var caseId = registered.getFlashMap().get("caseId");
        var page = office.page(umum, "/kantor/kasus/{id}", caseId);
        var link = Pattern.compile("href=\"(/kantor/kasus/[^\"]+/lampiran/[^\"]+)\"")
                .matcher(page);
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1)).session(umum))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", "default-src 'none'; sandbox"));
    }
}
