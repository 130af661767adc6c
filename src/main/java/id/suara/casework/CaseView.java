package id.suara.casework;

import id.suara.institution.Role;
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
 * @param timeLeft how long the case has left at its step, or how long it is overdue; null when the step sets no time
 *     limit or the case has ended
 * @param assignedUnitName the name of the unit the case is assigned to, null when it is assigned to none
 * @param identityWithheld whether the complainant's identity is withheld from this viewer ("Dirahasiakan"): the
 *     submission is confidential and the viewer does not handle identities ({@link IdentityHandlers})
 * @param waitingFor the roles whose holders may move the case on from its step (for the assigned unit where a role is
 *     bound to one); empty once the case has ended
 * @param category what the case is about (an {@link id.suara.recess.AspirationCategory} name), null until staff give it
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
        TimeLeft timeLeft,
        UUID assignedUnitId,
        String assignedUnitName,
        String publicAnswer,
        Instant answeredAt,
        SopReference sop,
        SubmissionDetails submission,
        boolean identityWithheld,
        RequirementCheckState requirementCheck,
        List<HistoryEntry> history,
        List<CaseNote> notes,
        List<AvailableAction> availableActions,
        List<Role> waitingFor,
        Instant closedAt,
        int version,
        String category) {

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
