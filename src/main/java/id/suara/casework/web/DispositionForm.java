package id.suara.casework.web;

import id.suara.casework.DispositionRequest;
import id.suara.casework.NoteText;
import id.suara.casework.Urgency;
import id.suara.intake.Masking;
import id.suara.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The disposition form of the case page; it becomes the same {@link DispositionRequest} the API takes, so the two
 * cannot disagree.
 *
 * @param deadline as the {@code datetime-local} input gives it: the institution's local date and time
 * @param letterDate as the {@code date} input gives it
 * @param action the SOP action performed with it, blank for none
 * @param version the case version the form was shown with
 */
record DispositionForm(
        UUID parentId,
        UUID leadUnitId,
        List<UUID> unitIds,
        List<String> instructions,
        @NoteText String note,
        String deadline,
        Urgency urgency,
        Boolean confidential,
        String letterNumber,
        String letterDate,
        String action,
        Integer version) {

    DispositionForm {
        unitIds = unitIds == null ? List.of() : unitIds.stream().toList();
        instructions = instructions == null ? List.of() : instructions.stream().toList();
    }

    /** The form as the page first shows it. */
    static DispositionForm empty(int version) {
        return new DispositionForm(
                null, null, List.of(), List.of(), null, null, Urgency.BIASA, false, null, null, null, version);
    }

    /** Whether a unit is ticked among the further units. */
    public boolean copies(UUID unitId) {
        return unitIds.contains(unitId);
    }

    /** Whether an instruction is ticked. */
    public boolean gives(String code) {
        return instructions.contains(code);
    }

    /** The request for the domain: the deadline and letter date read in the institution's zone. */
    DispositionRequest toRequest(ZoneId zone) {
        OffsetDateTime due = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                due = LocalDateTime.parse(deadline.strip()).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.invalid("deadline", "must be a date and time");
            }
        }
        LocalDate dated = null;
        if (letterDate != null && !letterDate.isBlank()) {
            try {
                dated = LocalDate.parse(letterDate.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.invalid("letterDate", "must be a date");
            }
        }
        return new DispositionRequest(
                parentId,
                leadUnitId,
                unitIds,
                instructions,
                note,
                due,
                urgency,
                confidential,
                letterNumber,
                dated,
                action == null || action.isBlank() ? null : action,
                Map.of(),
                null,
                version);
    }

    /** Ids and codes only: the note may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "DispositionForm[leadUnitId=" + leadUnitId + ", unitIds=" + unitIds + ", instructions=" + instructions
                + ", note=" + Masking.mask(note) + ", action=" + action + ", version=" + version + "]";
    }
}
