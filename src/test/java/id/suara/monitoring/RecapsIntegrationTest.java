package id.suara.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.documents.Documents;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.OfficeBrowser;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recap reports (ADR 0041) over cases of 2035, a year no other test uses, at HALLO DEMAK: answered and closed, answered
 * then reopened by an objection, forwarded to an office and still open, confidential, anonymous, and one merged into
 * another. Every figure of each report, in its PDF, XLSX and CSV, is compared with a count over case_file and
 * case_event made here in SQL.
 */
@SuaraIntegrationTest
class RecapsIntegrationTest {

    private static final String DEMAK = "diskominfo-demak";
    private static final String COORDINATOR = "demak.admin-koordinator";
    private static final String LIAISON = "demak.penghubung-dpupr";
    private static final String ADMIN = "demak.admin";
    private static final String BASE = "/api/v1/institutions/" + DEMAK + "/recaps";

    /** Monday 5 February 2035, 08:00 WIB. */
    private static final Instant MONDAY =
            OffsetDateTime.parse("2035-02-05T08:00:00+07:00").toInstant();
    /** Tuesday 8 January 2036: 2035 has ended. */
    private static final Instant NEXT_YEAR =
            OffsetDateTime.parse("2036-01-08T09:00:00+07:00").toInstant();

    private static boolean seeded;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void seedTheYear() {
        if (!seeded) {
            seed();
            seeded = true;
        }
        clock.set(NEXT_YEAR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---------------------------------------------------------------------------------------------------- seeding

    record Submitted(String id, String trackingNumber, String accessCode) {}

    private Submitted submit(Map<String, Object> submission) {
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String tracking = submitted.get("trackingNumber");
        var id = jdbc.sql("select id::text from submission where tracking_number = ?")
                .param(tracking)
                .query(String.class)
                .single();
        return new Submitted(id, tracking, submitted.get("accessCode"));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** Registered, checked, verified and forwarded to DPUPR, whose liaison officer answers; then closed or not. */
    private Submitted answered(boolean close) {
        var s = forwarded();
        ok(api.act(LIAISON, s.id(), "answer", Map.of()));
        ok(api.act(LIAISON, s.id(), "send-answer", Map.of()));
        ok(api.act(COORDINATOR, s.id(), "accept", Map.of("publicAnswer", "Jalan diperbaiki pekan depan.")));
        if (close) {
            ok(api.act(COORDINATOR, s.id(), "record-and-archive", Map.of()));
        }
        return s;
    }

    private Submitted forwarded() {
        var s = submit(Api.webSubmission(DEMAK));
        ok(api.check(COORDINATOR, s.id(), Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true)));
        ok(api.act(COORDINATOR, s.id(), "accept", Map.of()));
        ok(api.act(COORDINATOR, s.id(), "verify", Map.of()));
        ok(api.act(
                COORDINATOR,
                s.id(),
                "forward",
                Map.of("assignedUnit", api.unit(DEMAK, "dpupr").toString())));
        return s;
    }

    private void seed() {
        clock.set(MONDAY);
        answered(true);
        var reopened = answered(true);
        clock.set(MONDAY.plus(Duration.ofDays(8)));
        var objected = api.send(post("/api/v1/submissions/{tn}/objection", reopened.trackingNumber())
                .header("X-Access-Code", reopened.accessCode())
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("reason", "Jalan belum juga diperbaiki."))));
        assertThat(objected.status()).as(objected.raw()).isEqualTo(201);

        clock.set(MONDAY.plus(Duration.ofDays(9)));
        forwarded();
        var confidential = Api.webSubmission(DEMAK);
        confidential.put("confidential", true);
        confidential.put("kind", "ASPIRATION");
        var main = submit(confidential);
        var duplicate = submit(Api.webSubmission(DEMAK));
        var body = new LinkedHashMap<String, Object>();
        body.put("mainCaseId", main.id());
        body.put("version", version(duplicate.id()));
        body.put("note", "Perkara yang sama");
        ok(api.send(Api.as(
                COORDINATOR,
                post("/api/v1/cases/{id}/merge", duplicate.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(body)))));
        var anonymous = Api.webSubmission(DEMAK);
        anonymous.remove("complainant");
        anonymous.put("anonymous", true);
        submit(anonymous);
    }

    private int version(String caseId) {
        return jdbc.sql("select version from case_file where id = ?::uuid")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    // ------------------------------------------------------------------------------------------- independent counts

    private UUID demak() {
        return jdbc.sql("select id from institution where code = ?")
                .param(DEMAK)
                .query(UUID.class)
                .single();
    }

    private Map<UUID, String> unitNames() {
        var names = new HashMap<UUID, String>();
        jdbc.sql("select id, name from unit where institution_id = ?")
                .param(demak())
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /**
     * Per unit now responsible, counted over case_file: received in the period per kind, total, still open; answered,
     * closed without answer, answered within and beyond the procedure's limit, by the date of the outcome.
     */
    private Map<String, List<Long>> expectedPerUnit(LocalDate from, LocalDate to) {
        var names = unitNames();
        var rows = new LinkedHashMap<String, long[]>();
        jdbc.sql("""
                        select assigned_unit_id, kind, closed_at is null and merged_into is null as open
                        from case_file
                        where institution_id = ? and (registered_at at time zone 'Asia/Jakarta')::date between ? and ?""").params(demak(), from, to).query(rs -> {
            var unit = rs.getObject("assigned_unit_id", UUID.class);
            var f = rows.computeIfAbsent(unit == null ? "Belum ditugaskan" : names.get(unit), u -> new long[10]);
            switch (rs.getString("kind")) {
                case "ASPIRATION" -> f[0]++;
                case "COMPLAINT" -> f[1]++;
                case "CARBON_COPY" -> f[2]++;
                default -> f[3]++;
            }
            f[4]++;
            if (rs.getBoolean("open")) {
                f[5]++;
            }
        });
        jdbc.sql("""
                        select c.assigned_unit_id, c.answered_at is not null as answered,
                            v.answer_limit_days is null or suara_working_days(c.institution_id, 'Asia/Jakarta',
                                c.registered_at, c.answered_at) <= v.answer_limit_days as on_time
                        from case_file c join sop_version v on v.id = c.sop_version_id
                        where c.institution_id = ? and c.merged_into is null
                          and (coalesce(c.answered_at, c.closed_at) at time zone 'Asia/Jakarta')::date between ? and ?""").params(demak(), from, to).query(rs -> {
            var unit = rs.getObject("assigned_unit_id", UUID.class);
            var f = rows.computeIfAbsent(unit == null ? "Belum ditugaskan" : names.get(unit), u -> new long[10]);
            if (rs.getBoolean("answered")) {
                f[6]++;
                f[rs.getBoolean("on_time") ? 8 : 9]++;
            } else {
                f[7]++;
            }
        });
        var out = new LinkedHashMap<String, List<Long>>();
        var total = new long[10];
        rows.forEach((unit, f) -> {
            var list = new ArrayList<Long>();
            for (int i = 0; i < 10; i++) {
                list.add(f[i]);
                total[i] += f[i];
            }
            out.put(unit, list);
        });
        var totals = new ArrayList<Long>();
        for (long t : total) {
            totals.add(t);
        }
        out.put("Jumlah", totals);
        return out;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    // ----------------------------------------------------------------------------------------------------- files

    private byte[] download(String user, String path) {
        return api.bytes(user, path);
    }

    /** A CSV as rows of cells (RFC 4180 quoting), without the byte order mark. */
    private static List<List<String>> csv(byte[] content) {
        var text = new String(content, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++; // \n
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    /** Every sheet of a workbook: name → rows of cells (numbers as BigDecimal, the rest as text). */
    private static Map<String, List<List<Object>>> sheets(byte[] xlsx) throws Exception {
        var out = new LinkedHashMap<String, List<List<Object>>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                var rows = new ArrayList<List<Object>>();
                for (var row : sheet.read()) {
                    var cells = new ArrayList<Object>();
                    for (var cell : row) {
                        cells.add(
                                cell == null || cell.getType() == CellType.EMPTY
                                        ? ""
                                        : cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
                    }
                    rows.add(cells);
                }
                out.put(sheet.getName(), rows);
            }
        }
        return out;
    }

    /** The rows of a per-unit table keyed by unit name: its ten figures. */
    private static Map<String, List<Long>> perUnitRows(List<List<String>> rows) {
        var out = new LinkedHashMap<String, List<Long>>();
        for (var row : rows.subList(1, rows.size())) {
            out.put(row.get(1), row.subList(2, 12).stream().map(Long::valueOf).toList());
        }
        return out;
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ");
    }

    // ------------------------------------------------------------------------------------------------------ tests

    @Test
    void theRecapPerUnitCountsEveryCaseOfThePeriodAsTheCaseFilesDoInCsvXlsxAndPdf() throws Exception {
        var expected = expectedPerUnit(LocalDate.of(2035, 1, 1), LocalDate.of(2035, 12, 31));
        assertThat(expected.get("Jumlah").get(4)).as("received in 2035").isEqualTo(6L);

        var csv = csv(download(COORDINATOR, BASE + "/rekapitulasi.csv?period=2035"));
        assertThat(csv.getFirst())
                .containsExactly(
                        "No",
                        "Alat kelengkapan/Unit",
                        "Aspirasi",
                        "Pengaduan",
                        "Tembusan",
                        "Lainnya",
                        "Jumlah diterima",
                        "Masih diproses",
                        "Dijawab",
                        "Ditutup tanpa jawaban",
                        "Dijawab tepat waktu",
                        "Dijawab terlambat");
        assertThat(perUnitRows(csv)).isEqualTo(expected);

        var sheets = sheets(download(COORDINATOR, BASE + "/rekapitulasi.xlsx?period=2035"));
        assertThat(sheets.keySet()).containsExactly("Per jenis", "Per saluran", "Per unit", "Hasil");
        var perUnit = sheets.get("Per unit");
        var fromSheet = new LinkedHashMap<String, List<Long>>();
        for (var row : perUnit.subList(2, perUnit.size())) {
            fromSheet.put(
                    (String) row.get(1),
                    row.subList(2, 12).stream()
                            .map(v -> ((BigDecimal) v).longValueExact())
                            .toList());
        }
        assertThat(fromSheet).isEqualTo(expected);
        var byKind = sheets.get("Per jenis");
        var kinds = new HashMap<String, Long>();
        for (var row : byKind.subList(2, byKind.size())) {
            kinds.put((String) row.get(0), ((BigDecimal) row.get(1)).longValueExact());
        }
        assertThat(kinds)
                .containsEntry("Aspirasi", count("""
                        select count(*) from case_file where institution_id = ? and kind = 'ASPIRATION'
                          and (registered_at at time zone 'Asia/Jakarta')::date between '2035-01-01' and '2035-12-31'""", demak()))
                .containsEntry("Pengaduan", count("""
                        select count(*) from case_file where institution_id = ? and kind = 'COMPLAINT'
                          and (registered_at at time zone 'Asia/Jakarta')::date between '2035-01-01' and '2035-12-31'""", demak()))
                .containsEntry("Jumlah", 6L);

        var pdf = download(COORDINATOR, BASE + "/rekapitulasi.pdf?period=2035");
        PdfFiles.keepFirstPageAsPng(pdf, "recap-rekapitulasi");
        var text = spaced(PdfFiles.text(pdf));
        assertThat(text)
                .contains("LAPORAN TENTANG REKAPITULASI ASPIRASI DAN PENGADUAN")
                .contains("Tahun 2035")
                .contains("A. Pendahuluan")
                .contains("E. Penutup")
                .contains("Cetakan kerja");
        for (var row : expected.entrySet()) {
            var figures = String.join(
                    " ", row.getValue().stream().map(String::valueOf).toList());
            assertThat(text).as(row.getKey()).contains(row.getKey() + " " + figures);
        }
    }

    @Test
    void theMonitoringReportStatesTheFiguresOfTheQuarterAndTheStepMostOftenLate() throws Exception {
        var institution = demak();
        var rows = csv(download(COORDINATOR, BASE + "/monev.csv?period=2035-q1"));
        var figures = new HashMap<String, String>();
        rows.subList(1, rows.size()).forEach(r -> figures.put(r.get(0), r.get(1)));
        var period = "between '2035-01-01' and '2035-03-31'";
        assertThat(figures)
                .containsEntry(
                        "Diterima",
                        String.valueOf(count(
                                "select count(*) from case_file where"
                                        + " institution_id = ? and (registered_at at time zone 'Asia/Jakarta')::date "
                                        + period,
                                institution)))
                .containsEntry(
                        "Digabungkan",
                        String.valueOf(count(
                                "select count(*) from case_file where"
                                        + " institution_id = ? and merged_into is not null"
                                        + " and (registered_at at time zone 'Asia/Jakarta')::date " + period,
                                institution)))
                .containsEntry(
                        "Dijawab",
                        String.valueOf(count(
                                "select count(*) from case_file where"
                                        + " institution_id = ? and merged_into is null"
                                        + " and (answered_at at time zone 'Asia/Jakarta')::date " + period,
                                institution)))
                .containsEntry(
                        "Keberatan",
                        String.valueOf(count(
                                "select count(*) from case_event e join case_file c"
                                        + " on c.id = e.case_id where c.institution_id = ? and e.action = 'complainant-objected'"
                                        + " and (e.occurred_at at time zone 'Asia/Jakarta')::date " + period,
                                institution)))
                .containsEntry(
                        "Masih diproses saat ini",
                        String.valueOf(count(
                                "select count(*) from case_file" + " where institution_id = ? and closed_at is null",
                                institution)))
                .containsEntry(
                        "Melewati tenggat saat ini",
                        String.valueOf(count(
                                "select count(*) from case_file"
                                        + " where institution_id = ? and closed_at is null and step_due_at < ?",
                                institution,
                                java.sql.Timestamp.from(NEXT_YEAR))));
        assertThat(figures.get("Keberatan")).isEqualTo("1");
        assertThat(figures.get("Diterima")).isEqualTo("6");
        assertThat(figures.get("Digabungkan")).isEqualTo("1");

        var sheets = sheets(download(COORDINATOR, BASE + "/monev.xlsx?period=2035-q1"));
        assertThat(sheets.keySet()).containsExactly("Per saluran", "Ringkasan", "Hasil", "Per prosedur", "Per langkah");
        var steps = sheets.get("Per langkah");
        long doneSteps = 0;
        for (var row : steps.subList(2, steps.size())) {
            doneSteps += ((BigDecimal) row.get(2)).longValueExact() + ((BigDecimal) row.get(3)).longValueExact();
        }
        assertThat(doneSteps)
                .as("steps done in the quarter, as the case histories record them")
                .isEqualTo(count("""
                        select count(*) from case_event e join case_file c on c.id = e.case_id
                        where c.institution_id = ? and e.from_step is not null
                          and e.action <> 'complainant-objected'
                          and (e.from_step is distinct from e.to_step)
                          and (e.occurred_at at time zone 'Asia/Jakarta')::date between '2035-01-01' and '2035-03-31'""", institution));

        var pdf = download(COORDINATOR, BASE + "/monev.pdf?period=2035-q1");
        PdfFiles.keepFirstPageAsPng(pdf, "recap-monev");
        var text = spaced(PdfFiles.text(pdf));
        assertThat(text)
                .contains("LAPORAN TENTANG MONITORING DAN EVALUASI")
                .contains("Triwulan I Tahun 2035")
                .contains("C. Hasil yang dicapai")
                .contains("Hambatan:")
                .contains("D. Kesimpulan dan saran")
                .contains("Diterima " + figures.get("Diterima"))
                .contains("Keberatan 1");
    }

    @Test
    void theInventoryListsExactlyTheCasesOfTheYearAndWithholdsConfidentialAndAnonymousComplainants() throws Exception {
        var rows = csv(download(COORDINATOR, BASE + "/inventaris.csv?period=2035"));
        assertThat(rows.getFirst())
                .containsExactly(
                        "No",
                        "Nomor registrasi",
                        "Tanggal diterima",
                        "Saluran",
                        "Jenis",
                        "Dari",
                        "Perihal",
                        "Alat kelengkapan/Unit",
                        "Tindak lanjut",
                        "Hasil",
                        "Tanggal selesai",
                        "Hari kerja");
        var listed = rows.subList(1, rows.size());
        var expected = jdbc.sql("""
                        select c.registration_number, s.confidential, s.anonymous, c.merged_into is not null as merged
                        from case_file c join submission s on s.id = c.id
                        where c.institution_id = ?
                          and (c.registered_at at time zone 'Asia/Jakarta')::date between '2035-01-01' and '2035-12-31'
                        order by c.registered_at, c.registration_number""")
                .param(demak())
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getBoolean(4)
                                ? "merged"
                                : rs.getBoolean(3) ? "Anonim" : rs.getBoolean(2) ? "Dirahasiakan" : "Siti Aminah"))
                .list();
        assertThat(listed.stream().map(r -> r.get(1)).toList())
                .containsExactlyElementsOf(expected.stream().map(List::getFirst).toList());
        for (int i = 0; i < listed.size(); i++) {
            var row = listed.get(i);
            var kind = expected.get(i).get(1);
            assertThat(row.getFirst()).isEqualTo(String.valueOf(i + 1));
            if (kind.equals("merged")) {
                assertThat(row.get(9)).isEqualTo("Digabungkan");
                assertThat(row.get(5)).isEqualTo("Siti Aminah");
            } else {
                assertThat(row.get(5)).as(row.toString()).isEqualTo(kind);
            }
            assertThat(row.get(8)).as("the step's name").isNotBlank();
        }
        assertThat(String.join("|", rows.stream().map(r -> String.join(",", r)).toList()))
                .doesNotContain("Jl. Pemuda")
                .doesNotContain("3305014101900001");

        var sheets = sheets(download(COORDINATOR, BASE + "/inventaris.xlsx?period=2035"));
        var sheet = sheets.get("Daftar inventaris 2035");
        assertThat(sheet).hasSize(listed.size() + 2);
        assertThat(sheet.get(2).get(0)).isEqualTo(BigDecimal.ONE);

        var pdf = download(COORDINATOR, BASE + "/inventaris.pdf?period=2035");
        PdfFiles.keepFirstPageAsPng(pdf, "recap-inventaris");
        var text = spaced(PdfFiles.text(pdf));
        assertThat(text)
                .contains("LAPORAN TENTANG DAFTAR INVENTARIS")
                .contains("Dirahasiakan")
                .contains("Anonim");
        var unspaced = text.replace(" ", "");
        for (var row : listed) {
            assertThat(unspaced).contains(row.get(1));
        }

        var quarter = api.send(Api.as(COORDINATOR, get(BASE + "/inventaris.csv").param("period", "2035-q1")));
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(quarter.errorFields()).containsExactly("period");
    }

    @Test
    void anIssuedRecapIsStoredOnceWithAChecksumOfTheDownloadedBytesAndVerifiesOnTheVerificationPage() throws Exception {
        var running = issue(ADMIN, "rekapitulasi", "2036");
        assertThat(running.status()).as(running.raw()).isEqualTo(409);
        assertThat(running.errorFields()).containsExactly("period");
        var unitBound = issue(LIAISON, "rekapitulasi", "2035");
        assertThat(unitBound.status()).as(unitBound.raw()).isEqualTo(403);

        var issued = issue(ADMIN, "monev", "2035-q1");
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String documentId = issued.get("documentId");
        String sha256 = issued.get("sha256");
        var pdf = download(ADMIN, issued.<String>get("downloadUrl"));
        assertThat(Documents.checksum(pdf)).isEqualTo(sha256);
        assertThat(PdfFiles.text(pdf)).contains("Nomor: REKAP/MONEV/2035-q1").doesNotContain("Cetakan kerja");
        var lastPage = PdfFiles.keepLastPageAsPng(pdf, "recap-monev-issued");
        String verificationUrl = issued.get("verificationUrl");
        assertThat(PdfFiles.qrCodeOn(lastPage)).isEqualTo(verificationUrl);
        var code = verificationUrl.substring(verificationUrl.lastIndexOf('/') + 1);
        var page = mvc.perform(get("/verifikasi/{code}", code)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains(sha256);

        var again = issue(ADMIN, "monev", "2035-q1");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.<String>get("documentId")).isEqualTo(documentId);
        assertThat(again.<String>get("sha256")).isEqualTo(sha256);
        assertThat(download(ADMIN, issued.<String>get("downloadUrl"))).isEqualTo(pdf);

        var list = api.jsonList(api.send(Api.as(COORDINATOR, get(BASE))).raw());
        assertThat(list).anySatisfy(r -> {
            assertThat(r.get("documentId")).isEqualTo(documentId);
            assertThat(r.get("sha256")).isEqualTo(sha256);
        });
        var changed = api.send(Api.as(ADMIN, get(BASE)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from recap_issue where document_id = ?::uuid")
                        .param(documentId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aBadKindFormatOrPeriodIsRefusedNamingTheField() {
        var kind = api.send(Api.as(COORDINATOR, get(BASE + "/rekap.csv").param("period", "2035")));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.errorFields()).containsExactly("kind");
        var format = api.send(Api.as(COORDINATOR, get(BASE + "/monev.docx").param("period", "2035")));
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.errorFields()).containsExactly("format");
        var period = api.send(Api.as(COORDINATOR, get(BASE + "/monev.pdf").param("period", "kemarin")));
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.errorFields()).containsExactly("period");
        var missing = api.send(Api.as(COORDINATOR, get(BASE + "/monev.pdf")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("period");
        var issueKind = issue(ADMIN, "laporan", "2035");
        assertThat(issueKind.status()).isEqualTo(400);
        assertThat(issueKind.errorFields()).containsExactly("kind");
    }

    @Test
    void theRecapPageOffersThePeriodsOfTheYearIssuesAClosedPeriodAndListsTheIssuedRecapsWithTheirChecksums()
            throws Exception {
        var browser = new OfficeBrowser(mvc);
        var admin = browser.signIn(ADMIN);
        var page = browser.open(admin, "/kantor/pemantauan/rekap?tahun=2035").getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"2035-q1\"")
                .contains("Daftar inventaris (tahunan)");

        var issued = mvc.perform(post("/kantor/pemantauan/rekap/terbitkan")
                        .session(admin)
                        .with(csrf())
                        .param("jenis", "inventaris")
                        .param("periode", "2035")
                        .param("unit", ""))
                .andReturn()
                .getResponse();
        assertThat(issued.getStatus()).isEqualTo(302);
        var stored = jdbc.sql("select sha256 from recap_issue where kind = 'INVENTARIS' and period_key = '2035'")
                .query(String.class)
                .single();
        var listed = browser.open(admin, "/kantor/pemantauan/rekap?tahun=2035").getResponse();
        assertThat(listed.getContentAsString(StandardCharsets.UTF_8))
                .contains(stored)
                .contains("REKAP/INVENTARIS/2035");

        var running = mvc.perform(post("/kantor/pemantauan/rekap/terbitkan")
                        .session(admin)
                        .with(csrf())
                        .param("jenis", "rekapitulasi")
                        .param("periode", "2036"))
                .andReturn();
        assertThat(running.getFlashMap().get("problemMessage")).isEqualTo("web.recap.notEnded");

        var csv = mvc.perform(get("/kantor/pemantauan/rekap/unduh")
                        .session(admin)
                        .param("jenis", "rekapitulasi")
                        .param("periode", "2035")
                        .param("unit", "")
                        .param("format", "csv"))
                .andReturn()
                .getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader("Content-Disposition")).contains("rekapitulasi-2035.csv");
    }

    @Test
    void aUnitBoundLiaisonOfficerReadsOnlyTheRecapsOfTheirOwnOffice() throws Exception {
        var dpupr = api.unit(DEMAK, "dpupr");
        var own = csv(download(LIAISON, BASE + "/rekapitulasi.csv?period=2035"));
        assertThat(own.subList(1, own.size() - 1))
                .as("only DPUPR's row, then the totals")
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo(unitNames().get(dpupr)));
        var whole = api.send(Api.as(
                LIAISON, get(BASE + "/rekapitulasi.csv").param("period", "2035").param("unit", "")));
        assertThat(whole.status()).isEqualTo(200);
        var other = api.unit(DEMAK, "dinkes");
        var refused = api.send(Api.as(
                LIAISON, get(BASE + "/rekapitulasi.csv").param("period", "2035").param("unit", other.toString())));
        assertThat(refused.status()).isEqualTo(403);

        var issued = issue(ADMIN, "rekapitulasi", "2035-q1");
        assertThat(issued.status()).as(issued.raw()).isIn(200, 201);
        var wholeInstitution = api.send(Api.as(LIAISON, get(issued.<String>get("downloadUrl"))));
        assertThat(wholeInstitution.status()).isEqualTo(403);
        var listed = api.jsonList(api.send(Api.as(LIAISON, get(BASE))).raw());
        assertThat(listed).noneSatisfy(r -> assertThat(r.get("documentId")).isEqualTo(issued.get("documentId")));
    }

    private Response issue(String user, String kind, String period) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("period", period);
        return api.send(
                Api.as(user, post(BASE).contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }
}
