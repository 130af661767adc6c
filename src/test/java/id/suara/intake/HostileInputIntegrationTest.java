package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile input to the public submission API — SQL, HTML, script and template injections in every text field, paths in
 * file names, polyglot files, a zip bomb, oversized uploads — is either refused with a 4xx naming the field or stored
 * inertly: read back byte for byte as JSON text, never interpreted. Nothing answers 500 and every table survives.
 */
@SuaraIntegrationTest
class HostileInputIntegrationTest {

    static final String OFFICER = "kebumen.petugas";

    static final List<String> PAYLOADS = List.of(
            "'; drop table submission; --",
            "' or '1'='1",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "${7*7}",
            "{{7*7}}",
            "#{7*7}");

    /** Free text, kept as the complainant wrote it. */
    static final List<String> TEXT_FIELDS = List.of(
            "title",
            "purpose",
            "substance",
            "respondent",
            "complainant.name",
            "complainant.organisation",
            "complainant.address");

    /** Fields with a format, which none of the payloads has. */
    static final List<String> FORMATTED_FIELDS =
            List.of("complainant.identityNumber", "complainant.phone", "complainant.email");

    static final List<String> TABLES = List.of("submission", "attachment", "receipt", "case_file", "case_event");

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> textFieldPayloads() {
        return TEXT_FIELDS.stream().flatMap(field -> PAYLOADS.stream().map(payload -> Arguments.of(field, payload)));
    }

    static Stream<Arguments> formattedFieldPayloads() {
        return FORMATTED_FIELDS.stream()
                .flatMap(field -> PAYLOADS.stream().map(payload -> Arguments.of(field, payload)));
    }

    // ---- Text fields -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("textFieldPayloads")
    void storesInjectionInAFreeTextFieldInertly(String field, String payload) {
        var submission = Api.webSubmission("dprd-kebumen");
        put(submission, field, payload);

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var view = caseOf(response);
        assertThat(view.header("Content-Type")).startsWith("application/json");
        assertThat(view.<String>get("submission." + field)).isEqualTo(payload);
        assertThat(view.raw()).contains(api.json(payload));
        assertTablesIntact();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("formattedFieldPayloads")
    void refusesInjectionInAFormattedFieldNamingIt(String field, String payload) {
        var submission = Api.webSubmission("dprd-kebumen");
        put(submission, field, payload);
        long before = count("submission");

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).contains(field);
        assertThat(count("submission")).isEqualTo(before);
        assertTablesIntact();
    }

    @Test
    void storesAnEmailAddressThatLooksLikeSqlInertly() {
        var submission = Api.webSubmission("dprd-kebumen");
        var email = "x'or'1'='1--@example.id";
        put(submission, "complainant.email", email);

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(caseOf(response).<String>get("submission.complainant.email")).isEqualTo(email);
        assertTablesIntact();
    }

    @Test
    void storesEveryPayloadAtOnceAndShowsItOnTheReceiptAsText() {
        var submission = Api.webSubmission("dprd-kebumen");
        var all = String.join(" ", PAYLOADS);
        // The complainant's own fields stay distinct: an identity typed into the title would be withheld on the
        // receipt, and so would any part of the address (ADR 0014). Each payload as an address alone is stored by
        // storesInjectionInAFreeTextFieldInertly.
        for (var field :
                TEXT_FIELDS.stream().filter(f -> !f.startsWith("complainant.")).toList()) {
            put(submission, field, field.equals("title") ? all.substring(0, Math.min(all.length(), 200)) : all);
        }
        put(submission, "complainant.address", "Jl. Uji No. 7");

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var receipt = api.send(get("/api/v1/submissions/{tn}/receipt", response.<String>get("trackingNumber"))
                .header("X-Access-Code", response.<String>get("accessCode")));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.header("Content-Type")).startsWith("application/json");
        assertThat(receipt.<String>get("title")).isEqualTo(all.substring(0, Math.min(all.length(), 200)));
        var view = caseOf(response);
        assertThat(view.<String>get("submission.substance")).isEqualTo(all);
        assertThat(view.<String>get("submission.complainant.address")).isEqualTo("Jl. Uji No. 7");
        assertThat(view.<String>get("submission.respondent")).isEqualTo(all);
        assertTablesIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; drop table submission; --", "' or '1'='1", "<script>alert(1)</script>", "${7*7}"})
    void searchesCasesForInjectionsAsPlainText(String payload) {
        var response = api.send(Api.as(OFFICER, get("/api/v1/cases").param("q", payload)));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertTablesIntact();
    }

    // ---- File names ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../../../etc/cron.d/evil.pdf",
                "..\\..\\..\\Windows\\System32\\evil.pdf",
                "C:\\x\\..\\evil.pdf",
                "/var/lib/suara/evil.pdf",
                "..%2F..%2Fevil.pdf",
                "evil.pdf\u0000.html",
                "invoice\u202Efdp.exe",
                ".htaccess"
            })
    void storesFileWhoseNameIsAPathUnderASafeNameInsideTheStore(String name) {
        var files = TestAttachmentDirectory.fileCount();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", name, MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf()));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var attachment = attachmentsOf(caseOf(response)).getFirst();
        var stored = (String) attachment.get("fileName");
        assertThat(stored)
                .doesNotContain("/", "\\", "..", "\u0000", "\u202E", "%")
                .doesNotStartWith(".")
                .endsWith(".pdf");
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files + 1);
    }

    // ---- Polyglots and types that carry script ---------------------------------------------------------------------

    @Test
    void keepsPdfCarryingHtmlAsPdfAndServesItToStaffOnlyAsASandboxedDownload() throws Exception {
        var polyglot = AttachmentSafetyTest.pdfWithHtml();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "surat.html", MediaType.TEXT_HTML_VALUE, polyglot));
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.errorFields()).contains("files[0]");

        response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "surat.html", MediaType.APPLICATION_OCTET_STREAM_VALUE, polyglot));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertServedInertly(response, polyglot, "application/pdf", "surat.html.pdf");
    }

    @Test
    void keepsPngCarryingHtmlOnlyAsAnImageServedInertly() throws Exception {
        var polyglot = AttachmentSafetyTest.pngWithHtml();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "foto.html", MediaType.IMAGE_PNG_VALUE, polyglot));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertServedInertly(response, polyglot, "image/png", "foto.html.png");
    }

    @Test
    void refusesPngCarryingHtmlDeclaredAsHtml() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile(
                        "files", "foto.html", MediaType.TEXT_HTML_VALUE, AttachmentSafetyTest.pngWithHtml()));

        assertRefused(response, 400, "files[0]");
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/svg+xml", "image/png", "application/octet-stream"})
    void refusesSvgHoweverItIsDeclared(String declared) {
        var before = snapshot();
        var svg = """
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)">\
                <script>alert(1)</script></svg>""".getBytes(StandardCharsets.UTF_8);

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"), new MockMultipartFile("files", "peta.svg", declared, svg));

        assertRefused(response, 400, "files[0]");
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- Archives --------------------------------------------------------------------------------------------------

    @Test
    void refusesZipBombDocxAndKeepsNothing() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "surat.pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf()),
                new MockMultipartFile("files", "laporan.docx", OfficeFiles.DOCX, OfficeFiles.zipBombDocx()));

        assertRefused(response, 400, "files[1]");
        assertThat(response.<String>get("detail")).contains("packed more than");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesPlainZipArchiveDeclaredAsZip() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "lampiran.zip", "application/zip", TestFiles.zipWithExecutable()));

        assertRefused(response, 400, "files[0]");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void acceptsRealOfficeDocuments() {
        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "surat.docx", OfficeFiles.DOCX, OfficeFiles.docx()),
                new MockMultipartFile(
                        "files", "tabel.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, OfficeFiles.xlsx()),
                new MockMultipartFile("files", "surat.odt", OfficeFiles.ODT, OfficeFiles.odt()));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(attachmentsOf(caseOf(response)))
                .extracting(a -> a.get("mediaType"))
                .containsExactlyInAnyOrder(OfficeFiles.DOCX, OfficeFiles.XLSX, OfficeFiles.ODT);
    }

    // ---- Sizes -----------------------------------------------------------------------------------------------------

    @Test
    void refusesFilesAddingUpToMoreThanTheSubmissionLimitNamingFiles() {
        var before = snapshot();
        var nineMegabytes = Arrays.copyOf(TestFiles.pdf(), 9 * 1024 * 1024);

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "a.pdf", MediaType.APPLICATION_PDF_VALUE, nineMegabytes),
                new MockMultipartFile("files", "b.pdf", MediaType.APPLICATION_PDF_VALUE, nineMegabytes),
                new MockMultipartFile("files", "c.pdf", MediaType.APPLICATION_PDF_VALUE, nineMegabytes));

        assertRefused(response, 400, "files");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesAnOversizedMultipartWithoutFailing() {
        var before = snapshot();
        var files = new ArrayList<MockMultipartFile>();
        for (int i = 0; i < 4; i++) {
            files.add(new MockMultipartFile(
                    "files",
                    "besar-" + i + ".pdf",
                    MediaType.APPLICATION_PDF_VALUE,
                    Arrays.copyOf(TestFiles.pdf(), 11 * 1024 * 1024)));
        }

        var response = submitWithFiles(Api.webSubmission("dprd-kebumen"), files.toArray(MockMultipartFile[]::new));

        assertThat(response.status()).as(response.raw()).isIn(400, 413);
        assertThat(response.errorFields()).anyMatch(field -> field.startsWith("files"));
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------------

    /** What a refused request must not change. */
    record Snapshot(long submissions, long attachments, long numbersUsed, long files) {}

    Snapshot snapshot() {
        return new Snapshot(
                count("submission"),
                count("attachment"),
                jdbc.sql("select coalesce(sum(last_value), 0) from registration_counter")
                        .query(Long.class)
                        .single(),
                TestAttachmentDirectory.fileCount());
    }

    private void assertServedInertly(Response response, byte[] content, String mediaType, String fileName)
            throws Exception {
        var view = caseOf(response);
        var attachment = attachmentsOf(view).getFirst();
        assertThat(attachment.get("mediaType")).isEqualTo(mediaType);
        assertThat(attachment.get("fileName")).isEqualTo(fileName);
        var download = mvc.perform(Api.as(
                        OFFICER, get("/api/v1/cases/{id}/attachments/{a}", view.get("id"), attachment.get("id"))))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(content);
        assertThat(download.getContentType()).isEqualTo(mediaType);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeaders("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.getHeaders("Content-Security-Policy")).anyMatch(csp -> csp.contains("sandbox"));
    }

    private Response caseOf(Response submitted) {
        var id = jdbc.sql("select id from submission where tracking_number = ?")
                .param(submitted.<String>get("trackingNumber"))
                .query(UUID.class)
                .single();
        var view = api.view(OFFICER, id);
        assertThat(view.status()).as(view.raw()).isEqualTo(200);
        return view;
    }

    private static List<Map<String, Object>> attachmentsOf(Response view) {
        return view.get("submission.attachments");
    }

    private void assertTablesIntact() {
        for (var table : TABLES) {
            assertThat(jdbc.sql("select to_regclass(?) is not null")
                            .param(table)
                            .query(Boolean.class)
                            .single())
                    .as("table %s exists", table)
                    .isTrue();
        }
        assertThat(count("submission")).isPositive();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void assertRefused(Response response, int status, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).as(response.raw()).contains(field);
    }

    private Response submitWithFiles(Map<String, Object> submission, MockMultipartFile... files) {
        var request = multipart("/api/v1/submissions")
                .file(new MockMultipartFile(
                        "submission",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        api.json(submission).getBytes(StandardCharsets.UTF_8)));
        for (var file : files) {
            request.file(file);
        }
        return api.send(request);
    }

    /** Sets a field by its path, e.g. {@code complainant.name}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> submission, String path, String value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            submission.put(path, value);
            return;
        }
        var nested = new LinkedHashMap<>((Map<String, Object>) submission.get(path.substring(0, dot)));
        nested.put(path.substring(dot + 1), value);
        submission.put(path.substring(0, dot), nested);
    }
}
