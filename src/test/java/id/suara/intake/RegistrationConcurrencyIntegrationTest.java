package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.sop.SopVersions;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations at once (ADR 0019): numbered last, so they wait for each other only at the end, and still gap-free with
 * an audit chain that verifies.
 */
@SuaraIntegrationTest
class RegistrationConcurrencyIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Intake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void numbersSixteenThreadsOfSubmissionsWithoutGapsOrRepeatsAndKeepsTheAuditChainIntact() throws Exception {
        var institution = newInstitution();
        int threads = 16;
        int each = 4;
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Future<List<Integer>>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    var mine = new ArrayList<Integer>();
                    for (int i = 0; i < each; i++) {
                        mine.add(api.submit(Api.webSubmission(institution.code()))
                                .status());
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (var status : statuses) {
                assertThat(status.get()).containsOnly(201);
            }
        }
        var sequences = jdbc.sql("""
                        select registration_sequence from submission where institution_id = ?
                        order by registration_sequence""").param(institution.id()).query(Long.class).list();
        assertThat(sequences).hasSize(threads * each);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i + 1L);
        }
        assertThat(jdbc.sql("""
                        select count(*) from case_file c join submission s on s.id = c.id
                        where s.institution_id = ? and c.registration_number = s.registration_number""").param(institution.id()).query(Long.class).single())
                .isEqualTo(threads * each);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'case.registered' and institution_id = ?
                        and details like '%"registrationNumber":"0%'""").param(institution.id()).query(Long.class).single())
                .isEqualTo(threads * each);
        assertThat(audit.verify().problems()).isEmpty();
    }

    @Test
    void leavesNoGapWhenARegistrationRollsBackAfterTakingItsNumber() {
        var institution = newInstitution();
        assertThat(api.submit(Api.webSubmission(institution.code())).status()).isEqualTo(201);
        var headBefore = audit.verify().lastSeq();

        var transaction = new TransactionTemplate(transactions);
        var taken = transaction.execute(status -> {
            var registration = intake.register(request(institution), List.of(), null);
            status.setRollbackOnly(); // fails after the number was taken, the case opened and the audit entry written
            return registration.registrationNumber();
        });
        assertThat(taken).startsWith("002/");

        var next = api.submit(Api.webSubmission(institution.code()));
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.<String>get("registrationNumber")).startsWith("002/");
        assertThat(jdbc.sql("select registration_sequence from submission where institution_id = ? order by 1")
                        .param(institution.id())
                        .query(Long.class)
                        .list())
                .containsExactly(1L, 2L);
        var verification = audit.verify();
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.lastSeq()).isGreaterThan(headBefore);
    }

    @Test
    void refusesToCommitASubmissionOrCaseLeftWithoutItsRegistrationNumber() {
        var institution = newInstitution();
        var transaction = new TransactionTemplate(transactions);
        for (var table : List.of("submission", "case_file")) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                        var registration = intake.register(request(institution), List.of(), null);
                        jdbc.sql("update " + table + " set registration_number = null where id = ?")
                                .param(registration.submissionId())
                                .update();
                    }))
                    .as(table)
                    .hasMessageContaining("must have its registration number");
        }
        assertThat(jdbc.sql("select count(*) from submission where institution_id = ?")
                        .param(institution.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void writesTheSubmissionAndItsCaseBeforeWaitingForTheInstitutionsNextNumber() throws Exception {
        var institution = newInstitution();
        assertThat(api.submit(Api.webSubmission(institution.code())).status()).isEqualTo(201);
        var transaction = new TransactionTemplate(transactions);
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            // Another registration of the institution holds the counter until it commits.
            var holder = pool.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("select last_value from registration_counter where institution_id = ? for update")
                        .param(institution.id())
                        .query(Long.class)
                        .list();
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            holding.await();
            var waiting = pool.submit(
                    () -> api.submit(Api.webSubmission(institution.code())).status());
            try {
                var blocked = awaitSessionWaitingForTheCounter(waiting);
                // The waiting registration has already written its submission and opened its case, but not yet
                // appended to the audit chain, whose head it would otherwise hold while waiting.
                assertThat(relationsLockedBy(blocked)).contains("submission", "case_file", "case_event");
                assertThat(relationsLockedBy(blocked)).doesNotContain("audit_head", "audit_entry");
            } finally {
                release.countDown();
            }
            holder.get();
            assertThat(waiting.get()).isEqualTo(201);
        }
    }

    /** The process id of the session waiting for a lock on a statement on registration_counter. */
    private int awaitSessionWaitingForTheCounter(Future<Integer> registration) throws Exception {
        for (int attempt = 0; attempt < 500 && !registration.isDone(); attempt++) {
            var pid = jdbc.sql("""
                            select pid from pg_stat_activity
                            where wait_event_type = 'Lock' and query like '%registration_counter%'
                            and query not like '%for update%'""").query(Integer.class).optional();
            if (pid.isPresent()) {
                return pid.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The registration did not wait for the counter but answered "
                + (registration.isDone() ? registration.get() : "nothing"));
    }

    private List<String> relationsLockedBy(int pid) {
        return jdbc.sql("""
                        select c.relname from pg_locks l join pg_class c on c.oid = l.relation
                        where l.pid = ? and l.granted and l.mode = 'RowExclusiveLock'""").param(pid).query(String.class).list();
    }

    private Institution newInstitution() {
        var code = "paralel-" + UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                code,
                "Sekretariat DPRD Uji Paralel",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/UJI/{year}");
        sops.installPreset(institution.id(), "kebumen-online");
        return institution;
    }

    private static RegistrationRequest request(Institution institution) {
        return new RegistrationRequest(
                institution.code(),
                SubmissionKind.COMPLAINT,
                Channel.WEB,
                new Complainant(ComplainantType.INDIVIDUAL, "Siti Aminah", null, null, null, "+62 812 1111 2222", null),
                false,
                false,
                null,
                "Jalan desa rusak",
                "Meminta perbaikan jalan",
                "Jalan desa rusak parah sejak Januari.",
                null,
                null);
    }
}
