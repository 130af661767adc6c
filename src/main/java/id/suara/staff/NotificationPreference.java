package id.suara.staff;

/** How a staff member hears of the cases at their steps. */
public enum NotificationPreference {
    /** A short mail each time a case reaches one of their steps or needs their attention. */
    IMMEDIATE,
    /** One mail a day with the cases at their steps that are due today or overdue. */
    DIGEST,
    /** No mail. */
    NONE
}
