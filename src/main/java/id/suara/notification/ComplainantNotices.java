package id.suara.notification;

import java.util.HashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells complainants of their cases' milestones (ADR 0035): a mail in their language when they gave an address, and one
 * gateway webhook per configured channel (SMS, WhatsApp) when they gave a phone number, each queued in the transaction
 * of the move that reached the milestone and sent after it commits.
 */
@Service
public class ComplainantNotices {

    private final NoticeTemplates templates;
    private final Outbox outbox;
    private final WebhookOutbox webhooks;
    private final NoticeSettings settings;
    private final id.suara.intake.ContactSeal seal;

    ComplainantNotices(
            NoticeTemplates templates,
            Outbox outbox,
            WebhookOutbox webhooks,
            NoticeSettings settings,
            id.suara.intake.ContactSeal seal) {
        this.seal = seal;
        this.templates = templates;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.settings = settings;
    }

    /** Queues the notice of a milestone; queueing the same milestone of the same history entry again queues nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(ComplainantNotice notice) {
        boolean mail = notice.email() != null && !notice.email().isBlank();
        boolean phone = notice.phone() != null && !notice.phone().isBlank();
        if (!mail && !phone) {
            return;
        }
        var values = new HashMap<>(notice.values());
        values.putIfAbsent("trackingNumber", notice.trackingNumber());
        values.put("trackingUrl", trackingUrl(notice.trackingNumber()));
        var rendered = templates.render(notice.institutionId(), notice.milestone(), notice.language(), values);
        if (mail) {
            var recipient = notice.email().strip();
            outbox.enqueue(new OutgoingMail(
                    key(notice, "email", seal.fingerprint(recipient)),
                    notice.institutionId(),
                    notice.caseId(),
                    recipient,
                    rendered.subject(),
                    rendered.body(),
                    notice.attachments()));
        }
        if (phone) {
            webhooks.enqueue(notice, rendered);
        }
    }

    /** The tracking page's address, with the tracking number filled in (never the access code). */
    String trackingUrl(String trackingNumber) {
        return settings.base() + "/lacak?nomor=" + trackingNumber;
    }

    /** The key of a notice to one recipient, named by their fingerprint (never the address itself). */
    static String key(ComplainantNotice notice, String channel, String recipientFingerprint) {
        return "notice:" + notice.caseId() + ":" + notice.historySeq() + ":" + notice.milestone() + ":" + channel + ":"
                + recipientFingerprint;
    }
}
