package id.suara.documents;

import java.util.List;

/**
 * A report in the layout of a laporan (GOVDOCS §1.6), as the {@code recap} template prints it: "LAPORAN TENTANG …", its
 * lettered parts (A Pendahuluan … E Penutup), each with paragraphs, bar charts drawn in plain HTML and tables whose
 * header repeats on every page, then the place and date and the signature block. Other modules fill it with their
 * figures; it holds only text and numbers, so an institution's own template can print it too.
 *
 * @param title what the report is about, after "LAPORAN TENTANG" (upper case in print)
 * @param scope the line under the title: institution or unit and period
 * @param parts the lettered parts in order
 * @param landscape whether its tables are wide enough to need an A4 page turned sideways
 */
public record ReportDocument(String title, String scope, List<Part> parts, boolean landscape) {

    /** A lettered part, e.g. "C. Hasil yang dicapai". */
    public record Part(String heading, List<String> paragraphs, List<Chart> charts, List<Table> tables) {}

    /**
     * A table; a number cell is a {@link Number}, the rest text. When {@code total} the last row is the totals row.
     *
     * @param name the sheet name of the table in a spreadsheet (at most 31 characters)
     */
    public record Table(String name, String caption, List<String> headers, List<List<Object>> rows, boolean total) {

        /** Whether the cell is a number (printed right-aligned). */
        public boolean numberAt(int row, int column) {
            var cells = rows.get(row);
            return column < cells.size() && cells.get(column) instanceof Number;
        }
    }

    /** A horizontal bar chart: each bar's length is its value against the largest. */
    public record Chart(String caption, List<Bar> bars) {}

    /** One bar: a label, a value and its length in percent of the longest bar (0–100). */
    public record Bar(String label, long value, int percent) {}

    /** Bars for labelled values, each scaled against the largest. */
    public static Chart chart(String caption, List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        var bars = new java.util.ArrayList<Bar>();
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i);
            bars.add(new Bar(labels.get(i), value, max == 0 ? 0 : (int) Math.round(100.0 * value / max)));
        }
        return new Chart(caption, List.copyOf(bars));
    }

    /** Every table of every part, in order. */
    public List<Table> tables() {
        return parts.stream().flatMap(p -> p.tables().stream()).toList();
    }
}
