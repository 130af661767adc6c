package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.staff.StaffAccountChanged;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A change to a staff account is recorded in the changing transaction: committed with it, or rolled back with it. */
@SuaraIntegrationTest
class StaffAccountAuditingIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void recordsAStaffAccountChangeWithTheUsernameAndTheChangesDetails() {
        var change = change("roles-changed", Map.of("roles", List.of("AUDITOR", "OFFICER"), "temporaryPassword", "x1"));

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(change));

        var entry = entryFor(change.accountId()).orElseThrow();
        assertThat(entry.action()).isEqualTo("staff.roles-changed");
        assertThat(entry.institutionId()).isEqualTo(change.institutionId());
        assertThat(entry.actorId()).isEqualTo(change.actorId());
        assertThat(entry.actorName()).isEqualTo("kebumen.admin");
        assertThat(entry.subjectType()).isEqualTo("staff-account");
        assertThat(entry.details())
                .isEqualTo("{\"roles\":[\"AUDITOR\",\"OFFICER\"],\"username\":\"" + change.username() + "\"}");
    }

    @Test
    void namesSuaraAsTheActorOfAChangeItMadeItself() {
        var change = new StaffAccountChanged(
                "locked", UUID.randomUUID(), UUID.randomUUID(), "someone", null, null, Map.of("failures", 5));

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(change));

        var entry = entryFor(change.accountId()).orElseThrow();
        assertThat(entry.action()).isEqualTo("staff.locked");
        assertThat(entry.actorName()).isEqualTo("system");
        assertThat(entry.details()).isEqualTo("{\"failures\":5,\"username\":\"someone\"}");
    }

    @Test
    void recordsNothingWhenTheChangeIsRolledBack() {
        var change = change("disabled", Map.of());

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    events.publishEvent(change);
                    throw new IllegalStateException("the change fails after the event");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(entryFor(change.accountId())).isEmpty();
    }

    private static StaffAccountChanged change(String kind, Map<String, Object> details) {
        var accountId = UUID.randomUUID();
        return new StaffAccountChanged(
                kind,
                UUID.randomUUID(),
                accountId,
                "user-" + accountId.toString().substring(0, 8),
                UUID.randomUUID(),
                "kebumen.admin",
                details);
    }

    private java.util.Optional<AuditEntry> entryFor(UUID accountId) {
        return jdbc.sql("select * from audit_entry where subject_type = 'staff-account' and subject_id = ?")
                .param(accountId.toString())
                .query((rs, row) -> AuditLog.entry(rs))
                .optional();
    }
}
