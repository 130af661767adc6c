package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.calendar.InstitutionCalendars;
import id.suara.institution.Institutions;
import id.suara.recess.web.FacilitationCouncils.Council;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The facilitation of a recess through the API (seed 004, ADR 0031): opening it, its due days on the working calendar,
 * the 21-working-day limit, the items per member and per companion, closing items, the refusals, who may do what, and a
 * service complaint about it running through its own SOP to the official who resolves it.
 */
@SuaraIntegrationTest
class RecessFacilitationIntegrationTest {

    static final String PRESET = "recess-service-complaint";

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    InstitutionCalendars calendars;

    @Autowired
    SopVersions sops;

    @Autowired
    TestClock clock;

    @Autowired
    FacilitationCouncils councils;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Response postJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response patchJson(String user, String url, Object body) {
        return api.send(
                Api.as(user, patch(url).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("id");
    }

    private Response open(Council council, String user, String startsOn) {
        return postJson(user, council.url(), startsOn == null ? Map.of() : Map.of("startsOn", startsOn));
    }

    private static List<Map<String, Object>> items(Response facilitation) {
        return facilitation.get("items");
    }

    private static Map<String, Object> item(Response facilitation, Predicate<Map<String, Object>> which) {
        return items(facilitation).stream().filter(which).findFirst().orElseThrow();
    }

    private static Predicate<Map<String, Object>> code(String code) {
        return i -> code.equals(i.get("code"));
    }

    private String itemUrl(Council council, Map<String, Object> item) {
        return council.url() + "/items/" + item.get("id");
    }

    @Test
    void opensTheChecklistDueTwentyOneWorkingDaysAfterItsStartOnTheInstitutionsCalendar() {
        var council = councils.newCouncil();
        var opened = open(council, council.officer(), "2026-07-30");
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);

        // 21 working days from Thursday 30 July: weekends, 5 August (the town's own holiday), 17 August (Independence
        // Day) and 25 August (Maulid Nabi) do not count
        assertThat((String) opened.get("startsOn")).isEqualTo("2026-07-30");
        assertThat((Integer) opened.get("limitWorkingDays")).isEqualTo(21);
        assertThat((String) opened.get("dueOn")).isEqualTo("2026-09-02");
        assertThat((String) opened.get("documentNumber")).isEqualTo("175/04/Setwan/III/2022");
        assertThat((String) opened.get("checklistCode")).isEqualTo("recess-facilitation");
        assertThat((Boolean) opened.get("complete")).isFalse();
        assertThat((Object) opened.get("withinLimit")).isNull();

        // each step's due day counts its working days from the start: over the weekend (3: Tuesday 4 August), over the
        // town's holiday (5: Friday 7 August), over the weekend and Independence Day (11: Tuesday 18 August)
        var dueByStep = new LinkedHashMap<String, String>();
        items(opened).forEach(i -> dueByStep.put(i.get("number") + " " + i.get("code"), (String) i.get("dueOn")));
        assertThat(dueByStep)
                .containsExactly(
                        Map.entry("1 collect-plans", "2026-08-04"),
                        Map.entry("2 order-materials", "2026-08-07"),
                        Map.entry("3 prepare-documents", "2026-08-12"),
                        Map.entry("4 hand-to-members", "2026-08-14"),
                        Map.entry("5 hand-companion-list", "2026-08-18"),
                        Map.entry("6 readiness-check", "2026-08-20"),
                        Map.entry("7 accompany-visits", "2026-09-02"));

        // once, per member in office during the recess (not B, who left in June), per companion
        assertThat(items(opened)).hasSize(2 + 2 * 2 + 3 * 3);
        assertThat(items(opened))
                .filteredOn(code("collect-plans"))
                .extracting(i -> i.get("memberName"))
                .containsExactly("Anggota A", "Anggota C");
        assertThat(items(opened))
                .filteredOn(code("order-materials"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.get("scope")).isEqualTo("ONCE");
                    assertThat(i.get("memberName")).isNull();
                });
        assertThat(items(opened))
                .filteredOn(code("readiness-check"))
                .extracting(i -> i.get("companionName") + " / " + i.get("memberName"))
                .containsExactlyInAnyOrder(
                        council.companion() + " / Anggota A",
                        "Siti Pendamping / Anggota A",
                        "Budi Pendamping / Anggota C");

        // every item has an owner: the division's staff by role, the companion's own account for the visits
        assertThat(items(opened)).allSatisfy(i -> {
            assertThat(i.get("ownerRole")).isEqualTo("OFFICER");
            assertThat(i.get("ownerUnitName")).isEqualTo("Bagian Fasilitasi Penganggaran dan Pengawasan");
            assertThat(i.get("status")).isEqualTo("OPEN");
            assertThat((String) i.get("source")).startsWith("004_2c2e72c9f275a3d6.txt, langkah " + i.get("number"));
        });
        assertThat(items(opened))
                .filteredOn(i -> i.get("assigneeId") != null)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.get("code")).isEqualTo("accompany-visits");
                    assertThat(i.get("assigneeId"))
                            .isEqualTo(council.companionAccount().toString());
                });
        assertThat(item(opened, code("collect-plans")).get("ownerTitle"))
                .isEqualTo(Map.of("id", "Analis Kebijakan Muda", "en", "Policy analyst (Analis Kebijakan Muda)"));

        // staff of the institution read it
        var read = api.send(Api.as(council.auditor(), get(council.url())));
        assertThat(read.status()).isEqualTo(200);
        assertThat(items(read)).hasSize(15);
    }

    @Test
    void refusesASecondOpeningAndAStartTheRecessCannotUseNamingTheField() {
        var council = councils.newCouncil();
        assertThat(api.send(Api.as(council.officer(), get(council.url()))).status())
                .isEqualTo(404);

        var missing = open(council, council.officer(), null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("startsOn");

        var late = open(council, council.officer(), "2026-08-24");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.errorFields()).containsExactly("startsOn");

        assertThat(open(council, council.head(), "2026-07-30").status()).isEqualTo(201);
        var twice = open(council, council.admin(), "2026-07-31");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("recessId");

        // the recess cannot be removed once its facilitation was opened
        var removal = api.send(Api.as(
                council.admin(),
                delete("/api/v1/institutions/{id}/sitting-periods/{p}", council.id(), council.recess())));
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.errorFields()).containsExactly("periodId");
    }

    @Test
    void onlyTheSecretariatRunsItItsStaffReadItAndAnotherInstitutionDoesNotFindIt() {
        var council = councils.newCouncil();
        assertThat(open(council, council.auditor(), "2026-07-30").status()).isEqualTo(403);
        assertThat(open(council, council.companion(), "2026-07-30").status()).isEqualTo(403);
        assertThat(open(council, "kebumen.admin", "2026-07-30").status()).isEqualTo(404);
        assertThat(open(council, "pekalongan.sekwan", "2026-07-30").status()).isEqualTo(404);
        var opened = open(council, council.admin(), "2026-07-30");
        assertThat(opened.status()).isEqualTo(201);

        assertThat(api.send(Api.as("kebumen.petugas", get(council.url()))).status())
                .isEqualTo(404);
        assertThat(api.send(Api.as(council.companion(), get(council.url()))).status())
                .isEqualTo(200);
        assertThat(api.send(get(council.url())).status()).isEqualTo(401);
        // a government office has no recess at all
        var dpmd = institutions.findByCode("dpmd-kukar").orElseThrow();
        assertThat(api.send(Api.as(
                                "sysadmin",
                                get(
                                        "/api/v1/institutions/{id}/recesses/{r}/facilitation",
                                        dpmd.id(),
                                        council.recess())))
                        .status())
                .isEqualTo(404);

        var plans = item(opened, code("collect-plans"));
        var done = Map.<String, Object>of("status", "DONE");
        assertThat(patchJson(council.auditor(), itemUrl(council, plans), done).status())
                .isEqualTo(403);
        assertThat(patchJson("kebumen.admin", itemUrl(council, plans), done).status())
                .isEqualTo(404);
        assertThat(patchJson(council.officer(), council.url() + "/items/" + UUID.randomUUID(), done)
                        .status())
                .isEqualTo(404);

        // the companion changes the visits item assigned to them, but no other item, and assigns nothing
        var visits = item(opened, i -> council.companionAccount().toString().equals(i.get("assigneeId")));
        assertThat(patchJson(council.companion(), itemUrl(council, plans), done).status())
                .isEqualTo(403);
        assertThat(patchJson(
                                council.companion(),
                                itemUrl(council, visits),
                                Map.of("assigneeId", council.companionAccount()))
                        .status())
                .isEqualTo(403);
        var visited =
                patchJson(council.companion(), itemUrl(council, visits), Map.of("status", "DONE", "note", "12 tamu"));
        assertThat(visited.status()).as(visited.raw()).isEqualTo(200);
        assertThat(item(visited, i -> visits.get("id").equals(i.get("id"))))
                .containsEntry("status", "DONE")
                .containsEntry("note", "12 tamu")
                .containsEntry("closedByName", council.companion());
    }

    @Test
    void closesAnItemOnceRequiresTheReasonWhenItDoesNotApplyAndNamesEveryRefusedField() {
        var council = councils.newCouncil();
        var opened = open(council, council.officer(), "2026-07-30");
        var url = itemUrl(council, item(opened, code("order-materials")));

        var noReason = patchJson(council.officer(), url, Map.of("status", "NOT_APPLICABLE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        var reasonWhenDone = patchJson(council.officer(), url, Map.of("status", "DONE", "reason", "x"));
        assertThat(reasonWhenDone.status()).isEqualTo(400);
        assertThat(reasonWhenDone.errorFields()).containsExactly("reason");
        var noteWithoutDone = patchJson(council.officer(), url, Map.of("status", "OPEN", "note", "catatan"));
        assertThat(noteWithoutDone.status()).isEqualTo(400);
        assertThat(noteWithoutDone.errorFields()).containsExactly("note");
        var unknownStatus = patchJson(council.officer(), url, Map.of("status", "FINISHED"));
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.errorFields()).containsExactly("status");
        var unknownField = patchJson(council.officer(), url, Map.of("stat", "DONE"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.errorFields()).containsExactly("stat");
        var nothing = patchJson(council.officer(), url, Map.of());
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.errorFields()).containsExactly("status");
        var strangerAssigned = patchJson(
                council.officer(),
                url,
                Map.of(
                        "assigneeId",
                        staff.findByUsername("kebumen.petugas").orElseThrow().id()));
        assertThat(strangerAssigned.status()).isEqualTo(422);
        assertThat(strangerAssigned.errorFields()).containsExactly("assigneeId");

        clock.set(Instant.parse("2026-08-03T03:00:00Z"));
        var done = patchJson(council.officer(), url, Map.of("status", "DONE", "note", "Dipesan ke percetakan"));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(item(done, code("order-materials")))
                .containsEntry("status", "DONE")
                .containsEntry("note", "Dipesan ke percetakan")
                .containsEntry("closedByName", council.officer())
                .containsEntry("closedAt", "2026-08-03T03:00:00Z");

        var twice = patchJson(council.head(), url, Map.of("status", "NOT_APPLICABLE", "reason", "Sudah ada"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("status");
        var again = patchJson(council.head(), url, Map.of("status", "DONE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("status");

        var reopened = patchJson(council.head(), url, Map.of("status", "OPEN"));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(item(reopened, code("order-materials")))
                .containsEntry("status", "OPEN")
                .containsEntry("note", null)
                .containsEntry("closedAt", null);
        var reopenedTwice = patchJson(council.head(), url, Map.of("status", "OPEN"));
        assertThat(reopenedTwice.status()).isEqualTo(409);
        assertThat(reopenedTwice.errorFields()).containsExactly("status");

        var notApplicable = patchJson(
                council.head(), url, Map.of("status", "NOT_APPLICABLE", "reason", "Bahan sisa reses lalu cukup"));
        assertThat(notApplicable.status()).isEqualTo(200);
        assertThat(item(notApplicable, code("order-materials")))
                .containsEntry("status", "NOT_APPLICABLE")
                .containsEntry("reason", "Bahan sisa reses lalu cukup");

        var assigned = patchJson(council.admin(), url, Map.of("assigneeId", council.companionAccount()));
        assertThat(item(assigned, code("order-materials")))
                .containsEntry("assigneeId", council.companionAccount().toString());
        var unassign = new HashMap<String, Object>();
        unassign.put("assigneeId", null);
        var unassigned = patchJson(council.admin(), url, unassign);
        assertThat(item(unassigned, code("order-materials"))).containsEntry("assigneeId", null);
    }

    @Test
    void isCompleteWhenEveryItemIsClosedAndSaysWhetherThatWasWithinTheLimit() {
        var onTime = councils.newCouncil();
        var opened = open(onTime, onTime.officer(), "2026-07-30");
        clock.set(Instant.parse("2026-09-02T08:00:00Z")); // 15.00 WIB on the last day
        var last = closeAll(onTime, opened);
        assertThat((Boolean) last.get("complete")).isTrue();
        assertThat((String) last.get("completedOn")).isEqualTo("2026-09-02");
        assertThat((Boolean) last.get("withinLimit")).isTrue();
        assertThat((Integer) last.get("overdue")).isZero();

        var late = councils.newCouncil();
        var lateOpened = open(late, late.officer(), "2026-07-30");
        clock.set(Instant.parse("2026-09-02T17:30:00Z")); // 00.30 WIB on 3 September
        var lateLast = closeAll(late, lateOpened);
        assertThat((Boolean) lateLast.get("complete")).isTrue();
        assertThat((String) lateLast.get("completedOn")).isEqualTo("2026-09-03");
        assertThat((Boolean) lateLast.get("withinLimit")).isFalse();

        // opening an item again makes it incomplete
        var reopened = patchJson(
                late.officer(), itemUrl(late, item(lateLast, code("order-materials"))), Map.of("status", "OPEN"));
        assertThat((Boolean) reopened.get("complete")).isFalse();
        assertThat((Object) reopened.get("withinLimit")).isNull();
        assertThat((Integer) reopened.get("overdue")).isEqualTo(1);
    }

    private Response closeAll(Council council, Response opened) {
        Response last = null;
        for (var i : items(opened)) {
            var body = "collect-plans".equals(i.get("code"))
                    ? Map.<String, Object>of("status", "NOT_APPLICABLE", "reason", "Rencana sudah diserahkan fraksi")
                    : Map.<String, Object>of("status", "DONE");
            last = patchJson(council.officer(), itemUrl(council, i), body);
            assertThat(last.status()).as(last.raw()).isEqualTo(200);
        }
        return last;
    }

    @Test
    void aCompanionAssignedLaterGetsTheirItemsAndOneRemovedLosesOnlyTheOpenOnes() {
        var council = councils.newCouncil();
        var opened = open(council, council.officer(), "2026-07-30");
        var siti = items(opened).stream()
                .filter(i -> "Siti Pendamping".equals(i.get("companionName")))
                .toList();
        assertThat(siti).hasSize(3);
        patchJson(council.officer(), itemUrl(council, siti.getFirst()), Map.of("status", "DONE"));

        var companions = "/api/v1/institutions/{id}/recesses/{r}/companions";
        var list = api.send(Api.as(council.admin(), get(companions, council.id(), council.recess())));
        var sitiId = api.jsonList(list.raw()).stream()
                .filter(c -> "Siti Pendamping".equals(c.get("name")))
                .findFirst()
                .orElseThrow()
                .get("id");
        created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/recesses/{r}/council-members/{m}/companions",
                Map.of("name", "Dewi Pendamping", "phone", "0812 5555 6666"),
                council.id(),
                council.recess(),
                council.members().get("Anggota C")));
        assertThat(api.send(Api.as(
                                council.admin(), delete(companions + "/{c}", council.id(), council.recess(), sitiId)))
                        .status())
                .isEqualTo(204);

        var now = api.send(Api.as(council.officer(), get(council.url())));
        assertThat(items(now))
                .filteredOn(i -> "Dewi Pendamping".equals(i.get("companionName")))
                .extracting(i -> i.get("code") + " " + i.get("memberName") + " " + i.get("dueOn"))
                .containsExactly(
                        "hand-companion-list Anggota C 2026-08-18",
                        "readiness-check Anggota C 2026-08-20",
                        "accompany-visits Anggota C 2026-09-02");
        assertThat(items(now))
                .filteredOn(i -> "Siti Pendamping".equals(i.get("companionName")))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.get("status")).isEqualTo("DONE");
                    assertThat(i.get("companionId")).isNull();
                });
        assertThat(items(now)).hasSize(15 - 2 + 3);
    }

    @Test
    void aServiceComplaintAboutTheFacilitationRunsOnItsOwnSopToTheOfficialWhoResolvesIt() {
        var council = councils.newCouncil();
        var complaints = council.url() + "/service-complaints";
        var complaint = new LinkedHashMap<String, Object>();
        complaint.put("complainantName", "Warga Peserta");
        complaint.put("complainantPhone", "0813 2222 1111");
        complaint.put("memberId", council.members().get("Anggota A"));
        complaint.put("title", "Undangan reses tidak sampai");
        complaint.put("complaint", "Saya terdaftar di daftar tamu tetapi undangan tidak pernah sampai.");

        // before the facilitation is opened there is nothing to complain about
        var beforeOpening = postJson(council.officer(), complaints, complaint);
        assertThat(beforeOpening.status()).as(beforeOpening.raw()).isEqualTo(404);
        open(council, council.officer(), "2026-07-30");
        // without the SOP for service complaints the institution cannot take one
        var noSop = postJson(council.officer(), complaints, complaint);
        assertThat(noSop.status()).isEqualTo(422);
        assertThat(noSop.errorFields()).containsExactly("channel");
        sops.installPreset(council.id(), PRESET);

        var empty = postJson(council.officer(), complaints, Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("complainantName", "title", "complaint");
        var notInOffice = new LinkedHashMap<>(complaint);
        notInOffice.put("memberId", council.members().get("Anggota B"));
        var refusedMember = postJson(council.officer(), complaints, notInOffice);
        assertThat(refusedMember.status()).isEqualTo(422);
        assertThat(refusedMember.errorFields()).containsExactly("memberId");
        assertThat(postJson(council.auditor(), complaints, complaint).status()).isEqualTo(403);

        // a companion takes it down at the visit (004 Pengaduan Layanan, langkah 1)
        var recorded = postJson(council.companion(), complaints, complaint);
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        String caseId = recorded.get("caseId");
        assertThat((String) recorded.get("registrationNumber")).contains("/PGL/FAS/");
        assertThat((String) recorded.get("accessCode")).isNotBlank();

        var listed = api.send(Api.as(council.auditor(), get(complaints)));
        assertThat(api.jsonList(listed.raw())).singleElement().satisfies(c -> {
            assertThat(c.get("caseId")).isEqualTo(caseId);
            assertThat(c.get("memberName")).isEqualTo("Anggota A");
            assertThat(c.get("status")).isEqualTo("IN_PROGRESS");
            assertThat(c.get("recordedByName")).isEqualTo(council.companion());
        });

        var view = api.view(council.officer(), caseId);
        assertThat((String) view.get("sop.code")).isEqualTo(PRESET);
        assertThat((String) view.get("submission.kind")).isEqualTo("SERVICE_COMPLAINT");
        assertThat((String) view.get("submission.channel")).isEqualTo("RECESS");
        assertThat((String) view.get("currentStep.code")).isEqualTo("staff-respond");

        // the staff respond first: the official does not act at their step, and they cannot solve it
        assertThat(api.act(council.head(), caseId, "solve", Map.of("publicAnswer", "x"))
                        .status())
                .isEqualTo(403);
        var forwarded = api.act(
                council.officer(),
                caseId,
                "forward-to-official",
                Map.of("attempted", "Daftar tamu sudah dicek; undangan dicetak ulang tetapi alamat tidak ditemukan."));
        assertThat(forwarded.status()).as(forwarded.raw()).isEqualTo(200);
        assertThat((String) forwarded.get("currentStep.code")).isEqualTo("official-resolve");
        assertThat(api.act(council.officer(), caseId, "resolve", Map.of("publicAnswer", "x"))
                        .status())
                .isEqualTo(403);
        var resolved = api.act(
                council.head(),
                caseId,
                "resolve",
                Map.of("publicAnswer", "Undangan diantar langsung oleh pendamping; alamat daftar tamu diperbaiki."));
        assertThat(resolved.status()).as(resolved.raw()).isEqualTo(200);
        assertThat((String) resolved.get("status")).isEqualTo("COMPLETED");

        var tracked = api.track(recorded.get("trackingNumber"), recorded.get("accessCode"));
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.raw()).contains("Undangan diantar langsung oleh pendamping");
        assertThat(api.jsonList(
                        api.send(Api.as(council.officer(), get(complaints))).raw()))
                .singleElement()
                .satisfies(c -> assertThat(c.get("status")).isEqualTo("COMPLETED"));
    }

    @Test
    void aServiceComplaintIsRecordedOnlyFromTheRecessItIsAbout() {
        var publicOne = Api.webSubmission("setwan-pekalongan");
        publicOne.put("kind", "SERVICE_COMPLAINT");
        var refusedPublic = api.submit(publicOne);
        assertThat(refusedPublic.status()).isEqualTo(400);
        assertThat(refusedPublic.errorFields()).contains("kind");

        var atTheDesk = Api.webSubmission("setwan-pekalongan");
        atTheDesk.put("kind", "SERVICE_COMPLAINT");
        atTheDesk.put("channel", "RECESS");
        var refusedDesk = api.register("pekalongan.staf", atTheDesk);
        assertThat(refusedDesk.status()).isEqualTo(400);
        assertThat(refusedDesk.errorFields()).containsExactly("kind");
    }
}
