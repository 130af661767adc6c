package id.suara.audit;

import id.suara.staff.StaffAccounts;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins ({@code login.success}) and failed attempts ({@code login.failure}) from Spring Security's events.
 * These fire outside any request transaction and a sign-in is never rolled back, so each entry commits on its own.
 *
 * <p>Form and single sign-on logins are recorded every time. An API client sends its credentials with every request
 * (HTTP Basic), so its successful authentication is recorded at most once per user per
 * {@code suara.audit.api-login-interval} (15 minutes), counted on this node. Failures are always recorded, with the
 * username tried and the reason, never the password.
 */
@Component
class LoginAuditing {

    /** The username tried is typed by anyone; it is stored printable and cut to fit. */
    private static final int MAX_NAME_LENGTH = 100;

    private static final int MAX_REMEMBERED_USERS = 10_000;

    private final AuditLog log;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final AuditSettings settings;
    private final TransactionTemplate ownTransaction;
    private final ConcurrentMap<String, Instant> lastApiLogin = new ConcurrentHashMap<>();

    LoginAuditing(
            AuditLog log,
            StaffAccounts accounts,
            Clock clock,
            AuditSettings settings,
            PlatformTransactionManager transactions) {
        this.log = log;
        this.accounts = accounts;
        this.clock = clock;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var tried = event.getAuthentication().getName();
        var username = printable(tried);
        var account = account(tried);
        var details = new LinkedHashMap<String, Object>();
        details.put("username", username);
        details.put("reason", event.getException().getClass().getSimpleName());
        record(new AuditEvent(
                "login.failure",
                account.map(StaffMember::institutionId).orElse(null),
                null,
                username,
                "staff-account",
                account.map(a -> a.id().toString()).orElse(null),
                details));
    }

    /** A form, single sign-on or remember-me login. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        succeeded(
                event.getAuthentication(), Map.of("via", event.getGeneratedBy().getSimpleName()));
    }

    /**
     * Any successful authentication. Requests with an {@code Authorization} header (HTTP Basic, tokens) are recorded
     * here, throttled; form and single sign-on logins are left to {@link #signedIn}, which follows.
     */
    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        var scheme = authorizationScheme();
        if (scheme.isEmpty()) {
            return;
        }
        var name = event.getAuthentication().getName();
        if (!firstApiLoginInInterval(name)) {
            return;
        }
        succeeded(event.getAuthentication(), Map.of("via", scheme.get(), "recordedOncePer", interval()));
    }

    private void succeeded(Authentication authentication, Map<String, Object> via) {
        var name = authentication.getName();
        var account = account(name);
        var details = new LinkedHashMap<String, Object>(via);
        details.put("username", printable(name));
        record(new AuditEvent(
                "login.success",
                account.map(StaffMember::institutionId).orElse(null),
                account.map(StaffMember::id).orElse(null),
                printable(name),
                "staff-account",
                account.map(a -> a.id().toString()).orElse(null),
                details));
    }

    /** Whether this is the user's first API authentication in the interval; a clock set back starts a new interval. */
    private boolean firstApiLoginInInterval(String username) {
        var now = clock.instant();
        var first = new AtomicBoolean();
        lastApiLogin.compute(username, (name, last) -> {
            if (last == null || now.isBefore(last) || !now.isBefore(last.plus(settings.apiLoginInterval()))) {
                first.set(true);
                return now;
            }
            return last;
        });
        if (lastApiLogin.size() > MAX_REMEMBERED_USERS) {
            lastApiLogin.values().removeIf(last -> !now.isBefore(last.plus(settings.apiLoginInterval())));
        }
        return first.get();
    }

    private String interval() {
        return settings.apiLoginInterval().toString();
    }

    private Optional<StaffMember> account(String username) {
        if (username == null || !printable(username).equals(username)) {
            return Optional.empty();
        }
        return accounts.findByUsername(username);
    }

    private void record(AuditEvent event) {
        ownTransaction.executeWithoutResult(status -> log.record(event));
    }

    /** The scheme of the current request's {@code Authorization} header, e.g. {@code basic}. */
    private static Optional<String> authorizationScheme() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var header = attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && !header.isBlank()) {
                var scheme = header.strip().split("\\s+", 2)[0];
                return Optional.of(printable(scheme).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Control characters replaced, cut to {@value #MAX_NAME_LENGTH} characters, never blank. */
    static String printable(String text) {
        if (text == null || text.isBlank()) {
            return "(none)";
        }
        var out = new StringBuilder();
        text.codePoints().limit(MAX_NAME_LENGTH).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
