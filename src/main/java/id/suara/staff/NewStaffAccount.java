package id.suara.staff;

import java.util.List;
import java.util.UUID;

/**
 * An account to create.
 *
 * @param institutionId the institution it works for; null only for a system administrator's account
 * @param password the initial password, to be changed by its holder
 */
public record NewStaffAccount(
        UUID institutionId, String username, String displayName, String password, List<RoleGrant> roles) {

    /** Never shows the password, e.g. in a log line. */
    @Override
    public String toString() {
        return "NewStaffAccount[institutionId=" + institutionId + ", username=" + username + ", roles=" + roles + "]";
    }
}
