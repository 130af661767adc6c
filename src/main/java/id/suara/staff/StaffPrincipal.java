package id.suara.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security view of a staff member. */
final class StaffPrincipal implements UserDetails {

    private final StaffMember member;
    private final String passwordHash;
    private final boolean enabled;

    StaffPrincipal(StaffMember member, String passwordHash, boolean enabled) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    StaffMember member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = member.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
