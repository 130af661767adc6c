package id.suara.casework;

import id.suara.institution.Role;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One appended line of a case's history.
 *
 * @param action the action performed, or {@code submitted}, {@code requirements-checked}
 * @param fromStep the step before, null when the case was opened
 * @param toStep the step after (equal to {@code fromStep} for records that do not move the case)
 */
public record HistoryEntry(
        int seq,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        Role actorRole,
        String action,
        String fromStep,
        String toStep,
        String note,
        Map<String, Object> fields) {}
