package id.suara.recess.web;

import static id.suara.recess.Workbooks.fill;
import static id.suara.recess.Workbooks.row;
import static id.suara.recess.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.OfficeBrowser;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A whole recess of a Kebumen council, through the API and the pages as its secretariat, companions and the public
 * use them (issue 10): the calendar; three members of two factions in two dapils; the facilitation checklist of seed
 * 004 run to completion within its 21 working days, one item overdue on the way and shown in the inbox; both visits on
 * the public agenda days before; one visit entered directly (attendance and six aspirations), the other from the filled
 * XLSX sheets, imported twice; the same need heard from two members grouped; two members' reports submitted and the
 * third flagged missing; the pokir of the next planning year compiled, reviewed, exported and read back cell by cell.
 */
@SuaraIntegrationTest
class RecessEndToEndIntegrationTest {

    /** The header row of a visit workbook's table; line n is in row 10 + n. */
    static final int HEADER_ROW = 10;

    static final String RECESS_LABEL = "Reses Masa Persidangan I Tahun 2027";
    static final String ANI_VISIT = "19 April 2027, Balai Desa Panjer";
    static final String BUDI_VISIT = "20 April 2027, Masjid Al-Falah Panjer";

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SopVersions sops;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- the council --------------------------------------------------------------------------------------------

    String code;
    UUID id;
    String admin;
    String officer;
    String companion;
    UUID factionA;
    UUID factionB;
    UUID roads;
    UUID schools;
    UUID health;
    UUID trade;
    UUID environment;

    private UUID unit(String unitCode, String name, UnitType type) {
        return institutions.addUnit(id, unitCode, name, type).id();
    }

    private String account(String username, String name, Role role) {
        staff.create(id, username, name, Api.DEMO_PASSWORD, Set.of(new RoleGrant(role, null)));
        return username;
    }

    /** Sekretariat DPRD Kabupaten Kebumen as a new institution: its units and staff (the demo one has a recess). */
    private void kebumen() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        code = "kebumen-reses-" + suffix;
        id = institutions
                .add(
                        code,
                        "Sekretariat DPRD Kabupaten Kebumen",
                        InstitutionKind.COUNCIL_SECRETARIAT,
                        ZoneId.of("Asia/Jakarta"),
                        "{seq:4}/{kind}/DPRD-KBM/{year}")
                .id();
        unit("bagian-fpp", "Bagian Fasilitasi Penganggaran dan Pengawasan", UnitType.DIVISION);
        factionA = unit("fraksi-kb", "Fraksi Karya Bangsa", UnitType.FACTION);
        factionB = unit("fraksi-ar", "Fraksi Amanat Rakyat", UnitType.FACTION);
        roads = unit("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", UnitType.GOVERNMENT_OFFICE);
        schools = unit("disdik", "Dinas Pendidikan", UnitType.GOVERNMENT_OFFICE);
        health = unit("dinkes", "Dinas Kesehatan", UnitType.GOVERNMENT_OFFICE);
        trade = unit("disperindag", "Dinas Perindustrian dan Perdagangan", UnitType.GOVERNMENT_OFFICE);
        environment = unit("dlh", "Dinas Lingkungan Hidup", UnitType.GOVERNMENT_OFFICE);
        sops.installPreset(id, "kebumen-written");
        admin = account("admin-" + suffix, "Admin Setwan", Role.INSTITUTION_ADMIN);
        officer = account("staf-" + suffix, "Staf Bagian FPP", Role.OFFICER);
        companion = account("pendamping-" + suffix, "Pendamping Reses", Role.PUBLIC_RELATIONS);
    }

    // --- API help -----------------------------------------------------------------------------------------------

    private Response postJson(String user, String url, Object body) {
        return api.send(
                Api.as(user, post(url).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response patchJson(String user, String url, Object body) {
        return api.send(
                Api.as(user, patch(url).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response getJson(String user, String url) {
        var response = api.send(Api.as(user, get(url)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("id");
    }

    private String inst() {
        return "/api/v1/institutions/" + id;
    }

    private static Map<String, Object> body(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private String page(MockHttpSession session, String url) throws Exception {
        var request = get(url);
        if (session != null) {
            request.session(session);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfFiles.text(pdf).replaceAll("\\s+", " ");
    }

    // --- facilitation help --------------------------------------------------------------------------------------

    private List<Map<String, Object>> facilitationItems(String facilitation) {
        return getJson(officer, facilitation).get("items");
    }

    private void close(String facilitation, Map<String, Object> item) {
        var closed = patchJson(
                officer,
                facilitation + "/items/" + item.get("id"),
                Map.of("status", "DONE", "note", "Selesai: " + item.get("code")));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
    }

    private void closeEvery(String facilitation, String stepCode) {
        facilitationItems(facilitation).stream()
                .filter(i -> stepCode.equals(i.get("code")) && "OPEN".equals(i.get("status")))
                .forEach(i -> close(facilitation, i));
    }

    // --- the test -----------------------------------------------------------------------------------------------

    @Test
    void aWholeRecessOfKebumenRunsFromTheCalendarToThePokirExportReadBackCellByCell() throws Exception {
        kebumen();

        // 1. The calendar and the people, entered by the institution's administrator in March 2027.
        clock.set(Instant.parse("2027-03-22T02:00:00Z"));
        created(postJson(admin, inst() + "/council-terms", body("startsOn", "2024-08-20", "endsOn", "2029-08-19")));
        created(postJson(
                admin,
                inst() + "/sitting-periods",
                body("kind", "SESSION", "year", 2027, "sitting", 1, "startsOn", "2027-01-04", "endsOn", "2027-04-16")));
        var recess = created(postJson(
                admin,
                inst() + "/sitting-periods",
                body("kind", "RECESS", "year", 2027, "sitting", 1, "startsOn", "2027-04-19", "endsOn", "2027-04-24")));
        var dapil1 = created(postJson(
                admin,
                inst() + "/dapils",
                body("number", 1, "name", "Kebumen 1", "districts", List.of("Kebumen", "Sruweng", "Pejagoan"))));
        var dapil2 = created(postJson(
                admin,
                inst() + "/dapils",
                body("number", 2, "name", "Kebumen 2", "districts", List.of("Gombong", "Sempor", "Karanganyar"))));
        var ani = created(postJson(
                admin,
                inst() + "/council-members",
                body("name", "Ani Lestari", "factionId", factionA, "dapilId", dapil1, "activeFrom", "2024-08-20")));
        var budi = created(postJson(
                admin,
                inst() + "/council-members",
                body("name", "Budi Santoso", "factionId", factionB, "dapilId", dapil1, "activeFrom", "2024-08-20")));
        var citra = created(postJson(
                admin,
                inst() + "/council-members",
                body("name", "Citra Dewi", "factionId", factionA, "dapilId", dapil2, "activeFrom", "2024-08-20")));
        var companionId = staff.findByUsername(companion).orElseThrow().id();
        var recessUrl = inst() + "/recesses/" + recess;
        for (var member : List.of(ani, budi)) {
            created(postJson(
                    admin,
                    recessUrl + "/council-members/" + member + "/companions",
                    body("staffAccountId", companionId)));
        }
        created(postJson(
                admin,
                recessUrl + "/council-members/" + citra + "/companions",
                body("name", "Sri Wahyuni", "phone", "0812-2700-1122")));

        // 2. The facilitation opens on Monday 29 March: 21 working days, due after the recess ends on 24 April.
        var facilitation = recessUrl + "/facilitation";
        var opened = postJson(officer, facilitation, body("startsOn", "2027-03-29"));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        assertThat((Integer) opened.get("limitWorkingDays")).isEqualTo(21);
        var dueOn = (String) opened.get("dueOn");
        assertThat(dueOn).isGreaterThan("2027-04-24");
        assertThat(facilitationItems(facilitation))
                .filteredOn(i -> "collect-plans".equals(i.get("code")))
                .extracting(i -> i.get("memberName"))
                .containsExactlyInAnyOrder("Ani Lestari", "Budi Santoso", "Citra Dewi");
        closeEvery(facilitation, "collect-plans");

        // the materials are not ordered by their due day: the day after, the item waits in the officer's inbox
        var materials = facilitationItems(facilitation).stream()
                .filter(i -> "order-materials".equals(i.get("code")))
                .findFirst()
                .orElseThrow();
        var materialsDue = java.time.LocalDate.parse((String) materials.get("dueOn"));
        clock.set(materialsDue
                .plusDays(1)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Jakarta"))
                .toInstant());
        var officerSession = new OfficeBrowser(mvc).signIn(officer);
        assertThat(page(officerSession, "/kantor")).contains("#butir-" + materials.get("id"));
        close(facilitation, materials);
        assertThat(page(officerSession, "/kantor")).doesNotContain("#butir-" + materials.get("id"));
        for (var step : List.of("prepare-documents", "hand-to-members", "hand-companion-list", "readiness-check")) {
            closeEvery(facilitation, step);
        }

        // 3. The visits are planned on 1 April and on the public agenda from then on, with member and faction.
        clock.set(Instant.parse("2027-04-01T02:00:00Z"));
        var visits = recessUrl + "/visits";
        var aniVisit = postJson(
                companion,
                visits,
                body(
                        "memberId", ani,
                        "startsAt", "2027-04-19T09:00:00+07:00",
                        "endsAt", "2027-04-19T12:00:00+07:00",
                        "place", "Balai Desa Panjer",
                        "district", "Kebumen",
                        "village", "Panjer",
                        "expectedParticipants", 60));
        var aniVisitId = created(aniVisit);
        assertThat((Boolean) aniVisit.get("lateNotice")).isFalse();
        var budiVisitId = created(postJson(
                officer,
                visits,
                body(
                        "memberId", budi,
                        "startsAt", "2027-04-20T13:00:00+07:00",
                        "place", "Masjid Al-Falah Panjer",
                        "district", "Kebumen",
                        "village", "Panjer",
                        "expectedParticipants", 40)));
        var agenda = page(null, "/i/" + code + "/agenda-reses");
        assertThat(agenda)
                .contains("Balai Desa Panjer", "Ani Lestari", "Fraksi Karya Bangsa")
                .contains("Masjid Al-Falah Panjer", "Budi Santoso", "Fraksi Amanat Rakyat")
                .doesNotContain("Citra Dewi");

        // 4. Ani's visit on 19 April, entered by her companion on the spot: held, three people, six aspirations.
        clock.set(Instant.parse("2027-04-19T04:00:00Z"));
        var aniUrl = visits + "/" + aniVisitId;
        assertThat(api.send(Api.as(companion, post(aniUrl + "/held"))).status()).isEqualTo(200);
        created(postJson(
                companion,
                aniUrl + "/attendees",
                body("name", "Sukirman", "organisation", "Kepala Desa Panjer", "invited", true, "attended", true)));
        created(postJson(
                companion,
                aniUrl + "/attendees",
                body("name", "Wartini", "organisation", "PKK Desa Panjer", "invited", true, "attended", true)));
        created(postJson(
                companion,
                aniUrl + "/attendees",
                body("name", "Rohmat", "address", "RT 02 RW 03 Panjer", "invited", false, "attended", true)));
        // the invitations: one for each of the two invited guests, signed by the member, and a blank one asked for
        var invitations = api.bytes(companion, aniUrl + "/sheets/invitations.pdf?blank=1");
        assertThat(PdfFiles.pages(invitations)).isEqualTo(3);
        PdfFiles.keepFirstPageAsPng(invitations, "undangan-reses");
        assertThat(text(invitations))
                .contains("Undangan Reses", "Kepada Yth.", "Sukirman, Kepala Desa Panjer", "Wartini, PKK Desa Panjer")
                .contains("Hari/tanggal : Senin, 19 April 2027", "Waktu : 09.00 WIB s.d. selesai")
                .contains("Tempat : Balai Desa Panjer, Panjer, Kec. Kebumen")
                .contains("bersama Ani Lestari, Anggota DPRD daerah pemilihan Kebumen 1")
                .contains("Anggota DPRD, Ani Lestari")
                .doesNotContain("Rohmat");
        var tooMany = api.send(Api.as(companion, get(aniUrl + "/sheets/invitations.pdf?blank=101")));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("blank");
        var aniRoad = aspiration(
                aniUrl,
                "Sukirman",
                null,
                "Kebumen",
                "Panjer",
                "Perbaikan jalan Panjer–Kembaran sepanjang 800 m",
                "Jalan penghubung Panjer–Kembaran berlubang; truk hasil panen tidak bisa lewat.",
                "INFRASTRUCTURE",
                "SEGERA",
                "800",
                "m",
                "1200000000",
                roads);
        aspiration(
                aniUrl,
                null,
                "SD Negeri 1 Panjer",
                "Kebumen",
                "Panjer",
                "Rehabilitasi dua ruang kelas SD Negeri 1 Panjer",
                "Atap dua ruang kelas bocor dan plafon runtuh.",
                "EDUCATION",
                "SANGAT_SEGERA",
                "2",
                "ruang",
                "350000000",
                schools);
        aspiration(
                aniUrl,
                "Wartini",
                "PKK Desa Karangsari",
                "Sruweng",
                "Karangsari",
                "Pembangunan gedung posyandu Dusun Krajan",
                "Posyandu menumpang di teras rumah warga.",
                "HEALTH",
                "BIASA",
                null,
                null,
                "250000000",
                health);
        aspiration(
                aniUrl,
                null,
                "Paguyuban UMKM Pejagoan",
                "Pejagoan",
                null,
                "Pelatihan pemasaran daring bagi UMKM",
                "Pelaku UMKM belum bisa berjualan daring.",
                "ECONOMY",
                "BIASA",
                null,
                null,
                null,
                null);
        aspiration(
                aniUrl,
                null,
                "Kelompok Tani Sri Rejeki",
                "Sruweng",
                "Sruweng",
                "Bantuan traktor tangan untuk kelompok tani",
                "Kelompok tani menyewa traktor dengan biaya tinggi.",
                "ECONOMY",
                "SEGERA",
                "2",
                "unit",
                "90000000",
                null);
        aspiration(
                aniUrl,
                "Rohmat",
                null,
                "Kebumen",
                "Kebumen",
                "Lampu penerangan di Jalan Pahlawan",
                "Ruas jalan gelap pada malam hari; sering terjadi kecelakaan.",
                "INFRASTRUCTURE",
                "BIASA",
                "20",
                "titik",
                "160000000",
                roads);

        // 5. Budi's visit on 20 April, entered afterwards from the sheets his companion printed and filled.
        clock.set(Instant.parse("2027-04-20T09:00:00Z"));
        var budiUrl = visits + "/" + budiVisitId;
        assertThat(api.send(Api.as(officer, post(budiUrl + "/held"))).status()).isEqualTo(200);
        var blank = api.bytes(companion, budiUrl + "/sheets/aspirations.pdf");
        assertThat(text(blank)).contains("Budi Santoso", "Masjid Al-Falah Panjer", "ASP-");
        var aspirationSheet = fill(
                api.bytes(companion, budiUrl + "/sheets/aspirations.xlsx?sheet=1&lines=10"),
                rows(
                        row(
                                HEADER_ROW + 1,
                                1,
                                "Warsini",
                                null,
                                "Panjer",
                                "Kebumen",
                                "Perbaikan jalan Panjer–Kembaran",
                                "Jalan ke Kembaran rusak berat, anak sekolah jatuh.",
                                "Infrastruktur",
                                "Sangat segera",
                                800,
                                "m",
                                1_150_000_000),
                        row(
                                HEADER_ROW + 2,
                                2,
                                null,
                                "Warga Kedawung",
                                "Kedawung",
                                "Pejagoan",
                                "Pembangunan talud Sungai Luk Ulo",
                                "Tebing sungai longsor mendekati permukiman.",
                                "Lingkungan hidup",
                                "Segera",
                                150,
                                "m",
                                900_000_000),
                        row(
                                HEADER_ROW + 3,
                                3,
                                "Suparno",
                                null,
                                null,
                                "Sruweng",
                                "Beasiswa bagi siswa kurang mampu",
                                "Banyak siswa SMP putus sekolah karena biaya.",
                                "Pendidikan",
                                "Biasa"),
                        row(
                                HEADER_ROW + 5,
                                5,
                                null,
                                "Paguyuban UMKM Bumirejo",
                                "Bumirejo",
                                "Kebumen",
                                "Sertifikasi halal gratis untuk UMKM",
                                "Biaya sertifikasi halal memberatkan usaha kecil.",
                                "Ekonomi",
                                "Biasa")));
        var first = importSheet(budiUrl + "/imports/aspirations", aspirationSheet);
        assertThat((Object) first.get("created")).isEqualTo(4);
        assertThat((Object) first.get("alreadyEntered")).isEqualTo(0);
        var again = importSheet(budiUrl + "/imports/aspirations", aspirationSheet);
        assertThat((Object) again.get("created")).isEqualTo(0);
        assertThat((Object) again.get("alreadyEntered")).isEqualTo(4);
        var attendanceSheet = fill(
                api.bytes(companion, budiUrl + "/sheets/attendance.xlsx"),
                rows(
                        row(HEADER_ROW + 1, 1, "Warsini", "Warga Panjer", "RT 01 RW 02 Panjer"),
                        row(HEADER_ROW + 2, 2, "Suparno", "Komite SMP Negeri 2 Sruweng")));
        assertThat((Object) importSheet(budiUrl + "/imports/attendance", attendanceSheet)
                        .get("created"))
                .isEqualTo(2);
        assertThat((Object) importSheet(budiUrl + "/imports/attendance", attendanceSheet)
                        .get("created"))
                .isEqualTo(0);

        var budiAspirations =
                api.jsonList(getJson(officer, budiUrl + "/aspirations").raw());
        var aniAspirations =
                api.jsonList(getJson(officer, aniUrl + "/aspirations").raw());
        assertThat(budiAspirations).hasSize(4);
        assertThat(aniAspirations).hasSize(6);
        assertThat(api.jsonList(getJson(officer, budiUrl + "/attendees").raw())).hasSize(2);
        assertThat(api.jsonList(getJson(officer, aniUrl + "/attendees").raw())).hasSize(3);
        // each aspiration is a case of kind aspiration on the recess channel
        var budiRoad = budiAspirations.stream()
                .filter(a -> "Perbaikan jalan Panjer–Kembaran".equals(a.get("summary")))
                .findFirst()
                .orElseThrow();
        var roadCase = api.view(officer, budiRoad.get("caseId"));
        assertThat((String) roadCase.get("submission.kind")).isEqualTo("ASPIRATION");
        assertThat((String) roadCase.get("submission.channel")).isEqualTo("RECESS");

        // 6. The same road from Ani and Budi is suggested and grouped; every case, member and visit stays.
        var groups = recessUrl + "/aspiration-groups";
        var suggestions = api.jsonList(getJson(officer, groups + "/suggestions").raw());
        assertThat(suggestions).hasSize(1);
        @SuppressWarnings("unchecked")
        var suggested = ((List<Map<String, Object>>) suggestions.getFirst().get("aspirations"))
                .stream().map(a -> a.get("id")).toList();
        assertThat(suggested).containsExactlyInAnyOrder(aniRoad, budiRoad.get("id"));
        created(postJson(
                officer,
                groups,
                body("title", "Perbaikan jalan penghubung Panjer–Kembaran", "aspirationIds", suggested)));

        // 7. The companions accompanied the visits; the facilitation completes before its due day, within its limit.
        clock.set(Instant.parse("2027-04-26T02:00:00Z"));
        closeEvery(facilitation, "accompany-visits");
        var done = getJson(officer, facilitation);
        assertThat(facilitationItems(facilitation))
                .allSatisfy(i -> assertThat(i.get("status")).isIn("DONE", "NOT_APPLICABLE"));
        assertThat((Boolean) done.get("complete")).isTrue();
        assertThat((Boolean) done.get("withinLimit")).isTrue();

        // 8. Reports: Ani's and Budi's submitted; Citra held no visit and gave no report, flagged once it is due.
        clock.set(Instant.parse("2027-05-10T02:00:00Z"));
        for (var member : List.of(ani, budi)) {
            var submitted = api.send(Api.as(officer, post(recessUrl + "/reports/" + member)));
            assertThat(submitted.status()).as(submitted.raw()).isIn(200, 201);
        }
        var reports = api.jsonList(getJson(officer, recessUrl + "/reports").raw());
        var statusOf = new HashMap<String, Object>();
        reports.forEach(r -> statusOf.put((String) r.get("memberId"), r.get("status")));
        assertThat(statusOf)
                .containsEntry(ani, "SUBMITTED")
                .containsEntry(budi, "SUBMITTED")
                .containsEntry(citra, "MISSING");
        var aniReport = text(api.bytes(officer, recessUrl + "/reports/" + ani));
        assertThat(aniReport)
                .contains("Ani Lestari", "Balai Desa Panjer", "19 April 2027")
                // a long line may break after the dash
                .containsPattern("Perbaikan jalan Panjer– ?Kembaran sepanjang 800 m")
                .contains("Lampu penerangan di Jalan Pahlawan")
                .contains("3 orang (diundang 2)")
                .contains("Sukirman", "Wartini", "Rohmat");
        var budiReport = text(api.bytes(officer, recessUrl + "/reports/" + budi));
        assertThat(budiReport)
                .contains("Budi Santoso", "Masjid Al-Falah Panjer", "20 April 2027")
                .contains("Pembangunan talud Sungai Luk Ulo", "Sertifikasi halal gratis untuk UMKM");
        var factionReport = text(api.bytes(officer, recessUrl + "/factions/" + factionA + "/report.pdf"));
        assertThat(factionReport)
                .contains("FRAKSI KARYA BANGSA", "Ani Lestari")
                .contains("1. Citra Dewi (Kebumen 2), batas waktu")
                .doesNotContain("Budi Santoso");

        // 9. The pokir for the 2028 plan: nine items (the grouped road is one), reviewed, exported, read back.
        var compilation = created(postJson(
                officer,
                inst() + "/pokir",
                body(
                        "planningYear",
                        2028,
                        "title",
                        "Pokir DPRD Kebumen untuk RKPD 2028",
                        "recessIds",
                        List.of(recess))));
        var pokir = inst() + "/pokir/" + compilation;
        List<Map<String, Object>> items = getJson(officer, pokir).get("items");
        assertThat(items).hasSize(9);
        var targets = Map.of(
                "Perbaikan jalan penghubung Panjer–Kembaran", roads,
                "Rehabilitasi dua ruang kelas SD Negeri 1 Panjer", schools,
                "Pembangunan gedung posyandu Dusun Krajan", health,
                "Pelatihan pemasaran daring bagi UMKM", trade,
                "Bantuan traktor tangan untuk kelompok tani", trade,
                "Lampu penerangan di Jalan Pahlawan", roads,
                "Pembangunan talud Sungai Luk Ulo", environment,
                "Beasiswa bagi siswa kurang mampu", schools);
        for (var item : items) {
            var proposal = (String) item.get("proposal");
            var itemUrl = pokir + "/items/" + item.get("id");
            var reviewed = targets.containsKey(proposal)
                    ? patchJson(officer, itemUrl, body("review", "ACCEPTED", "targetUnitId", targets.get(proposal)))
                    : patchJson(
                            officer,
                            itemUrl,
                            body("review", "REJECTED", "reason", "Kewenangan pemerintah pusat (BPJPH)."));
            assertThat(reviewed.status()).as(proposal + ": " + reviewed.raw()).isEqualTo(200);
        }

        var xlsx = api.bytes(officer, pokir + "/export.xlsx");
        var sheet = readXlsx(xlsx);
        assertThat(sheet.getFirst())
                .containsExactly(
                        "Usulan",
                        "Permasalahan",
                        "Desa/Kelurahan",
                        "Kecamatan",
                        "OPD Tujuan",
                        "Volume",
                        "Satuan",
                        "Perkiraan Biaya (Rp)",
                        "Tahun",
                        "Pengusul (Anggota DPRD)",
                        "Fraksi",
                        "Dapil",
                        "Reses",
                        "Kunjungan");
        var expected = expectedRows();
        var exported = sheet.subList(1, sheet.size());
        assertThat(exported).extracting(r -> r.getFirst()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var row : exported) {
            assertThat(row).as("row of %s", row.getFirst()).containsExactlyElementsOf(expected.get(row.getFirst()));
        }

        var plenary = text(api.bytes(officer, pokir + "/export.pdf"));
        assertThat(plenary)
                .containsPattern("Perbaikan jalan penghubung Panjer– ?Kembaran")
                .contains("Ani Lestari; Budi Santoso", "Fraksi Karya Bangsa; Fraksi Amanat Rakyat")
                .contains("Pembangunan talud Sungai Luk Ulo", "900.000.000")
                .doesNotContain("Sertifikasi halal gratis untuk UMKM");
    }

    /** The accepted items as the planner's rows, keyed by proposal; numbers as plain digits. */
    private static Map<String, List<String>> expectedRows() {
        var rows = new LinkedHashMap<String, List<String>>();
        var dpupr = "Dinas Pekerjaan Umum dan Penataan Ruang";
        rows.put(
                "Perbaikan jalan penghubung Panjer–Kembaran",
                ani(
                        "Perbaikan jalan penghubung Panjer–Kembaran",
                        "Jalan penghubung Panjer–Kembaran berlubang; truk hasil panen tidak bisa lewat.",
                        "Panjer",
                        "Kebumen",
                        dpupr,
                        "800",
                        "m",
                        "1200000000",
                        "Ani Lestari; Budi Santoso",
                        "Fraksi Karya Bangsa; Fraksi Amanat Rakyat",
                        ANI_VISIT + "; " + BUDI_VISIT));
        rows.put(
                "Rehabilitasi dua ruang kelas SD Negeri 1 Panjer",
                ani(
                        "Rehabilitasi dua ruang kelas SD Negeri 1 Panjer",
                        "Atap dua ruang kelas bocor dan plafon runtuh.",
                        "Panjer",
                        "Kebumen",
                        "Dinas Pendidikan",
                        "2",
                        "ruang",
                        "350000000"));
        rows.put(
                "Pembangunan gedung posyandu Dusun Krajan",
                ani(
                        "Pembangunan gedung posyandu Dusun Krajan",
                        "Posyandu menumpang di teras rumah warga.",
                        "Karangsari",
                        "Sruweng",
                        "Dinas Kesehatan",
                        null,
                        null,
                        "250000000"));
        rows.put(
                "Pelatihan pemasaran daring bagi UMKM",
                ani(
                        "Pelatihan pemasaran daring bagi UMKM",
                        "Pelaku UMKM belum bisa berjualan daring.",
                        null,
                        "Pejagoan",
                        "Dinas Perindustrian dan Perdagangan",
                        null,
                        null,
                        null));
        rows.put(
                "Bantuan traktor tangan untuk kelompok tani",
                ani(
                        "Bantuan traktor tangan untuk kelompok tani",
                        "Kelompok tani menyewa traktor dengan biaya tinggi.",
                        "Sruweng",
                        "Sruweng",
                        "Dinas Perindustrian dan Perdagangan",
                        "2",
                        "unit",
                        "90000000"));
        rows.put(
                "Lampu penerangan di Jalan Pahlawan",
                ani(
                        "Lampu penerangan di Jalan Pahlawan",
                        "Ruas jalan gelap pada malam hari; sering terjadi kecelakaan.",
                        "Kebumen",
                        "Kebumen",
                        dpupr,
                        "20",
                        "titik",
                        "160000000"));
        rows.put(
                "Pembangunan talud Sungai Luk Ulo",
                budi(
                        "Pembangunan talud Sungai Luk Ulo",
                        "Tebing sungai longsor mendekati permukiman.",
                        "Kedawung",
                        "Pejagoan",
                        "Dinas Lingkungan Hidup",
                        "150",
                        "m",
                        "900000000"));
        rows.put(
                "Beasiswa bagi siswa kurang mampu",
                budi(
                        "Beasiswa bagi siswa kurang mampu",
                        "Banyak siswa SMP putus sekolah karena biaya.",
                        null,
                        "Sruweng",
                        "Dinas Pendidikan",
                        null,
                        null,
                        null));
        return rows;
    }

    private static List<String> ani(String... planner) {
        return planner.length == 8
                ? rowOf(planner, "Ani Lestari", "Fraksi Karya Bangsa", ANI_VISIT)
                : rowOf(java.util.Arrays.copyOf(planner, 8), planner[8], planner[9], planner[10]);
    }

    private static List<String> budi(String... planner) {
        return rowOf(planner, "Budi Santoso", "Fraksi Amanat Rakyat", BUDI_VISIT);
    }

    private static List<String> rowOf(String[] planner, String member, String faction, String visit) {
        var row = new ArrayList<String>(java.util.Arrays.asList(planner));
        row.add("2028");
        row.add(member);
        row.add(faction);
        row.add("Kebumen 1");
        row.add(RECESS_LABEL);
        row.add(visit);
        return row;
    }

    /** Every row of the first worksheet, each cell as text (numbers as plain digits, empty cells null). */
    private static List<List<String>> readXlsx(byte[] xlsx) throws Exception {
        var rows = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var row : workbook.getFirstSheet().read()) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < 14; c++) {
                    var cell = row.getCell(c);
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        cells.add(null);
                    } else if (cell.getType() == CellType.NUMBER) {
                        cells.add(((BigDecimal) cell.getValue())
                                .stripTrailingZeros()
                                .toPlainString());
                    } else {
                        cells.add(cell.getRawValue());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private Response importSheet(String url, byte[] file) {
        var response = api.send(Api.as(
                companion,
                multipart(url)
                        .file(new MockMultipartFile(
                                "file",
                                "lembar.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                file))));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response;
    }

    private String aspiration(
            String visitUrl,
            String person,
            String group,
            String district,
            String village,
            String summary,
            String problem,
            String category,
            String urgency,
            String volume,
            String unit,
            String cost,
            UUID target) {
        var entered = new HashMap<String, Object>();
        entered.put("personName", person);
        entered.put("groupName", group);
        entered.put("district", district);
        entered.put("village", village);
        entered.put("summary", summary);
        entered.put("problem", problem);
        entered.put("category", category);
        entered.put("urgency", urgency);
        entered.put("volume", volume == null ? null : new BigDecimal(volume));
        entered.put("volumeUnit", unit);
        entered.put("estimatedCost", cost == null ? null : new BigDecimal(cost));
        entered.put("targetUnitId", target);
        return created(postJson(companion, visitUrl + "/aspirations", entered));
    }
}
