package id.suara.portal.web;

import id.suara.documents.DocumentResponses;
import id.suara.documents.ReceiptDocuments;
import id.suara.intake.Submissions;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The receipt as a PDF for the complainant who holds the tracking number and access code (ADR 0024). */
@Component
class ReceiptPdf {

    private final Submissions submissions;
    private final ReceiptDocuments receipts;

    ReceiptPdf(Submissions submissions, ReceiptDocuments receipts) {
        this.submissions = submissions;
        this.receipts = receipts;
    }

    /** The PDF, or empty when the number and code do not match a submission. */
    Optional<ResponseEntity<byte[]>> forComplainant(String trackingNumber, String accessCode) {
        return submissions
                .findForComplainant(trackingNumber, accessCode)
                .map(id -> DocumentResponses.inline(receipts.receipt(id)));
    }
}
