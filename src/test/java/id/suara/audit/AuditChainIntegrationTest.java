package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.audit.AuditVerification.Kind;
import id.suara.audit.AuditVerification.Problem;
import id.suara.test.SuaraIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain detects what an attacker with database access does: a changed entry, a removed one, a changed one given a
 * fresh hash; concurrent appends still form one unbroken chain; and the database refuses ordinary changes outright.
 *
 * <p>All test classes share one database, so every tampering test restores the entry it changed and ends by checking the
 * chain is intact again.
 */
@SuaraIntegrationTest
class AuditChainIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    AuditTampering tampering;

    String marker;

    @BeforeEach
    void startFromAnIntactChain() {
        tampering = new AuditTampering(jdbc, transactions);
        marker = "chain-" + UUID.randomUUID();
        assertThat(auditLog.verify().problems())
                .as("the chain before this test")
                .isEmpty();
    }

    @Test
    void appendsEntriesThatVerifyAsAnIntactChain() {
        var before = auditLog.verify();

        var entries = append(10);

        var after = auditLog.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.entriesChecked()).isEqualTo(before.entriesChecked() + 10);
        assertThat(after.lastSeq()).isEqualTo(entries.getLast().seq());
        assertThat(after.lastHash()).isEqualTo(entries.getLast().hash());
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).seq()).isEqualTo(entries.get(i - 1).seq() + 1);
            assertThat(entries.get(i).previousHash())
                    .isEqualTo(entries.get(i - 1).hash());
        }
    }

    @Test
    void theHashTheDatabaseComputesWhenAppendingIsTheCanonicalFormsHashAlsoForTextBeyondAscii() {
        var actorName = "Siti Ña\u2019imah \uD83D\uDE00";
        var entry = auditLog.record(new AuditEvent(
                "test.appended",
                UUID.randomUUID(),
                UUID.randomUUID(),
                actorName,
                "test",
                marker,
                Map.of("judul", "Jalan rusak di Sruweng \u2014 \u00E9\u00E8", "jumlah", 3)));

        assertThat(entry.hash()).isEqualTo(AuditHashing.hashOf(entry));
        var stored = jdbc.sql("select previous_hash, hash, actor_name from audit_entry where seq = ?")
                .param(entry.seq())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(stored).containsExactly(entry.previousHash(), entry.hash(), actorName);
        assertThat(auditLog.verify().problems()).isEmpty();
    }

    @Test
    void reportsExactlyTheOneEntryThatWasAlteredInTheDatabase() {
        var victim = append(5).get(2);

        tampering.alterDetails(victim.seq(), "{\"index\":999}");
        try {
            assertThat(auditLog.verify().problems())
                    .containsExactly(new Problem(victim.seq(), Kind.ALTERED, "content does not match its hash"));
        } finally {
            tampering.restore(victim);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void reportsADeletedEntryAsMissingBeforeTheNextOne() {
        var entries = append(5);
        var victim = entries.get(2);

        tampering.delete(victim.seq());
        try {
            assertThat(auditLog.verify().problems())
                    .containsExactly(new Problem(
                            victim.seq() + 1,
                            Kind.MISSING_BEFORE,
                            "entries " + victim.seq() + " to " + victim.seq() + " are missing"));
        } finally {
            tampering.restore(victim);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void reportsABrokenLinkAfterAnAlteredEntryWhoseHashWasRecomputed() {
        var victim = append(5).get(2);

        tampering.alterDetailsAndRehash(victim, "{\"index\":999}");
        try {
            assertThat(auditLog.verify().problems())
                    .containsExactly(new Problem(
                            victim.seq() + 1,
                            Kind.BROKEN_LINK,
                            "does not link to entry " + victim.seq() + " as it is now"));
        } finally {
            tampering.restore(victim);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void keepsTheChainGapFreeWhenEightThreadsAppendAtOnce() throws Exception {
        int threads = 8;
        int perThread = 25;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<Future<List<AuditEntry>>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    var mine = new ArrayList<AuditEntry>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(auditLog.record(event(Map.of("thread", thread, "index", i))));
                    }
                    return mine;
                }));
            }
            start.countDown();
            var seqs = new ArrayList<Long>();
            for (var result : results) {
                result.get(60, TimeUnit.SECONDS).forEach(e -> seqs.add(e.seq()));
            }

            assertThat(seqs).hasSize(threads * perThread).doesNotHaveDuplicates();
            var stored = jdbc.sql("select seq from audit_entry where subject_id = ? order by seq")
                    .param(marker)
                    .query(Long.class)
                    .list();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(seqs);
            assertThat(stored.getLast() - stored.getFirst() + 1).isEqualTo(threads * perThread);
            assertThat(auditLog.verify().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesToUpdateAnEntry() {
        var entry = append(1).getFirst();

        assertRefused("update audit_entry set actor_name = 'someone else' where seq = " + entry.seq());
        assertThat(actorOf(entry.seq())).isEqualTo("system");
    }

    @Test
    void refusesToDeleteAnEntry() {
        var entry = append(1).getFirst();

        assertRefused("delete from audit_entry where seq = " + entry.seq());
        assertThat(actorOf(entry.seq())).isEqualTo("system");
    }

    @Test
    void refusesToTruncateTheLog() {
        var before = auditLog.verify().entriesChecked();

        assertRefused("truncate audit_entry");
        assertThat(auditLog.verify().entriesChecked()).isEqualTo(before);
    }

    /** Runs the statement in a transaction that is rolled back in any case, so a missing trigger cannot harm the run. */
    private void assertRefused(String sql) {
        var transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    status.setRollbackOnly();
                    jdbc.sql(sql).update();
                }))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_entry is append-only");
    }

    private String actorOf(long seq) {
        return jdbc.sql("select actor_name from audit_entry where seq = ?")
                .param(seq)
                .query(String.class)
                .single();
    }

    private List<AuditEntry> append(int count) {
        var entries = new ArrayList<AuditEntry>();
        for (int i = 0; i < count; i++) {
            entries.add(auditLog.record(event(Map.of("index", i))));
        }
        return entries;
    }

    private AuditEvent event(Map<String, Object> details) {
        return new AuditEvent("test.appended", null, null, "system", "test", marker, details);
    }
}
