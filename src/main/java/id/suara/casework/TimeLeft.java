package id.suara.casework;

import id.suara.calendar.TimeUnit;
import id.suara.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How long a case has left at its step, or how long it is past its due time, as staff count it.
 *
 * <p>Before the due time: in the unit of the step's time limit, the working days from today up to the day it is due
 * ("2 hari kerja lagi"), or for a limit in calendar days ("30 hari") the calendar days ("29 hari lagi"); calendar days
 * also when no working day comes before a due time that falls on a non-working day; on the day it is due, the hours or
 * minutes left ("sisa 3 jam"). After the due time: the days, or on the first day the hours or minutes, since then
 * ("lewat tenggat 2 hari").
 *
 * @param overdue whether the due time has passed
 * @param amount how many {@code unit}s: at least 1
 */
public record TimeLeft(boolean overdue, long amount, Unit unit) {

    /** What {@link #amount} counts. */
    public enum Unit {
        WORKING_DAYS,
        DAYS,
        HOURS,
        MINUTES
    }

    /**
     * The time left from {@code now} until {@code dueAt}, counted in the institution's calendar and zone.
     *
     * @param limitUnit the unit of the step's time limit; days left are counted as calendar days for
     *     {@link TimeUnit#CALENDAR_DAYS}, as working days otherwise (also when null: a step without a limit)
     */
    static TimeLeft until(Instant dueAt, Instant now, WorkingCalendar calendar, TimeUnit limitUnit) {
        if (dueAt.isBefore(now)) {
            var late = Duration.between(dueAt, now);
            if (late.toDays() >= 1) {
                return new TimeLeft(true, late.toDays(), Unit.DAYS);
            }
            return late.toHours() >= 1
                    ? new TimeLeft(true, late.toHours(), Unit.HOURS)
                    : new TimeLeft(true, minutes(late), Unit.MINUTES);
        }
        var today = now.atZone(calendar.zone()).toLocalDate();
        var dueDay = dueAt.atZone(calendar.zone()).toLocalDate();
        if (dueDay.isAfter(today)) {
            if (limitUnit == TimeUnit.CALENDAR_DAYS) {
                return new TimeLeft(false, ChronoUnit.DAYS.between(today, dueDay), Unit.DAYS);
            }
            long workingDays = today.plusDays(1)
                    .datesUntil(dueDay.plusDays(1))
                    .filter(calendar::isWorkingDay)
                    .count();
            return workingDays > 0
                    ? new TimeLeft(false, workingDays, Unit.WORKING_DAYS)
                    : new TimeLeft(false, ChronoUnit.DAYS.between(today, dueDay), Unit.DAYS);
        }
        var left = Duration.between(now, dueAt);
        return left.toHours() >= 1
                ? new TimeLeft(false, left.toHours(), Unit.HOURS)
                : new TimeLeft(false, minutes(left), Unit.MINUTES);
    }

    /** Whole minutes, rounded up, at least 1: "1 minute left" rather than "0 minutes". */
    private static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
