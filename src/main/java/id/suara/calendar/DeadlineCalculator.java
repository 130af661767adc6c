package id.suara.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The one deadline calculator: when a step that starts at an instant and has a time limit is due, on an institution's
 * working calendar. Pure: the same arguments always give the same answer, and nothing is read from a clock or a database.
 *
 * <p>The rules, all on the calendar's own clock (its time zone):
 * <ol>
 *   <li><b>An amount of 0</b> means instantly (seketika): due at {@code start} itself, whatever the unit, open or not.
 *   <li><b>{@link TimeUnit#MINUTES} and {@link TimeUnit#HOURS}</b> count office time only, the time inside the office-hours
 *       window of working days (an hour is 60 such minutes).
 *       A start outside office hours (before opening, after closing, on a weekend, a holiday or a collective leave day)
 *       starts the clock at the next opening. Time still owed at closing carries over to the opening of the next working
 *       day that has office hours. A limit that runs out exactly at closing is due at closing. Office hours that open on no
 *       weekday are refused with an {@link IllegalArgumentException}, since office time would never pass.
 *   <li><b>{@link TimeUnit#WORKING_DAYS} n</b>: due at closing time on the n-th working day after the start's local date.
 *       The start day itself is never counted, whether or not it is a working day and whatever the time of day.
 *       If the office has no hours on that weekday, due at the end of that day, 23:59:59.999.
 *   <li><b>{@link TimeUnit#CALENDAR_DAYS} n</b>: the last day is the n-th day after the start's local date, weekends and
 *       holidays counted ("1 hari", "30 hari", "&lt; 24 jam"); due at closing time on that day. When the last day is not a
 *       working day (a weekend, a holiday or a collective leave day), due at closing time on the next working day
 *       instead. If the office has no hours on the day it is due, due at the end of that day, 23:59:59.999.
 * </ol>
 * A working day is Monday to Friday except the calendar's non-working days, see {@link WorkingCalendar#isWorkingDay}.
 */
public final class DeadlineCalculator {

    /** The due time on a working day the office does not open; milliseconds so that it survives any storage. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private DeadlineCalculator() {}

    /** When a step that starts at {@code start} with the given limit is due, on this calendar; see the class for the rules. */
    public static Instant dueAt(Instant start, TimeLimit limit, WorkingCalendar calendar) {
        if (start == null || limit == null || calendar == null) {
            throw new IllegalArgumentException("A deadline needs a start, a time limit and a working calendar");
        }
        if (limit.instant()) {
            return start;
        }
        return switch (limit.unit()) {
            case MINUTES -> afterOfficeTime(start, Duration.ofMinutes(limit.amount()), calendar);
            case HOURS -> afterOfficeTime(start, Duration.ofHours(limit.amount()), calendar);
            case WORKING_DAYS -> closingOfWorkingDay(start, limit.amount(), calendar);
            case CALENDAR_DAYS -> closingOfCalendarDay(start, limit.amount(), calendar);
        };
    }

    /**
     * The office time between two instants on this calendar: the time inside the office-hours window of working days
     * (the inverse of the {@link TimeUnit#MINUTES} rule, so {@code dueAt(from, minutes(officeTimeBetween(from, to)))}
     * lands on {@code to} when {@code to} is in office hours). Zero when {@code to} is not after {@code from}. Used to keep
     * what is left of a step's time while its clock is paused (ADR 0036).
     */
    public static Duration officeTimeBetween(Instant from, Instant to, WorkingCalendar calendar) {
        if (from == null || to == null || calendar == null) {
            throw new IllegalArgumentException("Office time needs two instants and a working calendar");
        }
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var start = from.atZone(calendar.zone()).toLocalDateTime();
        var end = to.atZone(calendar.zone()).toLocalDateTime();
        var total = Duration.ZERO;
        for (var date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            var window = calendar.officeWindow(date);
            if (window.isEmpty()) {
                continue;
            }
            var opens = window.get().opens();
            var closes = window.get().closes();
            if (date.equals(start.toLocalDate()) && start.toLocalTime().isAfter(opens)) {
                opens = start.toLocalTime();
            }
            if (date.equals(end.toLocalDate()) && end.toLocalTime().isBefore(closes)) {
                closes = end.toLocalTime();
            }
            if (closes.isAfter(opens)) {
                total = total.plus(Duration.between(opens, closes));
            }
        }
        return total;
    }

    private static Instant afterOfficeTime(Instant start, Duration officeTime, WorkingCalendar calendar) {
        requireHoursOnSomeWeekday(calendar.officeHours());
        var local = start.atZone(calendar.zone()).toLocalDateTime();
        var date = local.toLocalDate();
        var from = local.toLocalTime();
        var owed = officeTime;
        while (true) {
            var window = calendar.officeWindow(date);
            if (window.isPresent() && from.isBefore(window.get().closes())) {
                var clockStarts =
                        from.isAfter(window.get().opens()) ? from : window.get().opens();
                var available = Duration.between(clockStarts, window.get().closes());
                if (owed.compareTo(available) <= 0) {
                    return date.atTime(clockStarts.plus(owed))
                            .atZone(calendar.zone())
                            .toInstant();
                }
                owed = owed.minus(available);
            }
            date = date.plusDays(1);
            from = LocalTime.MIDNIGHT;
        }
    }

    private static Instant closingOfWorkingDay(Instant start, int workingDays, WorkingCalendar calendar) {
        var date = start.atZone(calendar.zone()).toLocalDate();
        var counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (calendar.isWorkingDay(date)) {
                counted++;
            }
        }
        return closingOf(date, calendar);
    }

    private static Instant closingOfCalendarDay(Instant start, int days, WorkingCalendar calendar) {
        var date = start.atZone(calendar.zone()).toLocalDate().plusDays(days);
        while (!calendar.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return closingOf(date, calendar);
    }

    /** Closing time of a working day, or the end of that day when the office does not open that weekday. */
    private static Instant closingOf(LocalDate date, WorkingCalendar calendar) {
        var closing = calendar.officeHours()
                .on(date.getDayOfWeek())
                .map(OfficeHours.Window::closes)
                .orElse(END_OF_DAY);
        return date.atTime(closing).atZone(calendar.zone()).toInstant();
    }

    /** Without hours on any weekday, office time never passes and the search for the next opening would never end. */
    private static void requireHoursOnSomeWeekday(OfficeHours officeHours) {
        if (officeHours.days().keySet().stream().allMatch(WorkingCalendar::isWeekend)) {
            throw new IllegalArgumentException("Office time cannot be counted: the office opens on no weekday");
        }
    }
}
