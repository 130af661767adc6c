package id.suara.staff.web;

import id.suara.institution.Role;
import id.suara.staff.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * What the back-office navigation offers the signed-in staff member; read by the templates as
 * {@code @officeNavigation}, so it holds on every page, error pages included.
 */
@Component("officeNavigation")
public class OfficeNavigation {

    private final CurrentStaff currentStaff;

    OfficeNavigation(CurrentStaff currentStaff) {
        this.currentStaff = currentStaff;
    }

    /** Whether the signed-in staff member administers an institution or the system. */
    public boolean administrator() {
        return currentStaff
                .find()
                .filter(staff -> staff.holds(Role.INSTITUTION_ADMIN) || staff.holds(Role.SYSTEM_ADMIN))
                .isPresent();
    }
}
