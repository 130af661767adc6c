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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations at once (ADR 0022): written in groups, one transaction each, still gap-free and in order, with an audit
 * chain that verifies.
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

    @Autowired
    RegistrationGroups groups;

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
    void givesEachSubmissionATimeOrderedIdSoThatLaterRegistrationsSortAfterEarlierOnes() throws Exception {
        var institution = newInstitution();
        for (int i = 0; i < 5; i++) {
            assertThat(api.submit(Api.webSubmission(institution.code())).status())
                    .isEqualTo(201);
            Thread.sleep(2); // ids of one millisecond are in random order
        }
        var byRegistration =
                jdbc.sql("""
                        select c.id from submission s join case_file c on c.id = s.id where s.institution_id = ?
                        order by s.registration_sequence""").param(institution.id()).query(UUID.class).list();
        assertThat(byRegistration)
                .hasSize(5)
                .allSatisfy(
                        id -> assertThat(id.version()).as("RFC 9562 version 7").isEqualTo(7));
        assertThat(jdbc.sql("select id from submission where institution_id = ? order by id")
                        .param(institution.id())
                        .query(UUID.class)
                        .list())
                .as("PostgreSQL's order of the ids is the order of registration")
                .containsExactlyElementsOf(byRegistration);
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
    void writesTheRegistrationsThatArriveWhileAGroupIsWrittenTogetherInOneTransaction() throws Exception {
        var institution = newInstitution();
        assertThat(api.submit(Api.webSubmission(institution.code())).status()).isEqualTo(201);
        try (var pool = Executors.newCachedThreadPool();
                var counter = holdTheCounter(institution, pool)) {
            var first = pool.submit(
                    () -> api.submit(Api.webSubmission(institution.code())).status());
            awaitSessionWaitingForTheCounter(first);
            var meanwhile = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 6; i++) {
                meanwhile.add(pool.submit(
                        () -> api.submit(Api.webSubmission(institution.code())).status()));
            }
            awaitQueued(6);
            counter.release();
            assertThat(first.get()).isEqualTo(201);
            for (var status : meanwhile) {
                assertThat(status.get()).isEqualTo(201);
            }
        }
        // the first registration waited alone for the counter; the six that queued meanwhile were written together
        assertThat(jdbc.sql("""
                        select count(distinct xmin::text) from submission
                        where institution_id = ? and registration_sequence > 1""").param(institution.id()).query(Long.class).single())
                .isEqualTo(2L);
        assertThat(sequences(institution)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(audit.verify().problems()).isEmpty();
    }

    @Test
    void writesEachRegistrationOfAFailedGroupAloneSoThatOneBadRegistrationRefusesNoOther() throws Exception {
        var institution = newInstitution();
        assertThat(api.submit(Api.webSubmission(institution.code())).status()).isEqualTo(201);
        var twice = intake.prepare(request(institution), List.of(), null);
        var other = intake.prepare(request(institution), List.of(), null);
        var written = new ArrayList<Future<String>>();
        try (var pool = Executors.newCachedThreadPool();
                var counter = holdTheCounter(institution, pool)) {
            var first = pool.submit(
                    () -> api.submit(Api.webSubmission(institution.code())).status());
            awaitSessionWaitingForTheCounter(first);
            // the same registration twice in one group: the second cannot be written, the group fails as a whole
            for (var registration : List.of(twice, twice, other)) {
                written.add(pool.submit(() -> groups.write(registration)));
            }
            awaitQueued(3);
            counter.release();
            assertThat(first.get()).isEqualTo(201);
        }
        var outcomes = new ArrayList<String>();
        for (var number : written) {
            try {
                outcomes.add(number.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DuplicateKeyException.class);
                outcomes.add("refused");
            }
        }
        assertThat(outcomes).containsOnlyOnce("refused").hasSize(3);
        assertThat(sequences(institution)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(jdbc.sql("select count(*) from case_file where id in (?, ?)")
                        .params(
                                twice.submission().submissionId(),
                                other.submission().submissionId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
        assertThat(audit.verify().problems()).isEmpty();
    }

    @Test
    void registersAloneWhileNoWriterRunsAndInGroupsAgainOnceItDoes() throws Exception {
        var institution = newInstitution();
        try {
            groups.stop();
            assertThat(groups.isRunning()).isFalse();
            assertThat(api.submit(Api.webSubmission(institution.code())).status())
                    .isEqualTo(201);
        } finally {
            groups.start();
        }
        assertThat(groups.writer().isAlive()).isTrue();
        assertThat(api.submit(Api.webSubmission(institution.code())).status()).isEqualTo(201);
        assertThat(sequences(institution)).containsExactly(1L, 2L);
    }

    @Test
    @Timeout(60)
    void registersEvenWhenTheWriterThreadIsInterrupted() throws Exception {
        var institution = newInstitution();
        try {
            var writer = groups.writer();
            writer.interrupt();
            writer.join(5_000);
            assertThat(writer.isAlive()).isFalse();
            assertThat(groups.isRunning()).isFalse();
            assertThat(api.submit(Api.webSubmission(institution.code())).status())
                    .isEqualTo(201);
        } finally {
            groups.start();
        }
        assertThat(sequences(institution)).containsExactly(1L);
        assertThat(audit.verify().problems()).isEmpty();
    }

    /** Holds the institution's counter row, as another Suara's registration would, until released. */
    private HeldCounter holdTheCounter(Institution institution, ExecutorService pool) throws InterruptedException {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var transaction = new TransactionTemplate(transactions);
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
        return new HeldCounter(release, holder);
    }

    private record HeldCounter(CountDownLatch latch, Future<?> holder) implements AutoCloseable {
        void release() throws Exception {
            latch.countDown();
            holder.get();
        }

        @Override
        public void close() {
            latch.countDown();
        }
    }

    private void awaitQueued(int registrations) throws InterruptedException {
        for (int attempt = 0; attempt < 500 && groups.queued() < registrations; attempt++) {
            Thread.sleep(10);
        }
        assertThat(groups.queued()).isEqualTo(registrations);
    }

    private List<Long> sequences(Institution institution) {
        return jdbc.sql("select registration_sequence from submission where institution_id = ? order by 1")
                .param(institution.id())
                .query(Long.class)
                .list();
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
