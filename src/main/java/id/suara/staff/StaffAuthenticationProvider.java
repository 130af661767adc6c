package id.suara.staff;

import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with lockout: a locked name is refused before its password is even checked; a wrong password, an
 * unknown name and a disabled account all count as a failure and answer alike ("bad credentials"), after the same
 * password hashing, so neither the answer nor its timing tells which names exist or are disabled.
 *
 * <p>The wrapped {@link DaoAuthenticationProvider} only checks the password; whether the account is enabled is checked
 * here, after it.
 */
final class StaffAuthenticationProvider implements AuthenticationProvider {

    /** BCrypt reads at most 72 bytes; a longer password can never be right and must not reach the encoder. */
    private static final int MAX_PASSWORD_BYTES = 72;

    static final String LOCKED =
            "This account is temporarily locked after repeated failed sign-ins. Try again later or ask an administrator.";

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;

    StaffAuthenticationProvider(DaoAuthenticationProvider passwords, SignInAttempts attempts) {
        // The password check alone: Spring's default would refuse a disabled account faster than a wrong password.
        passwords.setPreAuthenticationChecks(user -> {});
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var username = authentication.getName();
        if (!plausibleUsername(username)) {
            // No account can have such a name; refuse before it reaches the database (a NUL byte would fail there).
            throw new BadCredentialsException("Bad credentials");
        }
        if (attempts.locked(username)) {
            throw locked();
        }
        var password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw failure(username);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throw failure(username);
        }
        var principal = (StaffPrincipal) result.getPrincipal();
        if (!principal.isEnabled()) {
            throw failure(username);
        }
        if (!attempts.succeeded(principal.member().id())) {
            throw locked();
        }
        return result;
    }

    static boolean plausibleUsername(String username) {
        return username != null
                && !username.isEmpty()
                && username.length() <= 100
                && username.chars().noneMatch(Character::isISOControl);
    }

    private AuthenticationException failure(String username) {
        return attempts.failed(username) ? locked() : new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The name is locked after repeated failed sign-ins; said the same way for names without an account. A plain
     * {@link LockedException}, so Spring Security publishes its {@code AuthenticationFailureLockedEvent}.
     */
    static LockedException locked() {
        return new LockedException(LOCKED);
    }
}
