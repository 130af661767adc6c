package id.suara.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * suara_rebuild_tallies() (V102, set-based: working days from a running count of working days, the previous entry's
 * due time by lag()) recounts exactly what the triggers kept as cases moved: cases closed days and weeks after their
 * registration, across weekends, steps done on time and late. Rows whose count went back to 0 as a case moved on are
 * kept by the triggers and not made by a rebuild; readers skip them (having sum(n) <> 0), and so does this comparison.
 */
@SuaraIntegrationTest
class TallyRebuildIntegrationTest {

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String letter() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return registered.get("case.id");
    }

    private void act(String user, String caseId, String action) {
        var response = api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/actions/{action}", caseId, action)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", "Catatan", "fields", Map.of())))));
        assertThat(response.status()).as(action + ": " + response.raw()).isEqualTo(200);
    }

    private List<String> tallies() {
        return jdbc.sql("""
                        select institution_id || '/' || unit_id || '/' || day || '/' || figure || '/' || value || ':' || n
                        from monitoring_tally where n <> 0
                        order by 1""").query(String.class).list();
    }

    @Test
    void theRebuiltTalliesAreTheTalliesTheTriggersKept() throws Exception {
        // archived at once, after a weekend, and weeks later; moved along on time and late
        for (int days : new int[] {0, 3, 17}) {
            var archived = letter();
            var items = new LinkedHashMap<>(ALL_MET);
            items.put("SUBSTANCE", false);
            assertThat(api.check("kebumen.umum", archived, items).status()).isEqualTo(200);
            clock.advance(Duration.ofDays(days));
            act("kebumen.umum", archived, "archive");

            var moving = letter();
            assertThat(api.check("kebumen.umum", moving, ALL_MET).status()).isEqualTo(200);
            act("kebumen.umum", moving, "accept");
            clock.advance(Duration.ofHours(days));
            act("kebumen.petugas", moving, "record");
        }
        // complaints at once, written in registration groups: one INSERT of several cases and one of their histories,
        // counted once per statement (V124, ADR 0047)
        var start = new java.util.concurrent.CountDownLatch(1);
        var submitted = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                submitted.add(pool.submit(() -> {
                    start.await();
                    int created = 0;
                    for (int i = 0; i < 3; i++) {
                        created += api.submit(Api.webSubmission("dprd-kebumen")).status() == 201 ? 1 : 0;
                    }
                    return created;
                }));
            }
            start.countDown();
            for (var each : submitted) {
                assertThat(each.get()).isEqualTo(3);
            }
        }
        var kept = tallies();
        assertThat(kept).anyMatch(row -> row.contains("/outcome/")).anyMatch(row -> row.contains("/step/"));

        var rebuilt = transaction.execute(status -> {
            jdbc.sql("select suara_rebuild_tallies()").query().singleRow();
            var rows = tallies();
            status.setRollbackOnly();
            return rows;
        });

        assertThat(rebuilt).isEqualTo(kept);
    }
}
