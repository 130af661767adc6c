package id.suara.audit;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The operators' verification command: started with {@code --suara.audit.verify} (or {@code suara.audit.verify=true}),
 * Suara verifies the audit chain, prints the result to standard output and exits with 0 when the chain is intact, 1
 * otherwise. It only reads; run it with {@code --spring.main.web-application-type=none} beside a running server.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditVerificationCommand implements ApplicationRunner {

    static final String PROPERTY = "suara.audit.verify";

    /** More problems than this are summed up by kind rather than listed. */
    static final int MAX_LISTED_PROBLEMS = 100;

    /** Ends the process; replaced in tests. */
    @FunctionalInterface
    interface Exit {
        void exit(int status);
    }

    private final AuditLog log;
    private final boolean enabled;
    private final PrintStream out;
    private final Exit exit;

    @Autowired
    AuditVerificationCommand(AuditLog log, Environment environment, ConfigurableApplicationContext context) {
        this(
                log,
                requested(environment.getProperty(PROPERTY)),
                System.out,
                status -> System.exit(SpringApplication.exit(context, () -> status)));
    }

    AuditVerificationCommand(AuditLog log, boolean enabled, PrintStream out, Exit exit) {
        this.log = log;
        this.enabled = enabled;
        this.out = out;
        this.exit = exit;
    }

    /** A bare {@code --suara.audit.verify} has the empty value; {@code =false} turns it off. */
    static boolean requested(String value) {
        return value != null && (value.isBlank() || Boolean.parseBoolean(value.strip()));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        var result = log.verify();
        print(result);
        exit.exit(result.intact() ? 0 : 1);
    }

    private void print(AuditVerification result) {
        out.println((result.intact() ? "Audit chain intact: " : "Audit chain NOT intact: ") + result.entriesChecked()
                + " entries checked, " + result.problems().size() + " problems.");
        out.println("Newest entry: seq " + result.lastSeq() + ", hash " + result.lastHash());
        result.problems().stream()
                .limit(MAX_LISTED_PROBLEMS)
                .forEach(p -> out.println("  seq " + p.seq() + "  " + p.kind() + "  " + p.detail()));
        if (result.problems().size() > MAX_LISTED_PROBLEMS) {
            Map<AuditVerification.Kind, Long> byKind = new TreeMap<>();
            result.problems().forEach(p -> byKind.merge(p.kind(), 1L, Long::sum));
            out.println("  … " + (result.problems().size() - MAX_LISTED_PROBLEMS) + " more; in all " + byKind);
        }
        out.flush();
    }
}
