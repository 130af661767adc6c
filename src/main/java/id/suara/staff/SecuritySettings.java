package id.suara.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign in: lockout after failed sign-ins, the session cookie, single sign-on.
 *
 * @param secureCookies whether the session cookie is sent only over HTTPS; turn off only for plain-HTTP development
 * @param lockout when repeated failed sign-ins lock an account
 * @param oidc how a single sign-on user is matched to a staff account
 */
@ConfigurationProperties("suara.security")
record SecuritySettings(
        @DefaultValue("true") boolean secureCookies,
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue Lockout lockout,
        @DefaultValue Oidc oidc) {

    SecuritySettings {
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("suara.security.bcrypt-strength must be between 4 and 31");
        }
    }

    /**
     * @param maxFailedAttempts consecutive failed sign-ins that lock an account
     * @param duration how long the account then stays locked
     */
    record Lockout(
            @DefaultValue("5") int maxFailedAttempts,
            @DefaultValue("15m") Duration duration) {

        Lockout {
            if (maxFailedAttempts < 1) {
                throw new IllegalArgumentException("suara.security.lockout.max-failed-attempts must be at least 1");
            }
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("suara.security.lockout.duration must be positive");
            }
        }
    }

    /** @param usernameClaim the ID token claim holding the staff username, e.g. Keycloak's {@code preferred_username} */
    record Oidc(@DefaultValue("preferred_username") String usernameClaim) {}
}
