package id.suara.casework;

import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/** The state of a case as stored; changed only through {@link Cases}. */
record CaseFile(
        UUID id,
        UUID institutionId,
        SubmissionKind kind,
        Channel channel,
        String registrationNumber,
        String trackingNumber,
        String title,
        UUID sopVersionId,
        String currentStep,
        CaseStatus status,
        Instant stepEnteredAt,
        Instant stepDueAt,
        UUID assignedUnitId,
        String publicAnswer,
        Instant answeredAt,
        Instant audienceRequestedFor,
        Instant registeredAt,
        Instant closedAt,
        int version) {

    /** The same state at the next version: a change that does not move the case, such as a requirement check. */
    CaseFile touched() {
        return new CaseFile(
                id,
                institutionId,
                kind,
                channel,
                registrationNumber,
                trackingNumber,
                title,
                sopVersionId,
                currentStep,
                status,
                stepEnteredAt,
                stepDueAt,
                assignedUnitId,
                publicAnswer,
                answeredAt,
                audienceRequestedFor,
                registeredAt,
                closedAt,
                version + 1);
    }

    boolean overdue(Instant now) {
        return closedAt == null && stepDueAt != null && stepDueAt.isBefore(now);
    }
}
