package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A published answer goes public without personal data; staff keep what was written in the history, and the complainant
 * reads it as written.
 */
@SuaraIntegrationTest
class PublishedAnswerRedactionIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void publishesTheAnswerWithoutNikPhoneEmailOrTheComplainantsNameAndKeepsTheOriginalForStaff() {
        var submitted = answered("Rahmawati Setyaningrum");
        var caseId = caseId(submitted);
        var admin = "demak.admin-koordinator";
        var original = "Ibu Rahmawati Setyaningrum (NIK 3321014505900003): DPUPR memperbaiki jalan pekan depan. "
                + "Informasi lanjut: Pak Joko, 0812-3456-7890 atau joko.dpupr@demakkab.go.id.";

        var published = api.act(admin, caseId, "accept", Map.of("publicAnswer", original));

        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        var redacted = "Ibu [disamarkan] (NIK [disamarkan]): DPUPR memperbaiki jalan pekan depan. "
                + "Informasi lanjut: Pak Joko, [disamarkan] atau [disamarkan].";
        // the complainant, with their access code, reads the answer addressed to them as it was written ...
        var tracked = api.track(submitted.get("trackingNumber"), submitted.get("accessCode"));
        assertThat((String) tracked.get("answer")).isEqualTo(original);
        // ... while the public list of answers shows it redacted
        var publicList = api.send(get("/jawaban").param("q", "DPUPR memperbaiki jalan pekan depan"));
        assertThat(publicList.raw())
                .contains("Ibu [disamarkan] (NIK [disamarkan])")
                .doesNotContain("Rahmawati", "3321014505900003", "0812-3456-7890", "joko.dpupr");
        var staffView = api.view(admin, caseId);
        assertThat((String) staffView.get("publicAnswer")).isEqualTo(redacted);
        List<Map<String, Object>> history = staffView.get("history");
        assertThat(history).extracting(e -> e.get("fields")).contains(Map.of("publicAnswer", original));
    }

    @Test
    void countsPublishedAnswersOnlyUpToTheLimitAndSaysThereAreMore() {
        var marker =
                "uji" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 3; i++) {
            var submitted = answered("Warga " + i);
            var published = api.act(
                    "demak.admin-koordinator",
                    caseId(submitted),
                    "accept",
                    Map.of("publicAnswer", "Jawaban " + marker + " nomor " + i + "."));
            assertThat(published.status()).as(published.raw()).isEqualTo(200);
        }
        var record = new PublicRecord(jdbc, 2);

        var first = record.answers(marker, null, 0, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(first.totalExact()).isFalse();
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        var all = record.answers(marker, null, 0, 3);
        assertThat(all.totalExact()).isTrue();
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.hasNext()).isFalse();
    }

    /** A web submission to Demak by {@code name}, walked to its answer, waiting for the answer's publication. */
    private Api.Response answered(String name) {
        var submission = Api.webSubmission("diskominfo-demak");
        var complainant = (Map<String, Object>) submission.get("complainant");
        complainant.put("name", name);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = caseId(submitted);
        var admin = "demak.admin-koordinator";
        assertThat(api.check(admin, caseId, Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true))
                        .status())
                .isEqualTo(200);
        for (var action : List.of("accept", "verify")) {
            assertThat(api.act(admin, caseId, action, Map.of()).status()).isEqualTo(200);
        }
        assertThat(api.act(
                                admin,
                                caseId,
                                "forward",
                                Map.of(
                                        "assignedUnit",
                                        api.unit("diskominfo-demak", "dpupr").toString()))
                        .status())
                .isEqualTo(200);
        for (var action : List.of("answer", "send-answer")) {
            assertThat(api.act("demak.penghubung-dpupr", caseId, action, Map.of())
                            .status())
                    .isEqualTo(200);
        }
        return submitted;
    }

    private String caseId(Api.Response submitted) {
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", (String) submitted.get("trackingNumber"))))
                .get("items");
        return (String) items.getFirst().get("id");
    }
}
