package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.calendar.HolidayType;
import id.suara.calendar.InstitutionCalendars;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** New council secretariats with a recess, members and companions, for the facilitation tests. */
@Component
class FacilitationCouncils {

    private final Api api;
    private final Institutions institutions;
    private final StaffAccounts staff;
    private final InstitutionCalendars calendars;

    FacilitationCouncils(Api api, Institutions institutions, StaffAccounts staff, InstitutionCalendars calendars) {
        this.api = api;
        this.institutions = institutions;
        this.staff = staff;
        this.calendars = calendars;
    }

    /**
     * A council secretariat with the recess of masa persidangan II 2026 (17–22 August; the 17th is Independence Day),
     * its own holiday on 5 August, members A and C in office and B who left in June, and three companions: a staff
     * account and a named person for A, a named person for C.
     */
    record Council(
            UUID id,
            String code,
            String admin,
            String officer,
            String head,
            String auditor,
            String companion,
            UUID companionAccount,
            UUID recess,
            Map<String, String> members) {

        String url() {
            return "/api/v1/institutions/" + id + "/recesses/" + recess + "/facilitation";
        }
    }

    Council newCouncil() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "fas-" + suffix,
                "Sekretariat DPRD Kota Uji Fasilitasi",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/{kind}/FAS/{year}");
        var faction = institutions.addUnit(institution.id(), "fraksi-a", "Fraksi Karya Bangsa", UnitType.FACTION);
        institutions.addUnit(
                institution.id(), "bagian-fpp", "Bagian Fasilitasi Penganggaran dan Pengawasan", UnitType.DIVISION);
        account(institution.id(), "admin-" + suffix, Role.INSTITUTION_ADMIN);
        account(institution.id(), "staf-" + suffix, Role.OFFICER);
        account(institution.id(), "kabag-" + suffix, Role.DIVISION_HEAD);
        account(institution.id(), "auditor-" + suffix, Role.AUDITOR);
        var companionAccount = account(institution.id(), "pendamping-" + suffix, Role.PUBLIC_RELATIONS);
        calendars.addHoliday(
                institution.id(),
                LocalDate.of(2026, 8, 5),
                HolidayType.REGIONAL_HOLIDAY,
                "Hari Jadi Kota Uji",
                "Town anniversary",
                "Keputusan Wali Kota Uji");
        var admin = "admin-" + suffix;
        created(postJson(
                admin,
                "/api/v1/institutions/{id}/council-terms",
                Map.of("startsOn", "2024-08-20", "endsOn", "2029-08-19"),
                institution.id()));
        created(period(admin, institution.id(), "SESSION", "2026-05-04", "2026-08-14"));
        var recess = UUID.fromString(created(period(admin, institution.id(), "RECESS", "2026-08-17", "2026-08-22")));
        var dapil = created(postJson(
                admin,
                "/api/v1/institutions/{id}/dapils",
                Map.of("number", 1, "name", "Dapil 1", "districts", List.of("Barat", "Timur")),
                institution.id()));
        var members = new LinkedHashMap<String, String>();
        for (var name : List.of("Anggota A", "Anggota B", "Anggota C")) {
            var member = new HashMap<String, Object>();
            member.put("name", name);
            member.put("factionId", faction.id());
            member.put("dapilId", dapil);
            member.put("activeFrom", "2024-08-20");
            member.put("activeTo", name.equals("Anggota B") ? "2026-06-30" : null);
            members.put(
                    name,
                    created(postJson(admin, "/api/v1/institutions/{id}/council-members", member, institution.id())));
        }
        var companions = "/api/v1/institutions/{id}/recesses/{r}/council-members/{m}/companions";
        for (var companion : List.of(
                Map.entry("Anggota A", Map.<String, Object>of("staffAccountId", companionAccount)),
                Map.entry("Anggota A", Map.<String, Object>of("name", "Siti Pendamping", "phone", "0812 1111 2222")),
                Map.entry("Anggota C", Map.<String, Object>of("name", "Budi Pendamping", "phone", "0812 3333 4444")))) {
            created(postJson(
                    admin,
                    companions,
                    companion.getValue(),
                    institution.id(),
                    recess,
                    members.get(companion.getKey())));
        }
        return new Council(
                institution.id(),
                institution.code(),
                admin,
                "staf-" + suffix,
                "kabag-" + suffix,
                "auditor-" + suffix,
                "pendamping-" + suffix,
                companionAccount,
                recess,
                members);
    }

    private UUID account(UUID institution, String username, Role role) {
        return staff.create(institution, username, username, Api.DEMO_PASSWORD, Set.of(new RoleGrant(role, null)))
                .id();
    }

    private Response period(String admin, UUID institution, String kind, String from, String to) {
        return postJson(
                admin,
                "/api/v1/institutions/{id}/sitting-periods",
                Map.of("kind", kind, "year", 2026, "sitting", 2, "startsOn", from, "endsOn", to),
                institution);
    }

    Response postJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    static String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("id");
    }
}
