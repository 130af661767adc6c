package id.suara.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request the domain refuses because of what it contains; answered with 400 or 422 naming the fields. */
public class InvalidInputException extends RuntimeException {

    /** One offending field and why it was refused. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;
    private final boolean unprocessable;
    private final Map<String, Object> properties;
    private final boolean inReadersLanguage;

    private InvalidInputException(
            String message,
            List<FieldError> errors,
            boolean unprocessable,
            Map<String, Object> properties,
            boolean inReadersLanguage) {
        super(message);
        this.errors = List.copyOf(errors);
        this.unprocessable = unprocessable;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.inReadersLanguage = inReadersLanguage;
    }

    private InvalidInputException(String message, List<FieldError> errors, boolean unprocessable) {
        this(message, errors, unprocessable, Map.of(), false);
    }

    /** A malformed or invalid field value: 400. */
    public static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)), false);
    }

    /** Several invalid field values at once: 400. */
    public static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException(errors.getFirst().message(), errors, false);
    }

    /** A well-formed value the domain cannot accept in the current state: 422. */
    public static InvalidInputException unprocessable(String field, String message) {
        return new InvalidInputException(message, List.of(new FieldError(field, message)), true);
    }

    /** Several well-formed values the domain cannot accept in the current state: 422. */
    public static InvalidInputException unprocessable(List<FieldError> errors) {
        return new InvalidInputException(errors.getFirst().message(), errors, true);
    }

    /**
     * The same refusal with a further member of its problem document, e.g. the next times an audience could be held
     * ({@code nextSlots}), for a client to offer without parsing the message.
     */
    public InvalidInputException with(String property, Object value) {
        var more = new LinkedHashMap<>(properties);
        more.put(property, value);
        return new InvalidInputException(getMessage(), errors, unprocessable, more, inReadersLanguage);
    }

    /**
     * The same refusal, saying that its messages are in the reader's language (from the message bundles) rather than in
     * the API's English, so that a page shows them as they are.
     */
    public InvalidInputException inReadersLanguage() {
        return new InvalidInputException(getMessage(), errors, unprocessable, properties, true);
    }

    /** Whether the messages are in the reader's language; see {@link #inReadersLanguage()}. */
    public boolean readersLanguage() {
        return inReadersLanguage;
    }

    /** The further members of the problem document, by name; empty for most refusals. */
    public Map<String, Object> properties() {
        return properties;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean unprocessable() {
        return unprocessable;
    }
}
