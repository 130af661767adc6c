package id.suara.recess;

import id.suara.shared.ConflictException;

/**
 * A change the calendar or the member list refuses because of what is stored already: 409 naming the field, with a
 * {@code reason} the pages turn into a sentence in the reader's language.
 */
public class RecessConflict extends ConflictException {

    private final String reason;

    RecessConflict(String field, String reason, String message) {
        super(field, message);
        this.reason = reason;
    }

    /** e.g. {@code overlap}, {@code lastSitting}, {@code districtTaken}. */
    public String reason() {
        return reason;
    }
}
