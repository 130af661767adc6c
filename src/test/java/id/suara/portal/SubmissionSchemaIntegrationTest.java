package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The OpenAPI document states the rules the server applies: a property is required there exactly when it is here. */
@SuaraIntegrationTest
class SubmissionSchemaIntegrationTest {

    @Autowired
    Api api;

    private List<String> required(String schema) {
        var document = api.send(get("/v3/api-docs"));
        assertThat(document.status()).isEqualTo(200);
        Map<String, Object> schemas = document.get("components.schemas");
        assertThat(schemas).containsKey(schema);
        List<String> required = document.get("components.schemas." + schema + ".required");
        return required == null ? List.of() : required;
    }

    @Test
    void theSubmissionSchemaRequiresConfidential() {
        assertThat(required("RegistrationRequest")).contains("confidential");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"institution", "kind", "channel", "confidential", "respondent", "title", "purpose", "substance"})
    void aSubmissionPropertyIsRequiredInTheSchemaExactlyWhenTheServerRefusesItsAbsence(String property) {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.remove(property);

        var response = api.submit(submission);

        boolean refused = response.status() == 400 && response.errorFields().contains(property);
        assertThat(required("RegistrationRequest").contains(property))
                .as("schema requires %s; server: %s", property, response.raw())
                .isEqualTo(refused);
        if (!refused) {
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
        }
    }

    /** The name is left out: the public must give it, staff registering a letter may not have it (see the schema). */
    @ParameterizedTest(name = "complainant.{0}")
    @ValueSource(strings = {"type", "identityNumber", "address", "phone", "email"})
    void aComplainantPropertyIsRequiredInTheSchemaExactlyWhenTheServerRefusesItsAbsence(String property) {
        var submission = Api.webSubmission("dprd-kebumen");
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) submission.get("complainant");
        complainant.remove(property);

        var response = api.submit(submission);

        boolean refused = response.status() == 400 && response.errorFields().contains("complainant." + property);
        assertThat(required("Complainant").contains(property))
                .as("schema requires %s; server: %s", property, response.raw())
                .isEqualTo(refused);
    }
}
