package id.suara.notification;

import java.util.List;
import java.util.UUID;

/**
 * A mail to queue.
 *
 * @param key what makes it one mail: queueing the same key again queues nothing (e.g. {@code letter:<id>:v2:email})
 * @param submissionId the case it is about, if any, for its delivery log
 */
public record OutgoingMail(
        String key,
        UUID institutionId,
        UUID submissionId,
        String recipient,
        String subject,
        String body,
        List<Attachment> attachments) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file sent with the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {}
}
