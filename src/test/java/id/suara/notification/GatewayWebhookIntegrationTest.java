package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.sun.net.httpserver.HttpServer;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * An institution's SMS/WhatsApp gateway receives each milestone of a complainant with a phone number as a signed
 * webhook (docs/webhooks.md): retried while the gateway fails, delivered once, its signature checkable by the receiver.
 */
@SuaraIntegrationTest
class GatewayWebhookIntegrationTest {

    private static final String SECRET = "gateway-secret-for-tests-0123456789";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record Received(String timestamp, String signature, String delivery, String body, int answered) {}

    private UUID kebumen() {
        return jdbc.sql("select id from institution where code = 'dprd-kebumen'")
                .query(UUID.class)
                .single();
    }

    /** Verifies a delivery as a receiver would: the signature over timestamp + "." + body, within five minutes. */
    private static boolean verified(Received r, String secret, Instant now) throws Exception {
        long age = Math.abs(now.getEpochSecond() - Long.parseLong(r.timestamp()));
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = "sha256="
                + HexFormat.of()
                        .formatHex(mac.doFinal((r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return age <= 300
                && java.security.MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), r.signature().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFailingGatewayGetsTheSignedNoticeAgainAndHasItDeliveredOnce() throws Exception {
        var received = new CopyOnWriteArrayList<Received>();
        var calls = new AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = calls.incrementAndGet() == 1 ? 500 : 200;
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("X-Suara-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Suara-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Suara-Delivery"),
                    body,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        var institution = kebumen();
        try {
            var configured = api.send(Api.as(
                    "kebumen.admin",
                    put("/api/v1/institutions/{id}/notices/gateway", institution)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(api.json(Map.of(
                                    "url",
                                    "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
                                    "secret",
                                    SECRET,
                                    "channels",
                                    List.of("SMS"))))));
            assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
            var shown =
                    api.send(Api.as("kebumen.admin", get("/api/v1/institutions/{id}/notices/gateway", institution)));
            assertThat(shown.raw()).doesNotContain(SECRET);
            assertThat((Boolean) shown.get("secretSet")).isTrue();

            var phone = "+62 813 " + (1000_0000 + (int) (Math.random() * 8999_9999));
            var submission = Api.webSubmission("dprd-kebumen");
            submission.put("channel", "LETTER");
            submission.put("language", "en");
            @SuppressWarnings("unchecked")
            var complainant = (Map<String, Object>) submission.get("complainant");
            complainant.put("phone", phone);
            complainant.remove("email");
            var registered = api.register("kebumen.umum", submission);
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            String trackingNumber = registered.get("trackingNumber");

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> received.stream()
                            .anyMatch(r -> r.answered() == 200 && r.body().contains(trackingNumber)));
            Thread.sleep(2_000); // a second delivery would arrive now if any retry sent one
            var mine = received.stream()
                    .filter(r -> r.body().contains(trackingNumber))
                    .toList();
            assertThat(mine).hasSize(2);
            assertThat(mine.get(0).answered()).isEqualTo(500);
            assertThat(mine.get(1).answered()).isEqualTo(200);
            // the retry is the same delivery with the same body, signed again
            assertThat(mine.get(1).delivery()).isEqualTo(mine.get(0).delivery());
            assertThat(mine.get(1).body()).isEqualTo(mine.get(0).body());
            var delivered = mine.get(1);
            assertThat(verified(delivered, SECRET, Instant.now())).isTrue();
            assertThat(verified(delivered, "another-secret-of-someone-else", Instant.now()))
                    .isFalse();
            assertThat(verified(
                            new Received(
                                    delivered.timestamp(),
                                    delivered.signature(),
                                    delivered.delivery(),
                                    delivered.body().replace("REGISTERED", "ANSWERED"),
                                    200),
                            SECRET,
                            Instant.now()))
                    .isFalse();
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = json.readValue(delivered.body(), Map.class);
            assertThat(payload)
                    .containsEntry("id", delivered.delivery())
                    .containsEntry("event", "REGISTERED")
                    .containsEntry("channel", "SMS")
                    .containsEntry("to", phone)
                    .containsEntry("language", "en")
                    .containsEntry("institution", "dprd-kebumen")
                    .containsEntry("trackingNumber", trackingNumber)
                    .containsKey("occurredAt");
            assertThat((String) payload.get("text"))
                    .startsWith("Your submission is registered: " + trackingNumber)
                    .doesNotContain(registered.get("accessCode").toString());
            var status = jdbc.sql("select status, attempts from outgoing_webhook where id = ?::uuid")
                    .param(delivered.delivery())
                    .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
                    .single();
            assertThat(status).isEqualTo("SENT/2");

            String caseId = registered.get("case.id");
            var log = api.send(Api.as("kebumen.umum", get("/api/v1/cases/{id}/notices", caseId)));
            assertThat(log.status()).as(log.raw()).isEqualTo(200);
            assertThat((String) log.get("notices.0.channel")).isEqualTo("SMS");
            assertThat((String) log.get("notices.0.milestone")).isEqualTo("REGISTERED");
            assertThat((String) log.get("notices.0.status")).isEqualTo("SENT");
            assertThat((String) log.get("notices.0.recipient"))
                    .startsWith("*")
                    .endsWith(phone.substring(phone.length() - 4))
                    .doesNotContain("813");
            assertThat((Integer) log.get("notices.0.attempts")).isEqualTo(2);
        } finally {
            api.send(Api.as("kebumen.admin", delete("/api/v1/institutions/{id}/notices/gateway", institution)));
            server.stop(0);
        }
    }

    @Test
    void aGatewayNeedsAnAddressAChannelAndASecretAndOnlyTheAdministratorSetsIt() {
        var institution = kebumen();
        var refused = api.send(Api.as(
                "kebumen.admin",
                put("/api/v1/institutions/{id}/notices/gateway", institution)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("url", "ftp://x", "secret", "short", "channels", List.of())))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("url", "secret", "channels");
        var forbidden = api.send(Api.as(
                "kebumen.petugas",
                put("/api/v1/institutions/{id}/notices/gateway", institution)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of(
                                "url",
                                "https://gateway.example/hook",
                                "secret",
                                SECRET,
                                "channels",
                                List.of("SMS"))))));
        assertThat(forbidden.status()).isEqualTo(403);
    }
}
