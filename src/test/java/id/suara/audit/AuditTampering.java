package id.suara.audit;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an attacker with database access would do, for tests: change or remove audit entries past the append-only
 * triggers (which {@code session_replication_role = replica} skips, for one transaction only), and put them back. Every
 * test that tampers restores the entry, because all test classes of a run share one database and one chain.
 */
final class AuditTampering {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    AuditTampering(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs a statement with the append-only triggers off for its transaction only. */
    void bypassingTriggers(String sql, Object... params) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            var changed = jdbc.sql(sql).params(params).update();
            if (changed != 1) {
                throw new IllegalStateException("Expected to change one row, changed " + changed + ": " + sql);
            }
        });
    }

    void alterDetails(long seq, String details) {
        bypassingTriggers("update audit_entry set details = ? where seq = ?", details, seq);
    }

    /** Changes an entry and gives it the hash of its new content, as an attacker who knows the scheme would. */
    void alterDetailsAndRehash(AuditEntry entry, String details) {
        var forged = new AuditEntry(
                entry.seq(),
                entry.occurredAt(),
                entry.institutionId(),
                entry.actorId(),
                entry.actorName(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                details,
                entry.clientAddress(),
                entry.previousHash(),
                "");
        bypassingTriggers(
                "update audit_entry set details = ?, hash = ? where seq = ?",
                details,
                AuditHashing.hashOf(forged),
                entry.seq());
    }

    void delete(long seq) {
        bypassingTriggers("delete from audit_entry where seq = ?", seq);
    }

    /** Puts an entry back as it was recorded, whether it was changed or removed. */
    void restore(AuditEntry entry) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from audit_entry where seq = ?").param(entry.seq()).update();
            insert(entry);
        });
    }

    /** Stores an entry as it is, hash included, and makes it the head when it is the newest. */
    private void insert(AuditEntry entry) {
        jdbc.sql("""
                        with appended as (
                            insert into audit_entry (seq, occurred_at, institution_id, actor_id, actor_name, action,
                                subject_type, subject_id, details, client_address, previous_hash, hash)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            returning seq, hash)
                        update audit_head set hash = appended.hash from appended where audit_head.seq = appended.seq""")
                .params(
                        entry.seq(),
                        Timestamp.from(entry.occurredAt()),
                        entry.institutionId(),
                        entry.actorId(),
                        entry.actorName(),
                        entry.action(),
                        entry.subjectType(),
                        entry.subjectId(),
                        entry.details(),
                        entry.clientAddress(),
                        entry.previousHash(),
                        entry.hash())
                .update();
    }
}
