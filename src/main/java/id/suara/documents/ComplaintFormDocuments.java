package id.suara.documents;

import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import id.suara.shared.NotFoundException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The complaint form (formulir pengaduan, 001 step 3) of a submission as a document: issued from the registered
 * submission the first time staff ask for it, then served as stored. It holds the complainant's identity, so the
 * caller lets only those who may see it have it.
 */
@Service
public class ComplaintFormDocuments {

    private final Submissions submissions;
    private final Institutions institutions;
    private final Documents documents;

    ComplaintFormDocuments(Submissions submissions, Institutions institutions, Documents documents) {
        this.submissions = submissions;
        this.institutions = institutions;
        this.documents = documents;
    }

    /** The submission's complaint form as a PDF; the caller has checked who may have it. */
    public Documents.Pdf form(UUID submissionId) {
        return documents.issueOnce(submissionId, DocumentType.COMPLAINT_FORM, () -> {
            var details = submissions
                    .details(submissionId)
                    .orElseThrow(() -> new NotFoundException("Submission " + submissionId + " not found"));
            return new Documents.Draft(
                    institutions.get(details.institutionId()),
                    details.registrationNumber(),
                    Map.of("submission", details));
        });
    }
}
