package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.SuaraIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full-text search's count checks a case's institution before its words (ADR 0052): a common word's count runs as a
 * sequential scan that stops at the limit, and checking the words first decompressed the search vector of every
 * institution's cases it passed. With index scans off the planner must scan the table; the filter it applies must name
 * the institution before the words.
 */
@SuaraIntegrationTest
class CaseSearchCountPlanIntegrationTest {

    @Autowired
    CaseStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTextSearchsCountChecksTheInstitutionBeforeTheWords() {
        var kebumen = jdbc.sql("select id from institution where code = 'dprd-kebumen'")
                .query(UUID.class)
                .single();
        var filter = new CaseFilter(kebumen, null, null, null, null, null, null, "jalan rusak");
        var statement = store.listCount(filter, new Readership(false, kebumen, null), Instant.now(), 0, 20);

        var plan = Plans.explain(jdbc, transactions, statement, "enable_indexscan = off", "enable_bitmapscan = off");

        assertThat(plan).contains("Seq Scan on case_file");
        var filterLine = plan.lines()
                .filter(line -> line.contains("Filter:") && line.contains("@@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no filter with the words in\n" + plan));
        assertThat(filterLine.indexOf("institution_id")).as(filterLine).isBetween(0, filterLine.indexOf("@@"));
        // named once: every further condition on the institution would multiply the planner's estimate by its share
        assertThat(filterLine.split("institution_id", -1)).as(filterLine).hasSize(2);
    }
}
