package id.suara.staff;

import java.util.Map;
import java.util.UUID;

/**
 * An administrator changed how institutions are organised: added an institution or a unit. Published inside the
 * changing transaction so the audit log records it atomically.
 *
 * @param action the audit action, e.g. {@code institution.added}, {@code unit.added}
 * @param institutionId the institution concerned (the new one, for {@code institution.added})
 * @param subjectType {@code institution} or {@code unit}
 * @param details further facts, e.g. the code and name
 */
public record OrganisationChanged(
        String action,
        UUID institutionId,
        String subjectType,
        UUID subjectId,
        UUID actorId,
        String actorName,
        Map<String, Object> details) {}
