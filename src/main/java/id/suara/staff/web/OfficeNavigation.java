package id.suara.staff.web;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import org.springframework.stereotype.Component;

/**
 * What the back-office navigation offers the signed-in staff member; read by the templates as
 * {@code @officeNavigation}, so it holds on every page, error pages included.
 */
@Component("officeNavigation")
public class OfficeNavigation {

    private final CurrentStaff currentStaff;
    private final Institutions institutions;

    OfficeNavigation(CurrentStaff currentStaff, Institutions institutions) {
        this.currentStaff = currentStaff;
        this.institutions = institutions;
    }

    /**
     * Whether the signed-in staff member's institution has a council leadership or council organs, whose agendas
     * (audiences, cases not yet discussed) the agenda pages show.
     */
    public boolean agendas() {
        return currentStaff
                .find()
                .map(StaffMember::institutionId)
                .filter(id -> institutions.units(id).stream()
                        .anyMatch(u -> u.type() == UnitType.COUNCIL_ORGAN || u.type() == UnitType.LEADERSHIP))
                .isPresent();
    }

    /** Whether the signed-in staff member works at a council secretariat, whose recess visits they read (ADR 0032). */
    public boolean recess() {
        return currentStaff
                .find()
                .map(StaffMember::institutionId)
                .filter(id -> institutions.get(id).kind() == InstitutionKind.COUNCIL_SECRETARIAT)
                .isPresent();
    }

    /** Whether the signed-in staff member registers submissions at a desk, as the front-desk page requires. */
    public boolean registers() {
        return currentStaff.find().filter(StaffMember::registersSubmissions).isPresent();
    }

    /**
     * Whether the signed-in staff member reads monitoring figures ({@code /kantor/pemantauan}): every member of an
     * institution reads its figures or their unit's, and the system administrator every institution's.
     */
    public boolean monitoring() {
        return currentStaff
                .find()
                .filter(staff -> staff.institutionId() != null || staff.holds(Role.SYSTEM_ADMIN))
                .isPresent();
    }

    /** Whether the signed-in staff member reads the audit log: an auditor or the system administrator. */
    public boolean audits() {
        return currentStaff.find().filter(StaffMember::readsAuditLog).isPresent();
    }

    /**
     * Where a staff member lands after signing in: auditors who do nothing else, whose inbox would always be empty, on
     * the audit page; everyone else on their inbox.
     */
    public static String home(StaffMember staff) {
        return staff.holds(Role.AUDITOR) && staff.grants().stream().allMatch(g -> g.role() == Role.AUDITOR)
                ? "/kantor/audit"
                : "/kantor";
    }

    /** Whether the signed-in staff member administers an institution or the system. */
    public boolean administrator() {
        return currentStaff
                .find()
                .filter(staff -> staff.holds(Role.INSTITUTION_ADMIN) || staff.holds(Role.SYSTEM_ADMIN))
                .isPresent();
    }
}
