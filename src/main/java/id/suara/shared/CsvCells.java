package id.suara.shared;

/** Cells of the CSV files Suara writes (RFC 4180, comma-separated): the audit export, the recaps, the open data. */
public final class CsvCells {

    private CsvCells() {}

    /**
     * One text cell: neutralised with a leading apostrophe if a spreadsheet would take it for a formula, quoted (quotes
     * doubled) if it holds a comma, quote or line end.
     */
    public static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        var text = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
