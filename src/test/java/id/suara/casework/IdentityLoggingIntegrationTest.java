package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * No log line contains a complainant's identity or an access code, even with debug logging on for Suara and SQL and
 * trace logging on for the web layer (which logs request and response bodies through their {@code toString()}).
 */
@SuaraIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityLoggingIntegrationTest {

    static final Map<String, LogLevel> LEVELS = Map.of(
            "id.suara", LogLevel.DEBUG,
            "org.springframework.jdbc", LogLevel.DEBUG,
            "org.springframework.web", LogLevel.TRACE);

    static final String NAME = "Gandhung Pramesthi";
    static final String NIK = "3305117712650004";
    static final String PHONE = "+62 878 2468 1357";
    static final String EMAIL = "gandhung.pramesthi@contoh.id";
    static final String ADDRESS = "Perumahan Griya Kalirejo Blok F-12, Kebumen";

    @Autowired
    Api api;

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void debugEverything() {
        LEVELS.forEach(logging::setLogLevel);
    }

    @AfterEach
    void restoreLevels() {
        LEVELS.keySet().forEach(logger -> logging.setLogLevel(logger, null));
    }

    @Test
    void logsNoIdentityWhileSubmittingRegisteringAndViewingCases(CapturedOutput output) {
        var submission = withIdentity(Api.webSubmission("dprd-kebumen"), true);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var letter = withIdentity(Api.webSubmission("dprd-kebumen"), false);
        letter.put("channel", "LETTER");
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        assertThat(api.view("kebumen.pimpinan", caseId).raw()).contains(NAME);
        assertThat(api.view("kebumen.umum", caseId).raw()).contains(NAME);
        assertThat(api.send(Api.as(
                                "kebumen.umum",
                                post("/api/v1/cases/{id}/requirement-check", caseId)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(api.json(Map.of(
                                                "items",
                                                Map.of(
                                                        "IDENTITY",
                                                        true,
                                                        "PURPOSE",
                                                        true,
                                                        "SUBSTANCE",
                                                        true,
                                                        "SUPPORTING_DATA",
                                                        true),
                                                "note",
                                                "KTP " + NAME + " " + NIK + " sudah dicek")))))
                        .status())
                .isEqualTo(200);
        var action = new LinkedHashMap<String, Object>();
        action.put("note", "Dihubungi di " + PHONE);
        action.put("fields", Map.of());
        assertThat(api.send(Api.as(
                                "kebumen.umum",
                                post("/api/v1/cases/{id}/actions/accept", caseId)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(api.json(action))))
                        .status())
                .isEqualTo(200);
        assertThat(api.send(Api.as(
                                "kebumen.petugas",
                                post("/api/v1/cases/{id}/notes", caseId)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(api.json(Map.of("text", NAME + ", " + EMAIL + ", " + ADDRESS)))))
                        .status())
                .isEqualTo(201);
        var refused = withIdentity(Api.webSubmission("dprd-kebumen"), true);
        refused.put("anonymous", true);
        assertThat(api.submit(refused).status()).isEqualTo(400);
        assertThat(api.track(submitted.get("trackingNumber"), submitted.get("accessCode"))
                        .status())
                .isEqualTo(200);

        assertThat(output.getAll()).contains("DEBUG", "TRACE", "RegistrationRequest[", "complainant=Complainant[");
        for (var value : List.of(
                NAME,
                "Gandhung",
                "Pramesthi",
                NIK,
                PHONE,
                "87824681357",
                EMAIL,
                ADDRESS,
                submitted.<String>get("accessCode"),
                registered.<String>get("accessCode"))) {
            assertThat(output.getAll()).as("the log must not contain " + value).doesNotContain(value);
        }
    }

    static Map<String, Object> withIdentity(Map<String, Object> submission, boolean confidential) {
        var complainant = new LinkedHashMap<String, Object>();
        complainant.put("type", "INDIVIDUAL");
        complainant.put("name", NAME);
        complainant.put("identityNumber", NIK);
        complainant.put("address", ADDRESS);
        complainant.put("phone", PHONE);
        complainant.put("email", EMAIL);
        submission.put("complainant", complainant);
        submission.put("confidential", confidential);
        return submission;
    }
}
