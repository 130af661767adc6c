package id.suara.browser;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only when Debian's {@code chromium} and {@code chromedriver} are installed (and
 * {@code -Dbrowser.skip} is not given); otherwise they are skipped and one notice says why, printed to the process's
 * own standard error so that it shows in the Maven output even though Surefire sends test output to files. With
 * {@code -Dbrowser.required=true} (as {@code .ci/run} runs) a missing browser fails them instead.
 */
final class BrowserAvailability implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var reason = unavailableReason();
        var result = decide(reason, required());
        if (reason != null && NOTICE_PRINTED.compareAndSet(false, true)) {
            notice("Browser tests skipped: " + reason);
        }
        return result;
    }

    /** Whether the run must fail, not skip, without a browser: {@code -Dbrowser.required=true}, which CI sets. */
    static boolean required() {
        return Boolean.parseBoolean(
                System.getProperty("browser.required", "false").strip());
    }

    /**
     * Runs the browser tests when nothing is missing ({@code unavailableReason} null); otherwise skips them, or fails them
     * when they are {@code required}, so that a CI machine without Chromium cannot pass with the browser tests unrun.
     */
    static ConditionEvaluationResult decide(String unavailableReason, boolean required) {
        if (unavailableReason == null) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver found");
        }
        if (required) {
            throw new ExtensionConfigurationException(
                    "Browser tests are required (-Dbrowser.required=true) but cannot run: " + unavailableReason);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + unavailableReason);
    }

    /** Why the browser tests cannot run here, or null when they can. */
    static String unavailableReason() {
        var skip = System.getProperty("browser.skip");
        if (skip != null && !skip.equalsIgnoreCase("false")) {
            return "-Dbrowser.skip was given";
        }
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM.toString());
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER.toString());
        }
        if (missing.isEmpty()) {
            return null;
        }
        return "chromium/chromedriver not found (" + String.join(", ", missing)
                + "); install with apt-get install chromium chromium-driver";
    }

    @SuppressWarnings("resource") // the process's standard error stays open
    private static void notice(String line) {
        System.err.println(line); // the test's report file
        var processStandardError =
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        processStandardError.println("[WARNING] " + line);
    }
}
