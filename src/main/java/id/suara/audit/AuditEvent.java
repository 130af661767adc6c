package id.suara.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Something to record in the audit log.
 *
 * @param action what happened, e.g. {@code case.action}, {@code identity.read}, {@code login.failure}
 * @param institutionId the institution it concerns; null for system-wide events
 * @param actorId the staff member who did it; null for the public or the system
 * @param actorName how the actor is shown, e.g. the username, {@code public} or {@code system}
 * @param subjectType the kind of thing it concerns, e.g. {@code case}, {@code staff-account}
 * @param subjectId that thing's id
 * @param details further facts; values must be strings, numbers, booleans or null
 */
public record AuditEvent(
        String action,
        UUID institutionId,
        UUID actorId,
        String actorName,
        String subjectType,
        String subjectId,
        Map<String, Object> details) {

    public AuditEvent {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
        if (actorName == null || actorName.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an actor name");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The same event with one more fact, e.g. a number known only when it is recorded. */
    public AuditEvent withDetail(String key, Object value) {
        var more = new HashMap<>(details);
        more.put(key, value);
        return new AuditEvent(action, institutionId, actorId, actorName, subjectType, subjectId, more);
    }
}
