package id.suara.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * An authorised, already recorded export of audit entries as CSV ({@link AuditCsv}), written when {@link #writeTo} is
 * called: entries stream from the database to the writer, never all held in memory.
 */
public final class AuditExport {

    private final String filename;
    private final ToLongFunction<Consumer<AuditEntry>> entries;

    AuditExport(String filename, ToLongFunction<Consumer<AuditEntry>> entries) {
        this.filename = filename;
        this.entries = entries;
    }

    /** The name to offer for the download, e.g. {@code audit-2026-11-23.csv}. */
    public String filename() {
        return filename;
    }

    /**
     * Writes a byte order mark, the header and one row per entry; does not close the writer.
     *
     * @return how many entries were written
     */
    public long writeTo(Writer out) throws IOException {
        out.write(AuditCsv.BYTE_ORDER_MARK);
        AuditCsv.writeHeader(out);
        try {
            return entries.applyAsLong(entry -> {
                try {
                    AuditCsv.write(out, entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
