package id.suara.audit.web;

import id.suara.audit.AuditExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** An audit export as a CSV download, for the API and the audit page alike. */
final class AuditDownloads {

    static final String CSV = "text/csv; charset=UTF-8";

    private AuditDownloads() {}

    /** Writes the export as the response: a CSV attachment, never cached, not to be sniffed as anything else. */
    static void write(AuditExport export, HttpServletResponse response) throws IOException {
        response.setContentType(CSV);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(export.filename())
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        export.writeTo(out);
        out.flush();
    }
}
