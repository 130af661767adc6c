package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Similar cases are looked for among the institution's recent open cases only (ADR 0051): a case's words joined by "or"
 * match nearly every case of every year, so the full-text index handed the lookup a million rows to keep a few thousand.
 * With sequential scans off, the planner takes every index it may; the statement must leave it no way to the full-text
 * index, and match the words only against the recent open cases it has read.
 */
@SuaraIntegrationTest
class DuplicateCandidatesPlanIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSimilarCaseLookupReadsTheInstitutionsRecentOpenCasesAndNeverTheWholeTablesTextIndex() {
        var submitted = api.submit(Api.webSubmission("dprd-kebumen"));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = jdbc.sql("select id from submission where tracking_number = ?")
                .param((String) submitted.get("trackingNumber"))
                .query(UUID.class)
                .single();
        var now = Instant.now();
        var statement = DuplicateStore.candidatesStatement(
                caseId, new Readership(true, null, null), now.minus(Duration.ofDays(90)), now, 40);

        var plan = Plans.explain(jdbc, transactions, statement, "enable_seqscan = off");

        // which index of the institution's cases it takes depends on the statistics; never the whole table's text
        // index, and the words are matched only against the recent open cases already read (the CTE "recent", alias r)
        assertThat(plan).contains("CTE recent").doesNotContain("case_file_search");
        assertThat(plan.lines().filter(line -> line.contains("@@")))
                .isNotEmpty()
                .allMatch(line -> line.contains("(r.search @@ "));
    }
}
