package id.suara.notification;

import id.suara.test.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/** The mails GreenMail received for one recipient, read as subject, text and attachments. */
final class NoticeMails {

    private NoticeMails() {}

    /** A mail as received. */
    record Mail(String mailId, String to, String subject, String text, List<byte[]> pdfs) {}

    /** A fresh address, so that a test reads only its own mail. */
    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
    }

    static List<Mail> to(String recipient) {
        var found = new ArrayList<Mail>();
        for (var message : TestMailServer.received()) {
            try {
                var recipients = message.getAllRecipients();
                if (recipients != null
                        && recipients.length > 0
                        && recipients[0].toString().equals(recipient)) {
                    found.add(read(message));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits until the recipient has {@code count} mails; answers them. */
    static List<Mail> await(String recipient, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> to(recipient).size() >= count);
        return to(recipient);
    }

    /** Waits for the recipient's mail whose subject contains {@code part}. */
    static Mail awaitSubject(String recipient, String part) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> to(recipient).stream().anyMatch(m -> m.subject().contains(part)));
        return to(recipient).stream()
                .filter(m -> m.subject().contains(part))
                .findFirst()
                .orElseThrow();
    }

    static Mail read(MimeMessage message) throws Exception {
        var text = new StringBuilder();
        var pdfs = new ArrayList<byte[]>();
        var content = message.getContent();
        if (content instanceof Multipart parts) {
            collect(parts, text, pdfs);
        } else {
            text.append(content);
        }
        var ids = message.getHeader("X-Suara-Mail-Id");
        return new Mail(
                ids == null ? null : ids[0],
                message.getAllRecipients()[0].toString(),
                message.getSubject(),
                text.toString(),
                pdfs);
    }

    private static void collect(Multipart parts, StringBuilder text, List<byte[]> pdfs) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                pdfs.add(part.getInputStream().readAllBytes());
            } else if (part.getContent() instanceof Multipart nested) {
                collect(nested, text, pdfs);
            } else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            }
        }
    }
}
