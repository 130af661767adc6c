package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.SuaraIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code --suara.audit.verify} prints the verification and exits 0 for an intact chain, 1 otherwise. The exit is
 * replaced here, so the test JVM lives on.
 */
@SuaraIntegrationTest
class AuditVerificationCommandIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final List<Integer> exits = new ArrayList<>();
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void exitsWithZeroForAnIntactChain() {
        auditLog.record(new AuditEvent("test.command", null, null, "system", null, null, Map.of()));

        command(true).run(new DefaultApplicationArguments("--suara.audit.verify"));

        assertThat(exits).containsExactly(0);
        assertThat(output()).startsWith("Audit chain intact: ").contains(" 0 problems.");
    }

    @Test
    void exitsWithOneAndNamesTheEntryAfterTampering() {
        var victim = auditLog.record(new AuditEvent("test.command", null, null, "system", null, null, Map.of()));
        auditLog.record(new AuditEvent("test.command", null, null, "system", null, null, Map.of()));
        var tampering = new AuditTampering(jdbc, transactions);

        tampering.alterDetails(victim.seq(), "{\"forged\":true}");
        try {
            command(true).run(new DefaultApplicationArguments("--suara.audit.verify"));
        } finally {
            tampering.restore(victim);
        }

        assertThat(exits).containsExactly(1);
        assertThat(output())
                .startsWith("Audit chain NOT intact: ")
                .contains(" 1 problems.")
                .contains("  seq " + victim.seq() + "  ALTERED  content does not match its hash");

        command(true).run(new DefaultApplicationArguments());
        assertThat(exits).containsExactly(1, 0);
    }

    @Test
    void doesNothingUnlessAsked() {
        command(false).run(new DefaultApplicationArguments());

        assertThat(exits).isEmpty();
        assertThat(output()).isEmpty();
    }

    @Test
    void isAskedForByTheBareFlagOrTrue() {
        assertThat(AuditVerificationCommand.requested("")).isTrue();
        assertThat(AuditVerificationCommand.requested("true")).isTrue();
        assertThat(AuditVerificationCommand.requested("false")).isFalse();
        assertThat(AuditVerificationCommand.requested(null)).isFalse();
    }

    private AuditVerificationCommand command(boolean enabled) {
        return new AuditVerificationCommand(
                auditLog, enabled, new PrintStream(printed, true, StandardCharsets.UTF_8), exits::add);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
