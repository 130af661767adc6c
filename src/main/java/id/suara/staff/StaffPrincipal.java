package id.suara.staff;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security view of a staff member signing in with a password. */
final class StaffPrincipal implements UserDetails, CredentialsContainer, SignedInStaff {

    private final StaffMember member;
    private String passwordHash;
    private final boolean enabled;
    private final Instant passwordChangedAt;

    StaffPrincipal(StaffMember member, String passwordHash, boolean enabled, Instant passwordChangedAt) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordChangedAt = passwordChangedAt;
    }

    @Override
    public StaffMember member() {
        return member;
    }

    @Override
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return StaffAuthorities.of(member);
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

    /** Forgets the password hash once signed in, so it is never kept in a session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
