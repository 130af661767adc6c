package id.suara.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port the port to listen on (loopback only); 0 picks a free one
 */
@ConfigurationProperties("suara.database.embedded")
record EmbeddedDatabaseSettings(
        Path dataDirectory, @DefaultValue("0") int port) {

    EmbeddedDatabaseSettings {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".suara", "postgres");
        }
    }
}
