package id.suara.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.PdfFiles;
import id.suara.test.SuaraIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sandbox itself, below the text rules (ADR 0029): what an expression or an include may reach when a template is
 * rendered, and what the PDF may load. The text rules refuse most of this before a text is saved; these tests make sure
 * the rendering refuses it too, for whatever the rules do not see.
 */
@SuaraIntegrationTest
class TemplateSandboxIntegrationTest {

    @Autowired
    TemplateSandbox sandbox;

    @Autowired
    PdfRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    @Autowired
    ComplaintFormDocuments complaintForms;

    @Autowired
    Api api;

    /** A record of Suara's whose method hands out a class: no template may call it. */
    record Holder(String name) {
        public Class<?> kind() {
            return String.class;
        }
    }

    private String render(String body) {
        var variables = new HashMap<String, Object>();
        variables.put("title", "Judul");
        variables.put("names", new ArrayList<>(List.of("a", "b")));
        variables.put("holder", new Holder("x"));
        return sandbox.processDraft(body, variables);
    }

    private static TemplateSandbox.Violation violation(Throwable thrown) {
        for (var t = thrown; t != null; t = t.getCause()) {
            if (t instanceof TemplateSandbox.Violation v) {
                return v;
            }
        }
        throw new AssertionError("No sandbox refusal in " + thrown, thrown);
    }

    /** Rendering {@code body} is refused for {@code code}, naming {@code subject} (not checked when null). */
    private void refused(String body, String code, String subject) {
        assertThatThrownBy(() -> render(body)).as(body).satisfies(thrown -> {
            var v = violation(thrown);
            assertThat(v.code()).as(body).isEqualTo(code);
            if (subject != null) {
                assertThat(v.subject()).as(body).isEqualTo(subject);
            }
        });
    }

    @Test
    void rendersTheDocumentsDataTheTextHelpersAndPageFormat() {
        var html = render("<p th:text=\"${#strings.toUpperCase(title)} + ' ' + ${#lists.size(names)} + '|'"
                + " + ${@pageFormat.date(null)} + '|'\">x</p>");
        assertThat(html).contains("<p>JUDUL 2||</p>");
    }

    @Test
    void anExpressionReachesNoBeanButPageFormat() {
        refused("<p th:text=\"${@staffAccounts}\">x</p>", "bean", "staffAccounts");
        refused("<p th:text=\"${@environment.getProperty('suara.crypto.key')}\">x</p>", "bean", "environment");
        refused("<p th:text=\"${&pageFormat}\">x</p>", "bean", "&pageFormat");
    }

    @Test
    void anExpressionNamesNoTypeAndCreatesNothing() {
        refused("<p th:text=\"${T(java.time.LocalDate).now()}\">x</p>", "type", "java.time.LocalDate");
        refused("<p th:text=\"${T(id.suara.staff.StaffAccounts)}\">x</p>", "type", "id.suara.staff.StaffAccounts");
        refused("<p th:text=\"${new java.util.ArrayList()}\">x</p>", "type", "java.util.ArrayList");
        refused("<p th:text=\"${new String('x')}\">x</p>", "type", "String");
        refused("<p th:text=\"${new java.io.File('/etc/passwd')}\">x</p>", "type", "java.io.File");
        // Thymeleaf's own list of forbidden types answers first for this one; refused all the same
        assertThatThrownBy(() -> render("<p th:text=\"${T(java.lang.Runtime).getRuntime()}\">x</p>"))
                .hasStackTraceContaining("forbidden for type 'java.lang.Runtime'");
    }

    @Test
    void anExpressionCallsNothingThatLeadsToReflectionOrThreadsOrUnboundedWork() {
        refused("<p th:text=\"${title.getClass()}\">x</p>", "method", "getClass");
        refused("<p th:text=\"${@pageFormat.hashCode()}\">x</p>", "method", "hashCode");
        refused("<p th:text=\"${title.class}\">x</p>", "property", "class");
        refused("<p th:text=\"${title.repeat(1000000000)}\">x</p>", "method", "repeat");
        refused("<p th:text=\"${names.ensureCapacity(2000000000)}\">x</p>", "method", "ensureCapacity");
        refused("<p th:text=\"${names.trimToSize()}\">x</p>", "method", "trimToSize");
        refused("<p th:text=\"${#ctx.getVariable('title')}\">x</p>", "object", null);
        assertThat(render("<p th:text=\"${holder.name()}\">x</p>")).contains("<p>x</p>");
        assertThatThrownBy(() -> render("<p th:text=\"${holder.kind()}\">x</p>"))
                .as("a method returning a class")
                .hasStackTraceContaining("EL1004E");
        assertThatThrownBy(() -> render("<p th:text=\"${title.valueOf(42)}\">x</p>"))
                .as("a static method, called on an instance")
                .hasStackTraceContaining("EL1004E");
        refused("<p th:text=\"${#execInfo.getTemplateName()}\">x</p>", "object", "ExecutionInfo");
        refused("<p th:text=\"${#conversions.convert('x', 'java.io.File')}\">x</p>", "object", "Conversions");
    }

    @Test
    void aTemplateIncludesOnlyTheShippedLayoutsFragments() {
        assertThat(render("<style th:replace=\"~{documents/layout :: style}\"></style>"))
                .contains("@page");
        refused("<div th:insert=\"~{/etc/passwd}\"></div>", "include", "/etc/passwd");
        refused("<div th:replace=\"~{documents/receipt}\"></div>", "include", "documents/receipt");
        refused("<div th:replace=\"~{fragments/layout :: page}\"></div>", "include", "fragments/layout");
        var someonesVersion = "stored:" + UUID.randomUUID();
        refused("<div th:replace=\"~{" + someonesVersion + "}\"></div>", "include", someonesVersion);
    }

    @Test
    void aPdfLoadsNoFileAndNoWebAddressOnlyDataUris() throws Exception {
        var image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var file = Files.createTempFile("suara-sandbox", ".png");
        Files.write(file, png.toByteArray());
        try {
            var dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
            var refused = new ArrayList<String>();
            var pdf = renderer.pdf(
                    "<html><body><p>Isi</p><img src=\"" + file.toUri() + "\"/>"
                            + "<div style=\"background-image: url(" + file.toUri() + ")\">x</div>"
                            + "<img src=\"" + dataUri + "\"/></body></html>",
                    refused);
            assertThat(refused).contains(file.toUri().toString()).noneMatch(uri -> uri.startsWith("data:"));
            assertThat(PdfFiles.text(pdf)).contains("Isi");
            assertThat(images(pdf)).as("only the data: image is in the PDF").isEqualTo(1);
        } finally {
            Files.delete(file);
        }
    }

    private static int images(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    @Test
    void aStoredTemplateThatFailsOnRealDataLeavesTheDocumentToTheShippedTemplateAndLeaksNothing() throws Exception {
        // stored past the checks, as if the rules had been weaker when it was saved
        var kukar = institutions.findByCode("dpmd-kukar").orElseThrow();
        jdbc.sql("""
                insert into document_template_version (id, institution_id, document_type, version, body, created_at,
                    created_by_name)
                values (?, ?, 'COMPLAINT_FORM', 1, ?, ?, 'test')""")
                .params(
                        UUID.randomUUID(),
                        kukar.id(),
                        "<html><body><p th:text=\"${@staffAccounts.findByUsername('sysadmin')}\">x</p></body></html>",
                        Timestamp.from(Instant.now()))
                .update();
        try {
            var letter = Api.webSubmission("dpmd-kukar");
            letter.put("channel", "LETTER");
            var registered = api.register("kukar.umum", letter);
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            var caseId = UUID.fromString(registered.get("case.id"));
            var content = complaintForms.form(caseId).content();
            assertThat(PdfFiles.text(content)).contains("FORMULIR PENGADUAN").doesNotContain("sysadmin");
            assertThat(jdbc.sql("select count(*) from issued_document where submission_id = ?"
                                    + " and type = 'COMPLAINT_FORM' and template_version is null")
                            .param(caseId)
                            .query(Long.class)
                            .single())
                    .as("printed by the shipped template")
                    .isEqualTo(1);
        } finally {
            // versions are never removed; the test's row is followed by a version back to the shipped template
            jdbc.sql("""
                    insert into document_template_version (id, institution_id, document_type, version, created_at,
                        created_by_name)
                    values (?, ?, 'COMPLAINT_FORM', 2, ?, 'test')""")
                    .params(UUID.randomUUID(), kukar.id(), Timestamp.from(Instant.now()))
                    .update();
        }
    }
}
