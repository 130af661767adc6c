package id.suara.casework;

import id.suara.institution.Role;
import id.suara.staff.StaffMember;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees a confidential complainant's identity (ADR 0008): the roles that need it to handle the case — receiving and
 * registering it, checking its requirements (identity first of all), verifying it, answering the complainant — and
 * the officials administratively responsible for it. Everyone else sees it withheld, above all the council organ or
 * government office that may be the one complained about.
 */
public final class IdentityHandlers {

    /**
     * The desk and verification roles (officer, general affairs, public relations, complaints division, coordinating
     * admin), the Secretary (Sekretaris DPRD, administratively responsible, 003 IV.B.1.c), and the head and secretary of
     * an office, through whom DPMD routes the complaint form (001 steps 4–5).
     */
    public static final Set<Role> ROLES = Collections.unmodifiableSet(EnumSet.of(
            Role.OFFICER,
            Role.GENERAL_AFFAIRS,
            Role.PUBLIC_RELATIONS,
            Role.COMPLAINTS_DIVISION,
            Role.COORDINATING_ADMIN,
            Role.SECRETARY,
            Role.HEAD_OF_OFFICE,
            Role.OFFICE_SECRETARY));

    private IdentityHandlers() {}

    /** Whether a staff member handles identities of the cases of an institution: holds a handler role there. */
    public static boolean handles(StaffMember member, UUID institutionId) {
        return member.institutionId() != null
                && member.institutionId().equals(institutionId)
                && member.grants().stream().anyMatch(g -> ROLES.contains(g.role()));
    }
}
