package id.suara.casework;

import id.suara.shared.LocalizedText;
import id.suara.sop.ActionField;
import id.suara.sop.CaseStatus;
import java.util.List;
import java.util.Map;

/**
 * An action the current user may perform on a case now.
 *
 * @param toStep the step the case moves to
 * @param toStatus the status the case has there
 * @param initialValues what some of the fields start with: an answer to publish starts from the text last drafted for
 *     it in the case's history, such as the response letter; the time of an appointment a later step falls due at
 *     starts from the time last agreed, else from the audience the complainant asked for (ISO date-time with the
 *     institution's offset)
 */
public record AvailableAction(
        String action,
        LocalizedText label,
        String toStep,
        List<ActionField> fields,
        CaseStatus toStatus,
        Map<String, String> initialValues) {

    public AvailableAction {
        fields = List.copyOf(fields);
        initialValues = Map.copyOf(initialValues);
    }

    /** Whether the action ends the case without an answer (archived, returned, redirected), which cannot be undone. */
    public boolean endsWithoutAnswer() {
        return endsWithoutAnswer(toStatus);
    }

    /** Whether the action publishes an answer: one of its fields becomes the case's published answer. */
    public boolean publishesAnswer() {
        return fields.stream().anyMatch(f -> f.effect() == ActionField.FieldEffect.PUBLISH_ANSWER);
    }

    static boolean endsWithoutAnswer(CaseStatus status) {
        return status.closed() && status != CaseStatus.COMPLETED;
    }
}
