package id.suara.casework;

import id.suara.intake.SubmissionDetails;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import id.suara.sop.StepDefinition;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as staff see it: the submission, where it stands, its history and what the viewer may do next.
 *
 * @param identityWithheld whether the complainant's identity is withheld from this viewer ("Dirahasiakan"): the
 *     submission is confidential and the viewer does not handle identities ({@link IdentityHandlers})
 */
public record CaseView(
        UUID id,
        UUID institutionId,
        String timeZone,
        CaseStatus status,
        StepDefinition currentStep,
        Instant stepEnteredAt,
        Instant dueAt,
        boolean overdue,
        UUID assignedUnitId,
        String publicAnswer,
        Instant answeredAt,
        SopReference sop,
        SubmissionDetails submission,
        boolean identityWithheld,
        RequirementCheckState requirementCheck,
        List<HistoryEntry> history,
        List<CaseNote> notes,
        List<AvailableAction> availableActions,
        Instant closedAt,
        int version) {

    /** Ids and state only: a case view holds personal data, which must not reach a log. */
    @Override
    public String toString() {
        return "CaseView[id=" + id + ", institutionId=" + institutionId + ", status=" + status + ", currentStep="
                + (currentStep == null ? null : currentStep.code()) + ", identityWithheld=" + identityWithheld
                + ", version=" + version + "]";
    }

    /** Which SOP version the case runs on. */
    public record SopReference(UUID versionId, String code, int version, id.suara.shared.LocalizedText title) {}

    /**
     * The requirement check of the current step.
     *
     * @param required the items the step checks, empty when the step has none
     * @param latest the latest check recorded at this step, or null
     * @param mayRecord whether the viewer may record one now
     */
    public record RequirementCheckState(
            List<RequirementCheck> required, RequirementCheckResult latest, boolean mayRecord) {}
}
