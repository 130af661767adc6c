package id.suara.calendar;

/** What a dated entry of the working calendar means for the institutions it applies to. */
public enum HolidayType {
    /** Hari libur nasional: a national holiday, by law or joint ministerial decree (SKB). */
    NATIONAL_HOLIDAY,
    /** Cuti bersama: a collective leave day set by the joint ministerial decree. */
    COLLECTIVE_LEAVE,
    /** Hari libur daerah: a day off in one region, set for one institution. */
    REGIONAL_HOLIDAY,
    /** A day one institution works although it is a national day off, e.g. an office open on a collective leave day. */
    WORKING_DAY;

    /** Whether the day is a day off for the institutions it applies to. */
    public boolean dayOff() {
        return this != WORKING_DAY;
    }
}
