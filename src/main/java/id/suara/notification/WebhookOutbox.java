package id.suara.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues gateway webhooks in the caller's transaction, one per configured channel, like {@link Outbox} queues mail: the
 * row and its {@link WebhookQueued} event are stored with the change or not at all; {@link WebhookSending} posts it
 * after commit. The payload is fixed when queued, so a retry posts the same body (docs/webhooks.md).
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final NoticeGateways gateways;
    private final JsonMapper json;
    private final Clock clock;

    private final id.suara.intake.ContactSeal seal;

    WebhookOutbox(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            NoticeGateways gateways,
            JsonMapper json,
            Clock clock,
            id.suara.intake.ContactSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
        this.events = events;
        this.gateways = gateways;
        this.json = json;
        this.clock = clock;
    }

    /** What a webhook's sealed recipient is bound to. */
    static String recipientContext(UUID webhookId) {
        return "outgoing_webhook.recipient:" + webhookId;
    }

    /** What a webhook's sealed payload is bound to. */
    static String payloadContext(UUID webhookId) {
        return "outgoing_webhook.payload:" + webhookId;
    }

    void enqueue(ComplainantNotice notice, NoticeTemplates.Rendered rendered) {
        var gateway = gateways.target(notice.institutionId());
        if (gateway.isEmpty()) {
            return;
        }
        var phone = notice.phone().strip();
        if (gateway.get().sms()) {
            enqueue(notice, rendered, "SMS", phone);
        }
        if (gateway.get().whatsapp()) {
            enqueue(notice, rendered, "WHATSAPP", phone);
        }
    }

    private void enqueue(ComplainantNotice notice, NoticeTemplates.Rendered rendered, String channel, String phone) {
        var id = UUID.randomUUID();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", id.toString());
        payload.put("event", notice.milestone().name());
        payload.put("channel", channel);
        payload.put("to", phone);
        payload.put("language", notice.language());
        payload.put("text", rendered.subject() + "\n\n" + rendered.body());
        payload.put("institution", notice.institutionCode());
        payload.put("trackingNumber", notice.trackingNumber());
        payload.put(
                "occurredAt",
                notice.occurredAt().truncatedTo(ChronoUnit.SECONDS).toString());
        int inserted = jdbc.sql("""
                        insert into outgoing_webhook (id, institution_id, submission_id, webhook_key, milestone, channel,
                            recipient, payload, status, queued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)
                        on conflict (webhook_key) do nothing""")
                .params(
                        id,
                        notice.institutionId(),
                        notice.caseId(),
                        ComplainantNotices.key(
                                notice, channel.toLowerCase(java.util.Locale.ROOT), seal.fingerprint(phone)),
                        notice.milestone().name(),
                        channel,
                        // the number and the payload naming it are personal data: sealed (ADR 0009)
                        seal.seal(phone, recipientContext(id)),
                        seal.seal(json.writeValueAsString(payload), payloadContext(id)),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        if (inserted == 1) {
            events.publishEvent(new WebhookQueued(id));
        }
    }
}
