package id.suara.calendar;

/**
 * A time limit of an SOP step, such as "15 menit" or "3 hari kerja"; an amount of 0 means instantly (seketika).
 */
public record TimeLimit(int amount, TimeUnit unit) {

    public TimeLimit {
        if (amount < 0) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A time limit needs a unit");
        }
    }

    public static TimeLimit minutes(int amount) {
        return new TimeLimit(amount, TimeUnit.MINUTES);
    }

    public static TimeLimit hours(int amount) {
        return new TimeLimit(amount, TimeUnit.HOURS);
    }

    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, TimeUnit.WORKING_DAYS);
    }

    public static TimeLimit calendarDays(int amount) {
        return new TimeLimit(amount, TimeUnit.CALENDAR_DAYS);
    }

    /** Whether the step is due the moment it starts (seketika). */
    public boolean instant() {
        return amount == 0;
    }
}
