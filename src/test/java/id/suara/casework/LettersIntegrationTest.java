package id.suara.casework;

import static id.suara.test.PdfFiles.keepFirstPageAsPng;
import static id.suara.test.PdfFiles.keepLastPageAsPng;
import static id.suara.test.PdfFiles.qrCodeOn;
import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case's letters (ADR 0025): drafted, initialled in the order the SOP names, signed, numbered from the institution's
 * pattern and yearly counter, issued as a PDF with its paraf block and signatory, corrected as a new version.
 */
@SuaraIntegrationTest
class LettersIntegrationTest {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final Pattern INDONESIAN_DATE = Pattern.compile(
            "\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4}");

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    private String registerLetter(String user, String institution, boolean confidential) {
        var letter = Api.webSubmission(institution);
        letter.put("channel", "LETTER");
        letter.put("confidential", confidential);
        var response = api.register(user, letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("case.id");
    }

    private Map<String, Object> meetingReport(String subject) {
        var letter = new LinkedHashMap<String, Object>();
        letter.put("type", "MEETING_REPORT");
        letter.put("subject", subject);
        letter.put("body", "Rapat menyepakati pendampingan desa.\n\nBidang melapor dalam 14 hari.");
        letter.put("signatoryId", api.signatory("dpmd-kukar").toString());
        letter.put(
                "content",
                Map.of(
                        "introduction", "Pengaduan warga Desa Loa Ipuh tentang dana desa.",
                        "activities", "Rapat koordinasi dengan pemerintah desa.",
                        "conclusions", "Pendampingan desa dilanjutkan."));
        return letter;
    }

    private Response draft(String user, String caseId, Map<String, Object> letter) {
        var response = api.draftLetter(user, caseId, letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response;
    }

    private Response expect(int status, Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        return response;
    }

    /** The PDF's text with every run of white space as one space, as lines wrap where the layout wants. */
    private static String flowing(byte[] pdf) throws java.io.IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    private byte[] pdf(String user, String caseId, String letterId) throws Exception {
        var response = mvc.perform(Api.as(user, get("/api/v1/cases/{id}/letters/{l}/pdf", caseId, letterId)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response.getContentAsByteArray();
    }

    /**
     * The running numbers of an institution's signed letters, of every type, in the default series of an office
     * ({@code 000/<n>/Dinas/<month>/<year>}) this year, read from the numbers themselves.
     */
    private List<Integer> runningNumbersOfTheDefaultSeries(String institution, int year) {
        return jdbc
                .sql("""
                        select l.number from letter l join institution i on i.id = l.institution_id
                        where i.code = ? and l.number ~ ?""")
                .params(institution, "^000/[0-9]+/Dinas/[IVX]+/" + year + "$")
                .query(String.class)
                .list()
                .stream()
                .map(number -> Integer.parseInt(number.split("/")[1]))
                .sorted()
                .toList();
    }

    @Test
    void theDpmdMeetingReportIsInitialledByTheDivisionHeadThenTheOfficeSecretaryThenSignedByTheHead() throws Exception {
        var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
        var drafted = draft("kukar.umum", caseId, meetingReport("Hasil rapat penanganan pengaduan dana desa"));
        var letterId = (String) drafted.get("id");
        assertThat((List<String>) drafted.get("initialRoles")).containsExactly("DIVISION_HEAD", "OFFICE_SECRETARY");
        assertThat((String) drafted.get("signerRole")).isEqualTo("HEAD_OF_OFFICE");
        assertThat((String) drafted.get("nextInitial")).isEqualTo("DIVISION_HEAD");

        var outOfOrder = expect(409, api.letterAction("kukar.sekdis", caseId, letterId, "initial"));
        assertThat(outOfOrder.errorFields()).containsExactly("initial");
        assertThat(outOfOrder.raw()).contains("DIVISION_HEAD");
        expect(409, api.letterAction("kukar.kadis", caseId, letterId, "sign"));
        expect(403, api.letterAction("kukar.subkoor", caseId, letterId, "initial"));

        expect(200, api.letterAction("kukar.kabid", caseId, letterId, "initial"));
        expect(409, api.letterAction("kukar.kabid", caseId, letterId, "initial"));
        expect(403, api.letterAction("kukar.kabid", caseId, letterId, "sign"));
        var initialled = expect(200, api.letterAction("kukar.sekdis", caseId, letterId, "initial"));
        assertThat((Boolean) initialled.get("readyToSign")).isTrue();
        assertThat((String) initialled.get("number")).isNull();
        expect(403, api.letterAction("kukar.sekdis", caseId, letterId, "sign"));

        var signed = expect(200, api.letterAction("kukar.kadis", caseId, letterId, "sign"));
        var zone = ZoneId.of("Asia/Makassar");
        var today = LocalDate.now(zone);
        var number = (String) signed.get("number");
        var sequence =
                runningNumbersOfTheDefaultSeries("dpmd-kukar", today.getYear()).getLast();
        assertThat(number)
                .isEqualTo("000/" + sequence + "/Dinas/" + ROMAN[today.getMonthValue() - 1] + "/" + today.getYear());
        assertThat((String) signed.get("status")).isEqualTo("SIGNED");
        assertThat((List<?>) signed.get("documents")).hasSize(1);
        expect(409, api.letterAction("kukar.kabid", caseId, letterId, "initial"));

        var pdf = pdf("kukar.kabid", caseId, letterId);
        var text = flowing(pdf);
        assertThat(text)
                .contains("PEMERINTAH KABUPATEN KUTAI KARTANEGARA")
                .contains("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA")
                .contains("LAPORAN")
                .contains("TENTANG HASIL RAPAT PENANGANAN PENGADUAN DANA DESA")
                .contains("Nomor: " + number)
                .contains("A. Pendahuluan")
                .contains("Pengaduan warga Desa Loa Ipuh tentang dana desa.")
                .contains("C. Hasil yang dicapai")
                .contains("Bidang melapor dalam 14 hari.")
                .contains("Tenggarong, ")
                .contains("Kepala Dinas Pemberdayaan Masyarakat dan Desa")
                .contains("Ir. Arianto Wibowo, M.T.")
                .contains("NIP. 19690512 199503 1 002")
                .contains("Kepala Bidang")
                .contains("Sekretaris Dinas")
                .contains("Disetujui melalui Suara oleh Kepala Dinas");
        assertThat(INDONESIAN_DATE.matcher(text).find()).isTrue();
        keepFirstPageAsPng(pdf, "meeting-report");
        var lastPage = keepLastPageAsPng(pdf, "meeting-report-last-page");
        var verification = (String) signed.get("documents.0.verificationUrl");
        assertThat(qrCodeOn(lastPage)).isEqualTo(verification);
        var verified = mvc.perform(get(verification.replace("http://localhost:8080", "")))
                .andReturn()
                .getResponse();
        assertThat(verified.getStatus()).isEqualTo(200);
        assertThat(verified.getContentAsString()).contains(number).contains((String) signed.get("documents.0.sha256"));

        List<Map<String, Object>> history = api.view("kukar.kadis", caseId).get("history");
        assertThat(history.stream().map(e -> (String) e.get("action")))
                .contains("letter-drafted", "letter-initialled", "letter-signed");
        assertThat(history.stream()
                        .filter(e -> "letter-signed".equals(e.get("action")))
                        .findFirst()
                        .orElseThrow())
                .extracting(e -> ((Map<?, ?>) e.get("fields")).get("letterNumber"))
                .isEqualTo(number);
    }

    @Test
    void typesWithTheSameCodesShareOneRunningNumberWithoutGapsSoNoTwoLettersAreNumberedAlike() {
        var year = LocalDate.now(ZoneId.of("Asia/Makassar")).getYear();
        for (int i = 0; i < 2; i++) {
            var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
            var report = new LinkedHashMap<>(meetingReport("Berita acara " + i));
            report.put("type", "OFFICIAL_REPORT");
            report.put(
                    "content",
                    Map.of("date", "2026-02-09", "place", "Ruang Rapat DPMD", "attendees", "Rina; Sub Koordinator"));
            var reportId = (String) draft("kukar.subkoor", caseId, report).get("id");
            expect(200, api.letterAction("kukar.subkoor", caseId, reportId, "sign"));
            // an invitation, by default in the same series as the berita acara (000/…/Dinas/…)
            var invitation = new LinkedHashMap<>(meetingReport("Undangan rapat " + i));
            invitation.put("type", "INVITATION");
            invitation.put("addressee", "Kepala Desa Loa Ipuh");
            invitation.put(
                    "content",
                    Map.of(
                            "date",
                            "2026-02-16",
                            "time",
                            "09.00 WITA s.d. selesai",
                            "place",
                            "Ruang Rapat DPMD",
                            "agenda",
                            "Klarifikasi pengaduan"));
            var invitationId = (String) draft("kukar.kabid", caseId, invitation).get("id");
            expect(200, api.letterAction("kukar.kabid", caseId, invitationId, "initial"));
            expect(200, api.letterAction("kukar.kadis", caseId, invitationId, "sign"));
        }
        var numbers = runningNumbersOfTheDefaultSeries("dpmd-kukar", year);
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        assertThat(numbers)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                        .boxed()
                        .toList());
    }

    @Test
    void theVerificationQrCodeStaysOnThePageOfItsTextWhereverThePageBreakFalls() throws Exception {
        // berita acara of growing length: one of them brings the verification block to the foot of a page
        for (int items = 20; items <= 44; items += 2) {
            var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
            var report = new LinkedHashMap<>(meetingReport("Berita acara " + items + " butir"));
            report.put("type", "OFFICIAL_REPORT");
            report.put("body", String.join("\n\n", java.util.Collections.nCopies(items, "Butir ini disepakati.")));
            report.put("content", Map.of("date", "2026-02-09", "place", "Ruang Rapat DPMD", "attendees", "Rina; Staf"));
            var letterId = (String) draft("kukar.subkoor", caseId, report).get("id");
            expect(200, api.letterAction("kukar.subkoor", caseId, letterId, "sign"));
            var pdf = pdf("kukar.subkoor", caseId, letterId);
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var lastPage = new org.apache.pdfbox.text.PDFTextStripper();
                lastPage.setStartPage(document.getNumberOfPages());
                lastPage.setEndPage(document.getNumberOfPages());
                assertThat(lastPage.getText(document)).as(items + " items").contains("Kode verifikasi");
            }
            var page = PdfFiles.keepLastPageAsPng(pdf, "official-report-" + items + "-items-last-page");
            assertThat(PdfFiles.qrCodeOn(page)).as(items + " items").contains("/verifikasi/");
        }
    }

    @Test
    void aRevisionClearsTheInitialsGivenToTheOldText() {
        var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
        var drafted = draft("kukar.umum", caseId, meetingReport("Laporan yang direvisi"));
        var letterId = (String) drafted.get("id");
        expect(200, api.letterAction("kukar.kabid", caseId, letterId, "initial"));

        var stale = new LinkedHashMap<>(meetingReport("Laporan yang direvisi lagi"));
        stale.put("revision", 7);
        expect(
                409,
                api.send(Api.as(
                        "kukar.subkoor",
                        put("/api/v1/cases/{id}/letters/{l}", caseId, letterId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(stale)))));

        var revision = new LinkedHashMap<>(meetingReport("Laporan yang direvisi lagi"));
        revision.put("revision", 1);
        var revised = expect(
                200,
                api.send(Api.as(
                        "kukar.subkoor",
                        put("/api/v1/cases/{id}/letters/{l}", caseId, letterId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(revision)))));
        assertThat((Integer) revised.get("revision")).isEqualTo(2);
        assertThat((List<?>) revised.get("initials")).isEmpty();
        assertThat((String) revised.get("nextInitial")).isEqualTo("DIVISION_HEAD");
    }

    @Test
    void aCorrectionIsANewVersionUnderTheSameNumberNamingTheVersionItReplaces() throws Exception {
        var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
        var letter = new LinkedHashMap<>(meetingReport("Berita acara yang dikoreksi"));
        letter.put("type", "OFFICIAL_REPORT");
        letter.put("content", Map.of("date", "2026-02-09", "place", "Ruang Rapat DPMD"));
        var letterId = (String) draft("kukar.subkoor", caseId, letter).get("id");
        var first = expect(200, api.letterAction("kukar.subkoor", caseId, letterId, "sign"));
        var number = (String) first.get("number");

        expect(403, api.letterAction("kukar.umum", caseId, letterId, "reopen"));
        var reopened = expect(200, api.letterAction("kukar.subkoor", caseId, letterId, "reopen"));
        assertThat((String) reopened.get("status")).isEqualTo("DRAFT");
        var second = expect(200, api.letterAction("kukar.subkoor", caseId, letterId, "sign"));
        assertThat((String) second.get("number")).isEqualTo(number);
        assertThat((Integer) second.get("documents.0.version")).isEqualTo(2);
        assertThat((Integer) second.get("documents.1.version")).isEqualTo(1);
        var replaces = jdbc.sql("select replaces_id from issued_document where id = ?::uuid")
                .param((String) second.get("documents.0.id"))
                .query(UUID.class)
                .single();
        assertThat(replaces).hasToString((String) second.get("documents.1.id"));
        // whoever holds the first version learns from its QR code that it was corrected
        var firstVerification =
                ((String) first.get("documents.0.verificationUrl")).replace("http://localhost:8080", "");
        var verified = mvc.perform(get(firstVerification)).andReturn().getResponse();
        assertThat(verified.getStatus()).isEqualTo(200);
        assertThat(verified.getContentAsString()).contains("Dokumen ini sudah dikoreksi: versi 2");
        var secondVerification =
                ((String) second.get("documents.0.verificationUrl")).replace("http://localhost:8080", "");
        assertThat(mvc.perform(get(secondVerification))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("sudah dikoreksi");
        assertThat(flowing(pdf("kukar.subkoor", caseId, letterId)))
                .contains("BERITA ACARA")
                .contains("Perbaikan ke-1")
                .contains("Pada hari ini Senin tanggal sembilan bulan Februari tahun dua ribu dua puluh enam")
                .contains("Nomor: " + number);
    }

    @Test
    void theTextOfAConfidentialComplainantsLetterIsWithheldFromThoseOutsideItsChain() throws Exception {
        var caseId = registerLetter("kebumen.umum", "dprd-kebumen", true);
        var letter = new LinkedHashMap<String, Object>();
        letter.put("type", "RESPONSE_LETTER");
        letter.put("subject", "Tanggapan atas pengaduan jalan desa");
        letter.put("addressee", "Sdri. Siti Aminah");
        letter.put("addresseePlace", "Kebumen");
        letter.put("body", "Dengan hormat, pengaduan Saudari telah kami terima.");
        letter.put("signatoryId", api.signatory("dprd-kebumen").toString());
        letter.put("content", Map.of("copies", "Ketua DPRD Kabupaten Kebumen\nKetua Komisi C"));
        var letterId = (String) draft("kebumen.umum", caseId, letter).get("id");
        expect(200, api.letterAction("kebumen.pengaduan", caseId, letterId, "initial"));
        expect(200, api.letterAction("kebumen.sekwan", caseId, letterId, "sign"));

        var byLeadership = expect(
                200, api.send(Api.as("kebumen.pimpinan", get("/api/v1/cases/{id}/letters/{l}", caseId, letterId))));
        assertThat((Boolean) byLeadership.get("withheld")).isTrue();
        assertThat(byLeadership.raw()).doesNotContain("Siti Aminah").contains("Tanggapan atas pengaduan jalan desa");
        var refused = mvc.perform(
                        Api.as("kebumen.pimpinan", get("/api/v1/cases/{id}/letters/{l}/pdf", caseId, letterId)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);

        var text = flowing(pdf("kebumen.sekwan", caseId, letterId));
        assertThat(text)
                .contains("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                .contains("Yth. Sdri. Siti Aminah")
                .contains("Hal : Tanggapan atas pengaduan jalan desa")
                .contains("Tembusan:")
                .contains("2. Ketua Komisi C")
                .contains("NIP. 19680903 199302 1 001");
        keepFirstPageAsPng(pdf("kebumen.sekwan", caseId, letterId), "response-letter");
    }

    @Test
    void aLetterMissingItsPartsIsRefusedNamingEachAndNothingIsKept() {
        var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
        var before = jdbc.sql("select count(*) from letter").query(Long.class).single();
        var empty = expect(400, api.draftLetter("kukar.umum", caseId, Map.of("type", "MEETING_REPORT")));
        assertThat(empty.errorFields()).contains("subject", "body", "signatoryId");

        var wrongPart = new LinkedHashMap<>(meetingReport("Laporan"));
        wrongPart.put("content", Map.of("agenda", "Rapat", "date", "kemarin"));
        assertThat(expect(400, api.draftLetter("kukar.umum", caseId, wrongPart)).errorFields())
                .contains("content.agenda");
        var invitation = new LinkedHashMap<>(meetingReport("Undangan"));
        invitation.put("type", "INVITATION");
        invitation.put("content", Map.of("date", "kemarin"));
        assertThat(expect(400, api.draftLetter("kukar.umum", caseId, invitation))
                        .errorFields())
                .containsExactly("content.date");

        var foreignSignatory = new LinkedHashMap<>(meetingReport("Laporan"));
        foreignSignatory.put("signatoryId", api.signatory("dprd-kebumen").toString());
        assertThat(expect(400, api.draftLetter("kukar.umum", caseId, foreignSignatory))
                        .errorFields())
                .containsExactly("signatoryId");
        var receipt = new LinkedHashMap<>(meetingReport("Laporan"));
        receipt.put("type", "RECEIPT");
        assertThat(expect(400, api.draftLetter("kukar.umum", caseId, receipt)).errorFields())
                .containsExactly("type");
        var unknown = new LinkedHashMap<>(meetingReport("Laporan"));
        unknown.put("type", "POSTCARD");
        assertThat(expect(400, api.draftLetter("kukar.umum", caseId, unknown)).errorFields())
                .containsExactly("type");
        assertThat(jdbc.sql("select count(*) from letter").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void onlyThoseActingOnTheCaseOrNamedInTheChainDraftItsLetters() {
        var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
        expect(404, api.draftLetter("kebumen.umum", caseId, meetingReport("Laporan")));
        expect(403, api.draftLetter("kukar.admin", caseId, meetingReport("Laporan")));
        draft("kukar.kabid", caseId, meetingReport("Laporan"));
    }

    @Test
    void theSopsInitialAndSignActionsInitialAndSignTheMeetingReport() {
        var caseId = registerLetter("kukar.umum", "dpmd-kukar", false);
        var division = api.unit("dpmd-kukar", "bidang-pm").toString();
        for (var step : List.of(
                List.of("kukar.umum", "record"),
                List.of("kukar.umum", "forward"),
                List.of("kukar.kadis", "receive"),
                List.of("kukar.kadis", "assign"))) {
            expect(200, api.act(step.get(0), caseId, step.get(1), Map.of()));
        }
        expect(200, api.act("kukar.sekdis", caseId, "assign-division", Map.of("assignedUnit", division)));
        api.dpmdCoordinationMeeting(caseId);
        for (var step : List.of(
                List.of("kukar.kabid", "dispose"),
                List.of("kukar.subkoor", "review"),
                List.of("kukar.subkoor", "invite"),
                List.of("kukar.subkoor", "hold-meeting"),
                List.of("kukar.subkoor", "record-official-report"))) {
            expect(200, api.act(step.get(0), caseId, step.get(1), Map.of()));
        }
        var missing = expect(409, api.act("kukar.subkoor", caseId, "submit-report", Map.of()));
        assertThat(missing.errorFields()).containsExactly("letter");
        var letterId = (String) draft("kukar.subkoor", caseId, meetingReport("Laporan hasil rapat"))
                .get("id");
        expect(200, api.act("kukar.subkoor", caseId, "submit-report", Map.of()));
        // the office secretary cannot initial before the division head, on the letter or by the SOP
        expect(409, api.letterAction("kukar.sekdis", caseId, letterId, "initial"));
        expect(403, api.act("kukar.sekdis", caseId, "initial", Map.of()));
        expect(200, api.act("kukar.kabid", caseId, "initial", Map.of()));
        expect(200, api.act("kukar.sekdis", caseId, "initial", Map.of()));
        var signed = expect(200, api.act("kukar.kadis", caseId, "sign", Map.of()));
        assertThat((String) signed.get("currentStep.code")).isEqualTo("archive-records");

        var letter =
                expect(200, api.send(Api.as("kukar.kadis", get("/api/v1/cases/{id}/letters/{l}", caseId, letterId))));
        assertThat((String) letter.get("status")).isEqualTo("SIGNED");
        assertThat((List<Map<String, Object>>) letter.get("initials"))
                .extracting(i -> i.get("role"), i -> i.get("name"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DIVISION_HEAD", "Kepala Bidang"),
                        org.assertj.core.groups.Tuple.tuple("OFFICE_SECRETARY", "Sekretaris Dinas"));
        List<Map<String, Object>> history = api.view("kukar.kadis", caseId).get("history");
        var signAction = history.stream()
                .filter(e -> "sign".equals(e.get("action")))
                .findFirst()
                .orElseThrow();
        assertThat(((Map<?, ?>) signAction.get("fields")).get("letterNumber")).isEqualTo(letter.get("number"));
    }
}
