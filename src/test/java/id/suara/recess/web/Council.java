package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewCompanion;
import id.suara.recess.NewCouncilMember;
import id.suara.recess.NewDapil;
import id.suara.recess.NewPeriod;
import id.suara.recess.NewTerm;
import id.suara.recess.PeriodKind;
import id.suara.recess.RecessCalendar;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A council with its 2027 recess I (19–24 April), two dapils, three members (Ani and Budi of dapil 1, Citra of dapil
 * 2), the secretariat's officer, a reader, a companion of Ani and Budi's own account.
 */
record Council(
        Institution institution,
        UUID recess,
        UUID ani,
        UUID budi,
        UUID citra,
        String admin,
        String officer,
        String reader,
        String aniCompanion,
        String budiAccount,
        UUID office) {

    UUID id() {
        return institution.id();
    }

    static Council create(
            Institutions institutions,
            StaffAccounts staff,
            RecessCalendar calendar,
            CouncilMembers members,
            SopVersions sops) {
        return create(institutions, staff, calendar, members, sops, "kebumen-written");
    }

    /** A council whose procedure is the SOP preset named (which decides whether it takes recess aspirations). */
    static Council create(
            Institutions institutions,
            StaffAccounts staff,
            RecessCalendar calendar,
            CouncilMembers members,
            SopVersions sops,
            String preset) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "kv-" + suffix,
                "Sekretariat DPRD Kabupaten Uji Kunjungan",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/KV/{year}");
        institutions.addUnit(institution.id(), "komisi-a", "Komisi A", UnitType.COUNCIL_ORGAN);
        var faction = institutions.addUnit(institution.id(), "fraksi-a", "Fraksi Karya Bangsa", UnitType.FACTION);
        var office = institutions.addUnit(institution.id(), "dpupr", "Dinas PUPR", UnitType.GOVERNMENT_OFFICE);
        sops.installPreset(institution.id(), preset);
        var admin = staff.create(
                institution.id(),
                "kv-admin-" + suffix,
                "Admin Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        staff.create(
                institution.id(),
                "kv-staf-" + suffix,
                "Staf Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.OFFICER, null)));
        staff.create(
                institution.id(),
                "kv-baca-" + suffix,
                "Pembaca Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.AUDITOR, null)));
        var companion = staff.create(
                institution.id(),
                "kv-pendamping-" + suffix,
                "Pendamping Ani",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.GENERAL_AFFAIRS, null)));
        var budiAccount = staff.create(
                institution.id(),
                "kv-budi-" + suffix,
                "Budi Santoso",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.GENERAL_AFFAIRS, null)));
        calendar.addTerm(admin, institution, new NewTerm(LocalDate.of(2024, 8, 20), LocalDate.of(2029, 8, 19)));
        calendar.addPeriod(
                admin,
                institution,
                new NewPeriod(PeriodKind.SESSION, 2027, 1, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 16)));
        var recess = calendar.addPeriod(
                admin,
                institution,
                new NewPeriod(PeriodKind.RECESS, 2027, 1, LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 24)));
        var d1 = members.addDapil(
                admin, institution, new NewDapil(1, "Uji 1", List.of("Kebumen", "Sruweng", "Pejagoan")));
        var d2 = members.addDapil(admin, institution, new NewDapil(2, "Uji 2", List.of("Gombong", "Sempor")));
        var from = LocalDate.of(2024, 8, 20);
        var ani = members.addMember(
                admin, institution, new NewCouncilMember("Ani Lestari", faction.id(), d1.id(), from, null, null));
        var budi = members.addMember(
                admin,
                institution,
                new NewCouncilMember("Budi Santoso", faction.id(), d1.id(), from, null, budiAccount.id()));
        var citra = members.addMember(
                admin, institution, new NewCouncilMember("Citra Dewi", faction.id(), d2.id(), from, null, null));
        members.assignCompanion(
                admin, institution, recess.id(), ani.id(), new NewCompanion(companion.id(), null, null));
        return new Council(
                institution,
                recess.id(),
                ani.id(),
                budi.id(),
                citra.id(),
                admin.username(),
                "kv-staf-" + suffix,
                "kv-baca-" + suffix,
                companion.username(),
                budiAccount.username(),
                office.id());
    }
}
