package id.suara.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An institution's working calendar: its time zone, office hours, and the days it does not work (holidays and collective
 * leave). A working day (hari kerja) is Monday to Friday except those days.
 */
public record WorkingCalendar(ZoneId zone, OfficeHours officeHours, Set<LocalDate> nonWorkingDays) {

    public WorkingCalendar {
        if (zone == null || officeHours == null || nonWorkingDays == null) {
            throw new IllegalArgumentException(
                    "A working calendar needs a zone, office hours and a set of non-working days");
        }
        nonWorkingDays = Set.copyOf(nonWorkingDays);
    }

    /** Whether the date is Monday to Friday and not a holiday or collective leave day. */
    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date.getDayOfWeek()) && !nonWorkingDays.contains(date);
    }

    /** Whether the office is open at this instant: a working day, within that day's office hours, on the calendar's clock. */
    public boolean isOpen(Instant instant) {
        var local = instant.atZone(zone).toLocalDateTime();
        return officeWindow(local.toLocalDate())
                .map(window -> window.contains(local.toLocalTime()))
                .orElse(false);
    }

    /** The office hours of a date, empty when it is not a working day or the office does not open that weekday. */
    public Optional<OfficeHours.Window> officeWindow(LocalDate date) {
        return isWorkingDay(date) ? officeHours.on(date.getDayOfWeek()) : Optional.empty();
    }

    /** The office hours of one working day. */
    public record Opening(LocalDate date, OfficeHours.Window window) {}

    /**
     * The next {@code count} office-hours windows of working days that end after {@code from} (local time on this
     * calendar's clock), the window {@code from} falls in first if it does. Fewer, possibly none, when the office opens
     * on no working day within a year.
     */
    public List<Opening> openingsFrom(LocalDateTime from, int count) {
        var openings = new ArrayList<Opening>();
        var date = from.toLocalDate();
        for (int day = 0; day <= 366 && openings.size() < count; day++, date = date.plusDays(1)) {
            var window = officeWindow(date);
            if (window.isPresent()
                    && (day > 0 || from.toLocalTime().isBefore(window.get().closes()))) {
                openings.add(new Opening(date, window.get()));
            }
        }
        return List.copyOf(openings);
    }

    static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
