package id.suara.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A queued mail as it went: still queued (with the attempts made and the last error while the mail server is away) or
 * sent (accepted by the mail server).
 */
public record MailRecord(
        UUID id,
        UUID submissionId,
        String recipient,
        String subject,
        Status status,
        int attempts,
        String lastError,
        Instant queuedAt,
        Instant lastAttemptAt,
        Instant sentAt) {

    /** Where a mail is. */
    public enum Status {
        QUEUED,
        SENT
    }
}
