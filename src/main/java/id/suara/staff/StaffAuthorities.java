package id.suara.staff;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A staff member's roles as Spring Security authorities, {@code ROLE_OFFICER} etc. */
final class StaffAuthorities {

    private StaffAuthorities() {}

    static List<GrantedAuthority> of(StaffMember member) {
        return member.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
