package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A body Suara cannot take names the field at fault, like every other refusal, whatever Jackson found wrong with it. */
@SuaraIntegrationTest
class ClearErrorsIntegrationTest {

    @Autowired
    Api api;

    private Response submitWith(String property, String rawValue) {
        var body = api.json(Api.webSubmission("dprd-kebumen"));
        var withValue = body.substring(0, body.length() - 1) + ",\"" + property + "\":" + rawValue + "}";
        return api.send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(withValue));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            delegationSize       | 99999999999999999999   | is a number too large or too small for this field
            delegationSize       | -99999999999999999999  | is a number too large or too small for this field
            delegationSize       | "banyak"               | has an invalid value
            audienceRequestedFor | "besok"                | must be a date and time such as 2026-03-02T10:00:00+07:00
            audienceRequestedFor | "2026-13-45T10:00Z"    | must be a date and time such as 2026-03-02T10:00:00+07:00
            kind                 | "KELUHAN"              | has an invalid value; allowed: [ASPIRATION, COMPLAINT, CARBON_COPY, SERVICE_COMPLAINT]
            confidential         | "mungkin"              | has an invalid value
            """)
    void aValueThatCannotBeReadNamesItsField(String field, String rawValue, String message) {
        var response = submitWith(field, rawValue);

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        List<Map<String, String>> errors = response.get("errors");
        assertThat(errors).containsExactly(Map.of("field", field, "message", message));
        assertThat(response.raw()).doesNotContain("well-formed", "cannot be read", "java.", "Integer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"title": | The body is not well-formed JSON
            []        | The body must be a JSON object
            """)
    void aBodyThatIsNoJsonObjectIsStillTheBodysFault(String body, String detail) {
        var response = api.send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.<String>get("detail")).isEqualTo(detail);
        assertThat(response.errorFields()).containsExactly("body");
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblemInUtf8() {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("substance", "é".repeat(200 * 1024));

        var response = api.send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(submission)));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(response.<String>get("type")).isEqualTo("https://suara.id/problems/too-large");
        assertThat(response.errorFields()).containsExactly("body");
    }

    @Test
    void theSecurityRefusalsAreTheSameKindOfProblem() {
        var anonymous = api.send(get("/api/v1/staff/me"));
        var auditor = api.send(Api.as("kebumen.auditor", post("/api/v1/cases/" + UUID.randomUUID() + "/notes"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"catatan\"}"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(anonymous.<String>get("type")).isEqualTo("https://suara.id/problems/unauthenticated");
        assertThat(anonymous.<Integer>get("status")).isEqualTo(401);
        assertThat(auditor.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(auditor.status()).isIn(403, 404);
    }

    @Test
    void springsOwnRefusalsAreSuarasProblemsToo() {
        var unknown = api.send(Api.as("kebumen.admin", get("/api/v1/tidak-ada")));
        var wrongMethod = api.send(Api.as("kebumen.admin", put("/api/v1/institutions")));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(unknown.<String>get("type")).isEqualTo("https://suara.id/problems/not-found");
        assertThat(unknown.raw()).doesNotContain("static resource");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(wrongMethod.<String>get("type")).isEqualTo("https://suara.id/problems/method-not-allowed");
        assertThat(wrongMethod.header("Allow")).contains("GET");
    }
}
