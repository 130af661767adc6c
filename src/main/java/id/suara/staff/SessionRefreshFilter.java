package id.suara.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps web sessions true to the account: on every request of a signed-in session the account is read again. A
 * disabled, locked or deleted account, or one whose password changed since sign-in (e.g. an administrator's reset),
 * loses the session at once; otherwise the request acts with the account's current roles, so a role an administrator
 * took away is gone without waiting for the next sign-in.
 */
final class SessionRefreshFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;
    private final Clock clock;

    SessionRefreshFilter(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff signedIn) {
            var fresh = refreshed(authentication, signedIn);
            var context = SecurityContextHolder.createEmptyContext();
            if (fresh == null) {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                context.setAuthentication(fresh);
            }
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** The authentication with the account's current roles, or null when the session must end. */
    private Authentication refreshed(Authentication authentication, SignedInStaff signedIn) {
        var id = signedIn.member().id();
        var credentials = accounts.credentials(id).orElse(null);
        if (credentials == null
                || !credentials.enabled()
                || (credentials.lockedUntil() != null
                        && credentials.lockedUntil().isAfter(clock.instant()))
                || !Objects.equals(credentials.passwordChangedAt(), signedIn.passwordChangedAt())) {
            return null;
        }
        var member = accounts.findById(id).orElse(null);
        if (member == null) {
            return null;
        }
        if (authentication instanceof OAuth2AuthenticationToken token && signedIn instanceof StaffOidcUser oidcUser) {
            var user = oidcUser.with(member);
            var fresh = new OAuth2AuthenticationToken(
                    user, user.getAuthorities(), token.getAuthorizedClientRegistrationId());
            fresh.setDetails(token.getDetails());
            return fresh;
        }
        var principal = new StaffPrincipal(member, null, true, credentials.passwordChangedAt());
        var fresh = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        fresh.setDetails(authentication.getDetails());
        return fresh;
    }
}
