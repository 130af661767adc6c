package id.suara.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log.
 *
 * @param exportMaxRows the most entries one CSV export contains; narrow the filter for more
 * @param apiLoginInterval an API client authenticating with every request (HTTP Basic) is recorded as signed in at most
 *     once per user in this interval, so API calls do not flood the log; form and single sign-on logins are always
 *     recorded
 */
@ConfigurationProperties("suara.audit")
record AuditSettings(
        @DefaultValue("1000000") int exportMaxRows,
        @DefaultValue("15m") Duration apiLoginInterval) {

    AuditSettings {
        if (exportMaxRows < 1) {
            throw new IllegalArgumentException("suara.audit.export-max-rows must be at least 1");
        }
        if (apiLoginInterval.isNegative()) {
            throw new IllegalArgumentException("suara.audit.api-login-interval must not be negative");
        }
    }
}
