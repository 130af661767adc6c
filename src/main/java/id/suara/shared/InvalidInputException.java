package id.suara.shared;

import java.util.List;

/** A request the domain refuses because of what it contains; answered with 400 or 422 naming the fields. */
public class InvalidInputException extends RuntimeException {

    /** One offending field and why it was refused. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;
    private final boolean unprocessable;

    private InvalidInputException(String message, List<FieldError> errors, boolean unprocessable) {
        super(message);
        this.errors = List.copyOf(errors);
        this.unprocessable = unprocessable;
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

    public List<FieldError> errors() {
        return errors;
    }

    public boolean unprocessable() {
        return unprocessable;
    }
}
