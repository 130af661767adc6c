package id.suara.staff;

import java.util.Map;
import java.util.UUID;

/**
 * An administrative change to a staff account (created, roles changed, disabled, enabled, password reset, locked after
 * failed sign-ins). Published inside the changing transaction so the audit log records it atomically.
 *
 * @param change e.g. {@code created}, {@code roles-changed}, {@code disabled}, {@code enabled}, {@code password-reset},
 *     {@code locked}
 * @param actorId who made the change; null when Suara itself did (e.g. a lockout)
 * @param details further facts, e.g. the new roles; never a password
 */
public record StaffAccountChanged(
        String change,
        UUID institutionId,
        UUID accountId,
        String username,
        UUID actorId,
        String actorName,
        Map<String, Object> details) {}
