package id.suara.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;

/**
 * The embedded database after an operator's accident: a Suara killed with {@code kill -9} leaves its PostgreSQL server
 * running, and a second Suara started on the same data directory would corrupt it. The first Suara runs in a separate
 * JVM ({@link SuaraDatabaseProcess}), as it would on a real machine.
 */
@DisabledIfSystemProperty(
        named = "suara.test.database",
        matches = "server",
        disabledReason = "concerns the embedded default database")
class EmbeddedDatabaseCrashIntegrationTest {

    @TempDir
    Path directory;

    private Process suara;

    @AfterEach
    void stopTheOtherSuaraAndAnyServerLeftBehind() throws Exception {
        if (suara != null && suara.isAlive()) {
            suara.destroy();
            suara.waitFor(30, TimeUnit.SECONDS);
        }
        LeftoverPostmaster.pidIn(directory.resolve("pg").resolve(LeftoverPostmaster.LOCK_FILE))
                .flatMap(ProcessHandle::of)
                .ifPresent(server -> {
                    server.destroy();
                    server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }

    @Test
    void theServerAKilledSuaraLeftRunningIsStoppedAndTheNextStartKeepsTheData() throws Exception {
        var data = directory.resolve("pg");
        int port = startSuaraIn(data);
        execute(port, "create table crash_marker (note text); insert into crash_marker values ('before the crash')");

        suara.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        var leftover = LeftoverPostmaster.pidIn(data.resolve(LeftoverPostmaster.LOCK_FILE))
                .flatMap(ProcessHandle::of)
                .orElseThrow();
        assertThat(leftover.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        try (var postgres = start(data)) {
            assertThat(leftover.isAlive()).isFalse();
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var rows = connection.createStatement().executeQuery("select note from crash_marker")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("before the crash");
            }
        }
    }

    @Test
    void aStoppedSuaraFinishesItsLastWorkBeforeTheDatabaseStops() throws Exception {
        var output = directory.resolve("shutdown.log");
        suara = startJvm(SuaraShutdownProcess.class, directory.resolve("pg"), output);
        awaitLine(output, "ready");

        suara.destroy(); // SIGTERM, as systemd or Ctrl-C stops it
        assertThat(suara.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(output)).contains("last work done").doesNotContain("last work failed");
    }

    @Test
    void aSecondSuaraOnTheSameDataDirectoryIsRefusedWithWhatToDoAndTheFirstKeepsRunning() throws Exception {
        var data = directory.resolve("pg");
        int port = startSuaraIn(data);

        assertThatThrownBy(() -> start(data))
                .isInstanceOfSatisfying(
                        EmbeddedDatabaseUnavailableException.class,
                        refused -> assertThat(refused.action()).contains("suara.database.embedded.data-directory"))
                .hasMessageContaining("Another Suara is already running")
                .hasMessageContaining(data.toString());

        execute(port, "select 1");
        assertThat(suara.isAlive()).isTrue();
    }

    @Test
    void theFailureReportShowsWhatHappenedAndWhatToDoInsteadOfAStackTrace() {
        var refused = new EmbeddedDatabaseUnavailableException("Another Suara is already running.", "Stop it.", null);
        var analysis = new EmbeddedDatabaseFailureAnalyzer()
                .analyze(new BeanCreationException("embeddedPostgres", "Cannot create", refused));

        assertThat(analysis.getDescription()).isEqualTo("Another Suara is already running.");
        assertThat(analysis.getAction()).isEqualTo("Stop it.");
    }

    @Test
    void writesDurablyUnlikeTheLibrarysTestDefaults() throws Exception {
        try (var postgres = start(directory.resolve("pg"));
                var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            for (var setting : new String[] {"fsync", "synchronous_commit"}) {
                try (var rows = statement.executeQuery("show " + setting)) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aLockFileNamingAProcessThatIsNotPostgresIsRemovedSoTheServerCanStart() throws Exception {
        Files.createDirectories(directory);
        var lockFile = directory.resolve(LeftoverPostmaster.LOCK_FILE);
        // this test's own JVM: alive, and not PostgreSQL (a process number reused after a reboot)
        Files.writeString(lockFile, ProcessHandle.current().pid() + "\n" + directory + "\n");

        LeftoverPostmaster.stop(directory, Duration.ofSeconds(5));

        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aLockFileNamingAnEndedProcessIsLeftToPostgres() throws Exception {
        var ended = new ProcessBuilder("true").start();
        ended.waitFor();
        var lockFile = directory.resolve(LeftoverPostmaster.LOCK_FILE);
        Files.writeString(lockFile, ended.pid() + "\n" + directory + "\n");

        LeftoverPostmaster.stop(directory, Duration.ofSeconds(5));

        assertThat(lockFile).exists();
    }

    private static EmbeddedPostgres start(Path data) throws IOException {
        return new EmbeddedDatabaseConfiguration().embeddedPostgres(new EmbeddedDatabaseSettings(data, 0));
    }

    /** Starts the embedded database in another JVM, as a running Suara holds it, and returns its port. */
    private int startSuaraIn(Path data) throws Exception {
        var output = directory.resolve("suara.log");
        suara = startJvm(SuaraDatabaseProcess.class, data, output);
        return Integer.parseInt(
                awaitLine(output, "ready ").substring("ready ".length()).strip());
    }

    /** Runs {@code main}'s class in a JVM of its own on this test's class path, its output in {@code output}. */
    private static Process startJvm(Class<?> main, Path data, Path output) throws IOException {
        return new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        main.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /** The first line the other Suara printed that starts with {@code prefix}, waiting up to a minute for it. */
    private String awaitLine(Path output, String prefix) throws Exception {
        var deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            var line = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!suara.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The other Suara did not start its database:\n" + Files.readString(output));
    }

    private static void execute(int port, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
