package id.suara.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Suara sends mail. The mail server itself is Spring Boot's {@code spring.mail.*} (host, port, username, password);
 * without {@code spring.mail.host} mail stays queued and is sent once a server is configured and Suara restarted (at the
 * first retry after start).
 *
 * @param from the sender address of every mail
 * @param retryInterval how often failed mail is looked at for another attempt
 * @param maxBackOff the longest wait between two attempts; the wait doubles from {@code retryInterval} up to it
 */
@ConfigurationProperties("suara.mail")
public record MailSettings(
        @DefaultValue("Suara <suara@localhost>") String from,
        @DefaultValue("30s") Duration retryInterval,
        @DefaultValue("1h") Duration maxBackOff) {}
