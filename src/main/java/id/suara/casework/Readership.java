package id.suara.casework;

import id.suara.institution.Role;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffMember;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which cases a staff member reads (ADR 0014). A system administrator reads every institution's cases. Anyone else reads
 * only their own institution's: all of them when they hold a role there that is not bound to a unit (the desk, the
 * Secretary, the leadership, heads of office, auditors, administrators), and otherwise — organ members and liaison
 * officers — only the cases that are or ever were assigned to one of their units. Every other case is, to them, a case
 * that does not exist.
 *
 * <p>This is the one rule behind finding a case ({@link CaseLookup#visible}) and behind every list, inbox, search and
 * count ({@link CaseStore}), which apply it in SQL.
 *
 * @param everyInstitution whether the cases of every institution are read (system administrators)
 * @param institutionId the institution whose cases are read; null with {@code everyInstitution}, or for a member of no
 *     institution, who reads nothing
 * @param units the units whose cases alone are read, possibly none; null when every case of the institution is read
 */
record Readership(boolean everyInstitution, UUID institutionId, Set<UUID> units) {

    Readership {
        units = units == null ? null : Set.copyOf(units);
    }

    static Readership of(StaffMember reader) {
        if (reader.holds(Role.SYSTEM_ADMIN)) {
            return new Readership(true, null, null);
        }
        if (reader.institutionId() == null) {
            return new Readership(false, null, Set.of());
        }
        if (reader.grants().stream().anyMatch(g -> !g.role().boundToUnit())) {
            return new Readership(false, reader.institutionId(), null);
        }
        return new Readership(
                false,
                reader.institutionId(),
                reader.grants().stream()
                        .map(RoleGrant::unitId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether nothing at all is read. */
    boolean nothing() {
        return !everyInstitution && (institutionId == null || (units != null && units.isEmpty()));
    }
}
