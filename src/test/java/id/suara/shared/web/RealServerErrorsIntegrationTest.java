package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the servlet container or the security firewall answers before any controller runs, seen by a real HTTP client
 * on a real server: every error under {@code /api/} is a problem document, every other error an HTML page in the site's
 * layout, whatever the path holds (an encoded slash, backslash or NUL, a double slash, a path parameter).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "suara.security.secure-cookies=true")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {TestDatabase.Initializer.class, TestAttachmentDirectory.Initializer.class})
class RealServerErrorsIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/v1/submissions/..%2F..",
                "/api/v1/submissions/SR-1%2FSR-2",
                "/api/v1/submissions/..%5C..",
                "/api/v1/submissions/SR-1%5C",
                "/api/v1/submissions/SR-1%00",
                "/api/v1/submissions/%00/receipt",
                "/api/v1/submissions/SR-1%252F",
                "/api/v1//submissions/SR-1",
                "/api/v1/submissions/SR-1;x=y%2F",
                "/api/v1/institutions/%2e%2e%2F%2e%2e/procedures",
                "/api/v1/tidak-ada%2F",
                "/api/v1/tidak-ada"
            })
    void everyApiErrorIsAProblemDocument(String path) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValue("application/problem+json;charset=UTF-8");
        var problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("type").asString()).startsWith("https://suara.id/problems/");
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(response.body()).doesNotContain("Apache Tomcat", "timestamp", "<html");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/i/dprd-kebumen%2F..",
                "/i/dprd-kebumen%5C",
                "/i/dprd-kebumen%00",
                "/i//dprd-kebumen",
                "/jawaban;x=y%2F",
                "/lacak%252F",
                "/i/dprd-kebumen/tidak-ada",
                "/css/tidak-ada.css"
            })
    void everyPageErrorIsAnHtmlPageInTheSiteLayout(String path) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body())
                .contains("class=\"brand\"", "href=\"/css/suara.css\"")
                .doesNotContain("Apache Tomcat", "Whitelabel");
    }

    @Test
    void theContainersErrorPageIsInEnglishForAReaderWhoChoseEnglish() throws Exception {
        var indonesian = get("/i/dprd-kebumen%00");
        var english = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/i/dprd-kebumen%00"))
                        .header("Cookie", "suara-lang=en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(indonesian.body()).contains("lang=\"id\"", "Alamat tidak dapat diproses");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("lang=\"en\"", "This address cannot be handled");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
