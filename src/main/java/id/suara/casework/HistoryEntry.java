package id.suara.casework;

import id.suara.institution.Role;
import id.suara.intake.Masking;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One appended line of a case's history.
 *
 * @param action the action performed, or {@link #SUBMITTED}, {@link #REQUIREMENTS_CHECKED}
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

    /** The action of the entry that opens every case: the submission, by the complainant or staff on their behalf. */
    public static final String SUBMITTED = "submitted";

    /**
     * The action of a requirement check, which does not move the case; its fields are each requirement checked, met or
     * not, and {@code met}, the outcome.
     */
    public static final String REQUIREMENTS_CHECKED = "requirements-checked";

    /**
     * The date-time last given in {@code field} by an action in {@code history} (oldest first), as the history keeps it
     * (an instant); empty when none was, or when a field of that name holds something else, such as text.
     */
    static Optional<Instant> latestInstant(List<HistoryEntry> history, String field) {
        for (var entry : history.reversed()) {
            if (entry.fields().get(field) instanceof String text) {
                try {
                    return Optional.of(Instant.parse(text));
                } catch (DateTimeParseException e) {
                    // not a date-time: look further back
                }
            }
        }
        return Optional.empty();
    }

    /** Without the note and the field values, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "HistoryEntry[seq=" + seq + ", occurredAt=" + occurredAt + ", actorId=" + actorId + ", action=" + action
                + ", fromStep=" + fromStep + ", toStep=" + toStep + ", note=" + Masking.mask(note) + ", fields="
                + fields.keySet() + "]";
    }
}
