package id.suara.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are written and sent (ADR 0035).
 *
 * @param baseUrl the address Suara is reached at, for the tracking link to complainants and the case link to staff
 * @param digestCron when the staff digest is sent (Spring cron, in {@code digestZone})
 * @param digestZone the time zone of {@code digestCron}
 * @param webhookTimeout how long a gateway may take to answer before the call counts as failed and is retried
 */
@ConfigurationProperties("suara.notices")
public record NoticeSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("0 0 7 * * *") String digestCron,
        @DefaultValue("Asia/Jakarta") String digestZone,
        @DefaultValue("10s") Duration webhookTimeout) {

    /** The base address without a trailing slash. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
