package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestFiles;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads past the multipart limits (10 MB a file, 30 MB a request) sent over real HTTP, where the servlet container —
 * not MockMvc — enforces those limits: answered 413 naming {@code files}, never 500, nothing kept. The container is told
 * to read a refused body to its end, so that the client gets to read the answer.
 */
@SuaraIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "server.tomcat.max-swallow-size=-1")
class OversizedUploadIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void refusesAFileLargerThanTenMegabytesWith413() throws Exception {
        long submissions = submissions();
        long files = TestAttachmentDirectory.fileCount();

        var response = post(Arrays.copyOf(TestFiles.pdf(), 11 * 1024 * 1024));

        assertTooLarge(response);
        assertThat(submissions()).isEqualTo(submissions);
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files);
    }

    @Test
    void refusesARequestLargerThanThirtyMegabytesWith413() throws Exception {
        long submissions = submissions();
        long files = TestAttachmentDirectory.fileCount();
        var nine = Arrays.copyOf(TestFiles.pdf(), 9 * 1024 * 1024);

        var response = post(nine, nine, nine, nine);

        assertTooLarge(response);
        assertThat(submissions()).isEqualTo(submissions);
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files);
    }

    @Test
    void acceptsAnUploadWithinTheLimitsOverRealHttpAndKeepsItsFile() throws Exception {
        long submissions = submissions();
        long files = TestAttachmentDirectory.fileCount();

        var response = post(TestFiles.pdf());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"trackingNumber\"");
        assertThat(submissions()).isEqualTo(submissions + 1);
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files + 1);
    }

    @Test
    void refusesAFileLargerThanTenMegabytesOnThePortalFormWithAPageSayingTheLimits() throws Exception {
        long submissions = submissions();

        var response = postPage(
                "/i/dprd-kebumen/lapor",
                formBody("files\"; filename=\"foto.pdf", Arrays.copyOf(TestFiles.pdf(), 11 * 1024 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<h1>Berkas terlalu besar</h1>")
                .contains("paling besar 10 MB per berkas dan 30 MB seluruhnya");
        assertThat(submissions()).isEqualTo(submissions);
    }

    @Test
    void answersAFormCutOffInTheMiddleWithAPageNotA500() throws Exception {
        var response = postPage("/i/dprd-kebumen/lapor", truncatedBody());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<h1>Formulir tidak dapat dibaca</h1>");
    }

    @Test
    void answersAMultipartSubmissionCutOffInTheMiddleWithAProblemNamingTheBody() throws Exception {
        var response = postPage("/api/v1/submissions", truncatedBody());

        assertProblem(response, 400, "body");
    }

    private static final String BOUNDARY = "suara-form-boundary";

    private static byte[] formBody(String name, byte[] content) {
        var body = new ByteArrayOutputStream();
        part(body, BOUNDARY, "form-data; name=\"title\"", "text/plain");
        body.writeBytes("Jalan rusak".getBytes(StandardCharsets.UTF_8));
        part(body, BOUNDARY, "form-data; name=\"" + name + "\"", "application/pdf");
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** A multipart body that ends in the middle of a part, as when the connection breaks. */
    private static byte[] truncatedBody() {
        var body = new ByteArrayOutputStream();
        part(body, BOUNDARY, "form-data; name=\"title\"", "text/plain");
        body.writeBytes("Jalan rus".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> postPage(String path, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertTooLarge(HttpResponse<String> response) {
        assertProblem(response, 413, "files");
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo(field);
    }

    private HttpResponse<String> post(byte[]... files) throws Exception {
        var boundary = "suara-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"submission\"", "application/json");
        body.write(json.writeValueAsBytes(Api.webSubmission("dprd-kebumen")));
        for (int i = 0; i < files.length; i++) {
            part(body, boundary, "form-data; name=\"files\"; filename=\"besar-" + i + ".pdf\"", "application/pdf");
            body.write(files[i]);
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/submissions"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type) {
        var head = (body.size() == 0 ? "" : "\r\n") + "--" + boundary + "\r\nContent-Disposition: " + disposition
                + "\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    }

    private long submissions() {
        return jdbc.sql("select count(*) from submission").query(Long.class).single();
    }
}
