package id.suara.casework;

import id.suara.shared.ConflictException;
import id.suara.sop.CaseStatus;
import java.util.UUID;

/** A change refused because the case has already ended (archived, returned, redirected or completed): 409. */
class CaseClosedException extends ConflictException {

    CaseClosedException(UUID caseId, CaseStatus status) {
        super("status", "Case " + caseId + " has ended (" + status + "); it takes no more changes");
    }
}
