package id.suara.casework;

import id.suara.intake.Masking;
import java.util.Map;

/**
 * An action a staff member performs on a case.
 *
 * @param note why, in the actor's words; kept in the history
 * @param fields the values the action's SOP transition asks for
 * @param version the case version the actor saw; when given and stale, the action is refused with 409
 */
public record ActionRequest(@NoteText String note, Map<String, Object> fields, Integer version) {

    public ActionRequest {
        fields = fields == null ? Map.of() : fields;
    }

    /** Only the field names and the version: notes and values may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "ActionRequest[note=" + Masking.mask(note) + ", fields=" + fields.keySet() + ", version=" + version
                + "]";
    }
}
