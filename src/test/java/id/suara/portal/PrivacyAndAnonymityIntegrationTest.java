package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous submissions where the procedure allows them (Demak), refused where it requires the identity (Kebumen), and
 * the plain words telling the complainant what staff will still see.
 */
@SuaraIntegrationTest
class PrivacyAndAnonymityIntegrationTest {

    static final String CONFIDENTIAL_ID = "Identitas Anda hanya dilihat petugas yang menangani";
    static final String ANONYMOUS_ID = "Petugas tidak dapat menghubungi Anda; simpan nomor pelacakan dan kode akses";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Institutions institutions;

    @Test
    void publishesWhetherEachProcedureAcceptsAnonymousSubmissions() {
        assertThat(anonymousAllowedByProcedure("diskominfo-demak")).containsExactly(Map.entry("demak-kominfo", true));
        assertThat(anonymousAllowedByProcedure("dprd-kebumen"))
                .containsOnly(
                        Map.entry("kebumen-in-person", false),
                        Map.entry("kebumen-written", false),
                        Map.entry("kebumen-online", false),
                        Map.entry("recess-service-complaint", false));
        assertThat(anonymousAllowedByProcedure("setwan-pekalongan"))
                .containsOnly(Map.entry("pekalongan", false), Map.entry("recess-service-complaint", false));
        assertThat(anonymousAllowedByProcedure("dpmd-kukar")).containsOnly(Map.entry("kutai-kartanegara-dpmd", false));
    }

    @Test
    void tellsTheComplainantInPlainWordsWhatStaffWillSeeInTheirLanguage() {
        var indonesian = api.send(get("/api/v1/submissions/privacy-notice"));
        var english = api.send(get("/api/v1/submissions/privacy-notice").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(indonesian.status()).isEqualTo(200);
        assertThat((String) indonesian.get("confidential")).startsWith(CONFIDENTIAL_ID);
        assertThat((String) indonesian.get("anonymous")).startsWith(ANONYMOUS_ID);
        assertThat((String) indonesian.get("identified")).startsWith("Identitas dan kontak Anda dapat dilihat");
        assertThat((String) english.get("confidential")).startsWith("Your identity is seen only by the staff who");
        assertThat((String) english.get("anonymous")).startsWith("Staff cannot contact you");
        assertThat((String) english.get("identified")).startsWith("Your identity and contact details");
    }

    @Test
    void includesTheNoticeThatFitsTheSubmissionInItsReceipt() {
        var confidential = Api.webSubmission("dprd-kebumen");
        confidential.put("confidential", true);
        var plain = api.submit(Api.webSubmission("dprd-kebumen"));

        var response = api.submit(confidential);

        assertThat(response.status()).isEqualTo(201);
        assertThat((String) response.get("privacyNotice")).startsWith(CONFIDENTIAL_ID);
        assertThat((Boolean) response.get("confidential")).isTrue();
        assertThat((Boolean) response.get("anonymous")).isFalse();
        assertThat((String) plain.get("privacyNotice")).startsWith("Identitas dan kontak Anda dapat dilihat");
    }

    @Test
    void acceptsAnAnonymousComplaintWhereTheProcedureAllowsItAndStoresNoIdentity() {
        var submission = Api.webSubmission("diskominfo-demak");
        submission.remove("complainant");
        submission.put("anonymous", true);

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat((String) response.get("privacyNotice")).startsWith(ANONYMOUS_ID);
        assertThat((Boolean) response.get("anonymous")).isTrue();
        assertThat(api.track(response.get("trackingNumber"), response.get("accessCode"))
                        .status())
                .isEqualTo(200);
        Map<String, Object> row = jdbc.sql("select * from submission where tracking_number = ?")
                .param((String) response.get("trackingNumber"))
                .query()
                .singleRow();
        assertThat(row).containsEntry("anonymous", true);
        for (var column : List.of(
                "complainant_name", "complainant_organisation", "identity_number", "address", "phone", "email")) {
            assertThat(row.get(column)).as(column).isNull();
        }
        var caseId = row.get("id");
        var view = api.view("demak.admin-koordinator", caseId);
        assertThat((Boolean) view.get("submission.anonymous")).isTrue();
        assertThat((Boolean) view.get("identityWithheld")).isFalse();
        assertThat((Map<String, Object>) view.get("submission.complainant"))
                .containsEntry("name", null)
                .containsEntry("phone", null);

        var check = api.check("demak.admin-koordinator", caseId, Map.of("PURPOSE", true, "SUBSTANCE", true));

        assertThat(check.status())
                .as("the identity check is waived: " + check.raw())
                .isEqualTo(200);
        assertThat((Boolean) check.get("requirementCheck.latest.met")).isTrue();
        assertThat((Boolean) check.get("requirementCheck.latest.items.IDENTITY"))
                .isTrue();
    }

    @Test
    void acceptsAnAnonymousComplainantGivenOnlyAsATypeAndKeepsThatType() {
        var submission = Api.webSubmission("diskominfo-demak");
        submission.put("complainant", Map.of("type", "GROUP", "name", " "));
        submission.put("anonymous", true);

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat((Boolean) response.get("anonymous")).isTrue();
        assertThat((String) response.get("privacyNotice")).startsWith(ANONYMOUS_ID);
        Map<String, Object> row = jdbc.sql("select * from submission where tracking_number = ?")
                .param((String) response.get("trackingNumber"))
                .query()
                .singleRow();
        assertThat(row).containsEntry("anonymous", true).containsEntry("complainant_type", "GROUP");
        for (var column : List.of(
                "complainant_name", "complainant_organisation", "identity_number", "address", "phone", "email")) {
            assertThat(row.get(column)).as(column).isNull();
        }
    }

    @Test
    void refusesAnAnonymousSubmissionThatGivesAnIdentityNamingTheFilledFields() {
        var before = submissions();
        var submission = Api.webSubmission("diskominfo-demak");
        var complainant = new LinkedHashMap<String, Object>();
        complainant.put("type", "INDIVIDUAL");
        complainant.put("name", "Siti Aminah");
        complainant.put("phone", "+62 812 1111 2222");
        complainant.put("email", "");
        submission.put("complainant", complainant);
        submission.put("anonymous", true);

        var response = api.submit(submission);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("complainant.name", "complainant.phone");
        assertThat(response.raw()).doesNotContain("Siti Aminah", "1111");
        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    void refusesAnAnonymousSubmissionWhereTheProcedureRequiresTheIdentity() {
        var before = submissions();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.remove("complainant");
        submission.put("anonymous", true);

        var response = api.submit(submission);

        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("anonymous");
        assertThat(submissions()).isEqualTo(before);
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        letter.put("complainant", Map.of("type", "INDIVIDUAL"));
        letter.put("anonymous", true);
        Response registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).isEqualTo(422);
        assertThat(registered.errorFields()).containsExactly("anonymous");
        assertThat(submissions()).isEqualTo(before);
    }

    @Test
    void stillRequiresTheComplainantOfAnIdentifiedSubmission() {
        var submission = Api.webSubmission("diskominfo-demak");
        submission.remove("complainant");
        submission.put("anonymous", false);

        var response = api.submit(submission);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("complainant");
    }

    long submissions() {
        return jdbc.sql("select count(*) from submission").query(Long.class).single();
    }

    Map<String, Boolean> anonymousAllowedByProcedure(String institutionCode) {
        var id = institutions.findByCode(institutionCode).orElseThrow().id();
        var response = api.send(get("/api/v1/institutions/{id}/procedures", id));
        assertThat(response.status()).isEqualTo(200);
        List<Map<String, Object>> procedures = json.readValue(response.raw(), new TypeReference<>() {});
        var out = new LinkedHashMap<String, Boolean>();
        for (var procedure : procedures) {
            var definition = (Map<String, Object>) procedure.get("definition");
            out.put((String) definition.get("code"), (Boolean) definition.get("anonymousAllowed"));
        }
        return out;
    }
}
