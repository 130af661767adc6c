package id.suara.casework;

import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.intake.SubmissionRegistered;
import id.suara.shared.ConflictException;
import id.suara.sop.CaseStatus;
import id.suara.sop.StepDefinition;
import java.time.Instant;
import java.util.UUID;

/**
 * A case: where it stands in the SOP version it started with. Its state changes only through the methods below, each
 * of which checks the case's own state, refuses what cannot happen to it ({@link CaseClosedException}) and answers the
 * case at its next version; {@link CaseStore} writes that only if nobody changed the case in between. The canonical
 * constructor is for those methods and for reading a stored case back.
 */
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
        int version,
        String category) {

    /**
     * The case of a newly registered submission, at the first step of its SOP version, due at {@code dueAt} (null when
     * the step sets no time limit).
     */
    static CaseFile opened(SubmissionRegistered submission, UUID sopVersionId, StepDefinition first, Instant dueAt) {
        var now = submission.registeredAt();
        return new CaseFile(
                submission.submissionId(),
                submission.institutionId(),
                submission.kind(),
                submission.channel(),
                null, // numbered last, by Cases.numbered (ADR 0019)
                submission.trackingNumber(),
                submission.title(),
                sopVersionId,
                first.code(),
                first.status(),
                now,
                first.terminal() ? null : dueAt,
                null,
                null,
                null,
                submission.audienceRequestedFor(),
                now,
                first.terminal() ? now : null,
                0,
                null);
    }

    /**
     * The case moved to {@code step} at {@code now}: it takes the step's status, is due at {@code dueAt} (none at an
     * end state) and is closed when the step is an end state.
     *
     * @param assignedUnit the unit the case is now assigned to; null keeps the current one
     * @param answer the answer published with this move; null keeps the current one (and the time it was given)
     * @throws CaseClosedException when the case has already ended
     */
    CaseFile moveTo(StepDefinition step, Instant dueAt, UUID assignedUnit, String answer, Instant now) {
        requireOpen();
        return new CaseFile(
                id,
                institutionId,
                kind,
                channel,
                registrationNumber,
                trackingNumber,
                title,
                sopVersionId,
                step.code(),
                step.status(),
                now,
                step.terminal() ? null : dueAt,
                assignedUnit == null ? assignedUnitId : assignedUnit,
                answer == null ? publicAnswer : answer,
                answer == null ? answeredAt : now,
                audienceRequestedFor,
                registeredAt,
                step.terminal() ? now : null,
                version + 1,
                category);
    }

    /**
     * The same state at the next version: a change that does not move the case, such as a requirement check, so that a
     * concurrent change is still detected.
     *
     * @throws CaseClosedException when the case has already ended
     */
    CaseFile touched() {
        requireOpen();
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
                version + 1,
                category);
    }

    /**
     * Refuses a change made on an older version than this one.
     *
     * @param expected the version the actor saw; null when the actor did not say
     */
    void expectVersion(Integer expected) {
        if (expected != null && expected != version) {
            throw new ConflictException(
                    "version",
                    "The case was changed by someone else (now version " + version + "); reload it and try again");
        }
    }

    /** Whether the case has ended: archived, returned, redirected or completed. */
    boolean closed() {
        return closedAt != null;
    }

    boolean overdue(Instant now) {
        return closedAt == null && stepDueAt != null && stepDueAt.isBefore(now);
    }

    private void requireOpen() {
        if (closed()) {
            throw new CaseClosedException(id, status);
        }
    }
}
