package id.suara.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries to read; null fields do not filter. {@code action} ending in {@code *} matches by prefix
 * ({@code login.*}). {@code from} is inclusive, {@code to} exclusive.
 */
record AuditFilter(
        UUID institutionId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        Instant from,
        Instant to) {

    boolean actionIsPrefix() {
        return action != null && action.endsWith("*");
    }

    String actionPrefix() {
        return action.substring(0, action.length() - 1);
    }
}
