package id.suara.shared;

/**
 * An enum whose constants are not all choices a request may make: a refused value's problem lists only those {@link
 * #offered()}, so that nobody is told to send a value that would be refused anyway.
 */
public interface OfferedChoice {

    /** Whether a request may name this constant. */
    boolean offered();
}
