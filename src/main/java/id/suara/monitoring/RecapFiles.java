package id.suara.monitoring;

import id.suara.documents.ReportDocument;
import id.suara.shared.CsvCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * A recap's tables as XLSX (one sheet per table, numbers as numbers, bold headers, totals row bold) and its main table as
 * CSV (UTF-8 with a byte order mark, comma-separated, CRLF, RFC 4180 quoting, and a leading {@code '} on a cell a
 * spreadsheet would take for a formula, as the audit export does).
 */
final class RecapFiles {

    private RecapFiles() {}

    static byte[] xlsx(Recap recap) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Suara", "1.0");
            var names = new HashSet<String>();
            for (var table : recap.document().tables()) {
                var sheet = workbook.newWorksheet(sheetName(table.name(), names));
                sheet.value(0, 0, table.caption());
                sheet.style(0, 0).bold().set();
                var headers = table.headers();
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(1, c, headers.get(c));
                    sheet.style(1, c).bold().fillColor("E6E6E6").set();
                }
                var rows = table.rows();
                for (int r = 0; r < rows.size(); r++) {
                    var cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        var cell = cells.get(c);
                        if (cell instanceof Number number) {
                            sheet.value(r + 2, c, number);
                        } else if (cell != null && !cell.toString().isEmpty()) {
                            sheet.value(r + 2, c, cell.toString());
                        }
                    }
                    if (table.total() && r == rows.size() - 1) {
                        for (int c = 0; c < cells.size(); c++) {
                            sheet.style(r + 2, c).bold().set();
                        }
                    }
                }
                sheet.freezePane(0, 2);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    private static String sheetName(String name, java.util.Set<String> taken) {
        var base = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.length() > 31) {
            base = base.substring(0, 31);
        }
        var candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            var suffix = " " + i;
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    static byte[] csv(ReportDocument.Table table) {
        var out = new StringBuilder("\uFEFF");
        row(out, table.headers().stream().map(Object.class::cast).toList());
        for (var cells : table.rows()) {
            row(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            var cell = cells.get(i);
            out.append(cell instanceof Number n ? n.toString() : CsvCells.cell(cell == null ? "" : cell.toString()));
        }
        out.append("\r\n");
    }
}
