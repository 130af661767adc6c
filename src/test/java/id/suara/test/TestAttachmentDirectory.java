package id.suara.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The attachment directory of this test JVM, {@code ${java.io.tmpdir}/suara-test-attachments/run-<random>}, deleted
 * when the JVM exits: one directory per run, so tests counting stored files are not disturbed by other builds.
 */
public final class TestAttachmentDirectory {

    private static final Path DIRECTORY =
            Path.of(System.getProperty("java.io.tmpdir"), "suara-test-attachments", "run-" + UUID.randomUUID());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestAttachmentDirectory::delete));
    }

    private TestAttachmentDirectory() {}

    /** Where this run's application stores attachment files. */
    public static Path path() {
        return DIRECTORY;
    }

    /** How many files (finished or half-written) are stored now. */
    public static long fileCount() {
        if (!Files.isDirectory(DIRECTORY)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete() {
        if (!Files.exists(DIRECTORY)) {
            return;
        }
        try (Stream<Path> files = Files.walk(DIRECTORY)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    /** Points {@code suara.intake.attachment-directory} at this run's directory. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "suara-test-attachments",
                            Map.of("suara.intake.attachment-directory", DIRECTORY.toString())));
        }
    }
}
