package id.suara.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.SuaraApplication;
import id.suara.test.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on its default database, the embedded PostgreSQL it starts itself: started twice on the same data
 * directory, as a user restarting it would, it keeps what was submitted and does not load the demo data again.
 *
 * <p>This starts the real application, not a test context, so it does not run against the server PostgreSQL.
 */
@DisabledIfSystemProperty(
        named = "suara.test.database",
        matches = "server",
        disabledReason = "concerns the embedded default database")
class EmbeddedDatabaseIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path directory;

    /** What a complainant keeps from their submission. */
    record Submitted(String trackingNumber, String accessCode) {}

    @Test
    void keepsSubmissionsAcrossRestartsWithoutLoadingTheDemoDataTwice() throws Exception {
        Submitted submitted;
        try (var application = start()) {
            assertThat(application.getEnvironment().getProperty("spring.datasource.url"))
                    .isEmpty();
            assertThat(application.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            assertThat(directory.resolve("pg/PG_VERSION")).exists();
            submitted = submit(application);
            assertThat(track(application, submitted).statusCode()).isEqualTo(200);
        }

        try (var application = start()) {
            var tracked = track(application, submitted);
            assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
            assertThat(tracked.body()).contains(submitted.trackingNumber(), "REGISTERED");
            var jdbc = application.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from institution where code = 'dprd-kebumen'"))
                    .isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from institution")).isEqualTo(4);
            assertThat(count(jdbc, "select count(*) from staff_account where username = 'kebumen.admin'"))
                    .isEqualTo(1);
            assertThat(count(jdbc, """
                    select count(*) from sop_version v join institution i on i.id = v.institution_id
                    where i.code = 'dprd-kebumen'""")).isEqualTo(4); // its three SOPs and the recess service complaints'
            // the one submitted above, and the demo's recess aspirations (each a case) once
            assertThat(count(jdbc, "select count(*) from submission where channel <> 'RECESS'"))
                    .isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from submission where channel = 'RECESS'"))
                    .isEqualTo(count(jdbc, "select count(*) from recess_aspiration"))
                    .isPositive();
        }
    }

    /**
     * The application as {@code java -jar} starts it, on the demo profile. The settings are command-line arguments, which
     * win over environment variables such as {@code SPRING_DATASOURCE_URL}.
     */
    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SuaraApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("demo")
                .initializers(context ->
                        context.getBeanFactory().registerSingleton("excludeTestClasses", new ExcludeTestClasses()))
                .run(
                        "--spring.datasource.url=",
                        "--suara.database.embedded.data-directory=" + directory.resolve("pg"),
                        "--suara.intake.attachment-directory=" + directory.resolve("att"),
                        "--server.port=0",
                        "--logging.level.io.zonky=WARN");
    }

    Submitted submit(ConfigurableApplicationContext application) throws IOException, InterruptedException {
        var body = json.writeValueAsString(Api.webSubmission("dprd-kebumen"));
        var response = http.send(
                HttpRequest.newBuilder(uri(application, "/api/v1/submissions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Map<String, Object> submitted = json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
        return new Submitted((String) submitted.get("trackingNumber"), (String) submitted.get("accessCode"));
    }

    HttpResponse<String> track(ConfigurableApplicationContext application, Submitted submitted)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(application, "/api/v1/submissions/" + submitted.trackingNumber()))
                        .header("X-Access-Code", submitted.accessCode())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(ConfigurableApplicationContext application, String path) {
        var port = application.getEnvironment().getRequiredProperty("local.server.port");
        try {
            return new URI("http://127.0.0.1:" + port + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * Keeps the test sources' components (such as the MockMvc-based test API driver) out of the application's component
     * scan: the application starts as it does in production, from its own classes only.
     */
    static final class ExcludeTestClasses extends TypeExcludeFilter {

        private static final String TEST_CLASSES = EmbeddedDatabaseIntegrationTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().startsWith(TEST_CLASSES);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestClasses;
        }

        @Override
        public int hashCode() {
            return ExcludeTestClasses.class.hashCode();
        }
    }
}
