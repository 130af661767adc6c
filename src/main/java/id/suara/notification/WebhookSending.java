package id.suara.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts a queued webhook to the institution's gateway after the transaction that queued it commits, like
 * {@link MailSending}: one worker at a time (an advisory lock on its id), marked sent in the same transaction, a failure
 * (any answer but 2xx, a timeout, no gateway) recorded on the row separately and rethrown for {@link MailRetry} to
 * resubmit with back-off. Signed as docs/webhooks.md describes.
 */
@Component
class WebhookSending {

    private static final Logger log = LoggerFactory.getLogger(WebhookSending.class);

    private final JdbcClient jdbc;
    private final NoticeGateways gateways;
    private final NoticeSettings settings;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final HttpClient http;
    private final id.suara.intake.ContactSeal seal;

    WebhookSending(
            JdbcClient jdbc,
            NoticeGateways gateways,
            NoticeSettings settings,
            PlatformTransactionManager transactions,
            Clock clock,
            id.suara.intake.ContactSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
        this.gateways = gateways;
        this.settings = settings;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @ApplicationModuleListener
    void on(WebhookQueued queued) {
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('outgoing_webhook'), hashtext(?))")
                .param(queued.webhookId().toString())
                .query(Boolean.class)
                .single();
        if (!mine) {
            throw new DeliveryPostponed("Webhook " + queued.webhookId() + " is being sent by another worker");
        }
        record Queued(UUID institutionId, String payload, String status) {}
        var webhook = jdbc.sql("select institution_id, payload, status from outgoing_webhook where id = ?")
                .param(queued.webhookId())
                .query((rs, n) -> new Queued(
                        rs.getObject("institution_id", UUID.class), rs.getString("payload"), rs.getString("status")))
                .optional();
        if (webhook.isEmpty() || webhook.get().status().equals("SENT")) {
            return;
        }
        try {
            var gateway = gateways.target(webhook.get().institutionId())
                    .orElseThrow(() -> new IllegalStateException("The institution has no gateway configured"));
            post(
                    queued.webhookId(),
                    gateway,
                    seal.open(webhook.get().payload(), WebhookOutbox.payloadContext(queued.webhookId())));
        } catch (RuntimeException failure) {
            recordFailure(queued.webhookId(), failure);
            log.warn("Webhook {} not delivered yet: {}", queued.webhookId(), failure.getMessage());
            throw new DeliveryPostponed("Webhook " + queued.webhookId() + " not delivered", failure);
        }
        jdbc.sql("""
                update outgoing_webhook set status = 'SENT', attempts = attempts + 1, last_attempt_at = ?, sent_at = ?,
                    last_error = null
                where id = ?""")
                .params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), queued.webhookId())
                .update();
    }

    private void post(UUID id, NoticeGateways.Target gateway, String body) {
        var timestamp = String.valueOf(clock.instant().getEpochSecond());
        var request = HttpRequest.newBuilder(URI.create(gateway.url()))
                .timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Suara-Timestamp", timestamp)
                .header("X-Suara-Signature", "sha256=" + signature(gateway.secret(), timestamp, body))
                .header("X-Suara-Delivery", id.toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The gateway did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting to the gateway", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The gateway answered HTTP " + response.statusCode());
        }
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body} with the secret. */
    static String signature(String secret, String timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void recordFailure(UUID id, Exception failure) {
        var message = String.valueOf(failure.getMessage());
        separately.executeWithoutResult(status -> jdbc.sql("""
                        update outgoing_webhook set attempts = attempts + 1, last_attempt_at = ?, last_error = ?
                        where id = ? and status = 'QUEUED'""")
                .params(
                        Timestamp.from(clock.instant()),
                        message.length() > 500 ? message.substring(0, 500) : message,
                        id)
                .update());
    }
}
