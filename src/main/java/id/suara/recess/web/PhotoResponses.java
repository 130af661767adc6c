package id.suara.recess.web;

import id.suara.recess.RecessVisits.PhotoContent;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A visit photo as a response: its detected type, never sniffed, sandboxed like an attachment. */
final class PhotoResponses {

    private PhotoResponses() {}

    /** @param inline shown in the page (an img) rather than downloaded */
    static ResponseEntity<InputStreamResource> of(PhotoContent photo, boolean inline) {
        var info = photo.info();
        var disposition = inline ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(info.mediaType()))
                .contentLength(info.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(info.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(new InputStreamResource(photo.content().get()));
    }
}
