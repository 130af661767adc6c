package id.suara.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log of a case (ADR 0035): every mail and gateway webhook about it, oldest first, with the recipient
 * masked, for staff.
 */
@Service
public class NoticeLog {

    private final JdbcClient jdbc;

    private final id.suara.intake.ContactSeal seal;

    NoticeLog(JdbcClient jdbc, id.suara.intake.ContactSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
    }

    /**
     * One notice as it went.
     *
     * @param channel EMAIL, SMS or WHATSAPP
     * @param milestone the complainant's milestone (e.g. ANSWERED), STAFF for a mail to staff, LETTER for a letter
     * @param recipient masked: {@code b***@example.org}, {@code ******7890}
     * @param status QUEUED until delivered, SENT once the mail server or gateway accepted it
     */
    public record Entry(
            UUID id,
            String channel,
            String milestone,
            String recipient,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant queuedAt,
            Instant lastAttemptAt,
            Instant sentAt) {}

    @Transactional(readOnly = true)
    public List<Entry> forCase(UUID caseId) {
        return jdbc.sql("""
                        select id, 'EMAIL' channel, mail_key, recipient, subject, status, attempts, last_error,
                            queued_at, last_attempt_at, sent_at
                        from outgoing_mail where submission_id = ?
                        union all
                        select id, channel, milestone, recipient, null, status, attempts, last_error, queued_at,
                            last_attempt_at, sent_at
                        from outgoing_webhook where submission_id = ?
                        order by queued_at, id""").params(caseId, caseId).query((rs, n) -> entry(rs)).list();
    }

    private Entry entry(ResultSet rs) throws SQLException {
        var channel = rs.getString("channel");
        boolean mail = channel.equals("EMAIL");
        var id = rs.getObject("id", UUID.class);
        var recipient = seal.open(
                rs.getString("recipient"), mail ? Outbox.recipientContext(id) : WebhookOutbox.recipientContext(id));
        return new Entry(
                id,
                channel,
                mail ? milestoneOf(rs.getString("mail_key")) : rs.getString("mail_key"),
                mail ? maskEmail(recipient) : maskPhone(recipient),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("queued_at")),
                instant(rs.getTimestamp("last_attempt_at")),
                instant(rs.getTimestamp("sent_at")));
    }

    /** The milestone a mail's key names: {@code notice:<case>:<seq>:<MILESTONE>:…}, staff and letter mails by kind. */
    static String milestoneOf(String key) {
        var parts = key.split(":");
        return switch (parts[0]) {
            case "notice" -> parts.length > 3 ? parts[3] : "NOTICE";
            case "staff", "attention", "digest" -> "STAFF";
            case "letter" -> "LETTER";
            default -> parts[0].toUpperCase(java.util.Locale.ROOT);
        };
    }

    static String maskEmail(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.replaceAll("[^0-9]", "");
        return digits.length() <= 4 ? "****" : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
