package id.suara.casework;

import id.suara.institution.Role;
import id.suara.intake.Masking;
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
        Map<String, Object> fields) {

    /** Without the note and the field values, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "HistoryEntry[seq=" + seq + ", occurredAt=" + occurredAt + ", actorId=" + actorId + ", action=" + action
                + ", fromStep=" + fromStep + ", toStep=" + toStep + ", note=" + Masking.mask(note) + ", fields="
                + fields.keySet() + "]";
    }
}
