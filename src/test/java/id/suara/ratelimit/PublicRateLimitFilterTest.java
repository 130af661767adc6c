package id.suara.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.shared.web.ProblemWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Which requests the filter counts, and how it answers a refusal; one request allowed per limit. */
class PublicRateLimitFilterTest {

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/submissions, true",
        "GET, /api/v1/submissions/SR-1234-5678-90, true",
        "HEAD, /api/v1/submissions/SR-1234-5678-90, true",
        "GET, /api/v1/submissions/SR-1234-5678-90/receipt, true",
        "GET, /api/v1/submissions/SR-1234-5678-90;x=y, true",
        "POST, /lacak, true",
        "POST, /lacak/tanda-terima, true",
        "POST, /lacak/tanda-terima.pdf, true",
        "GET, /lacak, false",
        "GET, /api/v1/submissions, false",
        "PUT, /api/v1/submissions/SR-1234-5678-90, false",
        "GET, /api/v1/cases, false",
        "POST, /api/v1/cases, false",
        "GET, /api/v1/cases/1/attachments/2, false",
        "GET, /api/v1/institutions, false",
        "GET, /actuator/health, false"
    })
    void limitsOnlyThePublicSubmissionAndTrackingEndpoints(String method, String path, boolean limited)
            throws Exception {
        var filter = filter(true);

        var first = run(filter, method, path, "198.51.100.1", 200);
        var second = run(filter, method, path, "198.51.100.1", 200);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(limited ? 429 : 200);
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/submissions/SR-1234-5678-90/support, true",
        "POST, /dukung/SR-1234-5678-90, true",
        "POST, /jawaban/8d1e2a44-8f0e-4c55-9d7b-3f2a1c0e9b10/dukung, true",
        "POST, /jawaban/dukung, true",
        "GET, /dukung/SR-1234-5678-90, true",
        "GET, /jawaban, false"
    })
    void limitsSupportsAndThePageOfAPublicMatterPerClient(String method, String path, boolean limited)
            throws Exception {
        var filter = filter(true);

        var first = run(filter, method, path, "198.51.100.9", 200);
        var second = run(filter, method, path, "198.51.100.9", 200);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(limited ? 429 : 200);
    }

    @Test
    void answersARefusalWithRetryAfterAndAProblemNamingTheClient() throws Exception {
        var filter = filter(true);
        run(filter, "POST", "/api/v1/submissions", "198.51.100.2", 201);

        var refused = run(filter, "POST", "/api/v1/submissions", "198.51.100.2", 201);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        var body = JsonMapper.builder().build().readTree(refused.getContentAsString());
        assertThat(body.get("type").asString()).isEqualTo("https://suara.id/problems/too-many-requests");
        assertThat(body.get("title").asString()).isEqualTo("Too many requests");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("detail").asString()).contains("600 seconds");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("client");
    }

    @Test
    void answersARefusedPortalFormWithAPageSayingWhenToTryAgainInTheReadersLanguage() throws Exception {
        var filter = filter(true);
        run(filter, "POST", "/dukung/SR-1234-5678-90", "198.51.100.5", 302);

        var refused = run(filter, "POST", "/dukung/SR-1234-5678-90", "198.51.100.5", 302);
        var request = new MockHttpServletRequest("POST", "/jawaban/dukung");
        request.setRemoteAddr("198.51.100.5");
        request.setCookies(new jakarta.servlet.http.Cookie("suara-lang", "en"));
        var inEnglish = new MockHttpServletResponse();
        filter.doFilter(request, inEnglish, new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
        assertThat(refused.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html lang=\"id\">", "Terlalu banyak permintaan", "coba lagi dalam 10 menit");
        assertThat(inEnglish.getStatus()).isEqualTo(429);
        assertThat(inEnglish.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html lang=\"en\">", "Too many requests", "try again in 10 minutes");
    }

    @Test
    void countsOnlyNotFoundAnswersAsFailedLookups() throws Exception {
        var filter = filter(true, 10);
        var path = "/api/v1/submissions/SR-1234-5678-90";

        assertThat(run(filter, "GET", path, "198.51.100.3", 200).getStatus()).isEqualTo(200);
        assertThat(run(filter, "GET", path, "198.51.100.3", 400).getStatus()).isEqualTo(400);
        assertThat(run(filter, "GET", path, "198.51.100.3", 404).getStatus()).isEqualTo(404);
        assertThat(run(filter, "GET", path, "198.51.100.3", 200).getStatus()).isEqualTo(429);
    }

    @Test
    void countsIpv6ClientsByTheirNetwork() throws Exception {
        var filter = filter(true);
        run(filter, "POST", "/api/v1/submissions", "2001:db8:1:2::1", 201);

        assertThat(run(filter, "POST", "/api/v1/submissions", "2001:db8:1:2:ffff::9", 201)
                        .getStatus())
                .isEqualTo(429);
        assertThat(run(filter, "POST", "/api/v1/submissions", "2001:db8:1:3::1", 201)
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void passesEverythingWhenDisabled() throws Exception {
        var filter = filter(false);

        for (int i = 0; i < 5; i++) {
            assertThat(run(filter, "POST", "/api/v1/submissions", "198.51.100.4", 201)
                            .getStatus())
                    .isEqualTo(201);
        }
    }

    private static PublicRateLimitFilter filter(boolean enabled) {
        return filter(enabled, 1);
    }

    private static PublicRateLimitFilter filter(boolean enabled, int tracking) {
        var settings = new RateLimitSettings(
                enabled,
                100,
                new RateLimitSettings.Submissions(1, Duration.ofMinutes(10)),
                new RateLimitSettings.Tracking(tracking, Duration.ofMinutes(1)),
                new RateLimitSettings.FailedLookups(1, Duration.ofMinutes(15)),
                new RateLimitSettings.Support(1, Duration.ofMinutes(10)));
        return new PublicRateLimitFilter(
                settings,
                new PublicEndpointLimits(settings, Clock.systemUTC()),
                new ProblemWriter(JsonMapper.builder().build()));
    }

    private static MockHttpServletResponse run(
            PublicRateLimitFilter filter, String method, String path, String client, int answer) throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(client);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                res.setStatus(answer);
            }
        });
        filter.doFilter(request, response, chain);
        return response;
    }
}
