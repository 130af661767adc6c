package id.suara.intake;

/**
 * Hides personal data in anything that may end up in a log: a value becomes {@code ****}, whatever its length, so not
 * even its size leaks. Only whether a value is there at all stays visible.
 */
public final class Masking {

    /** What a present value is shown as. */
    public static final String MASK = "****";

    private Masking() {}

    /** {@code ****} for a present value, {@code null} for a missing one, {@code ""} for an empty one. */
    public static String mask(String value) {
        if (value == null) {
            return "null";
        }
        return value.isEmpty() ? "" : MASK;
    }
}
