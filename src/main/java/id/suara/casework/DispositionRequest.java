package id.suara.casework;

import id.suara.intake.Masking;
import id.suara.shared.validation.CleanText;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A disposition to make, from the API or the case page (ADR 0027).
 *
 * @param parentId the earlier disposition of the case this one answers, if any
 * @param leadUnitId the unit that answers for it ("1" on the sheet)
 * @param unitIds further units, for information or coordination (✓); neither repeated nor the lead
 * @param instructions codes from the institution's instruction list; at least one
 * @param note the official's note
 * @param deadline by when; when left out, from the urgency ({@link Urgency#answerWithin()}), never past the SOP's limit.
 *     A deadline past the limit is refused, naming the latest allowed
 * @param urgency the sifat; biasa when left out
 * @param confidential whether the disposition is marked rahasia
 * @param letterNumber the incoming letter's own number, for the sheet; the parent's when left out
 * @param letterDate the incoming letter's date, for the sheet; the parent's when left out
 * @param action an SOP action of the case's current step performed with the disposition, in the same transaction; an
 *     action that assigns a unit assigns the lead unit
 * @param fields the action's other fields
 * @param actionNote the note of the action, in the case's history
 * @param version the case version the actor saw; when given and stale, refused with 409
 */
public record DispositionRequest(
        UUID parentId,
        UUID leadUnitId,
        List<UUID> unitIds,
        List<String> instructions,
        @NoteText String note,
        OffsetDateTime deadline,
        Urgency urgency,
        Boolean confidential,
        @Size(max = 120) @CleanText String letterNumber,
        LocalDate letterDate,
        @Size(max = 60) @CleanText String action,
        Map<String, Object> fields,
        @NoteText String actionNote,
        Integer version) {

    public DispositionRequest {
        unitIds = unitIds == null ? List.of() : unitIds.stream().toList();
        instructions = instructions == null ? List.of() : instructions.stream().toList();
        fields = fields == null ? Map.of() : fields;
    }

    /** Ids and codes only: the notes and fields may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "DispositionRequest[parentId=" + parentId + ", leadUnitId=" + leadUnitId + ", unitIds=" + unitIds
                + ", instructions=" + instructions + ", note=" + Masking.mask(note) + ", deadline=" + deadline
                + ", urgency=" + urgency + ", action=" + action + ", fields=" + fields.keySet() + ", version="
                + version + "]";
    }
}
