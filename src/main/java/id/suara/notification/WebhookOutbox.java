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

    WebhookOutbox(
            JdbcClient jdbc, ApplicationEventPublisher events, NoticeGateways gateways, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.gateways = gateways;
        this.json = json;
        this.clock = clock;
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
                        ComplainantNotices.key(notice, channel.toLowerCase(java.util.Locale.ROOT), phone),
                        notice.milestone().name(),
                        channel,
                        phone,
                        json.writeValueAsString(payload),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        if (inserted == 1) {
            events.publishEvent(new WebhookQueued(id));
        }
    }
}
