package id.suara.recess;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The XLSX of a visit's sheet in Suara's layout, and reading it back once filled (ADR 0033). The first worksheet has a
 * header block (title, sheet code, visit id, institution, recess, member, dapil, when and where, instructions) and a
 * table with one pre-numbered row per line; the worksheet {@value #CHOICES} lists the allowed districts, categories and
 * urgencies, which the table's cells offer as drop-down lists. A workbook is read by its layout, not by its name: the
 * code and visit id in its header block say which visit and sheet it is, the "No" column which line each row is.
 */
public final class VisitWorkbook {

    /** The most an uploaded workbook may weigh. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /** The most its parts may unpack to: a filled sheet of 500 lines is far below, a zip bomb far above. */
    static final long MAX_UNPACKED_BYTES = 24L * 1024 * 1024;

    /** The most parts an XLSX of ours has, with room for what a spreadsheet program adds. */
    static final int MAX_PARTS = 100;

    /** The most lines a workbook may have (given out and read back). */
    public static final int MAX_LINES = 500;

    /** The worksheet of allowed values. */
    static final String CHOICES = "Pilihan";

    /** The rows of the header block and the table, counted from 1 as a spreadsheet shows them. */
    static final int CODE_ROW = 2;

    static final int VISIT_ROW = 3;
    static final int HEADER_ROW = 10;

    static final String CODE_LABEL = "Kode lembar";
    static final String VISIT_LABEL = "ID kunjungan";

    /** The aspiration table's columns, as printed. */
    public static final List<String> ASPIRATION_COLUMNS = List.of(
            "No",
            "Nama",
            "Kelompok/Lembaga",
            "Desa/Kelurahan",
            "Kecamatan",
            "Yang diusulkan",
            "Permasalahan",
            "Kategori",
            "Urgensi",
            "Volume",
            "Satuan",
            "Perkiraan biaya (Rp)");

    /** The attendance and guest list's columns, as printed. */
    public static final List<String> PEOPLE_COLUMNS = List.of("No", "Nama", "Organisasi/Asal", "Alamat");

    private static final int NAME = 1;
    private static final int GROUP = 2;
    private static final int VILLAGE = 3;
    private static final int DISTRICT = 4;
    private static final int SUMMARY = 5;
    private static final int PROBLEM = 6;
    private static final int CATEGORY = 7;
    private static final int URGENCY = 8;
    private static final int VOLUME = 9;
    private static final int UNIT = 10;
    private static final int COST = 11;
    private static final int ORGANISATION = 2;
    private static final int ADDRESS = 3;

    /** The largest volume stored (two decimals). */
    static final BigDecimal MAX_VOLUME = new BigDecimal("999999999999.99");

    /** The largest estimated cost stored, in whole rupiah. */
    static final BigDecimal MAX_COST = new BigDecimal("999999999999999999");

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private VisitWorkbook() {}

    /** The worksheet's name for a kind of sheet. */
    static String worksheetName(SheetKind kind) {
        return switch (kind) {
            case ASPIRATIONS -> "Lembar Aspirasi";
            case ATTENDANCE -> "Daftar Hadir";
            case GUESTS -> "Daftar Tamu Undangan";
        };
    }

    /** The instructions in the header block. */
    static String instructions(SheetKind kind) {
        return kind == SheetKind.ASPIRATIONS
                ? "Isi satu baris per aspirasi; baris kosong dilewati. Kecamatan, Kategori dan Urgensi dipilih dari "
                        + "lembar Pilihan. Jangan ubah kode lembar, ID kunjungan, kolom No dan judul kolom."
                : "Isi satu baris per orang; baris kosong dilewati. Jangan ubah kode lembar, ID kunjungan, kolom No "
                        + "dan judul kolom.";
    }

    /** "Kamis, 3 Desember 2026 pukul 09.00 WIB" for the head of a sheet. */
    static String when(VisitSheet sheet) {
        var at = sheet.startsAt();
        return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", INDONESIAN)
                        .format(at)
                + " "
                + zoneName(at.getOffset());
    }

    /** "Balai Desa Kedungwinangun, Kedungwinangun, Kec. Klirong" for the head of a sheet. */
    static String where(VisitSheet sheet) {
        var parts = new ArrayList<String>();
        parts.add(sheet.place());
        if (sheet.village() != null && !sheet.village().isBlank()) {
            parts.add(sheet.village());
        }
        parts.add("Kec. " + sheet.district());
        return String.join(", ", parts);
    }

    static String zoneName(ZoneOffset offset) {
        return switch (offset.getTotalSeconds() / 3600) {
            case 7 -> "WIB";
            case 8 -> "WITA";
            case 9 -> "WIT";
            default -> offset.getId();
        };
    }

    /** The member with their faction, as the head of a sheet names them. */
    static String member(VisitSheet sheet) {
        return sheet.factionName() == null || sheet.factionName().isBlank()
                ? sheet.memberName()
                : sheet.memberName() + " (" + sheet.factionName() + ")";
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /** The workbook of one sheet of the visit, with {@code lines} pre-numbered rows (1 to {@value #MAX_LINES}). */
    public static byte[] write(VisitSheet sheet, SheetCode code, int lines) {
        if (lines < 1 || lines > MAX_LINES) {
            throw new IllegalArgumentException("A workbook has 1 to " + MAX_LINES + " lines");
        }
        var kind = code.kind();
        var columns = kind.listsPeople() ? PEOPLE_COLUMNS : ASPIRATION_COLUMNS;
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Suara", "1.0")) {
            var table = workbook.newWorksheet(worksheetName(kind));
            var choices = workbook.newWorksheet(CHOICES);
            head(table, sheet, code, columns.size());
            for (int c = 0; c < columns.size(); c++) {
                table.value(HEADER_ROW - 1, c, columns.get(c));
            }
            table.range(HEADER_ROW - 1, 0, HEADER_ROW - 1, columns.size() - 1)
                    .style()
                    .bold()
                    .fillColor("D9E2F3")
                    .borderStyle(BorderStyle.THIN)
                    .wrapText(true)
                    .set();
            for (int line = 1; line <= lines; line++) {
                table.value(HEADER_ROW - 1 + line, 0, line);
            }
            table.range(HEADER_ROW, 0, HEADER_ROW - 1 + lines, columns.size() - 1)
                    .style()
                    .borderStyle(BorderStyle.THIN)
                    .wrapText(true)
                    .verticalAlignment("top")
                    .set();
            table.freezePane(1, HEADER_ROW);
            table.width(0, 5);
            if (kind.listsPeople()) {
                table.width(NAME, 30);
                table.width(ORGANISATION, 30);
                table.width(ADDRESS, 40);
            } else {
                widths(table);
                choices(choices, table, sheet, lines);
            }
            if (kind.listsPeople()) {
                choices.value(0, 0, "Lembar ini tidak memakai daftar pilihan.");
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void head(Worksheet table, VisitSheet sheet, SheetCode code, int width) {
        table.value(0, 0, code.kind().title());
        table.style(0, 0).bold().fontSize(14).set();
        String[][] rows = {
            {CODE_LABEL, code.toString()},
            {VISIT_LABEL, sheet.visitId().toString()},
            {"Lembaga", sheet.institutionName()},
            {"Masa reses", sheet.recessLabel()},
            {"Anggota DPRD", member(sheet)},
            {"Dapil", sheet.dapilName()},
            {"Waktu dan tempat", when(sheet) + ", " + where(sheet)},
            {"Petunjuk", instructions(code.kind())}
        };
        for (int i = 0; i < rows.length; i++) {
            table.value(i + 1, 0, rows[i][0]);
            table.value(i + 1, 1, rows[i][1]);
            table.style(i + 1, 0).bold().set();
            if (width > 2) {
                table.range(i + 1, 1, i + 1, Math.min(width - 1, 6)).merge();
            }
        }
        table.style(CODE_ROW - 1, 1).bold().set();
    }

    private static void widths(Worksheet table) {
        table.width(NAME, 22);
        table.width(GROUP, 22);
        table.width(VILLAGE, 18);
        table.width(DISTRICT, 18);
        table.width(SUMMARY, 36);
        table.width(PROBLEM, 44);
        table.width(CATEGORY, 18);
        table.width(URGENCY, 14);
        table.width(VOLUME, 10);
        table.width(UNIT, 10);
        table.width(COST, 18);
    }

    /** The allowed values and the drop-down lists of the table's cells that take them. */
    private static void choices(Worksheet choices, Worksheet table, VisitSheet sheet, int lines) {
        var lists = List.of(
                List.copyOf(sheet.districts()),
                List.copyOf(SheetChoices.CATEGORIES.values()),
                List.copyOf(SheetChoices.URGENCIES.values()));
        var headers = List.of("Kecamatan", "Kategori", "Urgensi");
        var targets = List.of(DISTRICT, CATEGORY, URGENCY);
        for (int c = 0; c < lists.size(); c++) {
            choices.value(0, c, headers.get(c));
            choices.style(0, c).bold().set();
            choices.width(c, 24);
            var values = lists.get(c);
            for (int i = 0; i < values.size(); i++) {
                choices.value(i + 1, c, values.get(i));
            }
            if (values.isEmpty()) {
                continue;
            }
            var column = (char) ('A' + c);
            table.range(HEADER_ROW, targets.get(c), HEADER_ROW - 1 + lines, targets.get(c))
                    .validateWithListByFormula(
                            "'" + CHOICES + "'!$" + column + "$2:$" + column + "$" + (values.size() + 1))
                    .allowBlank(true)
                    .showErrorMessage(true)
                    .errorTitle(headers.get(c))
                    .error("Pilih dari daftar pada lembar " + CHOICES + ".");
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /**
     * What a filled workbook holds: its sheet code and its filled lines, read as entries (each with its sheet code and
     * line as its source), and what is wrong with any of them. Blank lines are skipped.
     */
    public record Filled(
            SheetCode code,
            List<NewAspiration> aspirations,
            List<NewAttendee> attendees,
            List<SheetProblem> problems,
            Map<Integer, Integer> rowsByLine) {

        /** The workbook row a line was read from. */
        public int rowOf(int line) {
            return rowsByLine.getOrDefault(line, HEADER_ROW + line);
        }
    }

    /**
     * Reads a filled workbook of the visit. Refused whole ({@link SheetRejected}) when it is not an XLSX, is too large,
     * is not in Suara's layout, is a sheet of another visit or of a kind not in {@code kinds}, or has more than
     * {@value #MAX_LINES} lines. A line's problems do not refuse it here: they are in {@link Filled#problems()}.
     */
    public static Filled read(byte[] file, VisitSheet sheet, Set<SheetKind> kinds) {
        if (file == null || file.length == 0) {
            throw new SheetRejected("notXlsx", "No file was sent");
        }
        if (file.length > MAX_BYTES) {
            throw new SheetRejected("tooLarge", "The file is larger than 2 MB");
        }
        checkParts(file);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            var worksheet = workbook.getSheets()
                    .filter(s -> !CHOICES.equals(s.getName()))
                    .findFirst()
                    .orElseThrow(() -> notLayout("it has no worksheet"));
            var head = new HashMap<Integer, Row>();
            var lines = new ArrayList<Row>();
            try (var rows = worksheet.openStream()) {
                var iterator = rows.iterator();
                while (iterator.hasNext()) {
                    var row = iterator.next();
                    if (row.getRowNum() <= HEADER_ROW) {
                        head.put(row.getRowNum(), row);
                    } else if (!blank(row, 1)) {
                        if (row.getRowNum() > HEADER_ROW + MAX_LINES) {
                            throw new SheetRejected("tooManyRows", "The sheet has more than " + MAX_LINES + " lines");
                        }
                        lines.add(row);
                    }
                }
            }
            var code = code(head, sheet.visitId(), kinds);
            var columns = code.kind().listsPeople() ? PEOPLE_COLUMNS : ASPIRATION_COLUMNS;
            var header = head.get(HEADER_ROW);
            for (int c = 0; c < columns.size(); c++) {
                if (header == null || !columns.get(c).equalsIgnoreCase(nullToEmpty(text(header, c)))) {
                    throw notLayout(
                            "row " + HEADER_ROW + " must have the column headers " + String.join(", ", columns));
                }
            }
            return code.kind().listsPeople() ? people(code, lines) : aspirations(code, sheet, lines);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof SheetRejected rejected) {
                throw rejected;
            }
            throw new SheetRejected("notXlsx", "The file cannot be read as an XLSX workbook");
        }
    }

    /**
     * Refuses a file that is not a zip of at most {@value #MAX_PARTS} parts unpacking to at most 24 MB with a workbook
     * part, reading every part as the XLSX reader would (its central directory), so that a zip bomb is never unpacked
     * further than the limit.
     */
    static void checkParts(byte[] file) {
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new SheetRejected("notXlsx", "The file is not an XLSX workbook");
        }
        boolean workbookPart = false;
        long unpacked = 0;
        int parts = 0;
        var buffer = new byte[8192];
        try (var zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(file))
                .get()) {
            var entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw new SheetRejected("notXlsx", "The file has too many parts for an XLSX workbook");
                }
                if ("xl/workbook.xml".equals(entry.getName())) {
                    workbookPart = true;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new SheetRejected("tooLarge", "The file unpacks to more than 24 MB");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof SheetRejected rejected) {
                throw rejected;
            }
            throw new SheetRejected("notXlsx", "The file is not an XLSX workbook");
        }
        if (!workbookPart) {
            throw new SheetRejected("notXlsx", "The file is not an XLSX workbook");
        }
    }

    private static SheetRejected notLayout(String why) {
        return new SheetRejected("notLayout", "The workbook is not in the layout Suara gives out: " + why);
    }

    /** The sheet code of the header block, checked against the visit and the kinds this import takes. */
    private static SheetCode code(Map<Integer, Row> head, UUID visitId, Set<SheetKind> kinds) {
        var codeRow = head.get(CODE_ROW);
        var visitRow = head.get(VISIT_ROW);
        if (codeRow == null
                || visitRow == null
                || !CODE_LABEL.equalsIgnoreCase(nullToEmpty(text(codeRow, 0)))
                || !VISIT_LABEL.equalsIgnoreCase(nullToEmpty(text(visitRow, 0)))) {
            throw notLayout("cells A" + CODE_ROW + " and A" + VISIT_ROW + " must read \"" + CODE_LABEL + "\" and \""
                    + VISIT_LABEL + "\"");
        }
        var writtenVisit = nullToEmpty(text(visitRow, 1));
        if (!writtenVisit.equalsIgnoreCase(visitId.toString())) {
            throw new SheetRejected("otherVisit", "The workbook is a sheet of another visit (" + writtenVisit + ")");
        }
        var written = nullToEmpty(text(codeRow, 1));
        var code = SheetCode.parse(written)
                .filter(c -> c.of(visitId))
                .orElseThrow(() -> new SheetRejected(
                        "unknownSheet", "\"" + written + "\" is not the code of a sheet of this visit"));
        if (!kinds.contains(code.kind())) {
            throw new SheetRejected(
                    "wrongKind",
                    "Sheet " + code + " is a " + code.kind().title().toLowerCase(INDONESIAN)
                            + ", not what this import takes");
        }
        return code;
    }

    /** Reads the cells of one line, noting each problem against its column. */
    private static final class LineReader {
        final SheetCode code;
        final List<String> columns;
        final Row row;
        final int line;
        final List<SheetProblem> problems;

        LineReader(SheetCode code, List<String> columns, Row row, int line, List<SheetProblem> problems) {
            this.code = code;
            this.columns = columns;
            this.row = row;
            this.line = line;
            this.problems = problems;
        }

        void problem(int column, String reason, String value) {
            problems.add(new SheetProblem(code.toString(), line, row.getRowNum(), columns.get(column), reason, value));
        }

        /** The text of a cell, stripped; null when blank or longer than {@code max} (a problem then). */
        String text(int column, int max, boolean required) {
            var value = VisitWorkbook.text(row, column);
            if (value == null) {
                if (required) {
                    problem(column, "required", null);
                }
                return null;
            }
            if (value.length() > max) {
                problem(column, "tooLong", String.valueOf(max));
                return null;
            }
            return value;
        }

        /** A number in a cell: a number cell, or text with a decimal comma or point and no thousands separators. */
        BigDecimal number(int column) {
            var cell = row.getOptionalCell(column);
            if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
                return cell.get().asNumber();
            }
            var value = VisitWorkbook.text(row, column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                problem(column, "notANumber", value);
                return null;
            }
        }

        /** Rupiah in a cell: a number cell, or digits optionally after "Rp" and with dots between thousands. */
        BigDecimal rupiah(int column) {
            var cell = row.getOptionalCell(column);
            if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
                return cell.get().asNumber();
            }
            var value = VisitWorkbook.text(row, column);
            if (value == null) {
                return null;
            }
            var digits = value.replaceFirst("(?i)^rp\\.?", "").replace(" ", "");
            if (!digits.matches("[0-9]{1,3}(\\.[0-9]{3})*|[0-9]+")) {
                problem(column, "notANumber", value);
                return null;
            }
            return new BigDecimal(digits.replace(".", ""));
        }
    }

    private static Filled aspirations(SheetCode code, VisitSheet sheet, List<Row> rows) {
        var problems = new ArrayList<SheetProblem>();
        var entries = new ArrayList<NewAspiration>();
        var seen = new HashSet<Integer>();
        var rowsByLine = new HashMap<Integer, Integer>();
        for (var row : rows) {
            var line = line(code, ASPIRATION_COLUMNS, row, seen, problems);
            if (line == null) {
                continue;
            }
            rowsByLine.put(line, row.getRowNum());
            int before = problems.size();
            var cells = new LineReader(code, ASPIRATION_COLUMNS, row, line, problems);
            var name = cells.text(NAME, 160, false);
            var group = cells.text(GROUP, 200, false);
            var village = cells.text(VILLAGE, 120, false);
            var writtenDistrict = cells.text(DISTRICT, 120, false);
            var summary = cells.text(SUMMARY, 200, true);
            var problem = cells.text(PROBLEM, 5000, true);
            var writtenCategory = cells.text(CATEGORY, 60, true);
            var writtenUrgency = cells.text(URGENCY, 60, false);
            var volume = cells.number(VOLUME);
            var unit = cells.text(UNIT, 40, false);
            var cost = cells.rupiah(COST);
            // a blank district is where the visit was held
            String district = sheet.district();
            if (writtenDistrict != null) {
                district = sheet.districts().stream()
                        .filter(d -> SheetChoices.normalised(d).equals(SheetChoices.normalised(writtenDistrict)))
                        .findFirst()
                        .orElse(null);
                if (district == null) {
                    cells.problem(DISTRICT, "unknownChoice", writtenDistrict);
                }
            }
            AspirationCategory category = null;
            if (writtenCategory != null) {
                category = SheetChoices.category(writtenCategory).orElse(null);
                if (category == null) {
                    cells.problem(CATEGORY, "unknownChoice", writtenCategory);
                }
            }
            var urgency = "BIASA";
            if (writtenUrgency != null) {
                urgency = SheetChoices.urgency(writtenUrgency).orElse(null);
                if (urgency == null) {
                    cells.problem(URGENCY, "unknownChoice", writtenUrgency);
                }
            }
            if (volume != null && volume.signum() <= 0) {
                cells.problem(VOLUME, "notPositive", null);
            } else if (volume != null
                    && (volume.compareTo(MAX_VOLUME) > 0
                            || volume.stripTrailingZeros().scale() > 2)) {
                cells.problem(VOLUME, "outOfRange", volume.stripTrailingZeros().toPlainString());
            } else if (volume != null && unit == null && VisitWorkbook.text(row, UNIT) == null) {
                cells.problem(UNIT, "volumeWithoutUnit", null);
            } else if (volume == null && unit != null && VisitWorkbook.text(row, VOLUME) == null) {
                cells.problem(VOLUME, "unitWithoutVolume", null);
            }
            if (cost != null && cost.signum() < 0) {
                cells.problem(COST, "negative", null);
            } else if (cost != null
                    && (cost.compareTo(MAX_COST) > 0
                            || cost.stripTrailingZeros().scale() > 0)) {
                cells.problem(COST, "outOfRange", cost.stripTrailingZeros().toPlainString());
            }
            if (problems.size() == before) {
                entries.add(new NewAspiration(
                        name,
                        group,
                        district,
                        village,
                        summary,
                        problem,
                        category,
                        urgency,
                        volume,
                        unit,
                        cost,
                        null,
                        new SourceLine(code.toString(), line)));
            }
        }
        return new Filled(code, List.copyOf(entries), List.of(), List.copyOf(problems), Map.copyOf(rowsByLine));
    }

    private static Filled people(SheetCode code, List<Row> rows) {
        var problems = new ArrayList<SheetProblem>();
        var entries = new ArrayList<NewAttendee>();
        var seen = new HashSet<Integer>();
        var rowsByLine = new HashMap<Integer, Integer>();
        for (var row : rows) {
            var line = line(code, PEOPLE_COLUMNS, row, seen, problems);
            if (line == null) {
                continue;
            }
            rowsByLine.put(line, row.getRowNum());
            int before = problems.size();
            var cells = new LineReader(code, PEOPLE_COLUMNS, row, line, problems);
            var name = cells.text(NAME, 160, true);
            var organisation = cells.text(ORGANISATION, 200, false);
            var address = cells.text(ADDRESS, 300, false);
            if (problems.size() == before) {
                // an invited guest who signed the guest list came; the attendance list is of those who came
                entries.add(new NewAttendee(
                        name,
                        organisation,
                        address,
                        code.kind() == SheetKind.GUESTS,
                        true,
                        new SourceLine(code.toString(), line)));
            }
        }
        return new Filled(code, List.of(), List.copyOf(entries), List.copyOf(problems), Map.copyOf(rowsByLine));
    }

    /** The line number in the "No" column of a filled row: a whole number from 1, once per sheet. */
    private static Integer line(
            SheetCode code, List<String> columns, Row row, Set<Integer> seen, List<SheetProblem> problems) {
        var written = text(row, 0);
        var number = written == null ? null : wholeNumber(written);
        // the row number tells the line a row was numbered with, should its number have been erased
        int fallback = row.getRowNum() - HEADER_ROW;
        if (number == null || number < 1 || number > MAX_LINES) {
            problems.add(new SheetProblem(
                    code.toString(), fallback, row.getRowNum(), columns.getFirst(), "badLine", nullToEmpty(written)));
            return null;
        }
        if (!seen.add(number)) {
            problems.add(new SheetProblem(
                    code.toString(), number, row.getRowNum(), columns.getFirst(), "duplicateLine", number.toString()));
            return null;
        }
        return number;
    }

    private static Integer wholeNumber(String written) {
        try {
            var number = new BigDecimal(written);
            return number.stripTrailingZeros().scale() <= 0 ? number.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return null;
        }
    }

    /** Whether a row has nothing written from column {@code from} on. */
    private static boolean blank(Row row, int from) {
        for (int c = from; c < row.getCellCount(); c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    /** A cell's text, stripped; null when it is empty. Numbers as written, without trailing zeros. */
    static String text(Row row, int column) {
        var cell = row.getOptionalCell(column);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return null;
        }
        String value;
        if (cell.get().getType() == CellType.NUMBER) {
            value = cell.get().asNumber().stripTrailingZeros().toPlainString();
        } else {
            value = cell.get().getText();
        }
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
