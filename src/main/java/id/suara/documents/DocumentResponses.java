package id.suara.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An issued document as an HTTP answer: a PDF shown in the browser, never cached, its checksum as the ETag. */
public final class DocumentResponses {

    private DocumentResponses() {}

    public static ResponseEntity<byte[]> inline(Documents.Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(pdf.document().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .eTag(pdf.document().sha256())
                .body(pdf.content());
    }
}
