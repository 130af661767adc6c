package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit page ({@code /kantor/audit}) as auditors and the system administrator use it: the same search as the API
 * (actor, action, subject, dates in the institution's zone, newest first), the CSV export of that search, the chain
 * check, and refused filters shown at their fields.
 */
@SuaraIntegrationTest
class AuditPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    OfficeBrowser browser;

    /** A case registered by kebumen.umum for this test, so that the log has an entry to find. */
    String caseId;

    @BeforeEach
    void aRegisteredLetter() {
        browser = new OfficeBrowser(mvc);
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        caseId = api.register("kebumen.umum", letter).get("case.id");
    }

    MvcResult open(MockHttpSession session, String url, Object... vars) throws Exception {
        return browser.open(session, url, vars);
    }

    static String body(MvcResult result) throws Exception {
        return OfficeBrowser.body(result);
    }

    @Test
    void anAuditorFindsTheirInstitutionsEntriesByActorActionSubjectAndDate() throws Exception {
        var auditor = browser.signIn("kebumen.auditor");

        var found = open(
                auditor,
                "/kantor/audit?actor=kebumen.umum&action=case.*&subjectType=case&subjectId={id}&from=2020-01-01",
                caseId);

        assertThat(found.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(found))
                .contains("Log audit", "case.registered", caseId, "1 entri", "/kantor/audit/ekspor?actor=kebumen.umum")
                .contains("Hari penuh dalam WIB")
                .doesNotContain("id=\"error-summary\"")
                .doesNotContain("name=\"institution\"");
        var tomorrowOn = open(auditor, "/kantor/audit?subjectId={id}&from=2999-01-01", caseId);
        assertThat(body(tomorrowOn)).contains("0 entri", "Tidak ada entri yang cocok");
        var otherInstitution = open(auditor, "/kantor/audit?actor=pekalongan.staf");
        assertThat(body(otherInstitution)).contains("0 entri");
        var searches = jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'audit.searched' and actor_name = 'kebumen.auditor' and details like :subject""")
                .param("subject", "%" + caseId + "%")
                .query(Long.class)
                .single();
        assertThat(searches).as("each search is itself on the log").isEqualTo(2);
    }

    @Test
    void showsTheNewestEntriesFirstAndPagesThroughThem() throws Exception {
        var subjectType = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 60; i++) {
            auditLog.record(
                    new AuditEvent("test.paged", null, null, "uji", subjectType, Integer.toString(i), Map.of()));
        }
        var sysadmin = browser.signIn("sysadmin");

        var first = body(open(sysadmin, "/kantor/audit?subjectType={t}", subjectType));
        var second = body(open(sysadmin, "/kantor/audit?subjectType={t}&page=1", subjectType));

        var onFirst = seqs(first);
        var onSecond = seqs(second);
        assertThat(first)
                .contains(
                        "60 entri",
                        "rel=\"next\"",
                        "href=\"/kantor/audit?subjectType=" + subjectType + "&amp;page=1\"");
        assertThat(onFirst).hasSize(50).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(onSecond).hasSize(10).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(onSecond.getFirst()).isLessThan(onFirst.getLast());
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    /** The sequence numbers of the entries a page lists, in its order. */
    static java.util.List<Long> seqs(String page) {
        return Pattern.compile("<tr>\\s*<td>(\\d+)</td>")
                .matcher(page)
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
    }

    @Test
    void theSystemAdministratorReadsEveryInstitutionOrTheOneChosen() throws Exception {
        var sysadmin = browser.signIn("sysadmin");
        var pekalongan =
                institutions.findByCode("setwan-pekalongan").orElseThrow().id();
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        var marker = "uji-" + UUID.randomUUID();
        auditLog.record(new AuditEvent("test.marked", pekalongan, null, "uji", "test", marker, Map.of()));

        var all = body(open(sysadmin, "/kantor/audit?subjectId={m}", marker));
        assertThat(all)
                .contains("name=\"institution\"", "Semua lembaga", "1 entri", "setwan-pekalongan", "test.marked");
        assertThat(body(open(sysadmin, "/kantor/audit?institution={i}&subjectId={m}", pekalongan, marker)))
                .contains("1 entri", "test.marked");
        assertThat(body(open(sysadmin, "/kantor/audit?institution={i}&subjectId={m}", kebumen, marker)))
                .contains("0 entri")
                .doesNotContain("test.marked");
        assertThat(body(open(browser.signIn("kebumen.auditor"), "/kantor/audit?subjectId={m}", marker)))
                .as("an auditor reads only their own institution's entries")
                .contains("0 entri");
    }

    @Test
    void refusesAFilterItCannotUseWithTheErrorsAtTheFieldsAndInASummary() throws Exception {
        var auditor = browser.signIn("kebumen.auditor");

        var badDate = open(auditor, "/kantor/audit?from=kemarin&actor=kebumen.umum");
        assertThat(badDate.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(badDate))
                .contains("id=\"error-summary\"", "href=\"#from\"", "id=\"from-error\"")
                .contains("aria-describedby=\"from-error from-hint\"", "aria-invalid=\"true\"")
                .contains("value=\"kebumen.umum\"")
                .doesNotContain("/kantor/audit/ekspor");
        var backwards = open(auditor, "/kantor/audit?from=2026-11-23&to=2026-11-01");
        assertThat(backwards.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(backwards)).contains("id=\"to-error\"").doesNotContain("id=\"from-error\"");
        var tooLong = open(auditor, "/kantor/audit?actor={a}", "x".repeat(121));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(tooLong)).contains("id=\"actor-error\"", "Paling banyak 120 karakter");
        var notAnInstitution = open(browser.signIn("sysadmin"), "/kantor/audit?institution=bukan-uuid");
        assertThat(notAnInstitution.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(notAnInstitution)).contains("id=\"institution-error\"");
        var refusedExport = open(auditor, "/kantor/audit/ekspor?to=besok");
        assertThat(refusedExport.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refusedExport)).contains("id=\"to-error\"");
        var english = open(auditor, "/kantor/audit?from=kemarin&lang=en");
        assertThat(body(english)).contains("Enter a date such as 2026-11-23", "Audit log");
    }

    @Test
    void exportsTheSameSearchAsCsv() throws Exception {
        var auditor = browser.signIn("kebumen.auditor");

        var export = open(auditor, "/kantor/audit/ekspor?actor=kebumen.umum&subjectId={id}", caseId);

        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getContentType()).startsWith("text/csv");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment", "audit-");
        var lines = export.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.getFirst()).contains("seq,occurred_at,institution_id");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("kebumen.umum", "case.registered", caseId);
        var exports = jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'audit.exported' and actor_name = 'kebumen.auditor' and details like :subject""")
                .param("subject", "%" + caseId + "%")
                .query(Long.class)
                .single();
        assertThat(exports).isEqualTo(1);
    }

    @Test
    void verifiesTheChainAndListsWhatIsWrongWithIt() throws Exception {
        var auditor = browser.signIn("kebumen.auditor");
        var verify = post("/kantor/audit/verifikasi").session(auditor).with(csrf());

        var intact = mvc.perform(verify).andReturn();
        assertThat(intact.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(intact))
                .contains("Rantai audit utuh", "entri diperiksa")
                .doesNotContain("telah diubah");

        var victim = auditLog.search(new AuditFilter(null, null, "case.registered", "case", caseId, null, null), 0, 1)
                .items()
                .getFirst();
        var tampering = new AuditTampering(jdbc, transactions);
        tampering.alterDetails(victim.seq(), "{\"registrationNumber\":\"palsu\"}");
        try {
            var broken = body(mvc.perform(
                            post("/kantor/audit/verifikasi").session(auditor).with(csrf()))
                    .andReturn());
            assertThat(broken).contains("Rantai audit rusak", "Entri " + victim.seq() + " telah diubah");
        } finally {
            tampering.restore(victim);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void onlyAuditorsAndTheSystemAdministratorOpenTheAuditPageAndAuditorsOnlyForTheirInstitution() throws Exception {
        for (var user : Map.of("kebumen.umum", 403, "kebumen.admin", 403, "kebumen.komisia", 403)
                .entrySet()) {
            var page = open(browser.signIn(user.getKey()), "/kantor/audit");
            assertThat(page.getResponse().getStatus()).as(user.getKey()).isEqualTo(user.getValue());
            assertThat(body(page)).doesNotContain("name=\"actor\"");
        }
        var pekalongan =
                institutions.findByCode("setwan-pekalongan").orElseThrow().id();
        var auditor = browser.signIn("kebumen.auditor");
        assertThat(open(auditor, "/kantor/audit?institution={i}", pekalongan)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(open(auditor, "/kantor/audit/ekspor?institution={i}", pekalongan)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/kantor/audit/verifikasi")
                                .session(browser.signIn("kebumen.umum"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
