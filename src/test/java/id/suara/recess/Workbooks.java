package id.suara.recess;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Test help for visit workbooks: a visit's sheet head, and filling a downloaded workbook as a person does in a
 * spreadsheet program — open it, type into some cells, save it (here: read every cell and write them again with the
 * typed ones, through fastexcel's writer).
 */
public final class Workbooks {

    private Workbooks() {}

    /** A visit of the Kebumen 1 dapil, as {@link VisitEntries#sheetOf} would state it. */
    public static VisitSheet kebumenVisit(UUID institutionId, UUID visitId) {
        return new VisitSheet(
                institutionId,
                visitId,
                "Sekretariat DPRD Kabupaten Kebumen",
                "Masa Reses III Tahun 2026",
                "H. Slamet Riyanto, S.Pd.",
                "Fraksi Karya Nusantara",
                "Kebumen 1",
                List.of("Kebumen", "Sruweng", "Pejagoan"),
                OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                "Balai Desa Kedungwinangun",
                "Sruweng",
                "Kedungwinangun");
    }

    /**
     * The workbook saved after typing {@code typed} into it: cell references such as {@code "F12"} of the first
     * worksheet, or {@code "Pilihan!A2"} of another; a value of null clears the cell. Later entries for the same cell
     * win, as a corrected cell does.
     */
    public static byte[] fill(byte[] workbook, Map<String, Object> typed) {
        // sheet name → (row, column) → value
        var sheets = new LinkedHashMap<String, Map<List<Integer>, Object>>();
        String first;
        try (var read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            var all = read.getSheets().toList();
            first = all.getFirst().getName();
            for (var sheet : all) {
                var cells = new LinkedHashMap<List<Integer>, Object>();
                for (var row : sheet.read()) {
                    for (var cell : row) {
                        if (cell == null || cell.getType() == CellType.EMPTY) {
                            continue;
                        }
                        var at = List.of(row.getRowNum() - 1, cell.getColumnIndex());
                        cells.put(at, cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
                    }
                }
                sheets.put(sheet.getName(), cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        typed.forEach((reference, value) -> {
            var sheet = reference.contains("!") ? reference.substring(0, reference.indexOf('!')) : first;
            var cell = reference.contains("!") ? reference.substring(reference.indexOf('!') + 1) : reference;
            var at = position(cell);
            if (value == null) {
                sheets.get(sheet).remove(at);
            } else {
                sheets.get(sheet).put(at, value);
            }
        });
        return write(sheets);
    }

    /** A workbook of these cells per sheet, in order. */
    static byte[] write(Map<String, Map<List<Integer>, Object>> sheets) {
        var out = new ByteArrayOutputStream();
        try (var book = new Workbook(out, "Microsoft Excel", "16.0")) {
            sheets.forEach((name, cells) -> {
                var sheet = book.newWorksheet(name);
                cells.forEach((at, value) -> {
                    if (value instanceof BigDecimal number) {
                        sheet.value(at.get(0), at.get(1), number);
                    } else if (value instanceof Number number) {
                        sheet.value(at.get(0), at.get(1), number);
                    } else {
                        sheet.value(at.get(0), at.get(1), value.toString());
                    }
                });
            });
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "F12" → [11, 5]. */
    static List<Integer> position(String cell) {
        int i = 0;
        int column = 0;
        while (Character.isLetter(cell.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
            i++;
        }
        return List.of(Integer.parseInt(cell.substring(i)) - 1, column - 1);
    }

    /** The cells of a row of the first worksheet, from column A, as typed values (for {@link #fill}). */
    public static Map<String, Object> row(int row, Object... values) {
        var cells = new LinkedHashMap<String, Object>();
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                cells.put((char) ('A' + c) + String.valueOf(row), values[c]);
            }
        }
        return cells;
    }

    /** Several rows' cells in one map. */
    @SafeVarargs
    public static Map<String, Object> rows(Map<String, Object>... rows) {
        var all = new LinkedHashMap<String, Object>();
        for (var row : rows) {
            all.putAll(row);
        }
        return all;
    }
}
