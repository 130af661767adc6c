package id.suara.notification;

import id.suara.shared.InvalidInputException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An institution's SMS/WhatsApp gateway (ADR 0035, docs/webhooks.md): the address Suara posts signed notices to, the
 * channels it carries, and the signing secret, which is write-only: never answered back.
 */
@Service
public class NoticeGateways {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeGateways(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A gateway as shown: without its secret. */
    public record Gateway(String url, boolean sms, boolean whatsapp, boolean secretSet, Instant updatedAt) {}

    /** What the sender needs: the address, the secret and the channels. */
    record Target(String url, String secret, boolean sms, boolean whatsapp) {}

    @Transactional(readOnly = true)
    public Optional<Gateway> get(UUID institutionId) {
        return target(institutionId)
                .map(t -> new Gateway(t.url(), t.sms(), t.whatsapp(), true, updatedAt(institutionId)));
    }

    /**
     * Configures the gateway: an absolute http(s) address, at least one channel, and a secret of at least 16 characters
     * (left out: the one configured before is kept).
     */
    @Transactional
    public Gateway save(UUID institutionId, String url, String secret, boolean sms, boolean whatsapp) {
        var errors = new ArrayList<InvalidInputException.FieldError>();
        if (url == null || !validUrl(url.strip())) {
            errors.add(new InvalidInputException.FieldError("url", "must be an absolute http or https address"));
        } else if (url.strip().length() > 500) {
            errors.add(new InvalidInputException.FieldError("url", "must be at most 500 characters"));
        }
        if (!sms && !whatsapp) {
            errors.add(new InvalidInputException.FieldError("channels", "must name SMS, WHATSAPP or both"));
        }
        var existing = target(institutionId);
        boolean keep = secret == null || secret.isBlank();
        if (keep && existing.isEmpty()) {
            errors.add(
                    new InvalidInputException.FieldError("secret", "must be given when the gateway is first set up"));
        } else if (!keep && (secret.strip().length() < 16 || secret.strip().length() > 200)) {
            errors.add(new InvalidInputException.FieldError("secret", "must be 16 to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        jdbc.sql("""
                insert into notice_gateway (institution_id, url, secret, sms, whatsapp, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (institution_id) do update
                set url = excluded.url, secret = excluded.secret, sms = excluded.sms, whatsapp = excluded.whatsapp,
                    updated_at = excluded.updated_at""")
                .params(
                        institutionId,
                        url.strip(),
                        keep ? existing.get().secret() : secret.strip(),
                        sms,
                        whatsapp,
                        Timestamp.from(clock.instant()))
                .update();
        return get(institutionId).orElseThrow();
    }

    /** Removes the gateway: no more SMS/WhatsApp notices (those queued are still sent). */
    @Transactional
    public void remove(UUID institutionId) {
        jdbc.sql("delete from notice_gateway where institution_id = ?")
                .param(institutionId)
                .update();
    }

    Optional<Target> target(UUID institutionId) {
        return jdbc.sql("select url, secret, sms, whatsapp from notice_gateway where institution_id = ?")
                .param(institutionId)
                .query((rs, n) -> new Target(
                        rs.getString("url"), rs.getString("secret"), rs.getBoolean("sms"), rs.getBoolean("whatsapp")))
                .optional();
    }

    private Instant updatedAt(UUID institutionId) {
        return jdbc.sql("select updated_at from notice_gateway where institution_id = ?")
                .param(institutionId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single();
    }

    private static boolean validUrl(String url) {
        try {
            var uri = URI.create(url);
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
