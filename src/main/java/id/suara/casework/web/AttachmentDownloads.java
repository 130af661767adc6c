package id.suara.casework.web;

import id.suara.casework.CaseReading;
import id.suara.intake.Submissions;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A case's attachment as a download, for the API and the case page alike: only to staff who may see the case, under the
 * name they may see, and with headers that keep a browser from running or sniffing it.
 */
@Component
class AttachmentDownloads {

    private final CaseReading caseReading;
    private final Submissions submissions;

    AttachmentDownloads(CaseReading caseReading, Submissions submissions) {
        this.caseReading = caseReading;
        this.submissions = submissions;
    }

    ResponseEntity<InputStreamResource> download(UUID caseId, UUID attachmentId, StaffMember viewer)
            throws IOException {
        caseReading.requireVisible(caseId, viewer);
        var content = submissions
                .attachment(caseId, attachmentId)
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId + " not found"));
        var info = content.info();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(info.mediaType()))
                .contentLength(info.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        caseReading.attachmentName(caseId, info.fileName(), viewer),
                                        StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new InputStreamResource(content.open()));
    }
}
