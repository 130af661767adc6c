package id.suara.recess;

import static id.suara.recess.Workbooks.fill;
import static id.suara.recess.Workbooks.row;
import static id.suara.recess.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/** A visit's workbook given out, filled as a companion fills it, and read back (ADR 0033). */
class VisitWorkbookTest {

    static final UUID INSTITUTION = UUID.randomUUID();
    static final UUID VISIT = UUID.fromString("3f1c2a9e-7b44-4d2e-9a55-0c6f1e2d8b71");
    static final VisitSheet SHEET = Workbooks.kebumenVisit(INSTITUTION, VISIT);
    static final SheetCode ASP = SheetCode.of(VISIT, SheetKind.ASPIRATIONS, 1);
    static final Set<SheetKind> ASPIRATIONS = Set.of(SheetKind.ASPIRATIONS);
    static final Set<SheetKind> PEOPLE = Set.of(SheetKind.ATTENDANCE, SheetKind.GUESTS);

    /** The first row of the table: line 1. */
    static final int LINE_1 = VisitWorkbook.HEADER_ROW + 1;

    private static byte[] template(SheetKind kind, int lines) {
        return VisitWorkbook.write(SHEET, SheetCode.of(VISIT, kind, 1), lines);
    }

    @Test
    void sheetCodesAreShortDerivedFromTheVisitAndReadBackAsTyped() {
        var code = SheetCode.of(VISIT, SheetKind.ASPIRATIONS, 7);
        assertThat(code.toString()).matches("ASP-[A-HJKMNP-Z2-9]{6}-07").hasSizeLessThanOrEqualTo(40);
        assertThat(SheetCode.of(VISIT, SheetKind.ASPIRATIONS, 7)).isEqualTo(code);
        assertThat(SheetCode.of(VISIT, SheetKind.ATTENDANCE, 7).toString()).startsWith("HDR-" + code.visitPart());
        assertThat(SheetCode.parse("  " + code.toString().toLowerCase() + " ")).contains(code);
        assertThat(code.of(VISIT)).isTrue();
        assertThat(code.of(UUID.randomUUID())).isFalse();
        assertThat(SheetCode.parse("ASP-ABCDE-01")).isEmpty();
        assertThat(SheetCode.parse("ASP-ABCDE0-01")).as("no look-alike 0").isEmpty();
        assertThat(SheetCode.parse("XYZ-ABCDEF-01")).isEmpty();
        assertThat(SheetCode.parse("ASP-ABCDEF-00")).isEmpty();
    }

    @Test
    void theWorkbookHasTheVisitsHeadPreNumberedLinesAndTheListsOfAllowedValues() throws IOException {
        var workbook = template(SheetKind.ASPIRATIONS, 5);
        try (var read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            var sheets = read.getSheets().toList();
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("Lembar Aspirasi", "Pilihan");
            var rows = sheets.get(0).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("LEMBAR ASPIRASI RESES");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Kode lembar");
            assertThat(rows.get(1).getCellText(1)).isEqualTo(ASP.toString());
            assertThat(rows.get(2).getCellText(1)).isEqualTo(VISIT.toString());
            var head = rows.stream().limit(9).map(r -> r.getCellText(1)).toList();
            assertThat(String.join("|", head))
                    .contains("Sekretariat DPRD Kabupaten Kebumen")
                    .contains("Masa Reses III Tahun 2026")
                    .contains("H. Slamet Riyanto, S.Pd. (Fraksi Karya Nusantara)")
                    .contains("Kebumen 1")
                    .contains("Selasa, 8 Desember 2026 pukul 09.00 WIB")
                    .contains("Balai Desa Kedungwinangun, Kedungwinangun, Kec. Sruweng");
            var header = rows.get(VisitWorkbook.HEADER_ROW - 1);
            assertThat(header.stream().map(c -> c.getText()).toList())
                    .containsExactlyElementsOf(VisitWorkbook.ASPIRATION_COLUMNS);
            assertThat(rows.subList(VisitWorkbook.HEADER_ROW, VisitWorkbook.HEADER_ROW + 5))
                    .extracting(r -> r.getCellText(0))
                    .containsExactly("1", "2", "3", "4", "5");
            var choices = sheets.get(1).read();
            assertThat(choices).extracting(r -> r.getCellText(0)).contains("Kebumen", "Sruweng", "Pejagoan");
            assertThat(choices).extracting(r -> r.getCellText(1)).contains("Infrastruktur", "Lainnya");
            assertThat(choices).extracting(r -> r.getCellText(2)).contains("Biasa", "Segera", "Sangat segera");
        }
        var sheetXml = part(workbook, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml)
                .as("drop-down lists on Kecamatan, Kategori and Urgensi")
                .contains("<dataValidation")
                .contains("'Pilihan'!$A$2:$A$4")
                .contains("'Pilihan'!$B$2:$B$9")
                .contains("'Pilihan'!$C$2:$C$4");
    }

    @Test
    void aFilledSheetIsReadLineByLineWithBlankLinesSkippedAndEachProblemAtItsLineAndColumn() {
        var typed = rows(
                row(
                        LINE_1,
                        1,
                        "Sutrisno",
                        "Kelompok Tani Makmur",
                        "Kedungwinangun",
                        "Sruweng",
                        "Perbaikan saluran irigasi Dusun Krajan",
                        "Saluran tersier jebol sejak banjir Maret; 40 ha sawah kering.",
                        "Infrastruktur",
                        "Sangat segera",
                        300,
                        "m",
                        150_000_000),
                // line 2 left blank
                row(
                        LINE_1 + 2,
                        3,
                        null,
                        "SD Negeri 2 Pejagoan",
                        null,
                        "pejagoan",
                        "Ruang kelas rusak",
                        "Atap dua kelas bocor.",
                        "pendidikan",
                        null,
                        "2,5",
                        "unit",
                        "Rp 75.000.000"),
                row(
                        LINE_1 + 3,
                        4,
                        "Warsini",
                        null,
                        "Sruweng",
                        null,
                        "Jalan desa berlubang",
                        "Jalan 1 km rusak.",
                        "Jalan",
                        "Segera"));
        // line 3's summary corrected after it was first typed
        typed.put("F" + (LINE_1 + 2), "Rehabilitasi dua ruang kelas");

        var filled = VisitWorkbook.read(fill(template(SheetKind.ASPIRATIONS, 10), typed), SHEET, ASPIRATIONS);

        assertThat(filled.code()).isEqualTo(ASP);
        assertThat(filled.aspirations()).hasSize(2);
        var first = filled.aspirations().get(0);
        assertThat(first)
                .isEqualTo(new NewAspiration(
                        "Sutrisno",
                        "Kelompok Tani Makmur",
                        "Sruweng",
                        "Kedungwinangun",
                        "Perbaikan saluran irigasi Dusun Krajan",
                        "Saluran tersier jebol sejak banjir Maret; 40 ha sawah kering.",
                        AspirationCategory.INFRASTRUCTURE,
                        "SANGAT_SEGERA",
                        first.volume(),
                        "m",
                        first.estimatedCost(),
                        null,
                        new SourceLine(ASP.toString(), 1)));
        assertThat(first.volume()).isEqualByComparingTo("300");
        assertThat(first.estimatedCost()).isEqualByComparingTo("150000000");
        var third = filled.aspirations().get(1);
        assertThat(third.personName()).isNull();
        assertThat(third.groupName()).isEqualTo("SD Negeri 2 Pejagoan");
        assertThat(third.district()).as("as listed, whatever the case typed").isEqualTo("Pejagoan");
        assertThat(third.village()).isNull();
        assertThat(third.summary()).isEqualTo("Rehabilitasi dua ruang kelas");
        assertThat(third.category()).isEqualTo(AspirationCategory.EDUCATION);
        assertThat(third.urgency()).as("blank: ordinary").isEqualTo("BIASA");
        assertThat(third.volume()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(third.volumeUnit()).isEqualTo("unit");
        assertThat(third.estimatedCost()).isEqualByComparingTo("75000000");
        assertThat(third.source()).isEqualTo(new SourceLine(ASP.toString(), 3));

        assertThat(filled.problems())
                .containsExactly(new SheetProblem(ASP.toString(), 4, LINE_1 + 3, "Kategori", "unknownChoice", "Jalan"));
        assertThat(filled.problems().getFirst().message())
                .isEqualTo("Sheet " + ASP + " line 4 (row " + (LINE_1 + 3)
                        + "), column Kategori: \"Jalan\" is not one of the allowed values");
    }

    @Test
    void aBlankDistrictIsTheVisitsOwnAndAnotherDapilsDistrictIsAProblem() {
        var typed = rows(
                row(LINE_1, 1, "A", null, null, null, "Lampu jalan", "Gelap", "Infrastruktur"),
                row(LINE_1 + 1, 2, "B", null, null, "Gombong", "Lampu jalan", "Gelap", "Infrastruktur"));
        var filled = VisitWorkbook.read(fill(template(SheetKind.ASPIRATIONS, 5), typed), SHEET, ASPIRATIONS);
        assertThat(filled.aspirations())
                .singleElement()
                .satisfies(a -> assertThat(a.district()).isEqualTo("Sruweng"));
        assertThat(filled.problems())
                .containsExactly(
                        new SheetProblem(ASP.toString(), 2, LINE_1 + 1, "Kecamatan", "unknownChoice", "Gombong"));
    }

    @Test
    void everyProblemOfALineIsNamedRequiredTooLongNumbersUnitsRangesAndLineNumbers() {
        var typed = rows(
                // no summary, no problem, no category
                row(LINE_1, 1, "Tanpa isi"),
                // a name too long, a volume not a number, a cost not in rupiah
                row(
                        LINE_1 + 1,
                        2,
                        "x".repeat(161),
                        null,
                        null,
                        null,
                        "Usulan",
                        "Masalah",
                        "Sosial",
                        null,
                        "banyak",
                        null,
                        "sekitar 5 juta"),
                // a volume without its unit, a unit without its volume
                row(LINE_1 + 2, 3, null, null, null, null, "Usulan", "Masalah", "Sosial", null, 10),
                row(LINE_1 + 3, 4, null, null, null, null, "Usulan", "Masalah", "Sosial", null, null, "m"),
                // a zero volume
                row(LINE_1 + 4, 5, null, null, null, null, "Usulan", "Masalah", "Sosial", null, 0, "m"),
                // line 5 numbered twice; a number erased
                row(LINE_1 + 5, 5, null, null, null, null, "Usulan", "Masalah", "Sosial"),
                row(LINE_1 + 6, null, null, null, null, null, "Usulan", "Masalah", "Sosial"),
                // more decimals than stored
                row(
                        LINE_1 + 7,
                        8,
                        null,
                        null,
                        null,
                        null,
                        "Usulan",
                        "Masalah",
                        "Sosial",
                        null,
                        new BigDecimal("2.555"),
                        "m",
                        new BigDecimal("1500000.5")));
        typed.put("A" + (LINE_1 + 6), null);
        var filled = VisitWorkbook.read(fill(template(SheetKind.ASPIRATIONS, 10), typed), SHEET, ASPIRATIONS);
        var code = ASP.toString();
        assertThat(filled.aspirations()).isEmpty();
        assertThat(filled.problems())
                .containsExactly(
                        new SheetProblem(code, 1, LINE_1, "Yang diusulkan", "required", null),
                        new SheetProblem(code, 1, LINE_1, "Permasalahan", "required", null),
                        new SheetProblem(code, 1, LINE_1, "Kategori", "required", null),
                        new SheetProblem(code, 2, LINE_1 + 1, "Nama", "tooLong", "160"),
                        new SheetProblem(code, 2, LINE_1 + 1, "Volume", "notANumber", "banyak"),
                        new SheetProblem(code, 2, LINE_1 + 1, "Perkiraan biaya (Rp)", "notANumber", "sekitar 5 juta"),
                        new SheetProblem(code, 3, LINE_1 + 2, "Satuan", "volumeWithoutUnit", null),
                        new SheetProblem(code, 4, LINE_1 + 3, "Volume", "unitWithoutVolume", null),
                        new SheetProblem(code, 5, LINE_1 + 4, "Volume", "notPositive", null),
                        new SheetProblem(code, 5, LINE_1 + 5, "No", "duplicateLine", "5"),
                        new SheetProblem(code, 7, LINE_1 + 6, "No", "badLine", ""),
                        new SheetProblem(code, 8, LINE_1 + 7, "Volume", "outOfRange", "2.555"),
                        new SheetProblem(code, 8, LINE_1 + 7, "Perkiraan biaya (Rp)", "outOfRange", "1500000.5"));
    }

    @Test
    void anAttendanceListGivesAttendeesAndAGuestListInvitedGuestsWhoCame() {
        var typed =
                rows(row(LINE_1, 1, "Sumarni", "PKK Desa Kedungwinangun", "RT 02 RW 01"), row(LINE_1 + 2, 3, "Darto"));
        var attendance = VisitWorkbook.read(fill(template(SheetKind.ATTENDANCE, 25), typed), SHEET, PEOPLE);
        var hdr = SheetCode.of(VISIT, SheetKind.ATTENDANCE, 1).toString();
        assertThat(attendance.problems()).isEmpty();
        assertThat(attendance.attendees())
                .containsExactly(
                        new NewAttendee(
                                "Sumarni",
                                "PKK Desa Kedungwinangun",
                                "RT 02 RW 01",
                                false,
                                true,
                                new SourceLine(hdr, 1)),
                        new NewAttendee("Darto", null, null, false, true, new SourceLine(hdr, 3)));

        var guests = VisitWorkbook.read(
                fill(template(SheetKind.GUESTS, 10), row(LINE_1, 1, "Kepala Desa Kedungwinangun", "Pemerintah Desa")),
                SHEET,
                PEOPLE);
        var tam = SheetCode.of(VISIT, SheetKind.GUESTS, 1).toString();
        assertThat(guests.attendees())
                .containsExactly(new NewAttendee(
                        "Kepala Desa Kedungwinangun", "Pemerintah Desa", null, true, true, new SourceLine(tam, 1)));

        var nameless = VisitWorkbook.read(
                fill(template(SheetKind.ATTENDANCE, 5), row(LINE_1 + 1, 2, null, "Karang Taruna")), SHEET, PEOPLE);
        assertThat(nameless.problems()).containsExactly(new SheetProblem(hdr, 2, LINE_1 + 1, "Nama", "required", null));
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedAsSuch() {
        assertRejected(new byte[0], ASPIRATIONS, "notXlsx");
        assertRejected("Nama;Kategori\nSutrisno;Jalan\n".getBytes(StandardCharsets.UTF_8), ASPIRATIONS, "notXlsx");
        assertRejected("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), ASPIRATIONS, "notXlsx");
        assertRejected(zip(Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8))), ASPIRATIONS, "notXlsx");
        // a zip whose workbook part is not XML
        assertRejected(
                zip(Map.of("xl/workbook.xml", "not xml".getBytes(StandardCharsets.UTF_8))), ASPIRATIONS, "notXlsx");
        // its first bytes are a zip's, the rest is not
        var truncated = java.util.Arrays.copyOf(template(SheetKind.ASPIRATIONS, 5), 200);
        assertRejected(truncated, ASPIRATIONS, "notXlsx");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpackedAndABigFileBeforeItIsRead() {
        var bomb = zip(Map.of("xl/workbook.xml", new byte[0], "xl/worksheets/sheet1.xml", new byte[40 * 1024 * 1024]));
        assertThat(bomb.length).as("small packed").isLessThan((int) VisitWorkbook.MAX_BYTES);
        assertRejected(bomb, ASPIRATIONS, "tooLarge");
        assertRejected(new byte[(int) VisitWorkbook.MAX_BYTES + 1], ASPIRATIONS, "tooLarge");
    }

    @Test
    void aWorkbookNotInSuarasLayoutIsRefused() {
        var template = template(SheetKind.ASPIRATIONS, 5);
        assertRejected(fill(template, Map.of("A2", "Kode")), ASPIRATIONS, "notLayout");
        assertRejected(fill(template, Map.of("H" + VisitWorkbook.HEADER_ROW, "Jenis")), ASPIRATIONS, "notLayout");
        assertRejected(Workbooks.write(Map.of("Sheet1", Map.of(List.of(0, 0), "Nama"))), ASPIRATIONS, "notLayout");
    }

    @Test
    void aSheetOfAnotherVisitOrWithAnUnknownCodeOrOfTheOtherKindIsRefused() {
        var template = template(SheetKind.ASPIRATIONS, 5);
        var other = UUID.randomUUID();
        assertRejected(fill(template, Map.of("B3", other.toString())), ASPIRATIONS, "otherVisit");
        assertRejected(
                VisitWorkbook.write(
                        Workbooks.kebumenVisit(INSTITUTION, other), SheetCode.of(other, SheetKind.ASPIRATIONS, 1), 5),
                ASPIRATIONS,
                "otherVisit");
        assertRejected(fill(template, Map.of("B2", "ASP-ZZZZZZ-01")), ASPIRATIONS, "unknownSheet");
        assertRejected(fill(template, Map.of("B2", "lembar satu")), ASPIRATIONS, "unknownSheet");
        assertRejected(template(SheetKind.ATTENDANCE, 5), ASPIRATIONS, "wrongKind");
        assertRejected(template, PEOPLE, "wrongKind");
    }

    @Test
    void aWorkbookWithMoreThanFiveHundredLinesIsRefused() {
        var template = template(SheetKind.ASPIRATIONS, 5);
        assertRejected(fill(template, rows(filledLine(1), filledLine(501))), ASPIRATIONS, "tooManyRows");
        assertThat(VisitWorkbook.read(fill(template, rows(filledLine(1), filledLine(500))), SHEET, ASPIRATIONS)
                        .aspirations())
                .extracting(a -> a.source().line())
                .containsExactly(1, 500);
    }

    /** Line {@code n} filled validly in its pre-numbered row. */
    private static Map<String, Object> filledLine(int n) {
        return row(VisitWorkbook.HEADER_ROW + n, n, "Warga " + n, null, null, null, "Usulan", "Masalah", "Sosial");
    }

    @Test
    void theLineCountOfAGivenOutWorkbookIsBounded() {
        assertThatThrownBy(() -> template(SheetKind.ASPIRATIONS, VisitWorkbook.MAX_LINES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(template(SheetKind.ASPIRATIONS, VisitWorkbook.MAX_LINES).length)
                .isLessThan((int) VisitWorkbook.MAX_BYTES);
    }

    private static void assertRejected(byte[] file, Set<SheetKind> kinds, String reason) {
        assertThatThrownBy(() -> VisitWorkbook.read(file, SHEET, kinds))
                .isInstanceOfSatisfying(SheetRejected.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo(reason);
                    var invalid = rejected.asInvalidInput();
                    assertThat(invalid.errors())
                            .allSatisfy(e -> assertThat(e.field()).isEqualTo("file"));
                    assertThat(invalid.unprocessable()).as("400").isFalse();
                });
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var part : new LinkedHashMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String part(byte[] xlsx, String name) throws IOException {
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx))
                .get()) {
            var entry = zip.getEntry(name);
            if (entry == null) {
                throw new AssertionError("No part " + name);
            }
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
