package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff find cases by the words of their text in Indonesian — another form of the same word finds it — and by their
 * registration and tracking numbers, whole or in parts.
 */
@SuaraIntegrationTest
class CaseSearchIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** A word no other case contains, so a search finds only this test's cases. */
    private final String marker =
            "uji" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void findsACaseSayingMemperbaikiWhenSearchedForPerbaikan() {
        var repair =
                submit("Jembatan " + marker + " ambrol", "Mohon dinas segera memperbaiki jembatan " + marker + ".");
        var other = submit("Lampu " + marker + " padam", "Lampu jalan " + marker + " padam sejak sebulan.");

        String repairNumber = repair.get("trackingNumber");
        String otherNumber = other.get("trackingNumber");

        assertThat(search("perbaikan " + marker)).containsExactly(repairNumber);
        assertThat(search("diperbaiki " + marker)).containsExactly(repairNumber);
        assertThat(search(marker)).containsExactlyInAnyOrder(repairNumber, otherNumber);
    }

    @Test
    void everyGinIndexARegistrationWritesKeepsASmallPendingListSoThatNoRegistrationMergesFourMegabytes() {
        // ADR 0050: a registration that fills a GIN index's pending list merges it in its own transaction
        var gin = jdbc.sql("""
                        select i.relname, coalesce(array_to_string(i.reloptions, ','), '') as options
                        from pg_index x
                        join pg_class i on i.oid = x.indexrelid
                        join pg_class t on t.oid = x.indrelid
                        join pg_am a on a.oid = i.relam
                        where a.amname = 'gin' and t.relname in ('case_file', 'submission')
                        order by i.relname""")
                .query((rs, n) -> rs.getString("relname") + " " + rs.getString("options"))
                .list();
        assertThat(gin).containsExactly("case_file_search gin_pending_list_limit=256");
    }

    @Test
    void findsACaseByItsRegistrationAndTrackingNumbers() {
        var submitted = submit("Saluran " + marker + " tersumbat", "Saluran air di depan balai desa tersumbat.");
        String trackingNumber = submitted.get("trackingNumber");
        String registrationNumber = submitted.get("registrationNumber");

        assertThat(search(trackingNumber)).containsExactly(trackingNumber);
        assertThat(search(trackingNumber.toLowerCase())).containsExactly(trackingNumber);
        assertThat(search(registrationNumber + " " + marker)).containsExactly(trackingNumber);
    }

    @Test
    void countsMatchesOnlyUpToTheLimitAndSaysThereAreMore() {
        for (int i = 0; i < 4; i++) {
            submit("Drainase " + marker + " meluap", "Drainase " + marker + " meluap ke jalan.");
        }
        var store = new CaseStore(jdbc, json, 2, 2);
        var filter = new CaseFilter(kebumen(), null, null, null, null, null, null, marker);
        var reader = new Readership(false, kebumen(), null);
        Instant now = Instant.now();

        var first = store.list(filter, reader, now, 0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(first.totalExact()).isFalse();
        assertThat(first.totalItems()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();

        // a page past the limit counts as far as itself, and the last page knows it is the last
        var third = store.list(filter, reader, now, 2, 1);
        assertThat(third.totalItems()).isEqualTo(3);
        assertThat(third.hasNext()).isTrue();
        var all = store.list(filter, reader, now, 0, 4);
        assertThat(all.totalExact()).isTrue();
        assertThat(all.totalItems()).isEqualTo(4);
        assertThat(all.hasNext()).isFalse();
    }

    @Test
    void aTextSearchCountsItsMatchesLessFarThanAListWithoutText() {
        for (int i = 0; i < 4; i++) {
            submit("Talud " + marker + " longsor", "Talud " + marker + " longsor di tepi sungai.");
        }
        var store = new CaseStore(jdbc, json, 3, 2);
        var reader = new Readership(false, kebumen(), null);
        Instant now = Instant.now();

        var searched =
                store.list(new CaseFilter(kebumen(), null, null, null, null, null, null, marker), reader, now, 0, 1);
        assertThat(searched.totalExact()).isFalse();
        assertThat(searched.totalItems()).isEqualTo(2);

        // the institution's cases without a text: these four at least, counted as far as the list limit
        var listed = store.list(new CaseFilter(kebumen(), null, null, null, null, null, null, " "), reader, now, 0, 1);
        assertThat(listed.totalExact()).isFalse();
        assertThat(listed.totalItems()).isEqualTo(3);
    }

    @Test
    void theCaseListTellsWhetherItsTotalIsExact() {
        var found = api.send(Api.as("kebumen.umum", get("/api/v1/cases").param("size", "1")));
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        long total = ((Number) found.get("totalItems")).longValue();
        boolean exact = found.get("totalExact");
        // the shared test database holds fewer than a thousand of Kebumen's cases, so the count is exact there
        assertThat(exact).isEqualTo(total <= CappedCount.LIMIT);
    }

    private UUID kebumen() {
        return jdbc.sql("select id from institution where code = 'dprd-kebumen'")
                .query(UUID.class)
                .single();
    }

    private Api.Response submit(String title, String substance) {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("title", title);
        submission.put("purpose", "Meminta tindak lanjut");
        submission.put("substance", substance);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        return submitted;
    }

    /** The tracking numbers of the cases Kebumen's general affairs finds with {@code q}. */
    private List<String> search(String q) {
        var found = api.send(Api.as("kebumen.umum", get("/api/v1/cases").param("q", q)));
        assertThat(found.status()).as(found.raw()).isEqualTo(200);
        List<Map<String, Object>> items = found.get("items");
        return items.stream().map(item -> (String) item.get("trackingNumber")).toList();
    }
}
