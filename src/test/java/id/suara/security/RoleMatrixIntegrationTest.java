package id.suara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which role may use which endpoint and perform which step, across two institutions, and which cases each finds: organ
 * members and liaison officers only those that are or were assigned to their unit, through the API and the pages alike.
 * Expected outcomes are written out per role, not derived from the SOP data the application itself uses.
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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    id.suara.institution.Institutions institutions;

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

    /** The organ members, who find a case only once it is disposed to their organ. */
    static final Map<String, Integer> ORGAN_MEMBERS_DO_NOT_FIND_IT =
            Map.of("kebumen.komisia", 404, "kebumen.komisic", 404);

    @Test
    void staffOfAnInstitutionReadItsCasesAndStaffOfAnotherDoNotFindThem() {
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/cases/{id}", caseId)))
                .isEqualTo(expect(KEBUMEN, 200, ORGAN_MEMBERS_DO_NOT_FIND_IT));
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
                .isEqualTo(expect(
                        KEBUMEN, 201, Map.of("kebumen.auditor", 403, "kebumen.komisia", 404, "kebumen.komisic", 404)));
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

    @Test
    void onlyTheInstitutionsAdministratorReadsAndChangesItsDocumentTemplates() {
        var url = "/api/v1/institutions/{id}/document-templates";
        assertThat(statuses(KEBUMEN, u -> get(url, kebumen)))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 200)));
        assertThat(statuses(KEBUMEN, u -> get(url + "/{type}/versions/{v}", kebumen, "RECEIPT", 1)))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 404)));
        assertThat(statuses(PEKALONGAN, u -> get(url + "/{type}", kebumen, "RECEIPT")))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        // An empty text is refused (400) for the administrator; everyone else is refused (403) before it is read.
        assertThat(statuses(
                        KEBUMEN,
                        u -> put(url + "/{type}", kebumen, "RECEIPT")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 400)));
        assertThat(statuses(
                        KEBUMEN,
                        u -> post(url + "/{type}/preview", kebumen, "RECEIPT")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 400)));
        assertThat(statuses(KEBUMEN, u -> delete(url + "/{type}", kebumen, "RECEIPT")))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 200)));
        assertThat(statuses(PEKALONGAN, u -> delete(url + "/{type}", kebumen, "RECEIPT")))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
    }

    @Test
    void staffReadTheRecessCalendarAndMembersAndOnlyTheAdministratorChangesThem() {
        for (var path : List.of(
                "/api/v1/institutions/{id}/council-terms",
                "/api/v1/institutions/{id}/sitting-periods",
                "/api/v1/institutions/{id}/dapils",
                "/api/v1/institutions/{id}/council-members")) {
            assertThat(statuses(KEBUMEN, u -> get(path, kebumen))).isEqualTo(expect(KEBUMEN, 200, Map.of()));
            assertThat(statuses(PEKALONGAN, u -> get(path, kebumen))).isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        }
        // An empty period is invalid: the administrator gets 400, everyone else 403 before validation.
        assertThat(statuses(
                        KEBUMEN,
                        u -> post("/api/v1/institutions/{id}/sitting-periods", kebumen)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(KEBUMEN, 403, Map.of("kebumen.admin", 400)));
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post("/api/v1/institutions/{id}/council-members", kebumen)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
    }

    @Test
    void staffReadRecessVisitsAndOnlyTheSecretariatAndCompanionsPlanThem() {
        var recess = jdbc.sql("select id from sitting_period where institution_id = ? and kind = 'RECESS' limit 1")
                .param(kebumen)
                .query(java.util.UUID.class)
                .single();
        var visits = "/api/v1/institutions/{id}/recesses/{recess}/visits";
        assertThat(statuses(KEBUMEN, u -> get(visits, kebumen, recess))).isEqualTo(expect(KEBUMEN, 200, Map.of()));
        assertThat(statuses(PEKALONGAN, u -> get(visits, kebumen, recess)))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        assertThat(statuses(
                        KEBUMEN, u -> get(visits.replace("visits", "aspiration-groups/suggestions"), kebumen, recess)))
                .isEqualTo(expect(KEBUMEN, 200, Map.of()));
        // An empty visit is invalid: the secretariat gets 400, everyone else (companions name no member) 403 first.
        assertThat(statuses(
                        KEBUMEN,
                        u -> post(visits, kebumen, recess)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(
                        KEBUMEN, 403, Map.of("kebumen.admin", 400, "kebumen.petugas", 400, "kebumen.sekwan", 400)));
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post(visits, kebumen, recess)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
    }

    @Test
    void staffReadThePokirAndRecessReportsTheAdministratorOfficersDivisionHeadsAndSecretaryChangeThem() {
        var pokir = "/api/v1/institutions/{id}/pokir";
        assertThat(statuses(KEBUMEN, u -> get(pokir, kebumen))).isEqualTo(expect(KEBUMEN, 200, Map.of()));
        assertThat(statuses(PEKALONGAN, u -> get(pokir, kebumen))).isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        // An empty compilation is invalid: editors get 400, everyone else 403 before validation.
        assertThat(statuses(
                        KEBUMEN,
                        u -> post(pokir, kebumen)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(
                        KEBUMEN, 403, Map.of("kebumen.petugas", 400, "kebumen.sekwan", 400, "kebumen.admin", 400)));
        var pekalongan =
                institutions.findByCode("setwan-pekalongan").orElseThrow().id();
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post(pokir, pekalongan)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(
                        PEKALONGAN,
                        403,
                        Map.of(
                                "pekalongan.staf", 400,
                                "pekalongan.kabag", 400,
                                "pekalongan.sekwan", 400,
                                "pekalongan.admin", 400)));
        // a government office has no council: its own staff are told there is no such thing
        var kukar = institutions.findByCode("dpmd-kukar").orElseThrow().id();
        assertThat(api.send(Api.as("kukar.kabid", get(pokir, kukar))).status()).isEqualTo(404);
        assertThat(api.send(Api.as(
                                "kukar.admin",
                                post(pokir, kukar)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{}")))
                        .status())
                .isEqualTo(404);
    }

    /** The secretariat's officers, its secretary and its administrator run a recess's facilitation (ADR 0031). */
    static final Map<String, Integer> FACILITATION_RUNNERS =
            Map.of("kebumen.petugas", 400, "kebumen.sekwan", 400, "kebumen.admin", 400);

    @Test
    void staffReadARecessFacilitationAndOnlyTheSecretariatRunsItAndItsCompanionsRecordComplaints() {
        var recess = api
                .jsonList(api.send(Api.as("kebumen.admin", get("/api/v1/institutions/{id}/sitting-periods", kebumen)))
                        .raw())
                .stream()
                .filter(p -> "RECESS".equals(p.get("kind")))
                .findFirst()
                .orElseThrow();
        var url = "/api/v1/institutions/" + kebumen + "/recesses/" + recess.get("id") + "/facilitation";
        // an empty body is refused with 400 to those who may act, with 403 to everyone else before validation
        assertThat(statuses(
                        KEBUMEN,
                        u -> post(url).contentType(MediaType.APPLICATION_JSON).content("{}")))
                .isEqualTo(expect(KEBUMEN, 403, FACILITATION_RUNNERS));
        assertThat(statuses(
                        PEKALONGAN,
                        u -> post(url).contentType(MediaType.APPLICATION_JSON).content("{}")))
                .isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        var opened = api.send(Api.as(
                "kebumen.admin",
                post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("startsOn", recess.get("startsOn"))))));
        assertThat(opened.status()).isIn(201, 409);

        assertThat(statuses(KEBUMEN, u -> get(url))).isEqualTo(expect(KEBUMEN, 200, Map.of()));
        assertThat(statuses(PEKALONGAN, u -> get(url))).isEqualTo(expect(PEKALONGAN, 404, Map.of()));
        List<Map<String, Object>> items =
                api.send(Api.as("kebumen.auditor", get(url))).get("items");
        var once = items.stream()
                .filter(i -> "order-materials".equals(i.get("code")))
                .findFirst()
                .orElseThrow();
        assertThat(statuses(
                        KEBUMEN,
                        u -> patch(url + "/items/" + once.get("id"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(KEBUMEN, 403, FACILITATION_RUNNERS));
        // the complaints division's account accompanies every member in the demo, so it takes complaints down too
        var recorders = new LinkedHashMap<>(FACILITATION_RUNNERS);
        recorders.put("kebumen.pengaduan", 400);
        assertThat(statuses(
                        KEBUMEN,
                        u -> post(url + "/service-complaints")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .isEqualTo(expect(KEBUMEN, 403, recorders));
        assertThat(statuses(PEKALONGAN, u -> get(url + "/service-complaints")))
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
                new Step("draft", "kebumen.pengaduan", Map.of()),
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
                .allSatisfy(e -> assertThat(e.getValue())
                        .as(e.getKey())
                        .isEqualTo(e.getKey().startsWith("kebumen.komisi") ? 404 : 403));

        // the letter the draft and publish actions need: drafted at the desk, initialled, signed and posted
        api.respondByPost(
                "dprd-kebumen", caseId, "kebumen.umum", "Surat tanggapan", "kebumen.pengaduan", "kebumen.sekwan");
        boolean disposedToKomisiC = false;
        for (var step : steps) {
            for (var user : everyone) {
                if (user.equals(step.holder())) {
                    continue;
                }
                var refused =
                        api.act(user, caseId, step.action(), step.fields()).status();
                // Komisi A never finds the case; Komisi C finds it once it is disposed to Komisi C
                var expected = user.startsWith("pekalongan.")
                                || user.equals("kebumen.komisia")
                                || (user.equals("kebumen.komisic") && !disposedToKomisiC)
                        ? 404
                        : 403;
                assertThat(refused).as(user + " " + step.action()).isEqualTo(expected);
            }
            var done = api.act(step.holder(), caseId, step.action(), step.fields());
            assertThat(done.status())
                    .as(step.holder() + " " + step.action() + ": " + done.raw())
                    .isEqualTo(200);
            disposedToKomisiC |= komisiC.equals(step.fields().get("assignedUnit"));
        }
        assertThat(api.view("kebumen.auditor", caseId).<String>get("status")).isEqualTo("COMPLETED");
    }

    @Test
    void councilOrgansActOnlyOnCasesDisposedToThem() {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put(
                "audienceRequestedFor",
                id.suara.test.Audiences.receptionTime(14).toString());
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
        List<Map<String, Object>> forLeadership =
                api.view("kebumen.pimpinan", delegation).get("availableActions");
        assertThat(forKomisiA).extracting(a -> a.get("action")).containsExactly("receive");
        assertThat(api.view("kebumen.komisic", delegation).status()).isEqualTo(404);
        assertThat(forLeadership).extracting(a -> a.get("action")).containsExactly("receive");
        assertThat(api.act("kebumen.komisic", delegation, "receive", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.act("kebumen.komisia", delegation, "receive", Map.of()).status())
                .isEqualTo(200);
    }

    static final List<String> KUTAI_KARTANEGARA =
            List.of("kukar.umum", "kukar.kadis", "kukar.sekdis", "kukar.kabid", "kukar.subkoor", "kukar.admin");

    static final List<String> DEMAK =
            List.of("demak.admin-koordinator", "demak.penghubung-dpupr", "demak.penghubung-dinkes", "demak.admin");

    /**
     * Moves a case step by step; before each step every other user tries it: staff of the same institution get 403,
     * staff of another institution 404, and so do staff bound to a unit ({@code boundTo}: user to unit id) until the
     * case has been assigned to their unit.
     */
    private void walk(
            String caseId,
            List<String> sameInstitution,
            Map<String, String> boundTo,
            List<String> others,
            List<Step> steps) {
        var assigned = new java.util.HashSet<Object>();
        for (var step : steps) {
            for (var user : sameInstitution) {
                if (!user.equals(step.holder())) {
                    var expected = boundTo.containsKey(user) && !assigned.contains(boundTo.get(user)) ? 404 : 403;
                    assertThat(api.act(user, caseId, step.action(), step.fields())
                                    .status())
                            .as(user + " " + step.action())
                            .isEqualTo(expected);
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
            if (step.fields().containsKey("assignedUnit")) {
                assigned.add(step.fields().get("assignedUnit"));
            }
        }
    }

    @Test
    void letsOnlyEachDpmdRoleMoveItsOwnStepsFromRegisterToSignature() {
        var letter = Api.webSubmission("dpmd-kukar");
        letter.put("channel", "LETTER");
        var dpmdCase = (String) api.register("kukar.umum", letter).get("case.id");
        var division = api.unit("dpmd-kukar", "bidang-pm").toString();
        var report = api.draftLetter(
                "kukar.umum",
                dpmdCase,
                Map.of(
                        "type", "MEETING_REPORT",
                        "subject", "Hasil rapat penanganan pengaduan",
                        "body", "Rapat menyepakati pendampingan desa.",
                        "signatoryId", api.signatory("dpmd-kukar").toString()));
        assertThat(report.status()).as(report.raw()).isEqualTo(201);
        api.respondByPost(
                "dpmd-kukar", dpmdCase, "kukar.umum", "Selesai dibahas", "kukar.kabid", "kukar.sekdis", "kukar.kadis");
        api.dpmdCoordinationMeeting(dpmdCase);
        walk(
                dpmdCase,
                KUTAI_KARTANEGARA,
                Map.of(),
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
        assertThat(checks)
                .isEqualTo(expect(
                        DEMAK,
                        403,
                        Map.of(
                                "demak.admin-koordinator", 200,
                                "demak.penghubung-dpupr", 404,
                                "demak.penghubung-dinkes", 404)));
        var dpupr = api.unit("diskominfo-demak", "dpupr").toString();
        walk(
                demakCase,
                DEMAK,
                Map.of(
                        "demak.penghubung-dpupr",
                        dpupr,
                        "demak.penghubung-dinkes",
                        api.unit("diskominfo-demak", "dinkes").toString()),
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

    // ---- unit-bound reading: organ members and liaison officers find only their unit's cases (ADR 0014)

    @Autowired
    MockMvc mvc;

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A case as a test knows it: its id and the id of its one attachment. */
    record KnownCase(String id, String attachmentId) {}

    /** A Kebumen letter with a scan, checked, accepted and moved to the Secretary, who disposes it to an organ. */
    private KnownCase kebumenLetterDisposedTo(String title, String organ) {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        letter.put("title", title);
        var submission = new MockMultipartFile(
                "submission",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                api.json(letter).getBytes(StandardCharsets.UTF_8));
        var scan = new MockMultipartFile("files", "surat.pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf());
        var registered = api.send(Api.as(
                "kebumen.umum", multipart("/api/v1/cases").file(submission).file(scan)));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String id = registered.get("case.id");
        api.check(
                "kebumen.umum",
                id,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        for (var step : List.of(
                new Step("accept", "kebumen.umum", Map.of()),
                new Step("record", "kebumen.petugas", Map.of()),
                new Step("forward", "kebumen.petugas", Map.of()),
                new Step("forward", "kebumen.pengaduan", Map.of()),
                new Step(
                        "coordinate",
                        "kebumen.sekwan",
                        Map.of("assignedUnit", api.unit("dprd-kebumen", organ).toString())))) {
            var done = api.act(step.holder(), id, step.action(), step.fields());
            assertThat(done.status()).as(step.action() + ": " + done.raw()).isEqualTo(200);
        }
        return new KnownCase(id, registered.get("case.submission.attachments.0.id"));
    }

    /** The leadership approves, the complaints division answers and closes: the case leaves the organ's step. */
    private void moveOnToTheEnd(String caseId) {
        api.respondByPost(
                "dprd-kebumen", caseId, "kebumen.pengaduan", "Surat tanggapan", "kebumen.pengaduan", "kebumen.sekwan");
        for (var step : List.of(
                new Step("approve", "kebumen.pimpinan", Map.of("direction", "Tindak lanjuti")),
                new Step("draft", "kebumen.pengaduan", Map.of()),
                new Step("publish", "kebumen.pengaduan", Map.of("publicAnswer", "Sudah ditindaklanjuti")),
                new Step("recap", "kebumen.pengaduan", Map.of()))) {
            var done = api.act(step.holder(), caseId, step.action(), step.fields());
            assertThat(done.status()).as(step.action() + ": " + done.raw()).isEqualTo(200);
        }
    }

    /** The ids of the cases a user finds with a search, and how many the list says there are. */
    private Map.Entry<List<Object>, Object> found(String user, String q) {
        var page = api.send(Api.as(user, get("/api/v1/cases").param("q", q)));
        assertThat(page.status()).as(user).isEqualTo(200);
        List<Map<String, Object>> items = page.get("items");
        return Map.entry(items.stream().map(i -> i.get("id")).toList(), page.get("totalItems"));
    }

    @Test
    void organMembersFindOnlyCasesThatAreOrWereDisposedToTheirOrganInTheApi() {
        var marker = "organ" + UUID.randomUUID().toString().substring(0, 8);
        var toKomisiA = kebumenLetterDisposedTo("Irigasi " + marker, "komisi-a");
        var toKomisiC = kebumenLetterDisposedTo("Drainase " + marker, "komisi-c");
        moveOnToTheEnd(toKomisiA.id());

        assertThat(statuses(KEBUMEN, u -> get("/api/v1/cases/{id}", toKomisiC.id())))
                .isEqualTo(expect(KEBUMEN, 200, Map.of("kebumen.komisia", 404)));
        assertThat(statuses(KEBUMEN, u -> get("/api/v1/cases/{id}", toKomisiA.id())))
                .isEqualTo(expect(KEBUMEN, 200, Map.of("kebumen.komisic", 404)));
        assertThat(statuses(
                        KEBUMEN,
                        u -> get("/api/v1/cases/{id}/attachments/{a}", toKomisiC.id(), toKomisiC.attachmentId())))
                .isEqualTo(expect(KEBUMEN, 200, Map.of("kebumen.komisia", 404)));
        var missing = api.view("kebumen.komisia", UUID.randomUUID());
        var hidden = api.view("kebumen.komisia", toKomisiC.id());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.raw().replaceAll(UUID_PATTERN, "ID"))
                .as("refused exactly as a case that does not exist")
                .isEqualTo(missing.raw().replaceAll(UUID_PATTERN, "ID"));

        assertThat(found("kebumen.komisia", marker)).isEqualTo(Map.entry(List.of(toKomisiA.id()), 1));
        assertThat(found("kebumen.komisic", marker)).isEqualTo(Map.entry(List.of(toKomisiC.id()), 1));
        for (var everything : List.of("kebumen.sekwan", "kebumen.pimpinan", "kebumen.auditor", "kebumen.admin")) {
            assertThat(found(everything, marker).getValue()).as(everything).isEqualTo(2);
        }
        var allOfKomisiA =
                api.send(Api.as("kebumen.komisia", get("/api/v1/cases").param("size", "100")));
        assertThat(allOfKomisiA.raw()).contains(toKomisiA.id()).doesNotContain(toKomisiC.id());
        var byUnit = api.send(Api.as(
                "kebumen.komisia",
                get("/api/v1/cases")
                        .param(
                                "assignedUnit",
                                api.unit("dprd-kebumen", "komisi-c").toString())
                        .param("q", marker)));
        assertThat(byUnit.<Object>get("totalItems")).isEqualTo(0);

        var note = api.json(Map.of("text", "Catatan Komisi A"));
        assertThat(api.send(Api.as(
                                "kebumen.komisia",
                                post("/api/v1/cases/{id}/notes", toKomisiC.id())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(note)))
                        .status())
                .isEqualTo(404);
        assertThat(api.act("kebumen.komisia", toKomisiC.id(), "approve", Map.of("direction", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.check("kebumen.komisia", toKomisiC.id(), Map.of("IDENTITY", true))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void organMembersFindOnlyCasesThatAreOrWereDisposedToTheirOrganOnThePages() throws Exception {
        var marker = "halaman" + UUID.randomUUID().toString().substring(0, 8);
        var toKomisiA = kebumenLetterDisposedTo("Irigasi " + marker, "komisi-a");
        var toKomisiC = kebumenLetterDisposedTo("Drainase " + marker, "komisi-c");
        moveOnToTheEnd(toKomisiA.id());
        var browser = new OfficeBrowser(mvc);
        var komisia = browser.signIn("kebumen.komisia");

        var refused = browser.open(komisia, "/kantor/kasus/{id}", toKomisiC.id());
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(OfficeBrowser.body(refused)).contains("Tidak ditemukan").doesNotContain(marker);
        assertThat(browser.open(komisia, "/kantor/kasus/{id}", toKomisiA.id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(browser.open(komisia, "/kantor/kasus/{id}/lampiran/{a}", toKomisiC.id(), toKomisiC.attachmentId())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var note = mvc.perform(post("/kantor/kasus/{id}/catatan", toKomisiC.id())
                        .session(komisia)
                        .with(csrf())
                        .param("text", "Catatan Komisi A"))
                .andReturn();
        assertThat(note.getResponse().getStatus()).isEqualTo(404);

        var allCases = OfficeBrowser.body(browser.open(komisia, "/kantor?tab=all&q={q}", marker));
        assertThat(allCases)
                .contains("/kantor/kasus/" + toKomisiA.id(), "1 kasus")
                .doesNotContain("/kantor/kasus/" + toKomisiC.id());
        var inbox = OfficeBrowser.body(browser.open(komisia, "/kantor?q={q}", marker));
        assertThat(inbox).doesNotContain("/kantor/kasus/" + toKomisiC.id());

        var komisic = browser.signIn("kebumen.komisic");
        assertThat(OfficeBrowser.body(browser.open(komisic, "/kantor?tab=all&q={q}", marker)))
                .contains("/kantor/kasus/" + toKomisiC.id(), "1 kasus")
                .doesNotContain("/kantor/kasus/" + toKomisiA.id());
        assertThat(OfficeBrowser.body(browser.open(komisic, "/kantor?q={q}", marker)))
                .contains("/kantor/kasus/" + toKomisiC.id());
        assertThat(OfficeBrowser.body(browser.open(browser.signIn("kebumen.sekwan"), "/kantor?tab=all&q={q}", marker)))
                .contains("/kantor/kasus/" + toKomisiA.id(), "/kantor/kasus/" + toKomisiC.id(), "2 kasus");
    }

    /** A Demak web complaint with a photo, checked, accepted, verified and forwarded to an office (a unit code). */
    private KnownCase demakComplaintForwardedTo(String title, String office) {
        var complaint = Api.webSubmission("diskominfo-demak");
        complaint.put("title", title);
        var submission = new MockMultipartFile(
                "submission",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                api.json(complaint).getBytes(StandardCharsets.UTF_8));
        var photo = new MockMultipartFile("files", "foto.png", MediaType.IMAGE_PNG_VALUE, TestFiles.png());
        var submitted =
                api.send(multipart("/api/v1/submissions").file(submission).file(photo));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        List<Map<String, Object>> items = api.send(
                        Api.as("demak.admin-koordinator", get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        var id = (String) items.getFirst().get("id");
        api.check("demak.admin-koordinator", id, Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true));
        api.act("demak.admin-koordinator", id, "accept", Map.of());
        api.act("demak.admin-koordinator", id, "verify", Map.of());
        var forwarded = api.act(
                "demak.admin-koordinator",
                id,
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", office).toString()));
        assertThat(forwarded.status()).as(forwarded.raw()).isEqualTo(200);
        return new KnownCase(id, forwarded.get("submission.attachments.0.id"));
    }

    @Test
    void liaisonOfficersFindOnlyCasesThatAreOrWereForwardedToTheirOffice() throws Exception {
        var marker = "kantor" + UUID.randomUUID().toString().substring(0, 8);
        var publicWorks = demakComplaintForwardedTo("Jalan berlubang " + marker, "dpupr");
        var health = demakComplaintForwardedTo("Puskesmas tutup " + marker, "dinkes");
        var toPublicWorks = publicWorks.id();
        var toHealth = health.id();
        for (var step : List.of(
                new Step("answer", "demak.penghubung-dpupr", Map.of()),
                new Step("send-answer", "demak.penghubung-dpupr", Map.of()),
                new Step("accept", "demak.admin-koordinator", Map.of("publicAnswer", "Jalan diperbaiki")),
                new Step("record-and-archive", "demak.admin-koordinator", Map.of()))) {
            assertThat(api.act(step.holder(), toPublicWorks, step.action(), step.fields())
                            .status())
                    .as(step.action())
                    .isEqualTo(200);
        }

        assertThat(statuses(DEMAK, u -> get("/api/v1/cases/{id}", toHealth)))
                .isEqualTo(expect(DEMAK, 200, Map.of("demak.penghubung-dpupr", 404)));
        assertThat(statuses(DEMAK, u -> get("/api/v1/cases/{id}", toPublicWorks)))
                .isEqualTo(expect(DEMAK, 200, Map.of("demak.penghubung-dinkes", 404)));
        assertThat(statuses(
                        DEMAK,
                        u -> get("/api/v1/cases/{id}/attachments/{a}", toPublicWorks, publicWorks.attachmentId())))
                .isEqualTo(expect(DEMAK, 200, Map.of("demak.penghubung-dinkes", 404)));
        assertThat(found("demak.penghubung-dinkes", marker)).isEqualTo(Map.entry(List.of(toHealth), 1));
        assertThat(found("demak.penghubung-dpupr", marker)).isEqualTo(Map.entry(List.of(toPublicWorks), 1));
        assertThat(found("demak.admin-koordinator", marker).getValue()).isEqualTo(2);
        assertThat(found("demak.admin", marker).getValue()).isEqualTo(2);

        var browser = new OfficeBrowser(mvc);
        var dinkes = browser.signIn("demak.penghubung-dinkes");
        assertThat(browser.open(dinkes, "/kantor/kasus/{id}", toPublicWorks)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(browser.open(dinkes, "/kantor/kasus/{id}/lampiran/{a}", toPublicWorks, publicWorks.attachmentId())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(OfficeBrowser.body(browser.open(dinkes, "/kantor?tab=all&q={q}", marker)))
                .contains("/kantor/kasus/" + toHealth, "1 kasus")
                .doesNotContain("/kantor/kasus/" + toPublicWorks);
        var dpupr = browser.signIn("demak.penghubung-dpupr");
        assertThat(browser.open(dpupr, "/kantor/kasus/{id}", toPublicWorks)
                        .getResponse()
                        .getStatus())
                .as("the office keeps reading the case it answered")
                .isEqualTo(200);
        assertThat(OfficeBrowser.body(browser.open(dpupr, "/kantor?tab=all&q={q}", marker)))
                .contains("/kantor/kasus/" + toPublicWorks, "1 kasus")
                .doesNotContain("/kantor/kasus/" + toHealth);
    }
}
