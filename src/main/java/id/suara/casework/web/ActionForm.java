package id.suara.casework.web;

import id.suara.casework.ActionRequest;
import id.suara.casework.AvailableAction;
import id.suara.casework.NoteText;
import id.suara.intake.Masking;
import id.suara.sop.ActionField.FieldType;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form of one action on the case page.
 *
 * @param fields the values the action's SOP transition asks for, by field name (form parameters {@code fields[NAME]})
 * @param note why, in the actor's words
 * @param version the case version the form was shown with
 * @param confirmed the "I am sure" box of an action that ends the case without an answer
 * @param preview set by the preview button: show the answer as the public would read it instead of acting
 */
record ActionForm(
        Map<String, String> fields, @NoteText String note, Integer version, Boolean confirmed, Boolean preview) {

    ActionForm {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /**
     * The form as the page first shows it: its fields as the action suggests (a drafted answer, an agreed time), the rest
     * empty. A suggested date-time, given with the institution's offset, is shown as the {@code datetime-local} input
     * takes it: the local date and time to the minute.
     */
    static ActionForm startingFrom(AvailableAction action, int version) {
        var values = new LinkedHashMap<String, String>(action.initialValues());
        action.fields().stream()
                .filter(f -> f.type() == FieldType.DATE_TIME && values.containsKey(f.name()))
                .forEach(f -> values.put(f.name(), localDateTime(values.get(f.name()))));
        return new ActionForm(values, null, version, null, null);
    }

    private static String localDateTime(String value) {
        try {
            return OffsetDateTime.parse(value)
                    .toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES)
                    .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    boolean previewRequested() {
        return Boolean.TRUE.equals(preview);
    }

    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }

    /** The value of a field as the form shows it. */
    public String value(String field) {
        return fields.get(field);
    }

    /**
     * The given values for the domain: blank ones left out, a {@code datetime-local} value (the institution's local
     * time) with the zone's offset, as the domain expects.
     */
    Map<String, Object> values(ZoneId zone) {
        var values = new LinkedHashMap<String, Object>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, withZone(value.strip(), zone));
            }
        });
        return values;
    }

    ActionRequest toRequest(ZoneId zone) {
        return new ActionRequest(note == null || note.isBlank() ? null : note.strip(), values(zone), version);
    }

    private static String withZone(String value, ZoneId zone) {
        if (value.length() >= 16 && value.length() <= 19 && value.charAt(10) == 'T') {
            try {
                return LocalDateTime.parse(value)
                        .atZone(zone)
                        .toOffsetDateTime()
                        .toString();
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /** Only the field names: notes and values may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "ActionForm[fields=" + fields.keySet() + ", note=" + Masking.mask(note) + ", version=" + version
                + ", confirmed=" + confirmed + ", preview=" + preview + "]";
    }
}
