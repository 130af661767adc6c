package id.suara.recess;

/**
 * A person on a visit's guest list (invited) or attendance list (attended), or both.
 *
 * @param source the paper sheet and line it was entered from, or null when entered directly
 */
public record NewAttendee(
        String name, String organisation, String address, boolean invited, boolean attended, SourceLine source) {}
