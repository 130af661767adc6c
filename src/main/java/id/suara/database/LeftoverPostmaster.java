package id.suara.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Suara that was killed without shutting down (kill -9, the out-of-memory killer) leaves in its embedded data
 * directory: the PostgreSQL server it started runs on, detached, with the directory marked as its own in
 * {@code postmaster.pid}, and a new server would refuse to start there.
 *
 * <p>Only called while this process holds the data directory's lock (the embedded PostgreSQL's {@code epg-lock}), which
 * the operating system releases when its holder dies: a server still running then belongs to no living Suara and is
 * stopped (SIGTERM: PostgreSQL's smart shutdown, which writes a checkpoint). A lock file naming a process that is not
 * PostgreSQL (its number reused after a reboot) is removed; one naming a process that has ended is left to PostgreSQL,
 * which removes it itself.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    static final String LOCK_FILE = "postmaster.pid";

    private LeftoverPostmaster() {}

    /** Stops the server an earlier run left on the directory, waiting at most {@code patience} for it to end. */
    static void stop(Path dataDirectory, Duration patience) {
        var lockFile = dataDirectory.resolve(LOCK_FILE);
        var pid = pidIn(lockFile);
        var process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return;
        }
        var command = process.get().info().command();
        if (command.isEmpty()) {
            throw stillRunning(
                    pid.get(), dataDirectory, "it cannot be inspected (does it belong to another user?)", null);
        }
        if (!Path.of(command.get()).getFileName().toString().equals("postgres")) {
            log.warn(
                    "Removing {}: it names process {} ({}), which is not PostgreSQL",
                    lockFile,
                    pid.get(),
                    command.get());
            delete(lockFile);
            return;
        }
        log.warn(
                "Stopping the PostgreSQL server (PID {}) that an earlier Suara left running on {}; it was not shut down",
                pid.get(),
                dataDirectory);
        if (!process.get().destroy()) {
            throw stillRunning(pid.get(), dataDirectory, "it could not be stopped", null);
        }
        try {
            process.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw stillRunning(pid.get(), dataDirectory, "it did not stop within " + patience.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stillRunning(pid.get(), dataDirectory, "waiting for it was interrupted", e);
        }
    }

    /** The process number PostgreSQL wrote in its lock file, if the file is there and reads as one. */
    static Optional<Long> pidIn(Path lockFile) {
        try {
            var lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            // not a lock file PostgreSQL wrote; it refuses such a file with its own message
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + lockFile, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }

    private static EmbeddedDatabaseUnavailableException stillRunning(
            long pid, Path dataDirectory, String why, Throwable cause) {
        return new EmbeddedDatabaseUnavailableException(
                "An earlier PostgreSQL server (PID " + pid + ") still runs on the embedded database in " + dataDirectory
                        + ", left by a Suara that did not shut down; " + why + ".",
                "Stop that process (kill " + pid + ") and start Suara again.",
                cause);
    }
}
