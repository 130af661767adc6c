package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Staff registering a letter with its supporting data, and reading the attachments back safely. */
@SuaraIntegrationTest
class AttachmentIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Test
    void registersALetterWithItsScanAndServesItBackAsADownloadToStaffOfTheInstitutionOnly() throws Exception {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var submission = new MockMultipartFile(
                "submission",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                api.json(letter).getBytes(StandardCharsets.UTF_8));
        var scan = new MockMultipartFile("files", "surat aduan.pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf());
        var registered = api.send(Api.as(
                "kebumen.umum", multipart("/api/v1/cases").file(submission).file(scan)));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        List<Map<String, Object>> attachments = registered.get("case.submission.attachments");
        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.get("fileName")).isEqualTo("surat aduan.pdf");
            assertThat(a.get("mediaType")).isEqualTo("application/pdf");
        });
        var attachmentId = attachments.getFirst().get("id");

        var download = mvc.perform(
                        Api.as("kebumen.sekwan", get("/api/v1/cases/{id}/attachments/{a}", caseId, attachmentId)))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(TestFiles.pdf());
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        var foreign = mvc.perform(
                        Api.as("pekalongan.staf", get("/api/v1/cases/{id}/attachments/{a}", caseId, attachmentId)))
                .andReturn()
                .getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        var anonymous = mvc.perform(get("/api/v1/cases/{id}/attachments/{a}", caseId, attachmentId))
                .andReturn()
                .getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
    }
}
