package id.suara.sop;

import id.suara.shared.LocalizedText;
import java.util.List;

/**
 * A value an actor provides with an action.
 *
 * @param name the JSON property name in {@code fields}
 * @param type how the value is validated
 * @param required whether the action is refused without it
 * @param label how the field is shown to staff
 * @param effect what Suara does with the value besides recording it in the history
 * @param options allowed values for {@link FieldType#CHOICE}
 */
public record ActionField(
        String name, FieldType type, boolean required, LocalizedText label, FieldEffect effect, List<String> options) {

    public ActionField {
        effect = effect == null ? FieldEffect.NONE : effect;
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Value types of action fields. */
    public enum FieldType {
        /** Up to 500 characters. */
        TEXT,
        /** Up to 20,000 characters, e.g. a response letter. */
        LONG_TEXT,
        /** The id of a unit of the case's institution. */
        UNIT,
        /** One of {@code options}. */
        CHOICE,
        /** An ISO-8601 date-time with offset. */
        DATE_TIME
    }

    /** Side effects of a field's value on the case. */
    public enum FieldEffect {
        NONE,
        /** The unit becomes the case's assigned unit (disposition / forwarding). */
        ASSIGN_UNIT,
        /** The text becomes the case's published answer, shown on the public tracking page. */
        PUBLISH_ANSWER,
        /**
         * The date-time is the time agreed for an audience: the delegation is received then by the unit the case is
         * assigned to. It must keep the audience rules (reception hours, the notice, the delegation's size, the unit's
         * daily number of delegations; ADR 0026) and holds one of the unit's places that day.
         */
        AUDIENCE_SLOT
    }
}
