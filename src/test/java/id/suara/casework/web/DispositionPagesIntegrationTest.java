package id.suara.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dispositions and review memos on the staff pages (ADR 0027): the case page's "Disposisi" and "Telaah" sections in
 * plain words with their forms, the open dispositions page, and the administrator's page of instructions.
 */
@SuaraIntegrationTest
class DispositionPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    OfficePages office;

    @BeforeEach
    void setUp() {
        office = new OfficePages(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A Demak complaint accepted and verified on Monday 2 March 2026, 08:00 WIB, ready to forward to an office. */
    private String demakCaseReadyToForward() {
        clock.set(OffsetDateTime.parse("2026-03-02T08:00:00+07:00").toInstant());
        var submission = Api.webSubmission("diskominfo-demak");
        submission.put("channel", "SMS");
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = jdbc.sql("select id from submission where tracking_number = ?")
                .param((String) submitted.get("trackingNumber"))
                .query(UUID.class)
                .single()
                .toString();
        api.check("demak.admin-koordinator", caseId, Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true));
        api.act("demak.admin-koordinator", caseId, "accept", Map.of());
        api.act("demak.admin-koordinator", caseId, "verify", Map.of());
        return caseId;
    }

    private MockHttpServletResponse postForm(
            MockHttpSession session, String url, Map<String, List<String>> params, Object... vars) throws Exception {
        var request = post(url, vars).session(session).with(csrf());
        params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return mvc.perform(request).andReturn().getResponse();
    }

    private String registrationNumber(String caseId) {
        return jdbc.sql("select registration_number from submission where id = ?::uuid")
                .param(caseId)
                .query(String.class)
                .single();
    }

    @Test
    void aDispositionMadeOnTheCasePageWithTheSopActionForwardsTheCaseAndShowsInPlainWords() throws Exception {
        var caseId = demakCaseReadyToForward();
        var admin = office.signIn("demak.admin-koordinator");
        var page = office.page(admin, "/kantor/kasus/{id}", caseId);
        assertThat(page)
                .contains("id=\"disposisi\"")
                .contains("Belum ada disposisi.")
                .contains("Buat disposisi")
                .contains("Tanggapan dan saran")
                .contains("value=\"forward\"");

        var made = postForm(
                admin,
                "/kantor/kasus/{id}/disposisi",
                Map.of(
                        "leadUnitId",
                                List.of(api.unit("diskominfo-demak", "dpupr").toString()),
                        "unitIds",
                                List.of(api.unit("diskominfo-demak", "dinkes").toString()),
                        "instructions", List.of("tanggapan-dan-saran", "koordinasikan-konfirmasikan"),
                        "urgency", List.of("SEGERA"),
                        "deadline", List.of("2026-03-04T12:00"),
                        "note", List.of("Mohon tanggapan paling lambat Rabu siang."),
                        "action", List.of("forward"),
                        "version", List.of(Integer.toString(OfficePages.version(page)))),
                caseId);
        assertThat(made.getStatus()).isEqualTo(302);
        assertThat(made.getRedirectedUrl()).endsWith("/kantor/kasus/" + caseId + "#disposisi");
        assertThat(api.view("demak.admin-koordinator", caseId).<String>get("currentStep.code"))
                .isEqualTo("office-review");

        clock.set(OffsetDateTime.parse("2026-03-04T13:00:00+07:00").toInstant());
        var shown = office.page(admin, "/kantor/kasus/{id}", caseId);
        var dispositionId = jdbc.sql("select id from disposition where case_id = ?::uuid")
                .param(caseId)
                .query(UUID.class)
                .single();
        assertThat(shown)
                .contains("Disposisi dibuat; lembar disposisinya terbit.")
                .contains("Admin Koordinator HALLO DEMAK")
                .contains("Dinas Pekerjaan Umum dan Penataan Ruang")
                .contains("penanggung jawab")
                .contains("Dinas Kesehatan")
                .contains("untuk diketahui / koordinasi")
                .contains("Tanggapan dan saran; Koordinasikan / konfirmasikan")
                .contains("Segera")
                .contains("4 Mar 2026 12.00 WIB")
                .contains("lewat batas waktu")
                .contains("Mohon tanggapan paling lambat Rabu siang.")
                .contains("/kantor/kasus/" + caseId + "/disposisi/" + dispositionId + "/lembar.pdf")
                .contains("Catat pemantauan atau pengingat");
        // the history says it in words: what was done, to whom, by when
        assertThat(shown)
                .contains("Disposisi dibuat")
                .contains("Kepada (penanggung jawab):")
                .contains("Juga kepada:")
                .contains("Batas waktu:");
        var sheet = mvc.perform(get("/kantor/kasus/{id}/disposisi/{d}/lembar.pdf", caseId, dispositionId)
                        .session(admin))
                .andReturn()
                .getResponse();
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getContentType()).isEqualTo("application/pdf");

        var monitored = postForm(
                admin,
                "/kantor/kasus/{id}/disposisi/{d}/pantau",
                Map.of("note", List.of("Diingatkan lewat WA Group.")),
                caseId,
                dispositionId);
        assertThat(monitored.getStatus()).isEqualTo(302);
        var open = office.page(admin, "/kantor/disposisi?terlambat=true");
        assertThat(open)
                .contains(registrationNumber(caseId))
                .contains("Dinas Pekerjaan Umum dan Penataan Ruang")
                .contains("lewat batas waktu")
                .contains("dipantau 1 kali");
        assertThat(office.page(admin, "/kantor")).contains("/kantor/disposisi");
    }

    @Test
    void aRefusedDispositionFormShowsTheCasePageAgainWithTheLatestDeadlineTheSopAllows() throws Exception {
        var caseId = demakCaseReadyToForward();
        var admin = office.signIn("demak.admin-koordinator");
        var page = office.page(admin, "/kantor/kasus/{id}", caseId);
        var refused = postForm(
                admin,
                "/kantor/kasus/{id}/disposisi",
                Map.of(
                        "leadUnitId",
                                List.of(api.unit("diskominfo-demak", "dpupr").toString()),
                        "instructions", List.of("tanggapan-dan-saran"),
                        "deadline", List.of("2026-03-09T10:00"),
                        "action", List.of("forward"),
                        "version", List.of(Integer.toString(OfficePages.version(page)))),
                caseId);
        assertThat(refused.getStatus()).isEqualTo(422);
        var body = refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body)
                .contains("id=\"section-errors\"")
                .contains("href=\"#disp-deadline\"")
                .contains("Batas waktu melewati batas SOP: paling lambat 5 Mar 2026 16.00 WIB.")
                .contains("value=\"2026-03-09T10:00\"")
                .contains("aria-invalid=\"true\"");
        assertThat(api.view("demak.admin-koordinator", caseId).<String>get("currentStep.code"))
                .isEqualTo("forward-to-office");

        var noInstruction = postForm(
                admin,
                "/kantor/kasus/{id}/disposisi",
                Map.of(
                        "leadUnitId",
                        List.of(api.unit("diskominfo-demak", "dpupr").toString())),
                caseId);
        assertThat(noInstruction.getStatus()).isEqualTo(422);
        assertThat(noInstruction.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("href=\"#disp-instructions\"");
    }

    @Test
    void theDivisionsReviewMemoIsWrittenRevisedAndForwardedOnTheCasePageWithItsOldVersionsReadable() throws Exception {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var caseId = (String) api.register("kebumen.umum", letter).get("case.id");
        var division = office.signIn("kebumen.pengaduan");
        var written = postForm(
                division,
                "/kantor/kasus/{id}/telaah",
                Map.of(
                        "subject", List.of("Telaah jalan desa"),
                        "analysis", List.of("Analisis pertama."),
                        "addressedUnitId",
                                List.of(api.unit("dprd-kebumen", "pimpinan").toString())),
                caseId);
        assertThat(written.getStatus()).isEqualTo(302);
        var memoId = jdbc.sql("select id from review_memo where case_id = ?::uuid")
                .param(caseId)
                .query(UUID.class)
                .single();
        var revised = postForm(
                division,
                "/kantor/kasus/{id}/telaah/{m}",
                Map.of(
                        "subject", List.of("Telaah jalan desa"),
                        "analysis", List.of("Analisis kedua dengan data."),
                        "recommendation", List.of("Teruskan kepada Komisi C."),
                        "version", List.of("1")),
                caseId,
                memoId);
        assertThat(revised.getStatus()).isEqualTo(302);
        var stale = postForm(
                division,
                "/kantor/kasus/{id}/telaah/{m}",
                Map.of(
                        "subject", List.of("Telaah jalan desa"),
                        "analysis", List.of("Analisis basi."),
                        "version", List.of("1")),
                caseId,
                memoId);
        assertThat(stale.getStatus()).isEqualTo(409);

        var secretary = office.signIn("kebumen.sekwan");
        var page = office.page(secretary, "/kantor/kasus/{id}", caseId);
        assertThat(page)
                .contains("Telaah jalan desa")
                .contains("Analisis kedua dengan data.")
                .contains("Versi sebelumnya (1)")
                .contains("Analisis pertama.")
                .contains("Belum diteruskan melalui Sekretaris.")
                .contains("Teruskan telaah ini");
        assertThat(office.page(division, "/kantor/kasus/{id}", caseId)).doesNotContain("Teruskan telaah ini");
        var forwarded = postForm(
                secretary, "/kantor/kasus/{id}/telaah/{m}/teruskan", Map.of("version", List.of("2")), caseId, memoId);
        assertThat(forwarded.getStatus()).isEqualTo(302);
        assertThat(office.page(secretary, "/kantor/kasus/{id}", caseId))
                .contains("Diteruskan melalui Sekretaris DPRD: Sekretaris DPRD")
                .contains("Telaah diteruskan melalui Sekretaris");
    }

    @Test
    void theAdministratorKeepsTheInstructionListOnItsPageAndNobodyElseMay() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "instr-page-" + suffix,
                "Sekretariat DPRD Halaman " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/IP/{year}");
        staff.create(
                institution.id(),
                "admin.ip." + suffix,
                "Admin",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        staff.create(
                institution.id(),
                "sekwan.ip." + suffix,
                "Sekwan",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.SECRETARY, null)));
        var admin = office.signIn("admin.ip." + suffix);
        var url = "/kantor/admin/instansi/{id}/disposisi";
        assertThat(office.page(admin, url, institution.id()))
                .contains("Instruksi disposisi")
                .contains("Tanggapan dan saran\nProses lebih lanjut");
        assertThat(office.page(admin, "/kantor/admin/instansi"))
                .contains("/kantor/admin/instansi/" + institution.id() + "/disposisi");

        var refused = postForm(admin, url, Map.of("instructions", List.of("Hadiri\nhadiri")), institution.id());
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Daftar belum dapat disimpan")
                .contains("[1] repeats instruction 1");

        var saved = postForm(
                admin,
                url,
                Map.of("instructions", List.of("Tindak lanjuti\r\n\r\nHadiri rapat\r\nArsipkan")),
                institution.id());
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(office.page(admin, url, institution.id()))
                .contains("Instruksi disposisi disimpan.")
                .contains("Tindak lanjuti\nHadiri rapat\nArsipkan");
        var list = api.send(Api.as(
                "admin.ip." + suffix,
                get("/api/v1/institutions/{id}/disposition-instructions", institution.id())
                        .accept(MediaType.APPLICATION_JSON)));
        assertThat(api.jsonList(list.raw()))
                .extracting(i -> i.get("code"))
                .containsExactly("tindak-lanjuti", "hadiri-rapat", "arsipkan");

        var secretary = office.signIn("sekwan.ip." + suffix);
        assertThat(mvc.perform(get(url, institution.id()).session(secretary))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(postForm(secretary, url, Map.of("instructions", List.of("Bakar")), institution.id())
                        .getStatus())
                .isEqualTo(403);
        var kebumenAdmin = office.signIn("kebumen.admin");
        assertThat(postForm(kebumenAdmin, url, Map.of("instructions", List.of("Bakar")), institution.id())
                        .getStatus())
                .isEqualTo(403);
    }
}
