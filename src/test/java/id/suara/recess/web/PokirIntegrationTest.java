package id.suara.recess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.intake.Intake;
import id.suara.recess.RecessFixture;
import id.suara.recess.RecessFixture.Council;
import id.suara.recess.RecessFixture.Heard;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pokir compilation of a planning year: items from recess aspirations, review, exports, the office's decision. */
@SuaraIntegrationTest
class PokirIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SopVersions sops;

    @Autowired
    Intake intake;

    RecessFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RecessFixture(jdbc, institutions, staff, sops, intake);
    }

    /** A recess of August 2026 where Ani and Budi heard the same road, Citra a health post, Ani also street lights. */
    record Recess(
            Council council,
            UUID recess,
            UUID ani,
            UUID budi,
            UUID citra,
            RecessFixture.Aspiration road1,
            RecessFixture.Aspiration road2,
            RecessFixture.Aspiration posyandu,
            RecessFixture.Aspiration lights) {}

    private Recess recess() {
        var council = fixture.council();
        var recess = fixture.recess(council, 2026, 2, LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 22));
        var from = LocalDate.of(2024, 8, 20);
        var ani = fixture.member(council, "Ani Rahmawati", council.factionA(), council.dapil1(), from, null);
        var budi = fixture.member(council, "Budi Santoso", council.factionB(), council.dapil1(), from, null);
        var citra = fixture.member(council, "Citra Lestari", council.factionA(), council.dapil2(), from, null);
        var aniVisit = fixture.visit(
                council,
                recess,
                ani,
                OffsetDateTime.parse("2026-08-18T09:00:00+07:00"),
                "Balai Desa Sidomulyo",
                "Sidomulyo",
                "Sidomulyo",
                "HELD");
        var budiVisit = fixture.visit(
                council,
                recess,
                budi,
                OffsetDateTime.parse("2026-08-19T13:00:00+07:00"),
                "Masjid Al-Ikhlas Karanganyar",
                "Karanganyar",
                "Karanganyar",
                "HELD");
        var citraVisit = fixture.visit(
                council,
                recess,
                citra,
                OffsetDateTime.parse("2026-08-20T19:30:00+07:00"),
                "Pendopo Kecamatan Pejagoan",
                "Pejagoan",
                "Peniron",
                "HELD");
        var road1 = fixture.aspiration(
                council,
                aniVisit,
                new Heard(
                        "Slamet",
                        "Perbaikan jalan Sidomulyo–Karanganyar",
                        "Jalan penghubung desa berlubang, truk hasil panen tidak bisa lewat; kata \"darurat\"",
                        "Sidomulyo",
                        "Sidomulyo",
                        "INFRASTRUCTURE",
                        new BigDecimal("1.5"),
                        "km",
                        new BigDecimal("750000000"),
                        council.roads()));
        var road2 = fixture.aspiration(
                council,
                budiVisit,
                new Heard(
                        "Warsini",
                        "Jalan desa rusak",
                        "Jalan ke pasar rusak",
                        "Karanganyar",
                        "Karanganyar",
                        "INFRASTRUCTURE",
                        null,
                        null,
                        null,
                        null));
        var posyandu = fixture.aspiration(
                council,
                citraVisit,
                new Heard(
                        "Kelompok PKK Peniron",
                        "Pembangunan gedung posyandu",
                        "Posyandu menumpang di rumah warga; ibu hamil antre di luar",
                        "Pejagoan",
                        "Peniron",
                        "HEALTH",
                        new BigDecimal("1"),
                        "unit",
                        new BigDecimal("150000000"),
                        council.health()));
        var lights = fixture.aspiration(
                council,
                aniVisit,
                new Heard(
                        "Karang Taruna",
                        "Lampu penerangan jalan",
                        "Jalan gelap; rawan; pencurian",
                        "Sidomulyo",
                        null,
                        "INFRASTRUCTURE",
                        new BigDecimal("12"),
                        "titik",
                        new BigDecimal("60000000"),
                        null));
        fixture.group(council, "Perbaikan jalan penghubung Sidomulyo–Karanganyar", road1, road2);
        return new Recess(council, recess, ani, budi, citra, road1, road2, posyandu, lights);
    }

    private Response postJson(String user, String url, Object body, Object... vars) {
        return api.send(Api.as(
                user, post(url, vars).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    private Response patchItem(String user, Recess r, String compilation, String item, Map<String, Object> body) {
        return api.send(Api.as(
                user,
                patch(
                                "/api/v1/institutions/{id}/pokir/{c}/items/{i}",
                                r.council().id(),
                                compilation,
                                item)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body))));
    }

    private String compile(Recess r) {
        var created = postJson(
                r.council().officer(),
                "/api/v1/institutions/{id}/pokir",
                Map.of("planningYear", 2028, "title", "Pokir DPRD untuk RKPD 2028", "recessIds", List.of(r.recess())),
                r.council().id());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.get("id");
    }

    private List<Map<String, Object>> items(Recess r, String compilation, String query) {
        var response = api.send(Api.as(
                r.council().clerk(),
                get("/api/v1/institutions/{id}/pokir/{c}" + query, r.council().id(), compilation)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.get("items");
    }

    private static Map<String, Object> itemProposing(List<Map<String, Object>> items, String proposal) {
        return items.stream()
                .filter(i -> proposal.equals(i.get("proposal")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + proposal + " in " + items));
    }

    private static Map<String, Object> body(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aGroupOfTwoMembersAspirationsIsOneItemListingBothMembersAndVisitsAndUngroupedAspirationsAreOneEach() {
        var r = recess();
        var compilation = compile(r);

        var items = items(r, compilation, "");
        assertThat(items).hasSize(3);
        var road = itemProposing(items, "Perbaikan jalan penghubung Sidomulyo–Karanganyar");
        List<Map<String, Object>> sources = (List<Map<String, Object>>) road.get("sources");
        assertThat(sources)
                .extracting(s -> s.get("memberName"), s -> s.get("visitPlace"), s -> s.get("trackingNumber"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Ani Rahmawati",
                                "Balai Desa Sidomulyo",
                                r.road1().trackingNumber()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Budi Santoso",
                                "Masjid Al-Ikhlas Karanganyar",
                                r.road2().trackingNumber()));
        assertThat(road.get("review")).isEqualTo("PENDING");
        assertThat(road.get("year")).isEqualTo(2028);
        assertThat(road.get("targetUnitId")).isEqualTo(r.council().roads().toString());
        assertThat(itemProposing(items, "Pembangunan gedung posyandu").get("sources"))
                .asList()
                .hasSize(1);
        assertThat(itemProposing(items, "Lampu penerangan jalan").get("volumeUnit"))
                .isEqualTo("titik");

        // drawing again adds nothing already in it
        var again = postJson(
                r.council().officer(),
                "/api/v1/institutions/{id}/pokir/{c}/draw",
                Map.of(),
                r.council().id(),
                compilation);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat((Integer) again.get("items")).isEqualTo(3);
    }

    @Test
    void theViewsFilterByMemberDapilOfficeCategoryAndReview() {
        var r = recess();
        var compilation = compile(r);
        assertThat(items(r, compilation, "?member=" + r.budi()))
                .extracting(i -> i.get("proposal"))
                .containsExactly("Perbaikan jalan penghubung Sidomulyo–Karanganyar");
        assertThat(items(r, compilation, "?member=" + r.ani())).hasSize(2);
        assertThat(items(r, compilation, "?dapil=" + r.council().dapil2()))
                .extracting(i -> i.get("proposal"))
                .containsExactly("Pembangunan gedung posyandu");
        assertThat(items(r, compilation, "?opd=" + r.council().health()))
                .extracting(i -> i.get("proposal"))
                .containsExactly("Pembangunan gedung posyandu");
        assertThat(items(r, compilation, "?category=INFRASTRUCTURE")).hasSize(2);
        assertThat(items(r, compilation, "?faction=" + r.council().factionB())).hasSize(1);
        assertThat(items(r, compilation, "?review=ACCEPTED")).isEmpty();
        var bad = api.send(Api.as(
                r.council().clerk(),
                get(
                        "/api/v1/institutions/{id}/pokir/{c}?category=ROADS",
                        r.council().id(),
                        compilation)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("category");
    }

    @Test
    void aReturnedOrRejectedItemNeedsAReasonAnAcceptedOneATargetOfficeAndRefusalsNameTheirField() {
        var r = recess();
        var compilation = compile(r);
        var lights = (String) itemProposing(items(r, compilation, ""), "Lampu penerangan jalan")
                .get("id");
        var officer = r.council().officer();

        var noReason = patchItem(officer, r, compilation, lights, body("review", "RETURNED"));
        assertThat(noReason.status()).as(noReason.raw()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        var blankReason = patchItem(officer, r, compilation, lights, body("review", "REJECTED", "reason", "  "));
        assertThat(blankReason.errorFields()).containsExactly("reason");
        var noOffice = patchItem(officer, r, compilation, lights, body("review", "ACCEPTED"));
        assertThat(noOffice.status()).isEqualTo(400);
        assertThat(noOffice.errorFields()).containsExactly("targetUnitId");
        var faction = patchItem(
                officer,
                r,
                compilation,
                lights,
                body("review", "ACCEPTED", "targetUnitId", r.council().factionA()));
        assertThat(faction.errorFields()).containsExactly("targetUnitId");
        var unknown = patchItem(officer, r, compilation, lights, body("review", "MAYBE"));
        assertThat(unknown.errorFields()).containsExactly("review");
        var badNumbers = patchItem(
                officer,
                r,
                compilation,
                lights,
                body("volume", -1, "estimatedCost", 10.5, "year", 1999, "proposal", ""));
        assertThat(badNumbers.status()).isEqualTo(400);
        assertThat(badNumbers.errorFields()).containsExactlyInAnyOrder("volume", "estimatedCost", "year", "proposal");
        var notANumber = patchItem(officer, r, compilation, lights, body("volume", "banyak"));
        assertThat(notANumber.status()).as(notANumber.raw()).isEqualTo(400);
        var tooBig = patchItem(
                officer,
                r,
                compilation,
                lights,
                body(
                        "volume",
                        new BigDecimal("1e13"),
                        "estimatedCost",
                        new BigDecimal("1e19"),
                        "problem",
                        "x".repeat(5001)));
        assertThat(tooBig.errorFields()).containsExactlyInAnyOrder("volume", "estimatedCost", "problem");
        var earlyDecision = patchItem(
                officer, r, compilation, lights, body("opdDecision", "ADOPTED", "opdDecidedOn", "2026-11-02"));
        assertThat(earlyDecision.errorFields()).containsExactly("opdDecision");
        // nothing of the refused changes was stored
        var unchanged = itemProposing(items(r, compilation, ""), "Lampu penerangan jalan");
        assertThat(unchanged.get("review")).isEqualTo("PENDING");
        assertThat(unchanged.get("year")).isEqualTo(2028);

        var returned = patchItem(
                officer,
                r,
                compilation,
                lights,
                body("review", "RETURNED", "reason", "Lokasi titik lampu belum jelas"));
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat((String) returned.get("reviewReason")).isEqualTo("Lokasi titik lampu belum jelas");
        var accepted = patchItem(
                officer,
                r,
                compilation,
                lights,
                body("review", "ACCEPTED", "targetUnitId", r.council().roads(), "village", "Sidomulyo"));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat((String) accepted.get("review")).isEqualTo("ACCEPTED");
        assertThat((String) accepted.get("reviewReason")).isNull();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where subject_id = ? and action = 'recess.pokir.reviewed'")
                        .param(lights)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void onlyEditorsChangeStaffOfTheInstitutionReadAndOthersAreToldItDoesNotExist() {
        var r = recess();
        var compilation = compile(r);
        var item = (String) items(r, compilation, "").getFirst().get("id");
        var clerk = patchItem(r.council().clerk(), r, compilation, item, body("review", "ACCEPTED"));
        assertThat(clerk.status()).isEqualTo(403);
        var clerkCreates = postJson(
                r.council().clerk(),
                "/api/v1/institutions/{id}/pokir",
                Map.of("planningYear", 2028, "title", "x", "recessIds", List.of(r.recess())),
                r.council().id());
        assertThat(clerkCreates.status()).isEqualTo(403);

        var other = fixture.council();
        var stranger = api.send(Api.as(
                other.officer(),
                get("/api/v1/institutions/{id}/pokir/{c}", r.council().id(), compilation)));
        assertThat(stranger.status()).isEqualTo(404);
        var strangerExport = api.send(Api.as(
                other.admin(),
                get(
                        "/api/v1/institutions/{id}/pokir/{c}/export.csv",
                        r.council().id(),
                        compilation)));
        assertThat(strangerExport.status()).isEqualTo(404);
        var wrongCompilation =
                api.send(Api.as(other.officer(), get("/api/v1/institutions/{id}/pokir/{c}", other.id(), compilation)));
        assertThat(wrongCompilation.status()).isEqualTo(404);
    }

    @Test
    void aCompilationNeedsAYearATitleAndRecessesOfTheInstitution() {
        var r = recess();
        var other = fixture.council();
        var otherRecess = fixture.recess(other, 2026, 2, LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 22));
        var refused = postJson(
                r.council().admin(),
                "/api/v1/institutions/{id}/pokir",
                Map.of("planningYear", 28, "title", " ", "recessIds", List.of(otherRecess)),
                r.council().id());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("planningYear", "title", "recessIds");
        assertThat(jdbc.sql("select count(*) from pokir_compilation where institution_id = ?")
                        .param(r.council().id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Accepts the road and the posyandu with planner's fields, rejects the lights; answers the item ids. */
    private Map<String, String> reviewed(Recess r, String compilation) {
        var items = items(r, compilation, "");
        var road = (String) itemProposing(items, "Perbaikan jalan penghubung Sidomulyo–Karanganyar")
                .get("id");
        var posyandu =
                (String) itemProposing(items, "Pembangunan gedung posyandu").get("id");
        var lights = (String) itemProposing(items, "Lampu penerangan jalan").get("id");
        var officer = r.council().officer();
        assertThat(patchItem(
                                officer,
                                r,
                                compilation,
                                road,
                                body(
                                        "proposal", "Rehabilitasi jalan penghubung Sidomulyo–Karanganyar",
                                        "volume", 2.25,
                                        "volumeUnit", "km",
                                        "estimatedCost", 1250000000,
                                        "review", "ACCEPTED"))
                        .status())
                .isEqualTo(200);
        assertThat(patchItem(officer, r, compilation, posyandu, body("review", "ACCEPTED"))
                        .status())
                .isEqualTo(200);
        assertThat(patchItem(
                                officer,
                                r,
                                compilation,
                                lights,
                                body("review", "REJECTED", "reason", "Kewenangan desa; diusulkan lewat Dana Desa"))
                        .status())
                .isEqualTo(200);
        return Map.of("road", road, "posyandu", posyandu, "lights", lights);
    }

    private static final List<String> HEADERS = List.of(
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

    private static final List<String> ROAD = List.of(
            "Rehabilitasi jalan penghubung Sidomulyo–Karanganyar",
            "Jalan penghubung desa berlubang, truk hasil panen tidak bisa lewat; kata \"darurat\"",
            "Sidomulyo",
            "Sidomulyo",
            "Dinas Pekerjaan Umum dan Penataan Ruang",
            "2.25",
            "km",
            "1250000000",
            "2028",
            "Ani Rahmawati; Budi Santoso",
            "Fraksi Karya Bangsa; Fraksi Amanat Rakyat",
            "Dapil 1",
            "Reses Masa Persidangan II Tahun 2026",
            "18 Agustus 2026, Balai Desa Sidomulyo; 19 Agustus 2026, Masjid Al-Ikhlas Karanganyar");

    private static final List<String> POSYANDU = List.of(
            "Pembangunan gedung posyandu",
            "Posyandu menumpang di rumah warga; ibu hamil antre di luar",
            "Peniron",
            "Pejagoan",
            "Dinas Kesehatan",
            "1",
            "unit",
            "150000000",
            "2028",
            "Citra Lestari",
            "Fraksi Karya Bangsa",
            "Dapil 2",
            "Reses Masa Persidangan II Tahun 2026",
            "20 Agustus 2026, Pendopo Kecamatan Pejagoan");

    private static List<List<String>> xlsxRows(byte[] xlsx) throws Exception {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = new ArrayList<List<String>>();
            try (var stream = workbook.getFirstSheet().openStream()) {
                stream.forEach(row -> {
                    var cells = new ArrayList<String>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        var cell = row.getCell(c);
                        if (cell == null || cell.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
                            cells.add("");
                        } else if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                            cells.add(cell.asNumber().stripTrailingZeros().toPlainString());
                        } else {
                            cells.add(cell.getText());
                        }
                    }
                    rows.add(cells);
                });
            }
            return rows;
        }
    }

    @Test
    void theXlsxHasThePlannersColumnsInOrderAndOneRowPerAcceptedItemCellByCell() throws Exception {
        var r = recess();
        var compilation = compile(r);
        reviewed(r, compilation);
        var xlsx = api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/pokir/{c}/export.xlsx",
                r.council().id(),
                compilation);
        var rows = xlsxRows(xlsx);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
        assertThat(rows.get(1)).containsExactlyElementsOf(ROAD);
        assertThat(rows.get(2)).containsExactlyElementsOf(POSYANDU);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCell(7).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(row.getCell(5).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
        }

        var all = xlsxRows(api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/pokir/{c}/export.xlsx?all=true",
                r.council().id(),
                compilation));
        assertThat(all).hasSize(4);
        assertThat(all.get(0).subList(14, 16)).containsExactly("Status Verifikasi", "Alasan");
        assertThat(all.get(3).subList(0, 1)).containsExactly("Lampu penerangan jalan");
        assertThat(all.get(3).subList(14, 16)).containsExactly("Ditolak", "Kewenangan desa; diusulkan lewat Dana Desa");
        assertThat(all.get(1).get(14)).isEqualTo("Diterima");
    }

    /** RFC 4180 with semicolons. */
    private static List<List<String>> csvRows(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return rows;
    }

    @Test
    void theCsvIsUtf8WithBomSemicolonsAndDecimalCommasWithTheSameCellsAsTheXlsx() throws Exception {
        var r = recess();
        var compilation = compile(r);
        reviewed(r, compilation);
        var response = api.send(Api.as(
                r.council().clerk(),
                get(
                        "/api/v1/institutions/{id}/pokir/{c}/export.csv",
                        r.council().id(),
                        compilation)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("pokir-2028.csv");
        var bytes = api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/pokir/{c}/export.csv",
                r.council().id(),
                compilation);
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).endsWith("\r\n");
        var rows = csvRows(text);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
        var road = new ArrayList<>(ROAD);
        road.set(5, "2,25");
        assertThat(rows.get(1)).containsExactlyElementsOf(road);
        assertThat(rows.get(2)).containsExactlyElementsOf(POSYANDU);
    }

    @Test
    void thePlenaryPdfListsTheAcceptedItemsUnderTheLetterhead() throws Exception {
        var r = recess();
        var compilation = compile(r);
        reviewed(r, compilation);
        var pdf = api.bytes(
                r.council().clerk(),
                "/api/v1/institutions/{id}/pokir/{c}/export.pdf",
                r.council().id(),
                compilation);
        PdfFiles.keepFirstPageAsPng(pdf, "pokir-paripurna");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
        }
        var text = PdfFiles.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("DAFTAR POKOK-POKOK PIKIRAN DPRD TAHUN PERENCANAAN 2028")
                .contains("Pokir DPRD untuk RKPD 2028")
                .contains("Rehabilitasi jalan penghubung")
                .contains("1.250.000.000")
                .contains("2,25")
                .contains("Pembangunan gedung posyandu")
                .contains("Citra Lestari")
                .doesNotContain("Lampu penerangan jalan");
        var all = PdfFiles.text(api.bytes(
                        r.council().clerk(),
                        "/api/v1/institutions/{id}/pokir/{c}/export.pdf?all=true",
                        r.council().id(),
                        compilation))
                .replaceAll("\\s+", " ");
        assertThat(all).contains("Lampu penerangan jalan").contains("Ditolak");
    }

    @Test
    void theOfficesDecisionIsRecordedOnAnAcceptedItemWithItsDate() {
        var r = recess();
        var compilation = compile(r);
        var ids = reviewed(r, compilation);
        var officer = r.council().officer();
        var noDate = patchItem(officer, r, compilation, ids.get("road"), body("opdDecision", "ADOPTED"));
        assertThat(noDate.errorFields()).containsExactly("opdDecidedOn");
        var future = patchItem(
                officer, r, compilation, ids.get("road"), body("opdDecision", "ADOPTED", "opdDecidedOn", "2999-01-01"));
        assertThat(future.errorFields()).containsExactly("opdDecidedOn");
        var rejectedItem = patchItem(
                officer,
                r,
                compilation,
                ids.get("lights"),
                body("opdDecision", "DECLINED", "opdDecidedOn", "2026-11-02"));
        assertThat(rejectedItem.errorFields()).containsExactly("opdDecision");
        var decided = patchItem(
                officer,
                r,
                compilation,
                ids.get("road"),
                body(
                        "opdDecision", "ADOPTED",
                        "opdDecidedOn", "2026-11-02",
                        "opdProgram", "Program Penyelenggaraan Jalan — Rehabilitasi Jalan",
                        "opdNote", "Masuk Renja DPUPR 2028"));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat((String) decided.get("opdDecision")).isEqualTo("ADOPTED");
        assertThat((String) decided.get("opdDecidedOn")).isEqualTo("2026-11-02");
        assertThat((String) decided.get("opdProgram")).isEqualTo("Program Penyelenggaraan Jalan — Rehabilitasi Jalan");
        var unreview = patchItem(
                officer, r, compilation, ids.get("road"), body("review", "REJECTED", "reason", "Salah input"));
        assertThat(unreview.errorFields()).containsExactly("review");
    }

    @Test
    void anotherAspirationCaseOfTheInstitutionCanBeAddedOnce() {
        var r = recess();
        var compilation = compile(r);
        var registered = api.register(
                r.council().officer(),
                new HashMap<>(Map.of(
                        "institution",
                        r.council().institution().code(),
                        "kind",
                        "ASPIRATION",
                        "channel",
                        "LETTER",
                        "complainant",
                        Map.of("type", "GROUP", "name", "Forum RW 03", "organisation", "Forum RW 03"),
                        "confidential",
                        false,
                        "title",
                        "Normalisasi saluran irigasi",
                        "purpose",
                        "Usulan",
                        "substance",
                        "Saluran irigasi dangkal, sawah kebanjiran")));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        var added = postJson(
                r.council().officer(),
                "/api/v1/institutions/{id}/pokir/{c}/items",
                Map.of("caseId", caseId),
                r.council().id(),
                compilation);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat((String) added.get("proposal")).isEqualTo("Normalisasi saluran irigasi");
        assertThat((Integer) added.get("position")).isEqualTo(4);
        var twice = postJson(
                r.council().officer(),
                "/api/v1/institutions/{id}/pokir/{c}/items",
                Map.of("caseId", caseId),
                r.council().id(),
                compilation);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("caseId");
        var foreign = postJson(
                r.council().officer(),
                "/api/v1/institutions/{id}/pokir/{c}/items",
                Map.of("caseId", UUID.randomUUID()),
                r.council().id(),
                compilation);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.errorFields()).containsExactly("caseId");
    }
}
