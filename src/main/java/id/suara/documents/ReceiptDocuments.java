package id.suara.documents;

import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import id.suara.shared.NotFoundException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The receipt (tanda terima) of a submission as a document: issued from the receipt recorded at registration the first
 * time it is asked for, by the complainant or by staff, then served as stored. It never contains the access code.
 */
@Service
public class ReceiptDocuments {

    private final Submissions submissions;
    private final Institutions institutions;
    private final Documents documents;

    ReceiptDocuments(Submissions submissions, Institutions institutions, Documents documents) {
        this.submissions = submissions;
        this.institutions = institutions;
        this.documents = documents;
    }

    /** The submission's receipt as a PDF; the caller has checked who may have it. */
    public Documents.Pdf receipt(UUID submissionId) {
        return documents.issueOnce(submissionId, DocumentType.RECEIPT, () -> {
            var receipt = submissions
                    .receipt(submissionId)
                    .orElseThrow(() -> new NotFoundException("Submission " + submissionId + " not found"));
            return new Documents.Draft(
                    institutions.get(submissions.institutionOf(submissionId).orElseThrow()),
                    (String) receipt.get("registrationNumber"),
                    Map.of("receipt", receipt, "receivedAt", Instant.parse((String) receipt.get("receivedAt"))));
        });
    }
}
