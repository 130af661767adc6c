package id.suara.casework;

/** Where an agreed audience stands (ADR 0026). Only {@link #AGREED} and {@link #HELD} ones take a place of the day. */
public enum AudienceStatus {
    /** Agreed for a time, still to be held. */
    AGREED,
    /** The gate recorded the delegation's arrival. */
    HELD,
    /** Replaced by another day (003 IV.A.6.j.2): its place is free again. */
    RESCHEDULED,
    /** The case ended without it (returned, redirected, archived): its place is free again. */
    CANCELLED;

    /** Whether the audience takes one of its unit's places that day. */
    public boolean takesAPlace() {
        return this == AGREED || this == HELD;
    }
}
