package id.suara.audit;

import id.suara.shared.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Audit entries as CSV (RFC 4180, CRLF line ends). A cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, so opening an export never runs what an attacker
 * typed, e.g. as a username at a failed login.
 */
final class AuditCsv {

    static final List<String> COLUMNS = List.of(
            "seq",
            "occurred_at",
            "institution_id",
            "actor_id",
            "actor_name",
            "action",
            "subject_type",
            "subject_id",
            "details",
            "client_address",
            "previous_hash",
            "hash");

    /** Lets spreadsheet programs recognise the file as UTF-8. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private AuditCsv() {}

    static void writeHeader(Writer out) throws IOException {
        writeRow(out, COLUMNS);
    }

    static void write(Writer out, AuditEntry e) throws IOException {
        writeRow(
                out,
                List.of(
                        Long.toString(e.seq()),
                        DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()),
                        text(e.institutionId()),
                        text(e.actorId()),
                        text(e.actorName()),
                        text(e.action()),
                        text(e.subjectType()),
                        text(e.subjectId()),
                        text(e.details()),
                        text(e.clientAddress()),
                        text(e.previousHash()),
                        text(e.hash())));
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
