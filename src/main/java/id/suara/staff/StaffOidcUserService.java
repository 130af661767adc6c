package id.suara.staff;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on: accepts an identity provider's user only when the username in its ID token (claim
 * {@code suara.security.oidc.username-claim}) names an existing, enabled, unlocked staff account, and then acts with
 * that account's roles. Roles are never taken from the identity provider.
 */
final class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "suara_no_staff_account";

    private final OAuth2UserService<OidcUserRequest, OidcUser> identityProvider;
    private final StaffAccounts accounts;
    private final SignInAttempts attempts;
    private final String usernameClaim;

    StaffOidcUserService(
            OAuth2UserService<OidcUserRequest, OidcUser> identityProvider,
            StaffAccounts accounts,
            SignInAttempts attempts,
            String usernameClaim) {
        this.identityProvider = identityProvider;
        this.accounts = accounts;
        this.attempts = attempts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        var oidcUser = identityProvider.loadUser(request);
        var username = oidcUser.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw refused();
        }
        var credentials = accounts.credentials(username).orElseThrow(StaffOidcUserService::refused);
        if (!credentials.enabled() || attempts.locked(username)) {
            throw refused();
        }
        var member = accounts.findById(credentials.accountId()).orElseThrow(StaffOidcUserService::refused);
        if (!attempts.succeeded(member.id())) {
            throw refused();
        }
        return new StaffOidcUser(member, credentials.passwordChangedAt(), oidcUser);
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(new OAuth2Error(
                NO_ACCOUNT, "There is no enabled Suara staff account for this sign-in; ask your administrator.", null));
    }
}
