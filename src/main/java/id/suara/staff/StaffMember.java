package id.suara.staff;

import id.suara.institution.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A signed-in staff member as the domain sees them.
 *
 * @param institutionId the institution they work for; null only for system administrators
 */
public record StaffMember(UUID id, UUID institutionId, String username, String displayName, Set<RoleGrant> grants) {

    public StaffMember {
        grants = Set.copyOf(grants);
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /**
     * Whether this member may act in one of {@code roles} on a case of {@code institutionId} assigned to {@code unitId}.
     * Unit-bound roles (organ members, liaison officers) count only for cases assigned to their own unit.
     */
    public boolean mayActAs(Collection<Role> roles, UUID caseInstitutionId, UUID caseUnitId) {
        if (institutionId == null || !institutionId.equals(caseInstitutionId)) {
            return false;
        }
        return grants.stream()
                .anyMatch(g -> roles.contains(g.role())
                        && (!g.role().boundToUnit() || (caseUnitId != null && caseUnitId.equals(g.unitId()))));
    }

    /**
     * Whether this member may see what belongs to an institution as a whole, such as its SOPs and calendar. Which of its
     * cases they read is narrower for members whose roles are all unit-bound: only the cases that are or were assigned
     * to their unit (casework's reading rule, ADR 0014).
     */
    public boolean maySee(UUID caseInstitutionId) {
        return holds(Role.SYSTEM_ADMIN) || (institutionId != null && institutionId.equals(caseInstitutionId));
    }

    /** Whether this member registers submissions for their institution: a role of theirs does so at a desk. */
    public boolean registersSubmissions() {
        return institutionId != null && grants.stream().anyMatch(g -> g.role().registersSubmissions());
    }

    /** Whether this member reads the audit log: an auditor (their institution's), or a system administrator (all). */
    public boolean readsAuditLog() {
        return holds(Role.SYSTEM_ADMIN) || (holds(Role.AUDITOR) && institutionId != null);
    }

    /** Whether this member administers an institution: its institution administrator, or a system administrator. */
    public boolean administers(UUID institutionId) {
        return holds(Role.SYSTEM_ADMIN)
                || (holds(Role.INSTITUTION_ADMIN)
                        && this.institutionId != null
                        && this.institutionId.equals(institutionId));
    }

    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().sorted().toList();
    }
}
