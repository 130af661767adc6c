package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An institution words its milestone notices itself (ADR 0035); unknown placeholders are refused. */
@SuaraIntegrationTest
class NoticeTemplateIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    private UUID pekalongan() {
        return jdbc.sql("select id from institution where code = 'setwan-pekalongan'")
                .query(UUID.class)
                .single();
    }

    private Api.Response saveTemplate(String user, String milestone, String language, String subject, String body) {
        return api.send(Api.as(
                user,
                put("/api/v1/institutions/{id}/notices/templates/{m}/{l}", pekalongan(), milestone, language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("subject", subject, "body", body)))));
    }

    @Test
    void theInstitutionsOwnTemplateIsUsedForTheMilestoneMail() {
        var saved = saveTemplate(
                "pekalongan.admin",
                "REGISTERED",
                "id",
                "Terima kasih, laporan {trackingNumber} kami terima",
                "Salam dari {institution}.\nLaporan \"{title}\": lacak di {trackingUrl}");
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat((Boolean) saved.get("custom")).isTrue();
        try {
            var preview = api.send(Api.as(
                    "pekalongan.admin",
                    post("/api/v1/institutions/{id}/notices/templates/REGISTERED/id/preview", pekalongan())));
            assertThat((String) preview.get("subject")).isEqualTo("Terima kasih, laporan SR-7K4M-2QXP kami terima");

            var email = NoticeMails.address("pekalongan");
            var submission = Api.webSubmission("setwan-pekalongan");
            @SuppressWarnings("unchecked")
            var complainant = (Map<String, Object>) submission.get("complainant");
            complainant.put("email", email);
            var submitted = api.submit(submission);
            assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
            String trackingNumber = submitted.get("trackingNumber");
            var mail = NoticeMails.awaitSubject(email, "Terima kasih");
            assertThat(mail.subject()).isEqualTo("Terima kasih, laporan " + trackingNumber + " kami terima");
            assertThat(mail.text())
                    .startsWith("Salam dari ")
                    .contains("Laporan \"Jalan desa rusak di Sruweng\": lacak di ")
                    .contains("/lacak?nomor=" + trackingNumber);
        } finally {
            var reset = api.send(Api.as(
                    "pekalongan.admin",
                    delete("/api/v1/institutions/{id}/notices/templates/REGISTERED/id", pekalongan())));
            assertThat((Boolean) reset.get("custom")).isFalse();
        }
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheField() {
        var refused = saveTemplate("pekalongan.admin", "ANSWERED", "en", "Answer {trackingNumber}", "Dear {nama}");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("body");
        assertThat(refused.raw()).contains("{nama}");
        var badSubject = saveTemplate("pekalongan.admin", "ANSWERED", "en", "Answer {nomor}", "Dear {title}");
        assertThat(badSubject.errorFields()).containsExactly("subject");
        assertThat(saveTemplate("pekalongan.admin", "SOMETHING", "en", "x", "y").errorFields())
                .containsExactly("milestone");
        assertThat(saveTemplate("pekalongan.admin", "ANSWERED", "fr", "x", "y").errorFields())
                .containsExactly("language");
        assertThat(saveTemplate("pekalongan.staf", "ANSWERED", "en", "x", "y").status())
                .isEqualTo(403);
        var listed =
                api.send(Api.as("pekalongan.admin", get("/api/v1/institutions/{id}/notices/templates", pekalongan())));
        assertThat(listed.status()).isEqualTo(200);
        // every milestone in both languages
        assertThat((java.util.List<?>) listed.get("templates"))
                .hasSize(Milestone.values().length * NoticeTemplates.LANGUAGES.size());
    }
}
