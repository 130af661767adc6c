package id.suara.staff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A staff account as administrators see it.
 *
 * @param institutionId null only for system administrators
 * @param lockedUntil when a lockout after failed sign-ins ends; null when the account is not locked now
 * @param lastLoginAt the last successful sign-in (form, single sign-on, or an API call); null if never
 */
public record StaffAccount(
        UUID id,
        UUID institutionId,
        String username,
        String displayName,
        boolean enabled,
        List<RoleGrant> roles,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant passwordChangedAt,
        Instant createdAt) {

    public StaffAccount {
        roles = List.copyOf(roles);
    }
}
