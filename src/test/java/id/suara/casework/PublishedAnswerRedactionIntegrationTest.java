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

    @Test
    void publishesTheAnswerWithoutNikPhoneEmailOrTheComplainantsNameAndKeepsTheOriginalForStaff() {
        var submission = Api.webSubmission("diskominfo-demak");
        var complainant = (Map<String, Object>) submission.get("complainant");
        complainant.put("name", "Rahmawati Setyaningrum");
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", (String) submitted.get("trackingNumber"))))
                .get("items");
        var caseId = (String) items.getFirst().get("id");
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
}
