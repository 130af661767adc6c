package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.sop.SopVersions;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two people at once: one wins, the other is told; registration numbers have no gaps. */
@SuaraIntegrationTest
class ConcurrencyIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Test
    void letsOneOfTwoSimultaneousActionsWinAndRefusesTheOtherWithConflict() throws Exception {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var caseId = (String) api.register("kebumen.umum", letter).get("case.id");
        api.check(
                "kebumen.umum",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        int version = api.view("kebumen.umum", caseId).<Integer>get("version");
        // Two officers saw the same version of the letter and accept it at the same moment.
        var statuses = runTogether(
                () -> api.act("kebumen.umum", caseId, "accept", Map.of(), version)
                        .status(),
                () -> api.act("kebumen.umum", caseId, "accept", Map.of(), version)
                        .status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        var history = jdbc.sql("select count(*) from case_event where case_id = ? and action = 'accept'")
                .param(UUID.fromString(caseId))
                .query(Long.class)
                .single();
        assertThat(history).isEqualTo(1);
        assertThat(api.view("kebumen.umum", caseId).<String>get("currentStep.code"))
                .isEqualTo("record-and-analyse");
    }

    @Test
    void refusesAnActionBasedOnAStaleVersionWithoutTouchingTheCase() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var caseId = (String) api.register("kebumen.umum", letter).get("case.id");
        int seen = api.view("kebumen.umum", caseId).<Integer>get("version");
        api.check(
                "kebumen.umum",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", false));
        var stale = api.act("kebumen.umum", caseId, "archive", Map.of(), seen);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        assertThat(api.view("kebumen.umum", caseId).<String>get("status")).isEqualTo("REGISTERED");
    }

    @Test
    void numbersEightParallelSubmissionsWithoutGapsOrRepeats() throws Exception {
        var code = "gapfree-" + UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                code,
                "Sekretariat DPRD Uji Paralel",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/UJI/{year}");
        sops.installPreset(institution.id(), "kebumen-online");
        // A refused submission (no procedure for in-person visits here) must not consume a number.
        var refused = Api.webSubmission(code);
        refused.put("channel", "IN_PERSON");
        refused.put(
                "audienceRequestedFor",
                id.suara.test.Audiences.receptionTime(14).toString());
        assertThat(api.submit(refused).status()).isEqualTo(422);

        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> api.submit(Api.webSubmission(code)).status());
        }
        assertThat(runTogether(tasks.toArray(Callable[]::new))).containsOnly(201);
        var numbers = jdbc.sql("""
                select registration_sequence from submission where institution_id = ? order by registration_sequence""").param(institution.id()).query(Long.class).list();
        assertThat(numbers).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        var formatted = jdbc.sql("select registration_number from submission where institution_id = ?")
                .param(institution.id())
                .query(String.class)
                .list();
        assertThat(formatted).doesNotHaveDuplicates().allMatch(n -> n.matches("00[1-8]/UJI/20\\d\\d"));
    }

    @SafeVarargs
    private static List<Integer> runTogether(Callable<Integer>... tasks) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.length)) {
            var futures = new ArrayList<Future<Integer>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<Integer>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
