package id.suara.staff;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The staff member making the current request. */
@Component
public class CurrentStaff {

    /** The signed-in staff member; only called behind authenticated endpoints. */
    public StaffMember get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff principal) {
            return principal.member();
        }
        throw new UsernameNotFoundException("No staff member is signed in");
    }
}
