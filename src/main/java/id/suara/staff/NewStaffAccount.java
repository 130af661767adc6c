package id.suara.staff;

import id.suara.shared.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An account to create, with the one set of rules its fields follow: the API's request body and the administration
 * page's form both become this record, and {@link StaffAdministration#create} checks it, so they cannot disagree on a
 * limit (the display name's 120 characters are the column's).
 *
 * @param institutionId the institution it works for; null only for a system administrator's account
 * @param password the initial password, to be changed by its holder (its length rules need the username, so
 *     {@link StaffAdministration} checks them)
 */
public record NewStaffAccount(
        UUID institutionId,

        @NotNull @Pattern(regexp = USERNAME, message = "must be 3 to 60 of a-z, 0-9, '.', '_', '-'")
        String username,

        @NotBlank @Size(max = MAX_DISPLAY_NAME_LENGTH) @CleanText
        String displayName,

        @NotNull String password,
        @NotEmpty List<@NotNull @Valid RoleGrant> roles) {

    /** What a username is made of. */
    public static final String USERNAME = "[a-z0-9._-]{3,60}";

    /** The longest display name, the length of {@code staff_account.display_name}. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 120;

    /** Never shows the password, e.g. in a log line. */
    @Override
    public String toString() {
        return "NewStaffAccount[institutionId=" + institutionId + ", username=" + username + ", roles=" + roles + "]";
    }
}
