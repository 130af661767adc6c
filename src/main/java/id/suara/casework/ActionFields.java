package id.suara.casework;

import id.suara.institution.Institutions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.validation.CleanTextValidator;
import id.suara.sop.ActionField;
import id.suara.sop.ActionField.FieldEffect;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks the values given with an action against what its SOP transition asks for. */
@Component
class ActionFields {

    static final int TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 20_000;

    /** Meetings and audiences are planned or recorded within this many years of today. */
    static final int DATE_TIME_RANGE_YEARS = 5;

    private final Institutions institutions;
    private final java.time.Clock clock;

    ActionFields(Institutions institutions, java.time.Clock clock) {
        this.institutions = institutions;
        this.clock = clock;
    }

    /** A checked value and what it does to the case. */
    record Value(Object value, FieldEffect effect) {}

    /** The checked values by name; refuses unknown, missing and malformed ones, naming each as {@code fields.NAME}. */
    Map<String, Value> validate(List<ActionField> definitions, Map<String, Object> given, UUID institutionId) {
        var errors = new ArrayList<FieldError>();
        var values = new LinkedHashMap<String, Value>();
        for (var name : given.keySet()) {
            if (definitions.stream().noneMatch(d -> d.name().equals(name))) {
                errors.add(new FieldError("fields." + name, "is not a field of this action"));
            }
        }
        for (var definition : definitions) {
            var field = "fields." + definition.name();
            var raw = given.get(definition.name());
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                if (definition.required()) {
                    errors.add(new FieldError(field, "is required for this action"));
                }
                continue;
            }
            if (!(raw instanceof String text)) {
                errors.add(new FieldError(field, "must be a string"));
                continue;
            }
            var checked = check(definition, text.strip(), field, institutionId, errors);
            if (checked != null) {
                values.put(definition.name(), new Value(checked, definition.effect()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return values;
    }

    private Object check(
            ActionField definition, String text, String field, UUID institutionId, List<FieldError> errors) {
        switch (definition.type()) {
            case TEXT, LONG_TEXT -> {
                boolean longText = definition.type() == ActionField.FieldType.LONG_TEXT;
                int max = longText ? LONG_TEXT_MAX : TEXT_MAX;
                if (text.length() > max) {
                    errors.add(new FieldError(field, "must be at most " + max + " characters"));
                    return null;
                }
                if (!CleanTextValidator.isClean(text, longText)) {
                    errors.add(new FieldError(field, "must not contain control characters"));
                    return null;
                }
                return text;
            }
            case UNIT -> {
                try {
                    var unitId = UUID.fromString(text);
                    if (institutions
                            .findUnit(unitId)
                            .filter(u -> u.institutionId().equals(institutionId))
                            .isEmpty()) {
                        errors.add(new FieldError(field, "is not a unit of this institution"));
                        return null;
                    }
                    return unitId;
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(field, "must be a unit id"));
                    return null;
                }
            }
            case CHOICE -> {
                if (!definition.options().contains(text)) {
                    errors.add(new FieldError(field, "must be one of " + definition.options()));
                    return null;
                }
                return text;
            }
            case DATE_TIME -> {
                try {
                    var instant = OffsetDateTime.parse(text).toInstant();
                    var now = clock.instant();
                    var range = java.time.Duration.ofDays(366L * DATE_TIME_RANGE_YEARS);
                    if (instant.isBefore(now.minus(range)) || instant.isAfter(now.plus(range))) {
                        errors.add(
                                new FieldError(field, "must be within " + DATE_TIME_RANGE_YEARS + " years of today"));
                        return null;
                    }
                    return instant;
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field, "must be a date-time such as 2026-03-02T10:00:00+07:00"));
                    return null;
                }
            }
        }
        throw new IllegalStateException("Unknown field type " + definition.type());
    }

    /** The values as they are written to the history. */
    static Map<String, Object> forHistory(Map<String, Value> values) {
        var out = new LinkedHashMap<String, Object>();
        values.forEach((name, value) -> out.put(name, value.value().toString()));
        return out;
    }
}
