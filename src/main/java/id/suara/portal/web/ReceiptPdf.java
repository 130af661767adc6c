package id.suara.portal.web;

import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The receipt (tanda terima) as a PDF for the complainant who holds the tracking number and access code: issued once, the
 * first time it is asked for, then served as stored (ADR 0024). It never contains the access code.
 */
@Component
class ReceiptPdf {

    private final Submissions submissions;
    private final Institutions institutions;
    private final Documents documents;

    ReceiptPdf(Submissions submissions, Institutions institutions, Documents documents) {
        this.submissions = submissions;
        this.institutions = institutions;
        this.documents = documents;
    }

    /** The PDF as a download, or empty when the number and code do not match a submission. */
    Optional<ResponseEntity<byte[]>> forComplainant(String trackingNumber, String accessCode) {
        return submissions
                .findForComplainant(trackingNumber, accessCode)
                .flatMap(id -> submissions.receipt(id).map(receipt -> {
                    var institution =
                            institutions.get(submissions.institutionOf(id).orElseThrow());
                    var pdf = documents.issueOnce(
                            institution,
                            id,
                            DocumentType.RECEIPT,
                            (String) receipt.get("registrationNumber"),
                            Map.of("receipt", receipt, "receivedAt", Instant.parse((String)
                                    receipt.get("receivedAt"))));
                    return ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_PDF)
                            .header(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.inline()
                                            .filename("tanda-terima-" + receipt.get("trackingNumber") + ".pdf")
                                            .build()
                                            .toString())
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .eTag(pdf.document().sha256())
                            .body(pdf.content());
                }));
    }
}
