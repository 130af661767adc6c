package id.suara.notification;

import id.suara.institution.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A case at a step, as staff notices name it: never the complainant's identity nor the case's texts, only its number,
 * its step and when it is due, with a link to the case page.
 *
 * @param roles the roles that act at the step
 * @param unitId the unit the case is assigned to, for unit-bound roles
 * @param dueAt when the step is due; none for a step without a time limit
 */
public record CaseAtStep(
        UUID institutionId,
        UUID caseId,
        String registrationNumber,
        String stepName,
        Set<Role> roles,
        UUID unitId,
        Instant dueAt) {

    public CaseAtStep {
        roles = Set.copyOf(roles);
    }
}
