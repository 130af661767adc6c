package id.suara.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A milestone of a case to tell its complainant of.
 *
 * @param historySeq the case history entry of the milestone: with the milestone, channel and recipient it makes the
 *     notice one (queueing it again queues nothing)
 * @param language {@code id} or {@code en}
 * @param email where to mail it, if the complainant gave an address
 * @param phone where the institution's gateway sends SMS/WhatsApp, if the complainant gave a number
 * @param values the placeholders' values ({@link NoticeTemplates#PLACEHOLDERS}); the tracking link is added
 * @param attachments files to attach to the mail, such as the signed response letter
 */
public record ComplainantNotice(
        UUID institutionId,
        String institutionCode,
        UUID caseId,
        int historySeq,
        Milestone milestone,
        String language,
        String email,
        String phone,
        String trackingNumber,
        Map<String, String> values,
        List<OutgoingMail.Attachment> attachments,
        Instant occurredAt) {

    public ComplainantNotice {
        var copy = new java.util.HashMap<String, String>();
        values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        values = Map.copyOf(copy);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Ids only: a notice holds personal data, which must not reach a log. */
    @Override
    public String toString() {
        return "ComplainantNotice[case=" + caseId + ", seq=" + historySeq + ", milestone=" + milestone + "]";
    }
}
