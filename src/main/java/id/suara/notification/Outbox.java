package id.suara.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the caller's transaction (ADR 0025): the mail and its {@link MailQueued} event are stored with the
 * change that causes them or not at all; {@link MailSending} sends it after commit.
 */
@Service
public class Outbox {

    private static final String COLUMNS = """
            id, submission_id, recipient, subject, status, attempts, last_error, queued_at, last_attempt_at, sent_at""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final id.suara.intake.ContactSeal seal;

    Outbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, id.suara.intake.ContactSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the mail unless one with its key is queued already; either way answers the mail of that key. Must run in
     * the transaction of the change that causes the mail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        var id = UUID.randomUUID();
        var inserted = jdbc.sql("""
                        insert into outgoing_mail (id, institution_id, submission_id, mail_key, recipient, subject, body,
                            status, queued_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)
                        on conflict (mail_key) do nothing""")
                .params(
                        id,
                        mail.institutionId(),
                        mail.submissionId(),
                        mail.key(),
                        // the address is personal data: sealed like the submission's own (ADR 0009)
                        seal.seal(mail.recipient(), recipientContext(id)),
                        mail.subject(),
                        mail.body(),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        if (inserted == 0) {
            return jdbc.sql("select id from outgoing_mail where mail_key = ?")
                    .param(mail.key())
                    .query(UUID.class)
                    .single();
        }
        for (int i = 0; i < mail.attachments().size(); i++) {
            var attachment = mail.attachments().get(i);
            jdbc.sql("""
                    insert into outgoing_mail_attachment (mail_id, position, file_name, content_type, content)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, i + 1, attachment.fileName(), attachment.contentType(), attachment.content())
                    .update();
        }
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /** A queued mail as it went. */
    @Transactional(readOnly = true)
    public Optional<MailRecord> find(UUID mailId) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_mail where id = ?")
                .param(mailId)
                .query((rs, n) -> record(rs, seal))
                .optional();
    }

    /** Queued mails as they went, by id (those not found left out). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, MailRecord> findAll(java.util.Collection<UUID> mailIds) {
        if (mailIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc
                .sql("select " + COLUMNS + " from outgoing_mail where id = any(?)")
                .param(mailIds.toArray(UUID[]::new))
                .query((rs, n) -> record(rs, seal))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(MailRecord::id, m -> m));
    }

    /** The mail about a case, oldest first: its delivery log. */
    @Transactional(readOnly = true)
    public List<MailRecord> forSubmission(UUID submissionId) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_mail where submission_id = ? order by queued_at, id")
                .param(submissionId)
                .query((rs, n) -> record(rs, seal))
                .list();
    }

    /** What a mail's sealed recipient is bound to. */
    static String recipientContext(UUID mailId) {
        return "outgoing_mail.recipient:" + mailId;
    }

    private static MailRecord record(ResultSet rs, id.suara.intake.ContactSeal seal) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        return new MailRecord(
                id,
                rs.getObject("submission_id", UUID.class),
                seal.open(rs.getString("recipient"), recipientContext(id)),
                rs.getString("subject"),
                MailRecord.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("queued_at")),
                instant(rs.getTimestamp("last_attempt_at")),
                instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
