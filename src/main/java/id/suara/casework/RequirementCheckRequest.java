package id.suara.casework;

import id.suara.intake.Masking;
import id.suara.sop.RequirementCheck;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The outcome of checking a submission's requirements: each item the step requires, met or not.
 * {@link RequirementCheck#AUDIENCE_NOTICE} is computed from the dates and must not be given.
 */
public record RequirementCheckRequest(
        @NotNull Map<RequirementCheck, Boolean> items,
        @NoteText String note,
        Integer version) {

    /** Without the note, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "RequirementCheckRequest[items=" + items + ", note=" + Masking.mask(note) + ", version=" + version + "]";
    }
}
