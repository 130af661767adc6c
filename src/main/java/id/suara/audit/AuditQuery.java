package id.suara.audit;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a reader asks of the audit log, as given: every field may be null. {@code from} and {@code to} are ISO instants
 * ({@code 2026-11-23T08:00:00Z}, or with an offset) or dates ({@code 2026-11-23}, whole days in the institution's time
 * zone, UTC without one); {@code from} is inclusive, {@code to} exclusive for an instant and inclusive for a date.
 * {@code action} ending in {@code *} matches by prefix, e.g. {@code login.*}.
 *
 * @param institution only entries concerning this institution
 * @param actor only entries by this actor name, e.g. a username
 *     <p>The lengths are checked by {@link AuditTrail} for every reader, and by the audit page as it binds its form.
 */
public record AuditQuery(
        UUID institution,
        @Size(max = 120) String actor,
        @Size(max = 61) String action,
        @Size(max = 40) String subjectType,
        @Size(max = 100) String subjectId,
        @Size(max = 40) String from,
        @Size(max = 40) String to) {

    /** Everything the reader may see. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
