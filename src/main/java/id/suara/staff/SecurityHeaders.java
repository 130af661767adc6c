package id.suara.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security headers of every response, API and web, public or not, errors included: a strict Content Security
 * Policy, no framing, no MIME sniffing, a strict referrer policy, no powerful browser features, and HSTS on requests
 * that arrived over HTTPS (behind a TLS-terminating proxy only with {@code server.forward-headers-strategy=native}).
 * Spring Security adds {@code Cache-Control: no-store} besides.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; " + "base-uri 'self'; form-action 'self'";

    /**
     * Swagger UI (only under {@code /swagger-ui/}) builds its page with inline scripts and styles and shows data-URI
     * images, so there the policy allows exactly those; everything else keeps the strict policy.
     */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'";

    static final String PERMISSIONS_POLICY = "camera=(), geolocation=(), microphone=(), payment=(), usb=()";

    private static final String CSP = "Content-Security-Policy";

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(SecurityHeaders::contentSecurityPolicy);
    }

    /** Writes the policy unless the application set a stricter one of its own (e.g. for a file download). */
    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(CSP)) {
            response.setHeader(CSP, swaggerUi(request) ? SWAGGER_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
        }
    }

    private static boolean swaggerUi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
    }
}
