package id.suara.shared;

/** The request is valid but collides with the current state, e.g. a case changed by someone else: 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
