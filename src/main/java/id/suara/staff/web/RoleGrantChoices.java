package id.suara.staff.web;

import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAdministration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The unit-bound roles and the units they may be given for on the account pages, and how a grant is written as a form
 * value: the role, then {@code @} and the unit's id for a unit-bound one ({@code ORGAN_MEMBER@<unit id>}).
 */
@Component
class RoleGrantChoices {

    /** Roles acting for one unit (organ members, liaison officers): offered together with a unit. */
    static final List<Role> UNIT_BOUND =
            Arrays.stream(Role.values()).filter(Role::boundToUnit).toList();

    private final Institutions institutions;

    RoleGrantChoices(Institutions institutions) {
        this.institutions = institutions;
    }

    /** For each unit-bound role, the units of the institution of the kind it acts for (none without an institution). */
    Map<Role, List<Unit>> unitsByRole(UUID institutionId) {
        var units = institutionId == null ? List.<Unit>of() : institutions.units(institutionId);
        var byRole = new LinkedHashMap<Role, List<Unit>>();
        for (var role : UNIT_BOUND) {
            var type = StaffAdministration.unitTypeFor(role);
            byRole.put(role, units.stream().filter(u -> u.type() == type).toList());
        }
        return byRole;
    }

    /** The names of the institution's units by id, to show the unit of a grant. */
    Map<UUID, String> unitNames(UUID institutionId) {
        return institutionId == null
                ? Map.of()
                : institutions.units(institutionId).stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    static String value(RoleGrant grant) {
        return grant.unitId() == null ? grant.role().name() : grant.role() + "@" + grant.unitId();
    }

    /** The grant a form value names, or null when it is not one. */
    static RoleGrant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var at = value.indexOf('@');
        try {
            var role = Role.valueOf(at < 0 ? value : value.substring(0, at));
            return new RoleGrant(role, at < 0 ? null : UUID.fromString(value.substring(at + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The message for the unit of a grant the domain refused: missing, not allowed, or not a fitting unit. */
    static String unitMessage(RoleGrant grant) {
        if (!grant.role().boundToUnit()) {
            return "web.admin.users.error.unitNotAllowed";
        }
        return grant.unitId() == null ? "web.admin.users.error.unitRequired" : "web.admin.users.error.unit";
    }
}
