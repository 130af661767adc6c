package id.suara.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestClock;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bursts against the public API get 429 with {@code Retry-After}, per client; a client that keeps guessing tracking codes
 * is locked out of tracking even with the right code; staff are not limited. Low limits in their own application context;
 * every test comes from its own addresses.
 */
@SuaraIntegrationTest
@TestPropertySource(
        properties = {
            "suara.rate-limit.submissions.capacity=3",
            "suara.rate-limit.tracking.capacity=20",
            "suara.rate-limit.failed-lookups.capacity=4"
        })
class RateLimitIntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusesABurstOfSubmissionsWith429RetryAfterAndAProblemNamingTheClient() {
        for (int i = 0; i < 3; i++) {
            assertThat(submit("10.9.1.1").status()).isEqualTo(201);
        }
        long submissions = count("submission");

        var refused = submit("10.9.1.1");

        assertTooMany(refused);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(count("submission")).isEqualTo(submissions);
        assertThat(submit("10.9.1.2").status()).as("another client").isEqualTo(201);
    }

    @Test
    void refusesMultipartSubmissionsBeyondTheLimitWithoutKeepingTheirFiles() {
        for (int i = 0; i < 3; i++) {
            submit("10.9.1.3");
        }
        var files = TestAttachmentDirectory.fileCount();

        var refused = api.send(multipart("/api/v1/submissions")
                .file(new MockMultipartFile(
                        "submission",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        api.json(Api.webSubmission("dprd-kebumen")).getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "surat.pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf()))
                .with(from("10.9.1.3")));

        assertTooMany(refused);
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(files);
    }

    @Test
    void refusesABurstOfTrackingRequests() {
        var submitted = submit("10.9.2.1");
        String trackingNumber = submitted.get("trackingNumber");
        String accessCode = submitted.get("accessCode");
        for (int i = 0; i < 20; i++) {
            assertThat(track("10.9.2.2", trackingNumber, accessCode).status()).isEqualTo(200);
        }

        assertTooMany(track("10.9.2.2", trackingNumber, accessCode));
        assertTooMany(receipt("10.9.2.2", trackingNumber, accessCode));
        assertThat(track("10.9.2.3", trackingNumber, accessCode).status()).isEqualTo(200);
    }

    @Test
    void locksOutAGuesserEvenWithTheRightCodeUntilItsWindowEnds() {
        var submitted = submit("10.9.3.1");
        String trackingNumber = submitted.get("trackingNumber");
        String accessCode = submitted.get("accessCode");
        assertThat(track("10.9.3.2", trackingNumber, "AAAA-BBBB-CCCC-DDDD").status())
                .isEqualTo(404);
        assertThat(track("10.9.3.2", "SR-0000-0000-00", accessCode).status()).isEqualTo(404);
        assertThat(receipt("10.9.3.2", trackingNumber, null).status()).isEqualTo(404);
        assertThat(track("10.9.3.2", trackingNumber, "ZZZZ-ZZZZ-ZZZZ-ZZZZ").status())
                .isEqualTo(404);

        var locked = track("10.9.3.2", trackingNumber, accessCode);

        assertTooMany(locked);
        assertThat(locked.<String>get("detail")).contains("wrong access code");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        assertTooMany(receipt("10.9.3.2", trackingNumber, accessCode));
        assertThat(track("10.9.3.3", trackingNumber, accessCode).status())
                .as("another client")
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(15));

        assertThat(track("10.9.3.2", trackingNumber, accessCode).status()).isEqualTo(200);
    }

    @Test
    void countsOnlyFailedLookupsTowardsTheLockout() {
        var submitted = submit("10.9.4.1");
        String trackingNumber = submitted.get("trackingNumber");
        String accessCode = submitted.get("accessCode");
        for (int i = 0; i < 3; i++) {
            assertThat(track("10.9.4.2", trackingNumber, "WRNG-CODE-0000-0000").status())
                    .isEqualTo(404);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(track("10.9.4.2", trackingNumber, accessCode).status()).isEqualTo(200);
            assertThat(receipt("10.9.4.2", trackingNumber, accessCode).status()).isEqualTo(200);
        }
        assertThat(track("10.9.4.2", trackingNumber, "WRNG-CODE-0000-0000").status())
                .isEqualTo(404);

        var locked = track("10.9.4.2", trackingNumber, accessCode);

        assertTooMany(locked);
        assertThat(locked.<String>get("detail")).contains("wrong access code");
    }

    @Test
    void leavesTheStaffApiAndTheInstitutionListUnlimited() {
        for (int i = 0; i < 4; i++) {
            submit("10.9.5.1");
            track("10.9.5.1", "SR-0000-0000-00", "AAAA-BBBB-CCCC-DDDD");
        }
        assertTooMany(submit("10.9.5.1"));
        assertTooMany(track("10.9.5.1", "SR-0000-0000-00", "AAAA-BBBB-CCCC-DDDD"));

        for (int i = 0; i < 5; i++) {
            var letter = Api.webSubmission("dprd-kebumen");
            letter.put("channel", "LETTER");
            var registered = api.send(Api.as(
                            "kebumen.umum",
                            post("/api/v1/cases")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(api.json(letter)))
                    .with(from("10.9.5.1")));
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            assertThat(api.send(Api.as("kebumen.petugas", get("/api/v1/cases")).with(from("10.9.5.1")))
                            .status())
                    .isEqualTo(200);
            assertThat(api.send(get("/api/v1/institutions").with(from("10.9.5.1")))
                            .status())
                    .isEqualTo(200);
        }
    }

    /** ADR 0036: what the complainant sends with the number and code spends the same budget as a submission. */
    @Test
    void refusesABurstOfComplainantMessagesLikeSubmissionsWithoutAddingTheRefusedOne() {
        var submitted = submit("10.9.6.1");
        String trackingNumber = submitted.get("trackingNumber");
        String accessCode = submitted.get("accessCode");
        for (int i = 0; i < 3; i++) {
            assertThat(message("10.9.6.2", trackingNumber, accessCode).status()).isEqualTo(201);
        }
        long messages = count("complainant_message");

        var refused = message("10.9.6.2", trackingNumber, accessCode);

        assertTooMany(refused);
        assertThat(count("complainant_message")).isEqualTo(messages);
        assertThat(message("10.9.6.3", trackingNumber, accessCode).status())
                .as("another client")
                .isEqualTo(201);
    }

    private Response message(String client, String trackingNumber, String accessCode) {
        return api.send(post("/api/v1/submissions/{tn}/messages", trackingNumber)
                .header("X-Access-Code", accessCode)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Tambahan keterangan\"}")
                .with(from(client)));
    }

    private Response submit(String client) {
        return api.send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Api.webSubmission("dprd-kebumen")))
                .with(from(client)));
    }

    private Response track(String client, String trackingNumber, String accessCode) {
        var request = get("/api/v1/submissions/{tn}", trackingNumber).with(from(client));
        if (accessCode != null) {
            request.header("X-Access-Code", accessCode);
        }
        return api.send(request);
    }

    private Response receipt(String client, String trackingNumber, String accessCode) {
        var request = get("/api/v1/submissions/{tn}/receipt", trackingNumber).with(from(client));
        if (accessCode != null) {
            request.header("X-Access-Code", accessCode);
        }
        return api.send(request);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void assertTooMany(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(429);
        assertThat(response.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.<String>get("type")).isEqualTo("https://suara.id/problems/too-many-requests");
        assertThat(response.<String>get("title")).isNotBlank();
        assertThat(response.<Integer>get("status")).isEqualTo(429);
        assertThat(response.errorFields()).containsExactly("client");
    }
}
