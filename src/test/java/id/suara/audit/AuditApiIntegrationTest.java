package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who reads the audit log over HTTP: an auditor their own institution's entries, a system administrator everyone's,
 * nobody else; the CSV export is well-formed and inert in a spreadsheet; every search and export is itself recorded.
 */
@SuaraIntegrationTest
class AuditApiIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    UUID kebumen;
    UUID pekalongan;
    String marker;

    @BeforeEach
    void recordAnEntryForEachOfTwoInstitutions() {
        kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        pekalongan = institutions.findByCode("setwan-pekalongan").orElseThrow().id();
        marker = "api-" + UUID.randomUUID();
        auditLog.record(new AuditEvent("test.kebumen", kebumen, null, "kebumen.petugas", "test", marker, Map.of()));
        auditLog.record(
                new AuditEvent("test.pekalongan", pekalongan, null, "pekalongan.staf", "test", marker, Map.of()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void showsAnAuditorOnlyTheEntriesOfTheirOwnInstitution() {
        var marked = search("kebumen.auditor", "subjectId=" + marker);
        assertThat(marked.status()).as(marked.raw()).isEqualTo(200);
        assertThat(actions(marked)).containsExactly("test.kebumen");

        var everything = search("kebumen.auditor", "size=200");
        assertThat(everything.status()).isEqualTo(200);
        List<Map<String, Object>> items = everything.get("items");
        assertThat(items)
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("institutionId")).isEqualTo(kebumen.toString()));

        assertThat(search("kebumen.auditor", "institution=" + kebumen + "&subjectId=" + marker)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void forbidsAnAuditorTheEntriesOfAnotherInstitution() {
        var response = search("kebumen.auditor", "institution=" + pekalongan);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.raw()).doesNotContain(marker);
        assertThat(send("kebumen.auditor", "/api/v1/audit/export?institution=" + pekalongan)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void showsASystemAdministratorTheEntriesOfEveryInstitution() {
        var all = search("sysadmin", "subjectId=" + marker);
        assertThat(all.status()).isEqualTo(200);
        assertThat(actions(all)).containsExactly("test.pekalongan", "test.kebumen");
        assertThat(all.<Integer>get("totalItems")).isEqualTo(2);

        var one = search("sysadmin", "subjectId=" + marker + "&institution=" + pekalongan);
        assertThat(actions(one)).containsExactly("test.pekalongan");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kebumen.petugas", "kebumen.admin", "kebumen.sekwan", "pekalongan.admin"})
    void forbidsEveryoneElseToReadTheLog(String user) {
        assertThat(search(user, "subjectId=" + marker).status()).isEqualTo(403);
        var export = send(user, "/api/v1/audit/export");
        assertThat(export.status()).isEqualTo(403);
        assertThat(export.header("Content-Disposition")).isNull();
        assertThat(send(user, "/api/v1/audit/verification").status()).isEqualTo(403);
    }

    @Test
    void refusesAnAnonymousReader() {
        assertThat(api.send(get("/api/v1/audit")).status()).isEqualTo(401);
    }

    @Test
    void filtersByActorActionPrefixAndSubjectType() {
        assertThat(actions(search("sysadmin", "subjectId=" + marker + "&actor=pekalongan.staf")))
                .containsExactly("test.pekalongan");
        assertThat(actions(search("sysadmin", "subjectId=" + marker + "&action=test.keb*")))
                .containsExactly("test.kebumen");
        assertThat(actions(search("sysadmin", "subjectId=" + marker + "&action=test.kebumen")))
                .containsExactly("test.kebumen");
        assertThat(actions(search("sysadmin", "subjectId=" + marker + "&action=test.keb")))
                .isEmpty();
        assertThat(actions(search("sysadmin", "subjectId=" + marker + "&action=test_kebumen*")))
                .isEmpty();
        assertThat(actions(search("sysadmin", "subjectId=" + marker + "&subjectType=case")))
                .isEmpty();
    }

    @Test
    void readsDatesAsWholeDaysInTheInstitutionsTimeZone() {
        // 20:00 UTC on 15 January is 03:00 WIB on 16 January
        clock.set(Instant.parse("2031-01-15T20:00:00Z"));
        auditLog.record(new AuditEvent("test.dated", kebumen, null, "kebumen.petugas", "test", marker, Map.of()));
        clock.reset();

        assertThat(actions(search("kebumen.auditor", "subjectId=" + marker + "&from=2031-01-16&to=2031-01-16")))
                .containsExactly("test.dated");
        assertThat(actions(search("kebumen.auditor", "subjectId=" + marker + "&from=2031-01-15&to=2031-01-15")))
                .isEmpty();
        assertThat(actions(search(
                        "kebumen.auditor",
                        "subjectId=" + marker + "&from=2031-01-15T19:59:59Z&to=2031-01-15T20:00:00.000001Z")))
                .containsExactly("test.dated");
        assertThat(actions(search(
                        "kebumen.auditor",
                        "subjectId=" + marker + "&from=2031-01-15T19:00:00Z&to=2031-01-15T20:00:00Z")))
                .isEmpty();
        assertThat(actions(api.send(Api.as(
                        "kebumen.auditor",
                        get("/api/v1/audit")
                                .param("subjectId", marker)
                                .param("from", "2031-01-16T02:59:59+07:00")
                                .param("to", "2031-01-16T03:00:01+07:00")))))
                .containsExactly("test.dated");
        assertThat(actions(search(
                        "kebumen.auditor",
                        "subjectId=" + marker + "&from=2031-01-16T02:59:59 07:00&to=2031-01-16T03:00:01 07:00")))
                .as("an offset whose + was decoded as a space")
                .containsExactly("test.dated");
        assertThat(actions(search(
                        "kebumen.auditor", "subjectId=" + marker + "&from=2031-01-16T02:59:59&to=2031-01-16T03:00:01")))
                .as("a local time in the institution's zone")
                .containsExactly("test.dated");
    }

    @Test
    void pagesNewestFirst() {
        var first = search("sysadmin", "subjectId=" + marker + "&size=1&page=0");
        var second = search("sysadmin", "subjectId=" + marker + "&size=1&page=1");

        assertThat(actions(first)).containsExactly("test.pekalongan");
        assertThat(actions(second)).containsExactly("test.kebumen");
        assertThat(first.<Integer>get("totalPages")).isEqualTo(2);
    }

    @Test
    void namesTheParameterThatIsOutOfRange() {
        assertThat(search("sysadmin", "size=201").errorFields()).containsExactly("size");
        assertThat(search("sysadmin", "size=0").errorFields()).containsExactly("size");
        assertThat(search("sysadmin", "page=-1").errorFields()).containsExactly("page");
        assertThat(search("sysadmin", "from=yesterday").errorFields()).containsExactly("from");
        assertThat(search("sysadmin", "from=2026-11-23&to=2026-11-01").errorFields())
                .containsExactly("to");
        assertThat(search("sysadmin", "actor=" + "x".repeat(121)).errorFields()).containsExactly("actor");
        assertThat(search("sysadmin", "institution=not-a-uuid").errorFields()).containsExactly("institution");
        assertThat(search("sysadmin", "size=201").status()).isEqualTo(400);
    }

    @Test
    void anUnreadableInstitutionIsRefusedInSearchAndExportInPlainWords() {
        for (var uri : List.of("/api/v1/audit?institution=not-a-uuid", "/api/v1/audit/export?institution=not-a-uuid")) {
            var response = send("sysadmin", uri);
            assertThat(response.status()).as(uri).isEqualTo(400);
            assertThat(response.errorFields()).as(uri).containsExactly("institution");
            assertThat(response.raw()).as(uri).contains("has an invalid value").doesNotContain("java.");
        }
    }

    @Test
    void recordsEverySearchWithItsFilters() {
        assertThat(search("kebumen.auditor", "subjectId=" + marker).status()).isEqualTo(200);

        var recorded = lastEntry("audit.searched", "kebumen.auditor");
        assertThat(recorded.institutionId()).isEqualTo(kebumen);
        assertThat(recorded.actorId()).isNotNull();
        assertThat(recorded.subjectType()).isEqualTo("audit-log");
        assertThat(recorded.details())
                .contains("\"subjectId\":\"" + marker + "\"")
                .contains("\"institution\":\"" + kebumen + "\"")
                .contains("\"totalItems\":1");
    }

    @Test
    void exportsWellFormedCsvThatNoSpreadsheetRunsAsAFormula() {
        var details = new LinkedHashMap<String, Object>();
        details.put("note", "a, b\n\"c\"");
        auditLog.record(
                new AuditEvent("test.hostile", kebumen, null, "=HYPERLINK(\"x\")", marker, "a,b\n\"quoted\"", details));
        auditLog.record(new AuditEvent("test.hostile", pekalongan, null, "@other", marker, "elsewhere", Map.of()));

        var response = send("kebumen.auditor", "/api/v1/audit/export?subjectType=" + marker);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-" + LocalDate.now(ZoneOffset.ofHours(7)) + ".csv\"");
        var raw = response.raw();
        assertThat(raw)
                .startsWith("\uFEFF")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"")
                .doesNotContain("@other");
        var rows = Csv.parse(raw.substring(1));
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).containsExactlyElementsOf(AuditCsv.COLUMNS);
        var row = rows.get(1);
        assertThat(row).hasSize(AuditCsv.COLUMNS.size());
        assertThat(cell(row, "actor_name")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(cell(row, "subject_id")).isEqualTo("a,b\n\"quoted\"");
        assertThat(cell(row, "details")).isEqualTo("{\"note\":\"a, b\\n\\\"c\\\"\"}");
        assertThat(cell(row, "institution_id")).isEqualTo(kebumen.toString());
        assertThat(cell(row, "action")).isEqualTo("test.hostile");
    }

    @Test
    void exportsEveryInstitutionToASystemAdministratorAndRecordsTheExport() {
        auditLog.record(new AuditEvent("test.exported", kebumen, null, "kebumen.petugas", marker, "1", Map.of()));
        auditLog.record(new AuditEvent("test.exported", pekalongan, null, "pekalongan.staf", marker, "2", Map.of()));

        var response = send("sysadmin", "/api/v1/audit/export?subjectType=" + marker);

        assertThat(response.status()).isEqualTo(200);
        var rows = Csv.parse(response.raw().substring(1));
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).extracting(r -> cell(r, "subject_id")).containsExactly("2", "1");
        var recorded = lastEntry("audit.exported", "sysadmin");
        assertThat(recorded.institutionId()).isNull();
        assertThat(recorded.details()).contains("\"subjectType\":\"" + marker + "\"");
    }

    @Test
    void recordsAnAuditorsExport() {
        assertThat(send("kebumen.auditor", "/api/v1/audit/export?subjectId=" + marker)
                        .status())
                .isEqualTo(200);

        var recorded = lastEntry("audit.exported", "kebumen.auditor");
        assertThat(recorded.institutionId()).isEqualTo(kebumen);
        assertThat(recorded.details()).contains(marker).contains("\"maxRows\":1000000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kebumen.auditor", "sysadmin"})
    void reportsTheChainIntact(String user) {
        var response = send(user, "/api/v1/audit/verification");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.<Boolean>get("intact")).isTrue();
        assertThat(((Number) response.get("entriesChecked")).longValue()).isPositive();
        assertThat(response.<List<?>>get("problems")).isEmpty();
        assertThat(lastEntry("audit.verified", user).details()).contains("\"intact\":true");
    }

    private Response search(String user, String query) {
        return send(user, "/api/v1/audit?" + query);
    }

    private Response send(String user, String uri) {
        MockHttpServletRequestBuilder request = get(uri);
        return api.send(Api.as(user, request));
    }

    private static List<String> actions(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<Map<String, Object>> items = response.get("items");
        return items.stream().map(item -> (String) item.get("action")).toList();
    }

    private AuditEntry lastEntry(String action, String actor) {
        return jdbc.sql("select * from audit_entry where action = ? and actor_name = ? order by seq desc limit 1")
                .params(action, actor)
                .query((rs, row) -> AuditLog.entry(rs))
                .single();
    }

    private static String cell(List<String> row, String column) {
        return row.get(AuditCsv.COLUMNS.indexOf(column));
    }

    /** A strict RFC 4180 reader: fails on anything malformed instead of guessing. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            var rows = new ArrayList<List<String>>();
            var row = new ArrayList<String>();
            var cell = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            boolean cellStarted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                        i++;
                        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                            throw new IllegalArgumentException("Text after a closing quote at " + i);
                        }
                        continue;
                    }
                    cell.append(c);
                    i++;
                } else if (c == '"' && !cellStarted) {
                    quoted = true;
                    cellStarted = true;
                    i++;
                } else if (c == '"') {
                    throw new IllegalArgumentException("A quote inside an unquoted cell at " + i);
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    cellStarted = false;
                    i++;
                } else if (c == '\r') {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException("A bare carriage return at " + i);
                    }
                    row.add(cell.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    cell.setLength(0);
                    cellStarted = false;
                    i += 2;
                } else if (c == '\n') {
                    throw new IllegalArgumentException("A bare line feed outside quotes at " + i);
                } else {
                    cell.append(c);
                    cellStarted = true;
                    i++;
                }
            }
            if (quoted || cellStarted || !row.isEmpty()) {
                throw new IllegalArgumentException("The last row does not end with CRLF");
            }
            return rows;
        }
    }
}
