package id.suara.notification;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a queued mail after the transaction that queued it commits, in its own transaction. One worker at a time sends
 * a mail (an advisory lock on its id) and marks it sent in the same transaction, so a resubmitted event for a sent mail
 * sends nothing. A failure is recorded on the mail (attempts, error) in a transaction of its own and rethrown, which
 * leaves the event publication failed for {@link MailRetry} to resubmit.
 */
@Component
class MailSending {

    private static final Logger log = LoggerFactory.getLogger(MailSending.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final id.suara.intake.ContactSeal seal;

    MailSending(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> sender,
            MailSettings settings,
            PlatformTransactionManager transactions,
            Clock clock,
            id.suara.intake.ContactSeal seal) {
        this.seal = seal;
        this.jdbc = jdbc;
        this.sender = sender;
        this.settings = settings;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        // one sender per mail at a time, across nodes; an advisory lock, so that a failure can be recorded on the row
        // in a transaction of its own while this one waits to roll back
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('outgoing_mail'), hashtext(?))")
                .param(queued.mailId().toString())
                .query(Boolean.class)
                .single();
        if (!mine) {
            throw new DeliveryPostponed("Mail " + queued.mailId() + " is being sent by another worker");
        }
        var mail = jdbc.sql("""
                        select recipient, subject, body, status from outgoing_mail where id = ?""")
                .param(queued.mailId())
                .query((rs, n) -> new Queued(
                        seal.open(rs.getString("recipient"), Outbox.recipientContext(queued.mailId())),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("status")))
                .optional();
        if (mail.isEmpty() || mail.get().status().equals("SENT")) {
            return;
        }
        try {
            send(queued.mailId(), mail.get());
        } catch (RuntimeException | MessagingException failure) {
            recordFailure(queued.mailId(), failure);
            log.warn("Mail {} not sent yet: {}", queued.mailId(), failure.getMessage());
            throw new DeliveryPostponed("Mail " + queued.mailId() + " not sent", failure);
        }
        jdbc.sql("""
                update outgoing_mail set status = 'SENT', attempts = attempts + 1, last_attempt_at = ?, sent_at = ?,
                    last_error = null
                where id = ?""")
                .params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), queued.mailId())
                .update();
    }

    private record Queued(String recipient, String subject, String body, String status) {}

    private void send(UUID mailId, Queued mail) throws MessagingException {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("No mail server is configured (spring.mail.host)");
        }
        var message = mailSender.createMimeMessage();
        var attachments = jdbc.sql("""
                        select file_name, content_type, content from outgoing_mail_attachment
                        where mail_id = ? order by position""")
                .param(mailId)
                .query((rs, n) -> new OutgoingMail.Attachment(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
        var helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (var attachment : attachments) {
            helper.addAttachment(
                    attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        // names the queued mail: a resend after a crash between sending and recording can be told apart as the same
        message.setHeader("X-Suara-Mail-Id", mailId.toString());
        try {
            mailSender.send(message);
        } catch (MailException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void recordFailure(UUID mailId, Exception failure) {
        var message = String.valueOf(failure.getMessage());
        separately.executeWithoutResult(status -> jdbc.sql("""
                        update outgoing_mail set attempts = attempts + 1, last_attempt_at = ?, last_error = ?
                        where id = ? and status = 'QUEUED'""")
                .params(
                        Timestamp.from(clock.instant()),
                        message.length() > 500 ? message.substring(0, 500) : message,
                        mailId)
                .update());
    }
}
