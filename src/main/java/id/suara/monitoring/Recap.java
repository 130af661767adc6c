package id.suara.monitoring;

import id.suara.documents.ReportDocument;
import java.util.UUID;

/**
 * A recap report worked out from the figures: its document (parts, charts, tables) and which of its tables is the CSV.
 *
 * @param unitId the unit it is limited to; null for the whole institution
 * @param main the table a CSV download holds (the XLSX holds every table, one sheet each)
 */
public record Recap(
        RecapKind kind, ReportPeriod period, UUID unitId, ReportDocument document, ReportDocument.Table main) {

    /** The name its files are downloaded under, without extension, e.g. {@code rekapitulasi-2026-q1}. */
    public String fileName() {
        return kind.slug() + "-" + period.key().replace("..", "_");
    }
}
