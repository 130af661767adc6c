package id.suara.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A staff member signed in through single sign-on: the identity provider's user, matched to a staff account. */
final class StaffOidcUser implements OidcUser, SignedInStaff {

    private final StaffMember member;
    private final Instant passwordChangedAt;
    private final OidcUser oidcUser;

    StaffOidcUser(StaffMember member, Instant passwordChangedAt, OidcUser oidcUser) {
        this.member = member;
        this.passwordChangedAt = passwordChangedAt;
        this.oidcUser = oidcUser;
    }

    @Override
    public StaffMember member() {
        return member;
    }

    @Override
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** The same sign-in with the account's current roles. */
    StaffOidcUser with(StaffMember current) {
        return new StaffOidcUser(current, passwordChangedAt, oidcUser);
    }

    @Override
    public String getName() {
        return member.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return StaffAuthorities.of(member);
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidcUser.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidcUser.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidcUser.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidcUser.getAttributes();
    }
}
