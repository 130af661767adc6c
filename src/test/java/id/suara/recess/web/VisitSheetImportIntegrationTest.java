package id.suara.recess.web;

import static id.suara.recess.Workbooks.fill;
import static id.suara.recess.Workbooks.row;
import static id.suara.recess.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.recess.SheetCode;
import id.suara.recess.SheetKind;
import id.suara.recess.VisitWorkbook;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A visit's sheets through the API and the back-office page: the XLSX downloaded, filled and imported twice — the second
 * time creating nothing — and refusals that store nothing (ADR 0033). Runs once the visits service (RecessVisits, the
 * VisitEntries of issue 10) is merged: each test sets up its own member, companion and visit with plain SQL and the API.
 */
@SuaraIntegrationTest
class VisitSheetImportIntegrationTest {

    static final int LINE_1 = 11;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    UUID kebumen;
    UUID recessId;
    UUID visitId;
    String member;
    String companion;
    String bystander;
    String visitUrl;

    /** A new member of dapil Kebumen 1 with their own account, a companion account for a recess, and a visit. */
    @BeforeEach
    void aVisitOfANewMember() {
        kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        member = "anggota-" + suffix;
        companion = "pendamping-" + suffix;
        bystander = "umum-" + suffix;
        var memberAccount = staff.create(
                        kebumen,
                        member,
                        "Anggota Uji",
                        Api.DEMO_PASSWORD,
                        Set.of(new RoleGrant(Role.PUBLIC_RELATIONS, null)))
                .id();
        var companionAccount = staff.create(
                        kebumen,
                        companion,
                        "Pendamping Uji",
                        Api.DEMO_PASSWORD,
                        Set.of(new RoleGrant(Role.GENERAL_AFFAIRS, null)))
                .id();
        staff.create(
                kebumen,
                bystander,
                "Staf Umum Uji",
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.GENERAL_AFFAIRS, null)));
        recessId = jdbc.sql("""
                        select id from sitting_period where institution_id = ? and kind = 'RECESS'
                        order by starts_on desc limit 1""").param(kebumen).query(UUID.class).single();
        var dapil = jdbc.sql("select id from dapil where institution_id = ? and number = 1")
                .param(kebumen)
                .query(UUID.class)
                .single();
        var oath = jdbc.sql("select max(starts_on) from council_term where institution_id = ?")
                .param(kebumen)
                .query(LocalDate.class)
                .single();
        var newMember = new LinkedHashMap<String, Object>();
        newMember.put("name", "Anggota Uji Lembar " + suffix);
        newMember.put("factionId", api.unit("dprd-kebumen", "fraksi-karya-nusantara"));
        newMember.put("dapilId", dapil);
        newMember.put("activeFrom", oath.toString());
        newMember.put("staffAccountId", memberAccount);
        var added = api.send(Api.as(
                "kebumen.admin",
                post("/api/v1/institutions/{id}/council-members", kebumen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(newMember))));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        var memberId = UUID.fromString(added.get("id"));
        var assigned = api.send(Api.as(
                "kebumen.admin",
                post(
                                "/api/v1/institutions/{id}/recesses/{r}/council-members/{m}/companions",
                                kebumen,
                                recessId,
                                memberId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("staffAccountId", companionAccount)))));
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(201);
        var recessStart = jdbc.sql("select starts_on from sitting_period where id = ?")
                .param(recessId)
                .query(LocalDate.class)
                .single();
        visitId = UUID.randomUUID();
        jdbc.sql("""
                insert into recess_visit (id, institution_id, recess_id, member_id, starts_at, place, district, village)
                values (?, ?, ?, ?, ?, 'Balai Desa Kedungwinangun', 'Sruweng', 'Kedungwinangun')""")
                .params(
                        visitId,
                        kebumen,
                        recessId,
                        memberId,
                        OffsetDateTime.of(recessStart.atTime(9, 0), ZoneOffset.ofHours(7)))
                .update();
        visitUrl = "/api/v1/institutions/" + kebumen + "/recesses/" + recessId + "/visits/" + visitId;
    }

    private byte[] download(String user, String path) {
        return api.bytes(user, visitUrl + path);
    }

    private Response upload(String user, String path, byte[] file) {
        return api.send(Api.as(
                user,
                multipart(visitUrl + path)
                        .file(new MockMultipartFile(
                                "file", "lembar.xlsx", VisitSheetsController.XLSX.toString(), file))));
    }

    private int aspirations() {
        return jdbc.sql("select count(*) from recess_aspiration where visit_id = ?")
                .param(visitId)
                .query(Integer.class)
                .single();
    }

    private int attendees() {
        return jdbc.sql("select count(*) from recess_visit_attendee where visit_id = ?")
                .param(visitId)
                .query(Integer.class)
                .single();
    }

    private static Map<String, Object> twoAspirations() {
        return rows(
                row(
                        LINE_1,
                        1,
                        "Sutrisno",
                        "Kelompok Tani Makmur",
                        "Kedungwinangun",
                        "Sruweng",
                        "Perbaikan saluran irigasi Dusun Krajan",
                        "Saluran tersier jebol; 40 ha sawah kering.",
                        "Infrastruktur",
                        "Sangat segera",
                        300,
                        "m",
                        150_000_000),
                row(
                        LINE_1 + 2,
                        3,
                        null,
                        "SD Negeri 2 Pejagoan",
                        null,
                        "Pejagoan",
                        "Rehabilitasi dua ruang kelas",
                        "Atap dua kelas bocor.",
                        "Pendidikan"));
    }

    @Test
    void aFilledAspirationSheetImportedTwiceCreatesItsLinesOnce() {
        var template = download("kebumen.petugas", "/sheets/aspirations.xlsx?sheet=2&lines=20");
        var code = SheetCode.of(visitId, SheetKind.ASPIRATIONS, 2).toString();
        var filled = fill(template, twoAspirations());

        var first = upload(companion, "/imports/aspirations", filled);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat((Object) first.get("sheet")).isEqualTo(code);
        assertThat((Object) first.get("created")).isEqualTo(2);
        assertThat((Object) first.get("alreadyEntered")).isEqualTo(0);
        assertThat((Object) first.get("total")).isEqualTo(2);

        var again = upload(companion, "/imports/aspirations", filled);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat((Object) again.get("created")).isEqualTo(0);
        assertThat((Object) again.get("alreadyEntered")).isEqualTo(2);

        var stored = jdbc.sql("""
                        select source_sheet, source_line, person_name, group_name, district, village, summary, category,
                               urgency, volume, volume_unit, estimated_cost
                        from recess_aspiration where visit_id = ? order by source_line""").param(visitId).query().listOfRows();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0))
                .containsEntry("source_sheet", code)
                .containsEntry("source_line", 1)
                .containsEntry("person_name", "Sutrisno")
                .containsEntry("district", "Sruweng")
                .containsEntry("category", "INFRASTRUCTURE")
                .containsEntry("urgency", "SANGAT_SEGERA")
                .containsEntry("volume_unit", "m");
        assertThat(stored.get(1))
                .containsEntry("source_line", 3)
                .containsEntry("group_name", "SD Negeri 2 Pejagoan")
                .containsEntry("district", "Pejagoan")
                .containsEntry("category", "EDUCATION")
                .containsEntry("urgency", "BIASA");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'recess.visit.sheetImported'
                        and subject_id = ?""").param(visitId.toString()).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void anAttendanceListAndAGuestListImportedTwiceCreateTheirPeopleOnce() {
        var attendance = fill(
                download("kebumen.petugas", "/sheets/attendance.xlsx"),
                rows(row(LINE_1, 1, "Sumarni", "PKK Desa", "RT 02"), row(LINE_1 + 1, 2, "Darto")));
        var guests = fill(
                download("kebumen.petugas", "/sheets/guests.xlsx"),
                row(LINE_1, 1, "Kepala Desa Kedungwinangun", "Pemerintah Desa"));
        assertThat((Object) upload(member, "/imports/attendance", attendance).get("created"))
                .isEqualTo(2);
        assertThat((Object) upload(member, "/imports/attendance", guests).get("created"))
                .isEqualTo(1);
        var again = upload(member, "/imports/attendance", attendance);
        assertThat((Object) again.get("created")).isEqualTo(0);
        assertThat((Object) again.get("alreadyEntered")).isEqualTo(2);
        assertThat(attendees()).isEqualTo(3);
        var guest = jdbc.sql(
                        "select invited, attended, source_sheet from recess_visit_attendee where visit_id = ? and source_sheet like 'TAM-%'")
                .param(visitId)
                .query()
                .singleRow();
        assertThat(guest).containsEntry("invited", true).containsEntry("attended", true);
    }

    @Test
    void aSheetWithAnInvalidLineIsRefusedWholeNamingTheLineAndColumn() {
        var typed = twoAspirations();
        typed.putAll(row(LINE_1 + 3, 4, "Warsini", null, null, null, "Jalan desa berlubang", "Rusak 1 km.", "Jalan"));
        var refused = upload(
                "kebumen.petugas",
                "/imports/aspirations",
                fill(download("kebumen.petugas", "/sheets/aspirations.xlsx"), typed));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields()).containsOnly("file");
        assertThat((Object) refused.get("problems.0.line")).isEqualTo(4);
        assertThat((Object) refused.get("problems.0.row")).isEqualTo(LINE_1 + 3);
        assertThat((Object) refused.get("problems.0.column")).isEqualTo("Kategori");
        assertThat(aspirations()).as("nothing half-stored").isZero();
    }

    @Test
    void aFileThatIsNotThisVisitsSheetIsRefusedWithAProblemNamingTheFile() {
        var notXlsx =
                upload("kebumen.petugas", "/imports/aspirations", "Nama;Kategori\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.errorFields()).containsExactly("file");
        assertThat((Object) notXlsx.get("reason")).isEqualTo("notXlsx");

        var attendance = download("kebumen.petugas", "/sheets/attendance.xlsx");
        var wrongKind = upload("kebumen.petugas", "/imports/aspirations", attendance);
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat((Object) wrongKind.get("reason")).isEqualTo("wrongKind");

        var otherVisit = fill(
                download("kebumen.petugas", "/sheets/aspirations.xlsx"),
                Map.of("B3", UUID.randomUUID().toString()));
        assertThat((Object) upload("kebumen.petugas", "/imports/aspirations", otherVisit)
                        .get("reason"))
                .isEqualTo("otherVisit");

        var tooLarge = upload("kebumen.petugas", "/imports/aspirations", new byte[(int) VisitWorkbook.MAX_BYTES + 1]);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.errorFields()).containsExactly("file");

        var noFile = api.send(Api.as("kebumen.petugas", multipart(visitUrl + "/imports/aspirations")));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.errorFields()).containsExactly("file");
        assertThat(aspirations()).isZero();
    }

    @Test
    void staffOfTheSecretariatDownloadAndOnlyTheImportersImportOthersDoNotFindTheVisit() {
        var template = download(bystander, "/sheets/aspirations.xlsx");
        assertThat(api.send(Api.as("kebumen.auditor", get(visitUrl + "/sheets/aspirations.pdf")))
                        .status())
                .isEqualTo(200);
        var filled = fill(template, twoAspirations());
        assertThat(upload(bystander, "/imports/aspirations", filled).status())
                .as("staff neither importing by role nor the member's companion")
                .isEqualTo(403);
        assertThat(upload("pekalongan.admin", "/imports/aspirations", filled).status())
                .isEqualTo(404);
        assertThat(api.send(Api.as("pekalongan.staf", get(visitUrl + "/sheets/aspirations.xlsx")))
                        .status())
                .isEqualTo(404);
        assertThat(api.send(Api.as("kukar.kadis", get(visitUrl + "/sheets/attendance.pdf")))
                        .status())
                .isEqualTo(404);
        var otherRecess = "/api/v1/institutions/" + kebumen + "/recesses/" + UUID.randomUUID() + "/visits/" + visitId;
        assertThat(api.send(Api.as("kebumen.petugas", get(otherRecess + "/sheets/aspirations.pdf")))
                        .status())
                .isEqualTo(404);
        assertThat(aspirations()).isZero();
        for (var importer : List.of("kebumen.admin", "kebumen.sekwan")) {
            assertThat(upload(importer, "/imports/aspirations", filled).status())
                    .as(importer)
                    .isEqualTo(200);
        }
        assertThat(aspirations()).isEqualTo(2);
    }

    @Test
    void thePdfsAreServedWithTheirCodeInTheirName() {
        var pdf = api.send(Api.as("kebumen.petugas", get(visitUrl + "/sheets/aspirations.pdf?first=2&sheets=2")));
        assertThat(pdf.status()).as(pdf.raw()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .contains("lembar-aspirasi-" + SheetCode.of(visitId, SheetKind.ASPIRATIONS, 2));
        var outOfRange =
                api.send(Api.as("kebumen.petugas", get(visitUrl + "/sheets/aspirations.pdf?first=99&sheets=2")));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.errorFields()).containsExactly("sheets");
    }

    @Test
    void theBackOfficePageOffersTheSheetsAndShowsAnImportsResultOrItsProblemsInTheReadersLanguage() throws Exception {
        var browser = new OfficeBrowser(mvc);
        var session = browser.signIn(companion);
        var page = "/kantor/admin/instansi/" + kebumen + "/reses/kunjungan/" + visitId + "/lembar";
        var shown = browser.open(session, page).getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString(StandardCharsets.UTF_8))
                .contains(SheetCode.of(visitId, SheetKind.ASPIRATIONS, 1).toString())
                .contains("impor-aspirasi");
        var bystanders = browser.open(browser.signIn(bystander), page).getResponse();
        assertThat(bystanders.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("impor-aspirasi");

        var outOfRange = browser.open(session, page + "/cetak?berkas=aspirasi&pertama=99&jumlah=2")
                .getResponse();
        assertThat(outOfRange.getStatus()).isEqualTo(303);
        assertThat(outOfRange.getRedirectedUrl()).endsWith(page + "?salah=angka");
        var pdf = browser.open(session, page + "/cetak?berkas=daftar-tamu&pertama=3")
                .getResponse();
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition"))
                .contains("daftar-tamu-undangan-" + SheetCode.of(visitId, SheetKind.GUESTS, 3));

        var template = browser.open(session, page + "/xlsx?berkas=aspirasi&lembar=1&baris=10")
                .getResponse()
                .getContentAsByteArray();
        var typed = twoAspirations();
        typed.putAll(row(LINE_1 + 3, 4, "Warsini", null, null, null, "Jalan desa berlubang", "Rusak 1 km.", "Jalan"));
        var refused = mvc.perform(multipart(page + "/impor-aspirasi")
                        .file(new MockMultipartFile("file", "lembar.xlsx", null, fill(template, typed)))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("baris 4")
                .contains("kolom Kategori")
                .contains("Jalan");
        assertThat(aspirations()).isZero();

        var imported = mvc.perform(multipart(page + "/impor-aspirasi")
                        .file(new MockMultipartFile("file", "lembar.xlsx", null, fill(template, twoAspirations())))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(imported.getStatus()).isEqualTo(200);
        assertThat(imported.getContentAsString(StandardCharsets.UTF_8)).contains("2 baris baru");
        assertThat(aspirations()).isEqualTo(2);
    }
}
