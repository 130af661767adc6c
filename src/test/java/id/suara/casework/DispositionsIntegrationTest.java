package id.suara.casework;

import static id.suara.test.PdfFiles.keepFirstPageAsPng;
import static id.suara.test.PdfFiles.qrCodeOn;
import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dispositions (ADR 0027): the seeds' chains through the API — DPMD's head → office secretary → division →
 * sub-coordinator with the SOP actions (001), Kebumen's Secretary → complaints division → leadership → council organ
 * with the division's review memo forwarded through the Secretary (003), Demak's forwarding to an office with
 * monitoring while it works (002) — and the rules: deadlines inside the SOP's limit, who disposes, units and
 * instructions of the institution, the instruction list kept by its administrator, the disposition sheet.
 */
@SuaraIntegrationTest
class DispositionsIntegrationTest {

    /** Monday 2 March 2026, 09:00 WIB: Kebumen's office has just opened. */
    private static final Instant MONDAY_MORNING =
            OffsetDateTime.parse("2026-03-02T09:00:00+07:00").toInstant();

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    StaffAccounts staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static Response expect(int status, Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        return response;
    }

    private Response registerLetter(String user, String institution, boolean confidential) {
        var letter = Api.webSubmission(institution);
        letter.put("channel", "LETTER");
        letter.put("confidential", confidential);
        return expect(201, api.register(user, letter));
    }

    private String act(String user, String caseId, String action, Map<String, Object> fields) {
        expect(200, api.act(user, caseId, action, fields));
        return caseId;
    }

    private Response dispose(String user, String caseId, Map<String, Object> disposition) {
        return api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/dispositions", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(disposition))));
    }

    private Response postJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response getJson(String user, String url, Object... vars) {
        return api.send(Api.as(user, get(url, vars)));
    }

    private List<Map<String, Object>> list(String user, String caseId) {
        var response = api.send(Api.as(user, get("/api/v1/cases/{id}/dispositions", caseId)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return api.jsonList(response.raw());
    }

    private static Map<String, Object> disposition(UUID lead, String... instructions) {
        var body = new LinkedHashMap<String, Object>();
        body.put("leadUnitId", lead.toString());
        body.put("instructions", List.of(instructions));
        return body;
    }

    private List<String> historyActions(String user, String caseId) {
        List<Map<String, Object>> history = api.view(user, caseId).get("history");
        return history.stream().map(e -> (String) e.get("action")).toList();
    }

    private byte[] pdf(String user, String caseId, String dispositionId) throws Exception {
        var response = mvc.perform(Api.as(user, get("/api/v1/cases/{id}/dispositions/{d}/pdf", caseId, dispositionId)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    private static String flowing(byte[] pdf) throws java.io.IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    private long dispositionsOf(String caseId) {
        return jdbc.sql("select count(*) from disposition where case_id = ?::uuid")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    /** A Kebumen letter taken to the complaints division's supervision (003 SOP tertulis, langkah 5), Monday 09:00. */
    private String kebumenLetterAtTheComplaintsDivision(boolean confidential) {
        clock.set(MONDAY_MORNING);
        var caseId = (String)
                registerLetter("kebumen.umum", "dprd-kebumen", confidential).get("case.id");
        expect(200, api.check("kebumen.umum", caseId, ALL_MET));
        act("kebumen.umum", caseId, "accept", Map.of());
        act("kebumen.petugas", caseId, "record", Map.of());
        act("kebumen.petugas", caseId, "forward", Map.of());
        return caseId;
    }

    /** The ids of Kebumen's chain: the case and the Secretary's, the Secretary's second and the leadership's dispositions. */
    private record KebumenChain(String caseId, String secretary, String coordination, String leadership) {}

    /**
     * 003: the Secretary disposes the letter to the complaints division for analysis; the division writes its review memo
     * and revises it; the Secretary forwards it and, with the SOP's coordination, disposes the case to the leadership; the
     * leadership disposes it to Komisi C, Komisi A informed.
     */
    private KebumenChain kebumenChain(boolean confidential) {
        return kebumenChainOn(kebumenLetterAtTheComplaintsDivision(confidential));
    }

    /** {@link #kebumenChain} on a case already at the complaints division. */
    private KebumenChain kebumenChainOn(String caseId) {
        var toDivision = disposition(api.unit("dprd-kebumen", "bagian-fpp"), "pelajari-telaah");
        toDivision.put("urgency", "SANGAT_SEGERA");
        toDivision.put("note", "Telaah dan laporkan kepada Sekretaris DPRD.");
        var secretary = expect(201, dispose("kebumen.sekwan", caseId, toDivision));

        var memo = new LinkedHashMap<String, Object>();
        memo.put("subject", "Telaah pengaduan jalan desa rusak di Sruweng");
        memo.put("analysis", "Jalan desa adalah kewenangan kabupaten; pengaduan memenuhi persyaratan.");
        memo.put("addressedUnitId", api.unit("dprd-kebumen", "pimpinan").toString());
        var written = expect(201, postJson("kebumen.pengaduan", "/api/v1/cases/{id}/review-memos", memo, caseId));
        var memoId = (String) written.get("id");
        memo.put("version", 1);
        memo.put("recommendation", "Diteruskan kepada Komisi C untuk rapat kerja dengan DPUPR.");
        expect(
                200,
                api.send(Api.as(
                        "kebumen.pengaduan",
                        put("/api/v1/cases/{id}/review-memos/{m}", caseId, memoId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(memo)))));
        act("kebumen.pengaduan", caseId, "forward", Map.of());
        expect(
                200,
                postJson("kebumen.sekwan", "/api/v1/cases/{id}/review-memos/{m}/forward", Map.of(), caseId, memoId));

        var toLeadership = disposition(api.unit("dprd-kebumen", "pimpinan"), "tanggapan-dan-saran");
        toLeadership.put("parentId", secretary.get("id"));
        toLeadership.put("action", "coordinate");
        toLeadership.put("note", "Telaah Bagian terlampir; mohon arahan Pimpinan.");
        toLeadership.put("deadline", "2026-03-13T16:00:00+07:00");
        var coordination = expect(201, dispose("kebumen.sekwan", caseId, toLeadership));

        var toOrgan =
                disposition(api.unit("dprd-kebumen", "komisi-c"), "proses-lebih-lanjut", "koordinasikan-konfirmasikan");
        toOrgan.put("parentId", coordination.get("id"));
        toOrgan.put("unitIds", List.of(api.unit("dprd-kebumen", "komisi-a").toString()));
        toOrgan.put("note", "Agendakan rapat kerja dengan DPUPR dan laporkan hasilnya.");
        toOrgan.put("deadline", "2026-03-20T16:00:00+07:00");
        toOrgan.put("urgency", "SEGERA");
        toOrgan.put("letterNumber", "005/RT-03/II/2026");
        toOrgan.put("letterDate", "2026-02-25");
        var leadership = expect(201, dispose("kebumen.pimpinan", caseId, toOrgan));
        return new KebumenChain(caseId, secretary.get("id"), coordination.get("id"), leadership.get("id"));
    }

    // --- the seeds' chains ----------------------------------------------------------------------------------------

    @Test
    void theDpmdHeadDisposesToTheOfficeSecretaryWhoDisposesToTheDivisionWhoDisposesToTheSubCoordinator() {
        var caseId = (String) registerLetter("kukar.umum", "dpmd-kukar", false).get("case.id");
        act("kukar.umum", caseId, "record", Map.of());
        act("kukar.umum", caseId, "forward", Map.of());
        act("kukar.kadis", caseId, "receive", Map.of());
        var deadline =
                OffsetDateTime.now(ZoneId.of("Asia/Makassar")).plusDays(10).withNano(0);

        // 001 step 5: the head assigns the office secretary
        var toSecretary = disposition(api.unit("dpmd-kukar", "sekretariat"), "proses-lebih-lanjut");
        toSecretary.put("action", "assign");
        toSecretary.put("note", "Pelajari dan tugaskan bidang sesuai jenis aduan.");
        toSecretary.put("deadline", deadline.toString());
        var head = expect(201, dispose("kukar.kadis", caseId, toSecretary));
        assertThat((String) head.get("disposedBy.role")).isEqualTo("HEAD_OF_OFFICE");
        assertThat((String) head.get("action")).isEqualTo("assign");
        assertThat((String) head.get("step")).isEqualTo("assign-secretary");
        assertThat(api.view("kukar.sekdis", caseId).<String>get("currentStep.code"))
                .isEqualTo("assign-division");

        // 001 step 6: the office secretary assigns the division by the complaint's type; the SOP's unit is the lead
        var toDivision = disposition(api.unit("dpmd-kukar", "bidang-pemdes"), "selesaikan-tindak-lanjuti");
        toDivision.put("parentId", head.get("id"));
        toDivision.put("unitIds", List.of(api.unit("dpmd-kukar", "subag-umum").toString()));
        toDivision.put("action", "assign-division");
        toDivision.put("deadline", deadline.minusDays(2).toString());
        var secretary = expect(201, dispose("kukar.sekdis", caseId, toDivision));
        var atDispose = api.view("kukar.kabid", caseId);
        assertThat(atDispose.<String>get("currentStep.code")).isEqualTo("dispose");
        assertThat(atDispose.<String>get("assignedUnitName")).isEqualTo("Bidang Pemerintahan Desa");

        // 001 step 7: the division head disposes to the sub-coordinator
        var toSubCoordinator =
                disposition(api.unit("dpmd-kukar", "subkoor-pemdes"), "pelajari-telaah", "koordinasikan-konfirmasikan");
        toSubCoordinator.put("parentId", secretary.get("id"));
        toSubCoordinator.put("action", "dispose");
        toSubCoordinator.put("note", "Telaah dan siapkan rapat koordinasi.");
        var division = expect(201, dispose("kukar.kabid", caseId, toSubCoordinator));
        assertThat(Instant.parse(division.get("deadline"))).isAfter(Instant.now());
        assertThat(api.view("kukar.subkoor", caseId).<String>get("currentStep.code"))
                .isEqualTo("review");

        var chain = list("kukar.subkoor", caseId);
        assertThat(chain)
                .extracting(d -> d.get("id"))
                .containsExactly(head.get("id"), secretary.get("id"), division.get("id"));
        assertThat(chain).extracting(d -> d.get("depth")).containsExactly(0, 1, 2);
        assertThat(chain).extracting(d -> d.get("parentId")).containsExactly(null, head.get("id"), secretary.get("id"));
        assertThat(chain)
                .extracting(d -> (Object) ((Map<?, ?>) d.get("disposedBy")).get("role"))
                .containsExactly("HEAD_OF_OFFICE", "OFFICE_SECRETARY", "DIVISION_HEAD");
        List<Map<String, Object>> units = api.jsonList(api.json(chain.get(1).get("units")));
        assertThat(units)
                .extracting(u -> u.get("name"))
                .containsExactly("Bidang Pemerintahan Desa", "Subbagian Umum dan Tatalaksana");
        assertThat(units).extracting(u -> u.get("lead")).containsExactly(true, false);
        assertThat(historyActions("kukar.kadis", caseId))
                .containsSubsequence("assign", "disposed", "assign-division", "disposed", "dispose", "disposed");
    }

    @Test
    void kebumensLeadershipDisposesTheAnalysedLetterToKomisiCWithKomisiAInformed() {
        var komisiC = api.unit("dprd-kebumen", "komisi-c");
        var caseId = kebumenLetterAtTheComplaintsDivision(false);
        assertThat(api.view("kebumen.komisic", caseId).status()).isEqualTo(404);

        var chain = kebumenChainOn(caseId);
        var leadership = api.send(
                Api.as("kebumen.komisic", get("/api/v1/cases/{id}/dispositions/{d}", caseId, chain.leadership())));
        assertThat(leadership.status()).as(leadership.raw()).isEqualTo(200);
        assertThat((String) leadership.get("leadUnitId")).isEqualTo(komisiC.toString());
        assertThat((String) leadership.get("units.0.name")).isEqualTo("Komisi C (Pembangunan)");
        assertThat((Boolean) leadership.get("units.0.lead")).isTrue();
        assertThat((String) leadership.get("units.1.name")).isEqualTo("Komisi A (Pemerintahan)");
        assertThat((Boolean) leadership.get("units.1.lead")).isFalse();
        assertThat((String) leadership.get("instructions.0.code")).isEqualTo("proses-lebih-lanjut");
        assertThat((String) leadership.get("instructions.1.label")).isEqualTo("Koordinasikan / konfirmasikan");
        assertThat((String) leadership.get("disposedBy.role")).isEqualTo("LEADERSHIP");
        assertThat((String) leadership.get("parentId")).isEqualTo(chain.coordination());
        assertThat((Integer) leadership.get("depth")).isEqualTo(2);
        assertThat(Instant.parse(leadership.get("deadline")))
                .isEqualTo(OffsetDateTime.parse("2026-03-20T16:00:00+07:00").toInstant());

        // the organs disposed to read the case; the unit handling it is still the one the SOP's coordination assigned
        var byKomisiC = api.view("kebumen.komisic", caseId);
        assertThat(byKomisiC.status()).isEqualTo(200);
        assertThat(byKomisiC.<String>get("assignedUnitName")).isEqualTo("Pimpinan DPRD");
        assertThat(api.view("kebumen.komisia", caseId).status()).isEqualTo(200);
        assertThat(historyActions("kebumen.pimpinan", caseId))
                .containsSubsequence(
                        "disposed",
                        "review-memo-written",
                        "review-memo-revised",
                        "forward",
                        "review-memo-forwarded",
                        "coordinate",
                        "disposed",
                        "disposed");
    }

    @Test
    void demaksCoordinatingAdminMonitorsAnOverdueDispositionToAnOfficeUntilTheOfficeReportsItDone() {
        clock.set(OffsetDateTime.parse("2026-03-02T08:00:00+07:00").toInstant());
        var caseId = demakCaseReadyToForward();
        assertThat(api.view("demak.penghubung-dinkes", caseId).status()).isEqualTo(404);

        var toOffice = disposition(api.unit("diskominfo-demak", "dpupr"), "tanggapan-dan-saran");
        toOffice.put("unitIds", List.of(api.unit("diskominfo-demak", "dinkes").toString()));
        toOffice.put("action", "forward");
        toOffice.put("urgency", "SEGERA");
        toOffice.put("deadline", "2026-03-04T12:00:00+07:00");
        toOffice.put("note", "Mohon tanggapan atas jalan rusak; Dinkes untuk koordinasi dampak kesehatan.");
        var forwarded = expect(201, dispose("demak.admin-koordinator", caseId, toOffice));
        var id = (String) forwarded.get("id");
        var atOffice = api.view("demak.penghubung-dpupr", caseId);
        assertThat(atOffice.<String>get("currentStep.code")).isEqualTo("office-review");
        assertThat(atOffice.<String>get("assignedUnitName")).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang");
        // the office informed reads the case but does not act on it
        var byDinkes = api.view("demak.penghubung-dinkes", caseId);
        assertThat(byDinkes.status()).isEqualTo(200);
        assertThat((List<?>) byDinkes.get("availableActions")).isEmpty();

        clock.set(OffsetDateTime.parse("2026-03-04T13:00:00+07:00").toInstant());
        var overdue = getJson("demak.admin-koordinator", "/api/v1/dispositions?overdue=true");
        assertThat(overdue.status()).as(overdue.raw()).isEqualTo(200);
        List<Map<String, Object>> late = api.jsonList(overdue.raw());
        var entry = late.stream()
                .filter(o -> id.equals(((Map<?, ?>) o.get("disposition")).get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(((Map<?, ?>) entry.get("disposition")).get("overdue")).isEqualTo(true);
        assertThat(entry.get("caseId")).isEqualTo(caseId);

        var monitored = expect(
                201,
                postJson(
                        "demak.admin-koordinator",
                        "/api/v1/cases/{id}/dispositions/{d}/monitoring",
                        Map.of("note", "Diingatkan melalui WA Group SP4N-LAPOR: jawaban ditunggu hari ini."),
                        caseId,
                        id));
        assertThat((String) monitored.get("monitoring.0.note")).startsWith("Diingatkan melalui WA Group");
        assertThat((String) monitored.get("monitoring.0.byName")).isEqualTo("Admin Koordinator HALLO DEMAK");
        expect(
                403,
                postJson(
                        "demak.penghubung-dinkes",
                        "/api/v1/cases/{id}/dispositions/{d}/monitoring",
                        Map.of("note", "Bukan urusan kami."),
                        caseId,
                        id));
        expect(
                403,
                postJson(
                        "demak.penghubung-dinkes",
                        "/api/v1/cases/{id}/dispositions/{d}/complete",
                        Map.of("note", "Selesai."),
                        caseId,
                        id));

        act("demak.penghubung-dpupr", caseId, "answer", Map.of());
        var done = expect(
                200,
                postJson(
                        "demak.penghubung-dpupr",
                        "/api/v1/cases/{id}/dispositions/{d}/complete",
                        Map.of("note", "Jawaban dikirim melalui HALLO DEMAK: perbaikan dijadwalkan."),
                        caseId,
                        id));
        assertThat((Boolean) done.get("open")).isFalse();
        assertThat((Boolean) done.get("overdue")).isFalse();
        List<Map<String, Object>> stillLate =
                api.jsonList(getJson("demak.admin-koordinator", "/api/v1/dispositions?overdue=true")
                        .raw());
        assertThat(stillLate).noneMatch(o -> id.equals(((Map<?, ?>) o.get("disposition")).get("id")));
        expect(
                409,
                postJson(
                        "demak.admin-koordinator",
                        "/api/v1/cases/{id}/dispositions/{d}/monitoring",
                        Map.of("note", "Terlambat."),
                        caseId,
                        id));
        assertThat(historyActions("demak.admin-koordinator", caseId))
                .containsSubsequence("forward", "disposed", "disposition-monitored", "answer", "disposition-completed");
    }

    /** A Demak complaint accepted and verified, at the step that forwards it to the office (002 step 4). */
    private String demakCaseReadyToForward() {
        var submission = Api.webSubmission("diskominfo-demak");
        submission.put("channel", "SMS");
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = jdbc.sql("select id from submission where tracking_number = ?")
                .param((String) submitted.get("trackingNumber"))
                .query(UUID.class)
                .single()
                .toString();
        expect(
                200,
                api.check(
                        "demak.admin-koordinator",
                        caseId,
                        Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true)));
        act("demak.admin-koordinator", caseId, "accept", Map.of());
        act("demak.admin-koordinator", caseId, "verify", Map.of());
        return caseId;
    }

    // --- deadlines inside the SOP's limit -------------------------------------------------------------------------

    @Test
    void aDeadlinePastTheDueTimeOfTheStepIsRefusedNamingTheLatestAllowedAndNothingIsRecorded() {
        clock.set(OffsetDateTime.parse("2026-03-02T08:00:00+07:00").toInstant());
        var caseId = demakCaseReadyToForward();
        var toOffice = disposition(api.unit("diskominfo-demak", "dpupr"), "tanggapan-dan-saran");
        toOffice.put("action", "forward");
        toOffice.put("deadline", "2026-03-09T10:00:00+07:00");

        var refused = expect(422, dispose("demak.admin-koordinator", caseId, toOffice));
        assertThat(refused.errorFields()).containsExactly("deadline");
        // three calendar days of the office's review end at Thursday's close of office
        assertThat(refused.raw())
                .contains("no later than 2026-03-05T16:00+07:00")
                .contains("The office reviews");
        var view = api.view("demak.admin-koordinator", caseId);
        assertThat(view.<String>get("currentStep.code")).isEqualTo("forward-to-office");
        assertThat(view.<String>get("assignedUnitName")).isNull();
        assertThat(dispositionsOf(caseId)).isZero();
        assertThat(historyActions("demak.admin-koordinator", caseId)).doesNotContain("forward", "disposed");
        assertThat(api.view("demak.penghubung-dpupr", caseId).status()).isEqualTo(404);

        toOffice.put("deadline", "2026-03-05T16:00:00+07:00");
        expect(201, dispose("demak.admin-koordinator", caseId, toOffice));
    }

    @Test
    void aDeadlineAtAStepWithoutATimeLimitKeepsToTheProceduresExpectedAnswerTime() {
        var registered = registerLetter("pekalongan.staf", "setwan-pekalongan", false);
        var caseId = (String) registered.get("case.id");
        expect(200, api.check("pekalongan.staf", caseId, Map.of("IDENTITY", true)));
        act("pekalongan.staf", caseId, "accept", Map.of());
        act(
                "pekalongan.kabag",
                caseId,
                "schedule",
                Map.of("assignedUnit", api.unit("setwan-pekalongan", "komisi-a").toString(), "forum", "RDPU"));
        // the invitation is signed before it goes out (000 step 4; ADR 0028)
        var invitation = api.draftLetter(
                "pekalongan.staf",
                caseId,
                Map.of(
                        "type", "INVITATION",
                        "subject", "Undangan rapat dengar pendapat umum",
                        "body", "Dengan hormat, kami mengundang Saudara.",
                        "signatoryId", api.signatory("setwan-pekalongan").toString()));
        expect(201, invitation);
        expect(200, api.letterAction("pekalongan.kabag", caseId, invitation.get("id"), "initial"));
        expect(200, api.letterAction("pekalongan.sekwan", caseId, invitation.get("id"), "sign"));
        act("pekalongan.staf", caseId, "invite", Map.of());
        act("pekalongan.staf", caseId, "prepare", Map.of());
        assertThat(api.view("pekalongan.kabag", caseId).<String>get("dueAt")).isNull();
        var expected = Instant.parse(api.track(registered.get("trackingNumber"), registered.get("accessCode"))
                .get("expectedAnswerBy"));

        var late = disposition(api.unit("setwan-pekalongan", "komisi-a"), "hadiri-wakili");
        late.put("deadline", expected.plusSeconds(86_400).toString());
        var refused = expect(422, dispose("pekalongan.kabag", caseId, late));
        assertThat(refused.errorFields()).containsExactly("deadline");
        assertThat(refused.raw()).contains("when the procedure should have answered");

        late.put("deadline", expected.toString());
        var made = expect(201, dispose("pekalongan.kabag", caseId, late));
        assertThat(Instant.parse(made.get("deadline"))).isEqualTo(expected);
    }

    @Test
    void aDispositionWithoutADeadlineTakesItsUrgencysButNeverPastTheStepsDueTime() {
        var caseId = kebumenLetterAtTheComplaintsDivision(false);
        var urgent = disposition(api.unit("dprd-kebumen", "bagian-fpp"), "pelajari-telaah");
        urgent.put("urgency", "SANGAT_SEGERA");
        var made = expect(201, dispose("kebumen.sekwan", caseId, urgent));
        // a day would end on Tuesday; the supervision step is due after 15 minutes in office hours
        assertThat(Instant.parse(made.get("deadline"))).isEqualTo(MONDAY_MORNING.plusSeconds(15 * 60));
        assertThat((String) made.get("urgency")).isEqualTo("SANGAT_SEGERA");

        clock.set(MONDAY_MORNING.plusSeconds(16 * 60));
        var tooLate = expect(422, dispose("kebumen.sekwan", caseId, urgent));
        assertThat(tooLate.errorFields()).containsExactly("deadline");
        assertThat(tooLate.raw()).contains("No deadline inside the SOP's limit is left");
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        var caseId = kebumenLetterAtTheComplaintsDivision(false);
        var past = disposition(api.unit("dprd-kebumen", "bagian-fpp"), "pelajari-telaah");
        past.put("deadline", "2026-03-02T08:59:00+07:00");
        var refused = expect(422, dispose("kebumen.sekwan", caseId, past));
        assertThat(refused.errorFields()).containsExactly("deadline");
        assertThat(dispositionsOf(caseId)).isZero();
    }

    // --- who disposes, to what ------------------------------------------------------------------------------------

    @Test
    void dispositionsAreMadeByThoseActingOnTheStepAndByTheOfficialsWhoDispose() {
        var caseId = kebumenLetterAtTheComplaintsDivision(false);
        var body = disposition(api.unit("dprd-kebumen", "bagian-fpp"), "pelajari-telaah");
        expect(403, dispose("kebumen.petugas", caseId, body));
        expect(403, dispose("kebumen.auditor", caseId, body));
        expect(404, dispose("kebumen.komisia", caseId, body));
        expect(201, dispose("kebumen.pengaduan", caseId, body));
        expect(201, dispose("kebumen.pimpinan", caseId, body));
        assertThat(dispositionsOf(caseId)).isEqualTo(2);
    }

    @Test
    void unitsInstructionsAndParentsNotOfTheCaseAreRefusedWholeNamingEachField() {
        var caseId = kebumenLetterAtTheComplaintsDivision(false);
        var body = new LinkedHashMap<String, Object>();
        body.put("leadUnitId", api.unit("dpmd-kukar", "bidang-pm").toString());
        body.put(
                "unitIds",
                List.of(
                        api.unit("dprd-kebumen", "komisi-a").toString(),
                        api.unit("dprd-kebumen", "komisi-a").toString(),
                        api.unit("dpmd-kukar", "bidang-pm").toString(),
                        api.unit("dpmd-kukar", "subag-umum").toString()));
        body.put("instructions", List.of("proses-lebih-lanjut", "bakar"));
        body.put("parentId", UUID.randomUUID().toString());
        body.put("letterDate", "2026-03-03");
        var refused = expect(400, dispose("kebumen.sekwan", caseId, body));
        assertThat(refused.errorFields())
                .containsExactlyInAnyOrder(
                        "leadUnitId",
                        "unitIds[1]",
                        "unitIds[2]",
                        "unitIds[3]",
                        "instructions[1]",
                        "parentId",
                        "letterDate");
        assertThat(refused.raw()).contains("is the lead unit already").contains("is not a unit of this institution");
        assertThat(dispositionsOf(caseId)).isZero();

        var empty = expect(400, dispose("kebumen.sekwan", caseId, Map.of()));
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("leadUnitId", "instructions");
        var unreadable = expect(400, dispose("kebumen.sekwan", caseId, Map.of("urgency", "KILAT")));
        assertThat(unreadable.errorFields()).containsExactly("urgency");
    }

    @Test
    void anActionThatAssignsAUnitAssignsTheLeadUnitAndNoOther() {
        clock.set(OffsetDateTime.parse("2026-03-02T08:00:00+07:00").toInstant());
        var caseId = demakCaseReadyToForward();
        var body = disposition(api.unit("diskominfo-demak", "dpupr"), "tanggapan-dan-saran");
        body.put("action", "forward");
        body.put(
                "fields",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dinkes").toString()));
        var refused = expect(400, dispose("demak.admin-koordinator", caseId, body));
        assertThat(refused.errorFields()).containsExactly("fields.assignedUnit");
        assertThat(api.view("demak.admin-koordinator", caseId).<String>get("currentStep.code"))
                .isEqualTo("forward-to-office");

        body.put("action", "verify");
        body.remove("fields");
        expect(409, dispose("demak.admin-koordinator", caseId, body));
    }

    @Test
    void aDispositionTakesNoActionThatEndsTheCaseNorAStaleVersionNorAnEndedCase() {
        clock.set(MONDAY_MORNING);
        var caseId =
                (String) registerLetter("kebumen.umum", "dprd-kebumen", false).get("case.id");
        var missing = new LinkedHashMap<>(ALL_MET);
        missing.put("IDENTITY", false);
        expect(200, api.check("kebumen.umum", caseId, missing));
        var body = disposition(api.unit("dprd-kebumen", "bagian-umum"), "file-arsipkan");
        body.put("action", "archive");
        var ending = expect(409, dispose("kebumen.umum", caseId, body));
        assertThat(ending.errorFields()).containsExactly("action");

        body.remove("action");
        body.put("version", 99);
        var stale = expect(409, dispose("kebumen.sekwan", caseId, body));
        assertThat(stale.errorFields()).containsExactly("version");

        act("kebumen.umum", caseId, "archive", Map.of());
        body.remove("version");
        var ended = expect(409, dispose("kebumen.sekwan", caseId, body));
        assertThat(ended.errorFields()).containsExactly("status");
        assertThat(dispositionsOf(caseId)).isZero();
    }

    // --- the sheet ------------------------------------------------------------------------------------------------

    @Test
    void theDispositionSheetPrintsTheLetterItsAgendaNumberTheUnitsWithTheLeadTheTickedInstructionsAndTheDeadline()
            throws Exception {
        var chain = kebumenChain(false);
        var registrationNumber =
                (String) api.view("kebumen.umum", chain.caseId()).get("submission.registrationNumber");
        var pdf = pdf("kebumen.komisic", chain.caseId(), chain.leadership());
        var text = flowing(pdf);
        assertThat(text)
                .contains("PEMERINTAH KABUPATEN KEBUMEN")
                .contains("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                .contains("LEMBAR DISPOSISI")
                .contains("Surat dari: Siti Aminah")
                .contains("Nomor surat: 005/RT-03/II/2026")
                .contains("Tanggal surat: 25 Februari 2026")
                .contains("Diterima tanggal: 2 Maret 2026")
                .contains("Nomor agenda: " + registrationNumber)
                .contains("☑ Segera")
                .contains("☐ Rahasia")
                .contains("Hal: Jalan desa rusak di Sruweng")
                .contains("1 Komisi C (Pembangunan)")
                .contains("✓ Komisi A (Pemerintahan)")
                .contains("☑ Proses lebih lanjut")
                .contains("☑ Koordinasikan / konfirmasikan")
                .contains("☐ Pantau")
                .contains("☐ File / arsipkan")
                .contains("Agendakan rapat kerja dengan DPUPR dan laporkan hasilnya.")
                .contains("Batas waktu: Jumat, 20 Maret 2026 pukul 16.00 WIB")
                .contains("Menindaklanjuti disposisi Sekretaris DPRD (Sekretaris DPRD), 2 Maret 2026")
                .contains("Kebumen, 2 Maret 2026")
                .contains("Pimpinan DPRD,")
                .contains("Ketua DPRD");
        var page = keepFirstPageAsPng(pdf, "disposition");
        var sheet =
                getJson("kebumen.komisic", "/api/v1/cases/{id}/dispositions/{d}", chain.caseId(), chain.leadership());
        assertThat(qrCodeOn(page)).isEqualTo(sheet.<String>get("sheet.verificationUrl"));
        assertThat(pdf("kebumen.komisic", chain.caseId(), chain.leadership()))
                .as("issued once, then served as stored")
                .isEqualTo(pdf);
        assertThat(jdbc.sql("select count(*) from issued_document where subject_id = ?::uuid and type = 'DISPOSITION'")
                        .param(chain.leadership())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aConfidentialComplainantIsNeverNamedOnTheSheetNorToThoseWhoDoNotHandleIdentities() throws Exception {
        var caseId = kebumenLetterAtTheComplaintsDivision(true);
        var body = disposition(api.unit("dprd-kebumen", "bagian-fpp"), "pelajari-telaah");
        body.put("note", "Hubungi Siti Aminah di Jl. Pemuda No. 1 untuk klarifikasi.");
        var made = expect(201, dispose("kebumen.sekwan", caseId, body));
        assertThat((String) made.get("note")).contains("Siti Aminah");

        var text = flowing(pdf("kebumen.sekwan", caseId, made.get("id")));
        assertThat(text)
                .contains("Surat dari: Dirahasiakan")
                .doesNotContain("Siti")
                .doesNotContain("Pemuda");
        var byLeadership = getJson("kebumen.pimpinan", "/api/v1/cases/{id}/dispositions/{d}", caseId, made.get("id"));
        assertThat((String) byLeadership.get("note")).doesNotContain("Siti").contains("Dirahasiakan");
    }

    // --- the instruction list -------------------------------------------------------------------------------------

    @Test
    void onlyTheInstitutionsAdministratorEditsItsInstructionListWhichNewDispositionsAndSheetsUse() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "instr-" + suffix,
                "Sekretariat DPRD Instruksi " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:4}/INS/{year}");
        var organ = institutions.addUnit(institution.id(), "komisi-a", "Komisi A", UnitType.COUNCIL_ORGAN);
        sops.installPreset(institution.id(), "pekalongan");
        var admin = "admin." + suffix;
        var secretary = "sekwan." + suffix;
        var desk = "staf." + suffix;
        staff.create(
                institution.id(),
                admin,
                "Admin " + suffix,
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        staff.create(
                institution.id(),
                secretary,
                "Sekwan " + suffix,
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.SECRETARY, null)));
        staff.create(
                institution.id(), desk, "Staf " + suffix, Api.DEMO_PASSWORD, Set.of(new RoleGrant(Role.OFFICER, null)));
        var url = "/api/v1/institutions/{id}/disposition-instructions";

        List<Map<String, Object>> defaults =
                api.jsonList(getJson(secretary, url, institution.id()).raw());
        assertThat(defaults).hasSize(9);
        assertThat(defaults.getFirst())
                .containsEntry("code", "tanggapan-dan-saran")
                .containsEntry("label", "Tanggapan dan saran");
        assertThat(defaults).extracting(i -> i.get("code")).contains("hadiri-wakili", "pantau", "file-arsipkan");

        var list = Map.of("instructions", List.of("Tindak lanjuti segera", "Hadiri rapat kerja", "Arsipkan"));
        expect(
                403,
                api.send(Api.as(
                        secretary,
                        put(url, institution.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(list)))));
        expect(
                404,
                api.send(Api.as(
                        "kebumen.admin",
                        put(url, institution.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(list)))));
        var bad = Map.of("instructions", List.of("", "Hadiri", "hadiri", "x".repeat(121)));
        var refused = expect(
                400,
                api.send(Api.as(
                        admin,
                        put(url, institution.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(bad)))));
        assertThat(refused.errorFields()).containsExactly("instructions[0]", "instructions[2]", "instructions[3]");
        assertThat(api.jsonList(getJson(secretary, url, institution.id()).raw()))
                .hasSize(9);

        var saved = expect(
                200,
                api.send(Api.as(
                        admin,
                        put(url, institution.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(list)))));
        assertThat(api.jsonList(saved.raw()))
                .extracting(i -> i.get("code"))
                .containsExactly("tindak-lanjuti-segera", "hadiri-rapat-kerja", "arsipkan");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'disposition.instructions-changed'"
                                + " and institution_id = ?")
                        .param(institution.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        var letter = Api.webSubmission("instr-" + suffix);
        letter.put("channel", "LETTER");
        var caseId = (String) expect(201, api.register(desk, letter)).get("case.id");
        var old = expect(400, dispose(secretary, caseId, disposition(organ.id(), "proses-lebih-lanjut")));
        assertThat(old.errorFields()).containsExactly("instructions[0]");
        var made = expect(201, dispose(secretary, caseId, disposition(organ.id(), "hadiri-rapat-kerja")));
        assertThat(flowing(pdf(secretary, caseId, made.get("id"))))
                .contains("☐ Tindak lanjuti segera")
                .contains("☑ Hadiri rapat kerja")
                .contains("☐ Arsipkan")
                .doesNotContain("Proses lebih lanjut");
    }

    // --- review memos ---------------------------------------------------------------------------------------------

    @Test
    void aReviewMemoKeepsEveryVersionAndIsForwardedOnlyByTheSecretary() {
        var caseId = kebumenLetterAtTheComplaintsDivision(false);
        var memo = new LinkedHashMap<String, Object>();
        memo.put("subject", "Telaah pengaduan jalan");
        memo.put("analysis", "Versi pertama.");
        var memoId =
                (String) expect(201, postJson("kebumen.pengaduan", "/api/v1/cases/{id}/review-memos", memo, caseId))
                        .get("id");
        expect(403, postJson("kebumen.petugas", "/api/v1/cases/{id}/review-memos", memo, caseId));
        var empty = expect(400, postJson("kebumen.pengaduan", "/api/v1/cases/{id}/review-memos", Map.of(), caseId));
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("subject", "analysis");

        memo.put("analysis", "Versi kedua, dengan data pendukung.");
        memo.put("version", 1);
        var revise = put("/api/v1/cases/{id}/review-memos/{m}", caseId, memoId);
        var revised = expect(
                200,
                api.send(Api.as(
                        "kebumen.pengaduan",
                        revise.contentType(MediaType.APPLICATION_JSON).content(api.json(memo)))));
        assertThat((List<?>) revised.get("versions")).hasSize(2);
        var stale = expect(
                409,
                api.send(Api.as(
                        "kebumen.pengaduan",
                        put("/api/v1/cases/{id}/review-memos/{m}", caseId, memoId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(memo)))));
        assertThat(stale.errorFields()).containsExactly("version");

        var first = getJson("kebumen.pimpinan", "/api/v1/cases/{id}/review-memos/{m}/versions/1", caseId, memoId);
        assertThat((String) first.get("analysis")).isEqualTo("Versi pertama.");

        expect(
                403,
                postJson("kebumen.pengaduan", "/api/v1/cases/{id}/review-memos/{m}/forward", Map.of(), caseId, memoId));
        expect(
                403,
                postJson("kebumen.pimpinan", "/api/v1/cases/{id}/review-memos/{m}/forward", Map.of(), caseId, memoId));
        expect(
                409,
                postJson(
                        "kebumen.sekwan",
                        "/api/v1/cases/{id}/review-memos/{m}/forward",
                        Map.of("version", 1),
                        caseId,
                        memoId));
        var forwarded = expect(
                200,
                postJson(
                        "kebumen.sekwan",
                        "/api/v1/cases/{id}/review-memos/{m}/forward",
                        Map.of("version", 2, "note", "Diteruskan kepada Pimpinan DPRD."),
                        caseId,
                        memoId));
        assertThat((String) forwarded.get("versions.1.forward.byRole")).isEqualTo("SECRETARY");
        assertThat((String) forwarded.get("versions.1.forward.at")).isNotNull();
        assertThat(forwarded.<Object>get("versions.0.forward")).isNull();
        expect(
                409,
                postJson("kebumen.sekwan", "/api/v1/cases/{id}/review-memos/{m}/forward", Map.of(), caseId, memoId));
        assertThat(historyActions("kebumen.sekwan", caseId))
                .containsSubsequence("review-memo-written", "review-memo-revised", "review-memo-forwarded");
    }
}
