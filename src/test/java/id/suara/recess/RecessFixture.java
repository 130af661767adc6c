package id.suara.recess;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.Intake;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.SubmissionKind;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recess visits, attendees, photos and aspirations written with plain SQL, as the visit entry service (RecessVisits,
 * built elsewhere) will write them; each aspiration's case is registered through the real intake, so its case id and
 * tracking number are real. Replace with the service once it is merged.
 */
public class RecessFixture {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final StaffAccounts staff;
    private final SopVersions sops;
    private final Intake intake;

    public RecessFixture(
            JdbcClient jdbc, Institutions institutions, StaffAccounts staff, SopVersions sops, Intake intake) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.staff = staff;
        this.sops = sops;
        this.intake = intake;
    }

    /**
     * A council secretariat with two factions, two dapils, two government offices (roads, health), its administrator,
     * an officer, a general-affairs clerk (reads, changes nothing) and a term from 2024 to 2029.
     */
    public record Council(
            Institution institution,
            String admin,
            String officer,
            UUID officerId,
            String clerk,
            UUID factionA,
            UUID factionB,
            UUID dapil1,
            UUID dapil2,
            UUID roads,
            UUID health) {

        public UUID id() {
            return institution.id();
        }
    }

    public Council council() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "pokir-" + suffix,
                "Sekretariat DPRD Kabupaten Uji Pokir",
                InstitutionKind.COUNCIL_SECRETARIAT,
                WIB,
                "{seq:3}/POK/{year}");
        sops.installPreset(institution.id(), "kebumen-written");
        var a = institutions.addUnit(institution.id(), "fraksi-a", "Fraksi Karya Bangsa", UnitType.FACTION);
        var b = institutions.addUnit(institution.id(), "fraksi-b", "Fraksi Amanat Rakyat", UnitType.FACTION);
        var roads = institutions.addUnit(
                institution.id(), "dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", UnitType.GOVERNMENT_OFFICE);
        var health = institutions.addUnit(institution.id(), "dinkes", "Dinas Kesehatan", UnitType.GOVERNMENT_OFFICE);
        staff.create(
                institution.id(),
                "admin-" + suffix,
                "Admin Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        var officer = staff.create(
                institution.id(),
                "staf-" + suffix,
                "Staf Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.OFFICER, null)));
        staff.create(
                institution.id(),
                "umum-" + suffix,
                "Staf Umum Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.GENERAL_AFFAIRS, null)));
        jdbc.sql("insert into council_term (id, institution_id, starts_on, ends_on) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), institution.id(), LocalDate.of(2024, 8, 20), LocalDate.of(2029, 8, 19))
                .update();
        var dapil1 = dapil(institution.id(), 1, "Dapil 1", "Sidomulyo", "Karanganyar");
        var dapil2 = dapil(institution.id(), 2, "Dapil 2", "Pejagoan");
        return new Council(
                institution,
                "admin-" + suffix,
                "staf-" + suffix,
                officer.id(),
                "umum-" + suffix,
                a.id(),
                b.id(),
                dapil1,
                dapil2,
                roads.id(),
                health.id());
    }

    private UUID dapil(UUID institutionId, int number, String name, String... districts) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into dapil (id, institution_id, number, name) values (?, ?, ?, ?)")
                .params(id, institutionId, number, name)
                .update();
        for (int i = 0; i < districts.length; i++) {
            jdbc.sql("insert into dapil_district (dapil_id, institution_id, position, name) values (?, ?, ?, ?)")
                    .params(id, institutionId, i, districts[i])
                    .update();
        }
        return id;
    }

    public UUID recess(Council council, int year, int sitting, LocalDate from, LocalDate to) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into sitting_period (id, institution_id, kind, year, sitting, starts_on, ends_on)"
                        + " values (?, ?, 'RECESS', ?, ?, ?, ?)")
                .params(id, council.id(), year, sitting, from, to)
                .update();
        return id;
    }

    public UUID member(Council council, String name, UUID faction, UUID dapil, LocalDate from, LocalDate to) {
        return member(council, name, faction, dapil, from, to, null);
    }

    public UUID member(
            Council council, String name, UUID faction, UUID dapil, LocalDate from, LocalDate to, UUID account) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into council_member (id, institution_id, name, faction_unit_id, dapil_id, active_from,
                            active_to, staff_account_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, council.id(), name, faction, dapil, from, to, account)
                .update();
        return id;
    }

    /** A staff account for a member to sign in with (no role but reading). */
    public UUID memberAccount(Council council, String username) {
        return staff.create(
                        council.id(),
                        username,
                        username,
                        Api.DEMO_PASSWORD,
                        Set.of(new RoleGrant(Role.LEADERSHIP, null)))
                .id();
    }

    public UUID visit(
            Council council,
            UUID recess,
            UUID member,
            OffsetDateTime startsAt,
            String place,
            String district,
            String village,
            String status) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into recess_visit (id, institution_id, recess_id, member_id, starts_at, ends_at, place,
                            district, village, expected_participants, status, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, ?)""")
                .params(
                        id,
                        council.id(),
                        recess,
                        member,
                        Timestamp.from(startsAt.toInstant()),
                        Timestamp.from(startsAt.plusHours(3).toInstant()),
                        place,
                        district,
                        village,
                        status,
                        council.officerId())
                .update();
        return id;
    }

    public void attendee(UUID visit, String name, String organisation, boolean invited, boolean attended) {
        jdbc.sql("insert into recess_visit_attendee (id, visit_id, name, organisation, invited, attended)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), visit, name, organisation, invited, attended)
                .update();
    }

    public void photo(UUID visit, String caption) {
        jdbc.sql("""
                        insert into recess_visit_photo (id, visit_id, file_name, media_type, size_bytes, sha256,
                            storage_key, caption, uploaded_at)
                        values (?, ?, 'foto.jpg', 'image/jpeg', 1000, ?, ?, ?, now())""")
                .params(
                        UUID.randomUUID(),
                        visit,
                        "0".repeat(64),
                        UUID.randomUUID().toString(),
                        caption)
                .update();
    }

    /** An aspiration heard at a visit, with its case registered through intake. */
    public record Aspiration(UUID id, UUID caseId, String trackingNumber, String accessCode) {}

    public record Heard(
            String person,
            String summary,
            String problem,
            String district,
            String village,
            String category,
            BigDecimal volume,
            String unit,
            BigDecimal cost,
            UUID target) {}

    public Aspiration aspiration(Council council, UUID visit, Heard heard) {
        var row = jdbc.sql("select recess_id, member_id from recess_visit where id = ?")
                .param(visit)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        var registration = intake.register(
                new RegistrationRequest(
                        council.institution().code(),
                        SubmissionKind.ASPIRATION,
                        Channel.RECESS,
                        new Complainant(ComplainantType.INDIVIDUAL, heard.person(), null, null, null, null, null),
                        false,
                        false,
                        null,
                        heard.summary(),
                        "Usulan pada reses",
                        heard.problem(),
                        null,
                        null),
                List.of(),
                council.officerId());
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into recess_aspiration (id, institution_id, visit_id, recess_id, member_id, case_id,
                            person_name, district, village, summary, problem, category, urgency, volume, volume_unit,
                            estimated_cost, target_unit_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'BIASA', ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        council.id(),
                        visit,
                        row[0],
                        row[1],
                        registration.submissionId(),
                        heard.person(),
                        heard.district(),
                        heard.village(),
                        heard.summary(),
                        heard.problem(),
                        heard.category(),
                        heard.volume(),
                        heard.unit(),
                        heard.cost(),
                        heard.target(),
                        council.officerId())
                .update();
        return new Aspiration(
                id, registration.submissionId(), registration.trackingNumber(), registration.accessCode());
    }

    /** Groups aspirations (the same need at the same place) under a title. */
    public UUID group(Council council, String title, Aspiration... aspirations) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into recess_aspiration_group (id, institution_id, title) values (?, ?, ?)")
                .params(id, council.id(), title)
                .update();
        for (var aspiration : aspirations) {
            jdbc.sql("update recess_aspiration set group_id = ? where id = ?")
                    .params(id, aspiration.id())
                    .update();
        }
        return id;
    }
}
