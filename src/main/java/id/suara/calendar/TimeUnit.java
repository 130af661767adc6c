package id.suara.calendar;

/** The units SOP time limits are written in; see {@link DeadlineCalculator} for how each one is counted. */
public enum TimeUnit {
    /** Minutes of office time ("15 menit"). */
    MINUTES,
    /** Hours of office time. */
    HOURS,
    /** Working days, hari kerja: Monday to Friday except holidays and collective leave ("3 hari kerja"). */
    WORKING_DAYS,
    /** Calendar days of 24 hours, holidays included ("1 hari", "30 hari"). */
    CALENDAR_DAYS
}
