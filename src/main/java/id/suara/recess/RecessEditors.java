package id.suara.recess;

import id.suara.institution.Institution;
import id.suara.institution.Role;
import id.suara.shared.ForbiddenException;
import id.suara.staff.StaffMember;
import java.util.Set;

/**
 * Who keeps the recess reports and the pokir compilation of a council secretariat (ADR 0034): its administrator, and its
 * officers, division heads and secretary. A member submits their own report (see {@link RecessReports}).
 */
public final class RecessEditors {

    static final Set<Role> ROLES = Set.of(Role.OFFICER, Role.DIVISION_HEAD, Role.SECRETARY);

    private RecessEditors() {}

    /** Whether the staff member may change the institution's recess reports and pokir. */
    public static boolean mayChange(StaffMember staff, Institution institution) {
        return staff.administers(institution.id())
                || (institution.id().equals(staff.institutionId())
                        && ROLES.stream().anyMatch(staff::holds));
    }

    static void requireEditor(StaffMember staff, Institution institution) {
        RecessCalendar.requireCouncil(institution);
        if (!mayChange(staff, institution)) {
            throw new ForbiddenException(
                    "Only the institution's administrator, officers, division heads and secretary keep recess reports"
                            + " and the pokir compilation");
        }
    }
}
