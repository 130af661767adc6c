package id.suara.staff;

import id.suara.institution.Role;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A role held by a staff member; {@code unitId} names the organ or office for unit-bound roles, else null. */
public record RoleGrant(@NotNull Role role, UUID unitId) {}
