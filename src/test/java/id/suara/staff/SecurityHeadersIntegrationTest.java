package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Every response, public or not, success or error, API or web, carries the security headers. */
@SuaraIntegrationTest
class SecurityHeadersIntegrationTest {

    @Autowired
    Api api;

    @Test
    void onAPublicSubmission() {
        var response = api.submit(Api.webSubmission("dprd-kebumen"));
        assertThat(response.status()).isEqualTo(201);
        assertSecurityHeaders(response);
    }

    @Test
    void onAnUnauthenticatedApiCall() {
        var response = api.send(get("/api/v1/staff"));
        assertThat(response.status()).isEqualTo(401);
        assertSecurityHeaders(response);
    }

    @Test
    void onAForbiddenApiCall() {
        var response = api.send(Api.as("kebumen.petugas", get("/api/v1/staff")));
        assertThat(response.status()).isEqualTo(403);
        assertSecurityHeaders(response);
    }

    @Test
    void onNotFoundProblems() {
        var unknownAccount = api.send(Api.as("kebumen.admin", get("/api/v1/staff/{id}", UUID.randomUUID())));
        assertThat(unknownAccount.status()).isEqualTo(404);
        assertThat(unknownAccount.header("Content-Type")).startsWith("application/problem+json");
        assertSecurityHeaders(unknownAccount);

        var unknownPath = api.send(Api.as("kebumen.admin", get("/api/v1/tidak-ada")));
        assertThat(unknownPath.status()).isEqualTo(404);
        assertSecurityHeaders(unknownPath);
    }

    @Test
    void onInvalidInputProblems() {
        var response = api.send(Api.as(
                "kebumen.admin",
                post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("{")));
        assertThat(response.status()).isEqualTo(400);
        assertSecurityHeaders(response);
    }

    @Test
    void onTheApiDescription() {
        var response = api.send(get("/v3/api-docs"));
        assertThat(response.status()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    @Test
    void onTheLoginPage() {
        var response = api.send(get("/login"));
        assertThat(response.status()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    @Test
    void swaggerUiAloneMayRunItsInlineScriptsAndStyles() {
        var response = api.send(get("/swagger-ui/index.html"));
        assertThat(response.header("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.SWAGGER_UI_CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "script-src 'self' 'unsafe-inline'");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        assertThat(api.send(get("/login")).header("Strict-Transport-Security")).isNull();
        assertThat(api.send(get("/api/v1/institutions")).header("Strict-Transport-Security"))
                .isNull();

        var secure = api.send(get("/login").secure(true));
        assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        var secureApi = api.send(get("/api/v1/institutions").secure(true));
        assertThat(secureApi.header("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertSecurityHeaders(secureApi);
    }

    static void assertSecurityHeaders(Api.Response response) {
        assertThat(response.header("Content-Security-Policy"))
                .isEqualTo("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
    }
}
