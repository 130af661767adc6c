package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A council secretariat's recess calendar and people, through the API. */
@SuaraIntegrationTest
class RecessIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    /** A new council secretariat with two factions, its administrator and an officer. */
    record Council(UUID id, String admin, String officer, UUID factionA, UUID factionB) {}

    private Council newCouncil() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "reses-" + suffix,
                "Sekretariat DPRD Kabupaten Uji Reses",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/RES/{year}");
        var a = institutions.addUnit(institution.id(), "fraksi-a", "Fraksi Karya Bangsa", UnitType.FACTION);
        var b = institutions.addUnit(institution.id(), "fraksi-b", "Fraksi Amanat Rakyat", UnitType.FACTION);
        staff.create(
                institution.id(),
                "admin-" + suffix,
                "Admin Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        staff.create(
                institution.id(),
                "staf-" + suffix,
                "Staf Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.OFFICER, null)));
        return new Council(institution.id(), "admin-" + suffix, "staf-" + suffix, a.id(), b.id());
    }

    private Response postJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response putJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, put(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private List<Map<String, Object>> list(String user, String url, Object... vars) {
        var response = api.send(Api.as(user, get(url, vars)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return api.jsonList(response.raw());
    }

    private Response term(Council council, String from, String to) {
        return postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-terms",
                Map.of("startsOn", from, "endsOn", to),
                council.id());
    }

    private Response period(Council council, String kind, int year, int sitting, String from, String to) {
        return postJson(
                council.admin(),
                "/api/v1/institutions/{id}/sitting-periods",
                Map.of("kind", kind, "year", year, "sitting", sitting, "startsOn", from, "endsOn", to),
                council.id());
    }

    private String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("id");
    }

    private String dapil(Council council, int number, String name, String... districts) {
        return created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/dapils",
                Map.of("number", number, "name", name, "districts", List.of(districts)),
                council.id()));
    }

    private Map<String, Object> member(String name, UUID faction, String dapil, String from, String to) {
        var member = new LinkedHashMap<String, Object>();
        member.put("name", name);
        member.put("factionId", faction);
        member.put("dapilId", dapil);
        member.put("activeFrom", from);
        member.put("activeTo", to);
        return member;
    }

    @Test
    void theAdministratorSetsATermAndThreeSittingsOfAYearInDateOrder() {
        var council = newCouncil();
        created(term(council, "2024-08-20", "2029-08-19"));
        created(period(council, "RECESS", 2026, 1, "2026-04-20", "2026-04-25"));
        created(period(council, "SESSION", 2026, 1, "2026-01-05", "2026-04-17"));
        created(period(council, "SESSION", 2026, 2, "2026-05-04", "2026-08-14"));
        created(period(council, "RECESS", 2026, 2, "2026-08-17", "2026-08-22"));
        created(period(council, "SESSION", 2026, 3, "2026-09-01", "2026-12-11"));
        created(period(council, "RECESS", 2026, 3, "2026-12-14", "2026-12-19"));

        var periods = list(council.officer(), "/api/v1/institutions/{id}/sitting-periods?year=2026", council.id());
        assertThat(periods)
                .extracting(p -> p.get("kind") + " " + p.get("sitting") + " " + p.get("startsOn"))
                .containsExactly(
                        "SESSION 1 2026-01-05",
                        "RECESS 1 2026-04-20",
                        "SESSION 2 2026-05-04",
                        "RECESS 2 2026-08-17",
                        "SESSION 3 2026-09-01",
                        "RECESS 3 2026-12-14");
        assertThat(list(council.officer(), "/api/v1/institutions/{id}/sitting-periods?year=2025", council.id()))
                .isEmpty();
        assertThat(list(council.officer(), "/api/v1/institutions/{id}/council-terms", council.id()))
                .extracting(t -> t.get("startsOn") + "/" + t.get("endsOn"))
                .containsExactly("2024-08-20/2029-08-19");
        var audited = jdbc.sql("select count(*) from audit_entry where institution_id = ? and action like 'recess.%'")
                .param(council.id())
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(7);
    }

    @Test
    void periodsOfOneInstitutionDoNotOverlapAndTheRefusalNamesTheField() {
        var council = newCouncil();
        created(term(council, "2024-08-20", "2029-08-19"));
        created(period(council, "SESSION", 2026, 1, "2026-01-05", "2026-04-17"));

        var overlapping = period(council, "RECESS", 2026, 1, "2026-04-15", "2026-04-20");
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.raw()).contains("startsOn").contains("overlaps the masa sidang 2026-01-05");
        // a masa sidang is followed by its masa reses, and masa persidangan I comes before II
        var recessBeforeItsSession = period(council, "RECESS", 2026, 1, "2026-01-01", "2026-01-03");
        assertThat(recessBeforeItsSession.status()).isEqualTo(409);
        assertThat(recessBeforeItsSession.raw()).contains("sitting").contains("in this order");
        assertThat(period(council, "SESSION", 2026, 2, "2026-01-01", "2026-01-03")
                        .status())
                .isEqualTo(409);
        var twice = period(council, "SESSION", 2026, 1, "2026-05-01", "2026-05-30");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.raw()).contains("sitting");
        assertThat(list(council.admin(), "/api/v1/institutions/{id}/sitting-periods", council.id()))
                .hasSize(1);
    }

    @Test
    void aPeriodLiesWithinItsSittingYearAndATermAndEveryMissingFieldIsNamed() {
        var council = newCouncil();
        var empty = postJson(council.admin(), "/api/v1/institutions/{id}/sitting-periods", Map.of(), council.id());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("kind", "year", "sitting", "startsOn", "endsOn");
        var badKind = postJson(
                council.admin(),
                "/api/v1/institutions/{id}/sitting-periods",
                Map.of("kind", "HOLIDAY", "year", 2026, "sitting", 1, "startsOn", "2026-01-05", "endsOn", "2026-02-01"),
                council.id());
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.raw()).contains("kind");

        assertThat(api.send(Api.as(
                                council.officer(),
                                get("/api/v1/institutions/{id}/sitting-periods?year=abc", council.id())))
                        .status())
                .isEqualTo(400);
        var withoutTerm = period(council, "RECESS", 2026, 1, "2026-04-20", "2026-04-25");
        assertThat(withoutTerm.status()).isEqualTo(422);
        assertThat(withoutTerm.errorFields()).containsExactly("startsOn");

        created(term(council, "2024-08-20", "2029-08-19"));
        var acrossYears = period(council, "RECESS", 2026, 3, "2026-12-28", "2027-01-02");
        assertThat(acrossYears.status()).isEqualTo(400);
        assertThat(acrossYears.raw()).contains("within its sitting year 2026");
        var backwards = period(council, "RECESS", 2026, 1, "2026-04-25", "2026-04-20");
        assertThat(backwards.errorFields()).containsExactly("endsOn");
        var fourth = period(council, "RECESS", 2026, 4, "2026-04-20", "2026-04-25");
        assertThat(fourth.errorFields()).containsExactly("sitting");
        var afterTerm = period(council, "SESSION", 2029, 3, "2029-09-01", "2029-12-10");
        assertThat(afterTerm.status()).isEqualTo(422);
    }

    @Test
    void noRecessIsHeldInTheLastMasaPersidanganOfTheTerm() {
        var council = newCouncil();
        created(term(council, "2024-08-20", "2029-08-19"));
        created(period(council, "SESSION", 2029, 1, "2029-01-08", "2029-04-13"));
        // a masa sidang of the term follows this recess: allowed
        var followingSession = created(period(council, "SESSION", 2029, 2, "2029-05-07", "2029-08-10"));
        created(period(council, "RECESS", 2029, 1, "2029-04-23", "2029-04-28"));

        var last = period(council, "RECESS", 2029, 2, "2029-08-13", "2029-08-18");
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.raw())
                .contains("startsOn")
                .contains("no recess in the last masa persidangan of the term ending 2029-08-19");
        assertThat(list(council.admin(), "/api/v1/institutions/{id}/sitting-periods?year=2029", council.id()))
                .extracting(p -> p.get("kind"))
                .containsExactly("SESSION", "RECESS", "SESSION");

        // the masa sidang that makes the April recess allowed cannot be removed from under it
        var removal = api.send(Api.as(
                council.admin(),
                delete("/api/v1/institutions/{id}/sitting-periods/{p}", council.id(), followingSession)));
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.raw()).contains("periodId").contains("needs this masa sidang");
    }

    @Test
    void termsDoNotOverlapAndLastAtMostFiveYears() {
        var council = newCouncil();
        created(term(council, "2019-08-20", "2024-08-19"));
        assertThat(term(council, "2024-08-20", "2030-08-19").errorFields()).containsExactly("endsOn");
        assertThat(term(council, "2024-08-20", "2024-08-20").errorFields()).containsExactly("endsOn");
        // dates no council has (and the database could not keep) are refused, not failed on
        assertThat(term(council, "2500-08-20", "2501-08-19").errorFields()).containsExactly("startsOn");
        var overlapping = term(council, "2024-08-01", "2029-07-31");
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.raw()).contains("startsOn");
        created(term(council, "2024-08-20", "2029-08-19"));
    }

    @Test
    void membersAreListedPerFactionAndPerDapilAndADistrictBelongsToOneDapil() {
        var council = newCouncil();
        var dapil1 = dapil(council, 1, "Uji 1", "Kecamatan Barat", "Kecamatan Utara");
        var dapil2 = dapil(council, 2, "Uji 2", "Kecamatan Timur");
        var taken = postJson(
                council.admin(),
                "/api/v1/institutions/{id}/dapils",
                Map.of("number", 3, "name", "Uji 3", "districts", List.of("Kecamatan Selatan", "kecamatan barat")),
                council.id());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.raw()).contains("districts").contains("belongs to Uji 1");
        assertThat(postJson(
                                council.admin(),
                                "/api/v1/institutions/{id}/dapils",
                                Map.of("number", 1, "name", "Lagi", "districts", List.of("Kecamatan Lain")),
                                council.id())
                        .status())
                .isEqualTo(409);

        created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members",
                member("H. Ahmad Fauzi", council.factionA(), dapil1, "2024-08-20", null),
                council.id()));
        created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members",
                member("Dewi Anggraini, S.E.", council.factionB(), dapil1, "2024-08-20", null),
                council.id()));
        var moved = created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members",
                member("Bambang Wijaya", council.factionA(), dapil1, "2024-08-20", null),
                council.id()));
        var changed = putJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members/{m}",
                member("Bambang Wijaya, S.T.", council.factionA(), dapil2, "2024-08-20", null),
                council.id(),
                moved);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat((String) changed.get("dapilName")).isEqualTo("Uji 2");

        assertThat(list(
                        council.officer(),
                        "/api/v1/institutions/{id}/council-members?faction={f}",
                        council.id(),
                        council.factionA()))
                .extracting(m -> m.get("name"))
                .containsExactly("Bambang Wijaya, S.T.", "H. Ahmad Fauzi");
        assertThat(list(council.officer(), "/api/v1/institutions/{id}/council-members?dapil={d}", council.id(), dapil1))
                .extracting(m -> m.get("name") + " (" + m.get("factionName") + ")")
                .containsExactly("Dewi Anggraini, S.E. (Fraksi Amanat Rakyat)", "H. Ahmad Fauzi (Fraksi Karya Bangsa)");
        var stillUsed =
                api.send(Api.as(council.admin(), delete("/api/v1/institutions/{id}/dapils/{d}", council.id(), dapil2)));
        assertThat(stillUsed.status()).isEqualTo(409);
        assertThat(stillUsed.raw()).contains("dapilId");
    }

    @Test
    void aMemberNeedsAFactionUnitADapilAndAnAccountOfTheInstitution() {
        var council = newCouncil();
        var dapil = dapil(council, 1, "Uji 1", "Kecamatan Barat");
        var division = institutions.addUnit(council.id(), "bagian-umum", "Bagian Umum", UnitType.DIVISION);
        var otherAccount = staff.findByUsername("kebumen.admin").orElseThrow().id();
        var wrong = member(" ", division.id(), UUID.randomUUID().toString(), "2024-08-20", "2024-01-01");
        wrong.put("staffAccountId", otherAccount);
        var refused = postJson(council.admin(), "/api/v1/institutions/{id}/council-members", wrong, council.id());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields())
                .containsExactlyInAnyOrder("name", "factionId", "dapilId", "activeTo", "staffAccountId");

        var farOff = postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members",
                member("Siti Rahmawati", council.factionA(), dapil, "9999-08-20", null),
                council.id());
        assertThat(farOff.errorFields()).containsExactly("activeFrom");
        var own = staff.findByUsername(council.officer()).orElseThrow().id();
        var signsIn = member("Siti Rahmawati", council.factionA(), dapil, "2024-08-20", null);
        signsIn.put("staffAccountId", own);
        created(postJson(council.admin(), "/api/v1/institutions/{id}/council-members", signsIn, council.id()));
        var second = member("Orang Lain", council.factionA(), dapil, "2024-08-20", null);
        second.put("staffAccountId", own);
        var twice = postJson(council.admin(), "/api/v1/institutions/{id}/council-members", second, council.id());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.raw()).contains("staffAccountId");
        assertThat(list(council.admin(), "/api/v1/institutions/{id}/council-members", council.id()))
                .hasSize(1);
    }

    @Test
    void severalCompanionsAccompanyAMemberInARecessWhileTheMemberIsInOffice() {
        var council = newCouncil();
        created(term(council, "2024-08-20", "2029-08-19"));
        var recess = created(period(council, "RECESS", 2026, 1, "2026-04-20", "2026-04-25"));
        var session = created(period(council, "SESSION", 2026, 1, "2026-01-05", "2026-04-17"));
        var dapil = dapil(council, 1, "Uji 1", "Kecamatan Barat");
        var member = created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members",
                member("H. Ahmad Fauzi", council.factionA(), dapil, "2024-08-20", null),
                council.id()));
        var former = created(postJson(
                council.admin(),
                "/api/v1/institutions/{id}/council-members",
                member("Drs. Sugeng Riyadi", council.factionB(), dapil, "2024-08-20", "2025-12-31"),
                council.id()));
        var url = "/api/v1/institutions/{id}/recesses/{r}/council-members/{m}/companions";
        var officer = staff.findByUsername(council.officer()).orElseThrow().id();

        created(postJson(council.admin(), url, Map.of("staffAccountId", officer), council.id(), recess, member));
        created(postJson(
                council.admin(),
                url,
                Map.of("name", "Rina Kartika", "phone", "0812 2750 1188"),
                council.id(),
                recess,
                member));
        var twice = postJson(council.admin(), url, Map.of("staffAccountId", officer), council.id(), recess, member);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.raw()).contains("staffAccountId");
        var noPhone = postJson(council.admin(), url, Map.of("name", "Tanpa Telepon"), council.id(), recess, member);
        assertThat(noPhone.errorFields()).containsExactly("phone");
        var nobody = postJson(council.admin(), url, Map.of(), council.id(), recess, member);
        assertThat(nobody.errorFields()).containsExactlyInAnyOrder("name", "phone");
        var outOfOffice = postJson(
                council.admin(),
                url,
                Map.of("name", "Rina Kartika", "phone", "081227501188"),
                council.id(),
                recess,
                former);
        assertThat(outOfOffice.status()).isEqualTo(422);
        assertThat(outOfOffice.errorFields()).containsExactly("memberId");
        assertThat(postJson(
                                council.admin(),
                                url,
                                Map.of("name", "Rina Kartika", "phone", "081227501188"),
                                council.id(),
                                session,
                                member)
                        .status())
                .isEqualTo(404);

        var companions =
                list(council.officer(), "/api/v1/institutions/{id}/recesses/{r}/companions", council.id(), recess);
        assertThat(companions)
                .extracting(c -> c.get("memberName") + ": " + c.get("name"))
                .containsExactly("H. Ahmad Fauzi: Rina Kartika", "H. Ahmad Fauzi: Staf Uji");
    }

    @Test
    void onlyTheInstitutionsAdministratorEditsItsStaffReadAndOtherInstitutionsSeeNothing() {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        var dapil = Map.of("number", 77, "name", "Uji Peran", "districts", List.of("Kecamatan Peran"));
        assertThat(postJson("kebumen.petugas", "/api/v1/institutions/{id}/dapils", dapil, kebumen)
                        .status())
                .isEqualTo(403);
        assertThat(postJson("kebumen.auditor", "/api/v1/institutions/{id}/council-terms", Map.of(), kebumen)
                        .status())
                .isEqualTo(403);
        assertThat(postJson("pekalongan.admin", "/api/v1/institutions/{id}/dapils", dapil, kebumen)
                        .status())
                .isEqualTo(404);
        assertThat(api.send(Api.as("pekalongan.admin", get("/api/v1/institutions/{id}/council-members", kebumen)))
                        .status())
                .isEqualTo(404);
        var added = postJson("kebumen.admin", "/api/v1/institutions/{id}/dapils", dapil, kebumen);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(list("kebumen.petugas", "/api/v1/institutions/{id}/dapils", kebumen))
                .extracting(d -> d.get("name"))
                .contains("Uji Peran");
        assertThat(api.send(Api.as("kebumen.admin", delete("/api/v1/institutions/{id}/dapils/{d}", kebumen, (String)
                                added.get("id"))))
                        .status())
                .isEqualTo(204);
        // a government office has no council
        var demak = institutions.all().stream()
                .filter(i -> i.kind() == InstitutionKind.GOVERNMENT_OFFICE)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(api.send(Api.as("sysadmin", get("/api/v1/institutions/{id}/sitting-periods", demak)))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDemoCouncilsHaveThisYearsThreeSittingsDapilsMembersAndCompanions() {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow();
        int year = java.time.LocalDate.now(kebumen.zone()).getYear();
        var periods = list("kebumen.petugas", "/api/v1/institutions/{id}/sitting-periods?year=" + year, kebumen.id());
        assertThat(periods)
                .extracting(p -> p.get("kind") + " " + p.get("sitting"))
                .containsExactly("SESSION 1", "RECESS 1", "SESSION 2", "RECESS 2", "SESSION 3", "RECESS 3");
        assertThat(list("kebumen.petugas", "/api/v1/institutions/{id}/dapils", kebumen.id()))
                .extracting(d -> d.get("name"))
                .contains("Kebumen 1", "Kebumen 2", "Kebumen 3");
        var members = list("kebumen.petugas", "/api/v1/institutions/{id}/council-members", kebumen.id());
        assertThat(members.stream().map(m -> m.get("factionName")).distinct()).hasSize(3);
        var recess = (String) periods.get(1).get("id");
        // each of the six demo members has their named companion and the secretariat's officer (other tests may add
        // members of their own)
        var companions =
                list("kebumen.petugas", "/api/v1/institutions/{id}/recesses/{r}/companions", kebumen.id(), recess);
        assertThat(companions.stream().map(c -> c.get("memberId")).distinct().count())
                .isGreaterThanOrEqualTo(6);
        assertThat(companions).hasSizeGreaterThanOrEqualTo(12);

        var pekalongan =
                institutions.findByCode("setwan-pekalongan").orElseThrow().id();
        assertThat(list("pekalongan.staf", "/api/v1/institutions/{id}/dapils", pekalongan))
                .flatMap(d -> ((List<?>) d.get("districts"))
                        .stream().map(Object::toString).toList())
                .contains("Pekalongan Barat", "Pekalongan Timur", "Pekalongan Utara", "Pekalongan Selatan");
    }
}
