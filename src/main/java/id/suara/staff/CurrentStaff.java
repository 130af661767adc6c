package id.suara.staff;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The staff member making the current request. */
@Component
public class CurrentStaff {

    /** The signed-in staff member; only called behind authenticated endpoints. */
    public StaffMember get() {
        return find().orElseThrow(() -> new UsernameNotFoundException("No staff member is signed in"));
    }

    /** The signed-in staff member, if the request has one. */
    public Optional<StaffMember> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff principal) {
            return Optional.of(principal.member());
        }
        return Optional.empty();
    }
}
