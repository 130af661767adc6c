package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.Role;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * What only a real servlet container shows: the session cookie's attributes as the browser receives them, and the
 * headers on responses the container writes itself. Runs with {@code suara.security.secure-cookies=true}, as production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "suara.security.secure-cookies=true")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {TestDatabase.Initializer.class, TestAttachmentDirectory.Initializer.class})
class RealServerSecurityIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteLaxAndRenewedAtSignIn() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var loginPage = send(HttpRequest.newBuilder(uri("/login")).GET());
        var anonymousCookie = sessionCookie(loginPage);
        assertCookieFlags(anonymousCookie);
        var matcher = CSRF.matcher(loginPage.body());
        assertThat(matcher.find()).isTrue();

        var form = "username=" + encode(member.username()) + "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf="
                + encode(matcher.group(1));
        var signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", anonymousCookie.split(";", 2)[0])
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        var sessionCookie = sessionCookie(signedIn);
        assertCookieFlags(sessionCookie);
        assertThat(sessionCookie.split(";", 2)[0]).isNotEqualTo(anonymousCookie.split(";", 2)[0]);
    }

    @Test
    void responsesOfTheRealServerCarryTheSecurityHeaders() throws Exception {
        var unauthenticated = send(HttpRequest.newBuilder(uri("/api/v1/staff")).GET());
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertSecurityHeaders(unauthenticated);

        var basic = "Basic "
                + Base64.getEncoder().encodeToString("kebumen.admin:suara-demo".getBytes(StandardCharsets.UTF_8));
        var unknownPath = send(HttpRequest.newBuilder(uri("/api/v1/tidak-ada"))
                .header("Authorization", basic)
                .GET());
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertSecurityHeaders(unknownPath);

        var loginRedirect = send(HttpRequest.newBuilder(uri("/beranda")).GET());
        assertThat(loginRedirect.statusCode()).isEqualTo(302);
        assertSecurityHeaders(loginRedirect);
        assertThat(loginRedirect.headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    private static void assertCookieFlags(String cookie) {
        assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
