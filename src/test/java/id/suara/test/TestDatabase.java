package id.suara.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL the test suite runs on, one per test JVM.
 *
 * <ul>
 *   <li>{@code -Dsuara.test.database=embedded} (default): a fresh embedded PostgreSQL in a temporary directory.
 *   <li>{@code -Dsuara.test.database=server}: the machine's server at {@code suara.test.server-url} (default
 *       {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}), in a schema {@code suara_test} that is dropped
 *       and recreated at the start of the run. The run fails when the server cannot be reached.
 * </ul>
 */
public final class TestDatabase {

    private static final String SERVER_SCHEMA = "suara_test";

    private static Map<String, Object> properties;

    private TestDatabase() {}

    /** The datasource properties of the test database, starting or preparing it on first use. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            var mode = System.getProperty("suara.test.database", "embedded");
            properties = switch (mode) {
                case "embedded" -> startEmbedded();
                case "server" -> prepareServer();
                default ->
                    throw new IllegalStateException(
                            "suara.test.database must be 'embedded' or 'server', was '" + mode + "'");
            };
        }
        return properties;
    }

    private static Map<String, Object> startEmbedded() {
        try {
            var directory = Files.createTempDirectory("suara-test-pg");
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return Map.of(
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded test PostgreSQL", e);
        }
    }

    private static Map<String, Object> prepareServer() {
        var url = System.getProperty("suara.test.server-url", "jdbc:postgresql://127.0.0.1:5432/test");
        var user = System.getProperty("suara.test.server-user", "postgres");
        var password = System.getProperty("suara.test.server-password", "");
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SERVER_SCHEMA + " cascade");
            statement.execute("create schema " + SERVER_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The PostgreSQL server at " + url + " cannot be reached as " + user + ": " + e.getMessage(), e);
        }
        var separator = url.contains("?") ? "&" : "?";
        return Map.of(
                "spring.datasource.url", url + separator + "currentSchema=" + SERVER_SCHEMA,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.flyway.schemas", SERVER_SCHEMA,
                "spring.flyway.default-schema", SERVER_SCHEMA);
    }

    /** Points a test application context at the test database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("suara-test-database", properties()));
        }
    }
}
