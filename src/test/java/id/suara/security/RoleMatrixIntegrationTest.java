package id.suara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which role may use which endpoint and perform which step, across two institutions. Expected outcomes are written out
 * per role, not derived from the SOP data the application itself uses.
 */
@SuaraIntegrationTest
class RoleMatrixIntegrationTest {

    /** Every demo account of the two institutions, by the role it holds. */
    static final List<String> KEBUMEN = List.of(
            "kebumen.petugas",
            "kebumen.umum",
            "kebumen.humas",
            "kebumen.pengaduan",
            "kebumen.sekwan",
            "kebumen.pimpinan",
            "kebumen.komisia",
            "kebumen.komisic",
            "kebumen.auditor",
            "kebumen.admin");

    static final List<String> PEKALONGAN = List.of(
            "pekalongan.staf",
            "pekalongan.kabag",
            "pekalongan.sekwan",
            "pekalongan.pimpinan",
            "pekalongan.komisia",
            "pekalongan.admin");

    @Autowired
    Api api;

    String caseId;
    UUID kebumen;

    @BeforeEach
    void aKebumenLetter() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        caseId = api.register("kebumen.umum", letter).get("case.id");
        kebumen = UUID.fromString(api.view("kebumen.umum", caseId).get("institutionId"));
    }

    /** The status each user gets for one request. */
    private Map<String, Integer> statuses(List<String> users, Function<String, MockHttpServletRequestBuilder> request) {
        var out = new LinkedHashMap<String, Integer>();
        for (var user : users) {
            out.put(user, api.send(Api.as(user, request.apply(user))).status());
        }
        return out;
    }

    private static Map<String, Integer> expect(List<String> users, int status, Map<String, Integer> exceptions) {
        var out = new LinkedHashMap<String, Integer>();
        users.forEach(u -> out.put(u, exceptions.getOrDefault(u, status)));
        return out;
    }

    @Test
    void staffOfAnInstitutionReadItsCasesAndStaffOfAnotherDoNotFindThem() {
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/cases/{id}", caseId))).isEqualTo(expect(KEBUMEN, 200, Map.of()));
        assertThat(statuses(PEKALONGAN, u -> get("/api/v1/cases/{id}", caseId)))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        assertThat(api.send(Api.as("sysadmin", get("/api/v1/cases/{id}", caseId)))
                        .status())
                .isEqualTo(200);
        assertThat(api.send(get("/api/v1/cases/{id}", caseId)).status()).isEqualTo(401);
    }

    @Test
    void listsOnlyTheirOwnInstitutionsCasesAndRefusesAnotherInstitutionsList() {
        for (var user : PEKALONGAN) {
            var page = api.send(Api.as(user, get("/api/v1/cases").param("size", "100")));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.raw()).doesNotContain(caseId);
        }
        assertThat(statuses(PEKALONGAN, u -> get("/api/v1/cases").param("institution", kebumen.toString())))
                .isEqualTo(expect(PEKALONGAN, 403, Map.of()));
        assertThat(api.send(get("/api/v1/cases")).status()).isEqualTo(401);
    }

    @Test
    void onlyDeskRolesRegisterSubmissionsAndOnlyForTheirOwnInstitution() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var body = api.json(letter);
        assertThat(statuses(
                        KEBUMEN,
                        u -> post("/api/v1/cases")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body)))
                .isEqualTo(expect(
                        KEBUMEN,
                        403,
                        Map.of(
                                "kebumen.petugas", 201,
                                "kebumen.umum", 201,
                                "kebumen.humas", 201,
                                "kebumen.pengaduan", 201)));
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post("/api/v1/cases")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body)))
                .isEqualTo(expect(PEKALONGAN, 403, Map.of()));
    }

    @Test
    void everyoneButTheAuditorWritesInternalNotes() {
        var note = api.json(Map.of("text", "Catatan internal"));
        assertThat(statuses(
                        KEBUMEN,
                        u -> post("/api/v1/cases/{id}/notes", caseId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(note)))
                .isEqualTo(expect(KEBUMEN, 201, Map.of("kebumen.auditor", 403)));
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post("/api/v1/cases/{id}/notes", caseId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(note)))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
    }

    @Test
    void onlyAdministratorsSeeSopVersionsOfOtherInstitutionsNeverAndDraftThemOnlyForTheirOwn() {
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/institutions/{id}/sop-versions", kebumen)))
                .isEqualTo(expect(KEBUMEN, 200, Map.of()));
        assertThat(statuses(PEKALONGAN, u -> get("/api/v1/institutions/{id}/sop-versions", kebumen)))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        var invalidDraft = "{}";
        // Everyone but the administrator is refused before the (invalid) body is even looked at.
        assertThat(statuses(
                        KEBUMEN,
                        u -> post("/api/v1/institutions/{id}/sop-versions", kebumen)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(invalidDraft)))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 400)));
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        var holiday = api.json(Map.of("date", "2026-10-10", "type", "REGIONAL_HOLIDAY", "nameId", "Uji"));
        // Without a source the request is invalid: administrators get 400, everyone else 403 before validation.
        assertThat(statuses(
                        KEBUMEN,
                        u -> post("/api/v1/institutions/{id}/calendar/holidays", kebumen)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(holiday)))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 400)));
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post("/api/v1/institutions/{id}/calendar/holidays", kebumen)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(holiday)))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
    }

    /** Each step of the Kebumen written SOP, who alone may move it, and what they send. */
    record Step(String action, String holder, Map<String, Object> fields) {}

    @Test
    void letsOnlyTheHolderOfEachStepsRoleMoveTheCaseAlongTheWrittenSop() {
        var komisiC = api.unit("dprd-kebumen", "komisi-c").toString();
        var steps = List.of(
                new Step("accept", "kebumen.umum", Map.of()),
                new Step("record", "kebumen.petugas", Map.of()),
                new Step("forward", "kebumen.petugas", Map.of()),
                new Step("forward", "kebumen.pengaduan", Map.of()),
                new Step("coordinate", "kebumen.sekwan", Map.of("assignedUnit", komisiC)),
                new Step("approve", "kebumen.pimpinan", Map.of("direction", "Bahas di Komisi C")),
                new Step("draft", "kebumen.pengaduan", Map.of("responseLetter", "Surat tanggapan")),
                new Step("publish", "kebumen.pengaduan", Map.of("publicAnswer", "Sudah ditindaklanjuti")),
                new Step("recap", "kebumen.pengaduan", Map.of()));
        var everyone = List.of(
                "kebumen.petugas",
                "kebumen.umum",
                "kebumen.humas",
                "kebumen.pengaduan",
                "kebumen.sekwan",
                "kebumen.pimpinan",
                "kebumen.komisia",
                "kebumen.komisic",
                "kebumen.auditor",
                "kebumen.admin",
                "pekalongan.staf",
                "pekalongan.admin",
                "sysadmin");
        var checkStatuses = new LinkedHashMap<String, Integer>();
        for (var user : everyone) {
            checkStatuses.put(
                    user,
                    api.check(
                                    user,
                                    caseId,
                                    Map.of(
                                            "IDENTITY",
                                            true,
                                            "PURPOSE",
                                            true,
                                            "SUBSTANCE",
                                            true,
                                            "SUPPORTING_DATA",
                                            true))
                            .status());
        }
        assertThat(checkStatuses)
                .containsEntry("kebumen.umum", 200)
                .containsEntry("pekalongan.staf", 404)
                .containsEntry("pekalongan.admin", 404)
                .containsEntry("sysadmin", 403);
        assertThat(checkStatuses.entrySet().stream()
                        .filter(e ->
                                e.getKey().startsWith("kebumen.") && !e.getKey().equals("kebumen.umum")))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(403));

        for (var step : steps) {
            for (var user : everyone) {
                if (user.equals(step.holder())) {
                    continue;
                }
                var refused =
                        api.act(user, caseId, step.action(), step.fields()).status();
                var expected = user.startsWith("pekalongan.") ? 404 : 403;
                assertThat(refused).as(user + " " + step.action()).isEqualTo(expected);
            }
            var done = api.act(step.holder(), caseId, step.action(), step.fields());
            assertThat(done.status())
                    .as(step.holder() + " " + step.action() + ": " + done.raw())
                    .isEqualTo(200);
        }
        assertThat(api.view("kebumen.auditor", caseId).<String>get("status")).isEqualTo("COMPLETED");
    }

    @Test
    void councilOrgansActOnlyOnCasesDisposedToThem() {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put(
                "audienceRequestedFor",
                java.time.OffsetDateTime.now().plusDays(14).toString());
        var submitted = api.submit(request);
        List<Map<String, Object>> found = api.send(Api.as(
                        "kebumen.petugas", get("/api/v1/cases").param("q", (String) submitted.get("trackingNumber"))))
                .get("items");
        var delegation = (String) found.getFirst().get("id");
        api.check(
                "kebumen.petugas",
                delegation,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        api.act("kebumen.petugas", delegation, "accept", Map.of());
        api.act("kebumen.petugas", delegation, "record", Map.of());
        api.act("kebumen.petugas", delegation, "forward", Map.of());
        api.act("kebumen.humas", delegation, "forward", Map.of());
        api.act(
                "kebumen.sekwan",
                delegation,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString()));
        List<Map<String, Object>> forKomisiA =
                api.view("kebumen.komisia", delegation).get("availableActions");
        List<Map<String, Object>> forKomisiC =
                api.view("kebumen.komisic", delegation).get("availableActions");
        List<Map<String, Object>> forLeadership =
                api.view("kebumen.pimpinan", delegation).get("availableActions");
        assertThat(forKomisiA).extracting(a -> a.get("action")).containsExactly("receive");
        assertThat(forKomisiC).isEmpty();
        assertThat(forLeadership).extracting(a -> a.get("action")).containsExactly("receive");
        assertThat(api.act("kebumen.komisic", delegation, "receive", Map.of()).status())
                .isEqualTo(403);
        assertThat(api.act("kebumen.komisia", delegation, "receive", Map.of()).status())
                .isEqualTo(200);
    }

    static final List<String> KUTAI_KARTANEGARA =
            List.of("kukar.umum", "kukar.kadis", "kukar.sekdis", "kukar.kabid", "kukar.subkoor", "kukar.admin");

    static final List<String> DEMAK =
            List.of("demak.admin-koordinator", "demak.penghubung-dpupr", "demak.penghubung-dinkes", "demak.admin");

    /**
     * Moves a case step by step; before each step every other user tries it: staff of the same institution get 403,
     * staff of another institution 404.
     */
    private void walk(String caseId, List<String> sameInstitution, List<String> others, List<Step> steps) {
        for (var step : steps) {
            for (var user : sameInstitution) {
                if (!user.equals(step.holder())) {
                    assertThat(api.act(user, caseId, step.action(), step.fields())
                                    .status())
                            .as(user + " " + step.action())
                            .isEqualTo(403);
                }
            }
            for (var user : others) {
                assertThat(api.act(user, caseId, step.action(), step.fields()).status())
                        .as(user + " " + step.action())
                        .isEqualTo(404);
            }
            var done = api.act(step.holder(), caseId, step.action(), step.fields());
            assertThat(done.status())
                    .as(step.holder() + " " + step.action() + ": " + done.raw())
                    .isEqualTo(200);
        }
    }

    @Test
    void letsOnlyEachDpmdRoleMoveItsOwnStepsFromRegisterToSignature() {
        var letter = Api.webSubmission("dpmd-kukar");
        letter.put("channel", "LETTER");
        var dpmdCase = (String) api.register("kukar.umum", letter).get("case.id");
        var division = api.unit("dpmd-kukar", "bidang-pm").toString();
        walk(
                dpmdCase,
                KUTAI_KARTANEGARA,
                List.of("demak.admin-koordinator", "kebumen.sekwan"),
                List.of(
                        new Step("record", "kukar.umum", Map.of()),
                        new Step("forward", "kukar.umum", Map.of()),
                        new Step("receive", "kukar.kadis", Map.of()),
                        new Step("assign", "kukar.kadis", Map.of()),
                        new Step("assign-division", "kukar.sekdis", Map.of("assignedUnit", division)),
                        new Step("dispose", "kukar.kabid", Map.of()),
                        new Step("review", "kukar.subkoor", Map.of()),
                        new Step("invite", "kukar.subkoor", Map.of()),
                        new Step("hold-meeting", "kukar.subkoor", Map.of()),
                        new Step("record-official-report", "kukar.subkoor", Map.of()),
                        new Step("submit-report", "kukar.subkoor", Map.of()),
                        new Step("initial", "kukar.kabid", Map.of()),
                        new Step("initial", "kukar.sekdis", Map.of()),
                        new Step("sign", "kukar.kadis", Map.of()),
                        new Step("archive-records", "kukar.umum", Map.of()),
                        new Step("inform", "kukar.umum", Map.of("publicAnswer", "Selesai dibahas"))));
        assertThat(api.view("kukar.kadis", dpmdCase).<String>get("status")).isEqualTo("COMPLETED");
    }

    @Test
    void letsOnlyTheLiaisonOfTheOfficeACaseWasForwardedToAnswerIt() {
        var submitted = api.submit(Api.webSubmission("diskominfo-demak"));
        List<Map<String, Object>> found = api.send(
                        Api.as("demak.admin-koordinator", get("/api/v1/cases").param("q", (String)
                                submitted.get("trackingNumber"))))
                .get("items");
        var demakCase = (String) found.getFirst().get("id");
        var checks = new LinkedHashMap<String, Integer>();
        for (var user : DEMAK) {
            checks.put(
                    user,
                    api.check(user, demakCase, Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true))
                            .status());
        }
        assertThat(checks).isEqualTo(expect(DEMAK, 403, Map.of("demak.admin-koordinator", 200)));
        var dpupr = api.unit("diskominfo-demak", "dpupr").toString();
        walk(
                demakCase,
                DEMAK,
                List.of("kukar.umum", "kebumen.petugas"),
                List.of(
                        new Step("accept", "demak.admin-koordinator", Map.of()),
                        new Step("verify", "demak.admin-koordinator", Map.of()),
                        new Step("forward", "demak.admin-koordinator", Map.of("assignedUnit", dpupr)),
                        new Step("answer", "demak.penghubung-dpupr", Map.of()),
                        new Step("send-answer", "demak.penghubung-dpupr", Map.of()),
                        new Step("accept", "demak.admin-koordinator", Map.of("publicAnswer", "Jalan diperbaiki")),
                        new Step("record-and-archive", "demak.admin-koordinator", Map.of())));
    }

    @Test
    void onlyAuditorsAndTheSystemAdministratorReadTheAuditLogAndAuditorsOnlyTheirOwnInstitutions() {
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/audit").param("size", "1")))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.auditor", 200)));
        assertThat(statuses(PEKALONGAN, u -> get("/api/v1/audit").param("size", "1")))
                .isEqualTo(expect(PEKALONGAN, 403, Map.of()));
        var pekalongan =
                api.send(Api.as("pekalongan.admin", get("/api/v1/staff/me"))).<String>get("institutionId");
        assertThat(api.send(Api.as("kebumen.auditor", get("/api/v1/audit").param("institution", pekalongan)))
                        .status())
                .isEqualTo(403);
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/audit/verification")))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.auditor", 200)));
        assertThat(api.send(Api.as("sysadmin", get("/api/v1/audit").param("size", "1")))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheInstitutionsAdministratorAndTheSystemAdministratorManageItsStaff() {
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/staff").param("institution", kebumen.toString())))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 200)));
        assertThat(statuses(PEKALONGAN, u -> get("/api/v1/staff").param("institution", kebumen.toString())))
                .isEqualTo(expect(PEKALONGAN, 403, Map.of()));
        assertThat(api.send(Api.as("sysadmin", get("/api/v1/staff").param("institution", kebumen.toString())))
                        .status())
                .isEqualTo(200);
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/staff/me"))).isEqualTo(expect(KEBUMEN, 200, Map.of()));
    }
}
