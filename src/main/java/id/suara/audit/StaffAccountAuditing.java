package id.suara.audit;

import id.suara.staff.StaffAccountChanged;
import java.util.HashMap;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every administrative change to a staff account as {@code staff.<change>} (e.g. {@code staff.created},
 * {@code staff.roles-changed}, {@code staff.locked}), in the transaction that made the change: both commit, or neither.
 */
@Component
class StaffAccountAuditing {

    private final AuditLog log;

    StaffAccountAuditing(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(StaffAccountChanged change) {
        var details = new HashMap<String, Object>();
        if (change.details() != null) {
            change.details().forEach((key, value) -> {
                if (key != null && value != null && !secret(key)) {
                    details.put(key, value);
                }
            });
        }
        details.put("username", change.username());
        log.record(new AuditEvent(
                "staff." + change.change(),
                change.institutionId(),
                change.actorId(),
                change.actorName() == null || change.actorName().isBlank() ? "system" : change.actorName(),
                "staff-account",
                change.accountId() == null ? null : change.accountId().toString(),
                details));
    }

    /** A detail that must never reach the log, should a publisher include it by mistake. */
    private static boolean secret(String key) {
        var name = key.toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("secret") || name.contains("token");
    }
}
