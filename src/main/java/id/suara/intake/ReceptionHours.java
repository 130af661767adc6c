package id.suara.intake;

import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.OfficeHours;
import id.suara.calendar.WorkingCalendar;
import id.suara.shared.web.PageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * When an institution receives delegations: its office hours on working days (holidays and collective leave excluded),
 * on its own clock (003 IV.A.5: audiences are held in office hours). An audience asked for outside them is refused at
 * submission, with the hours and the next times it could be held.
 */
@Component
public class ReceptionHours {

    /** How many of the next reception windows a refusal offers. */
    static final int NEXT_TIMES = 3;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final InstitutionCalendars calendars;

    ReceptionHours(InstitutionCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * Why an audience requested for that time cannot be held.
     *
     * @param zone the institution's zone
     * @param officeHours its office hours on each weekday
     * @param next the next reception windows at or after the requested time
     * @param closedThatDay whether the requested day has no reception at all (a weekend, a holiday, a closed weekday),
     *     rather than only the time of day being outside the hours
     */
    public record Refusal(
            ZoneId zone, OfficeHours officeHours, List<WorkingCalendar.Opening> next, boolean closedThatDay) {

        /** The hours in the reader's language, e.g. "Senin–Kamis 09:00–16:00, Jumat 09:00–11:00 WIB". */
        public String hours(Locale locale) {
            var groups = new ArrayList<String>();
            DayOfWeek first = null;
            DayOfWeek last = null;
            OfficeHours.Window window = null;
            for (var day : DayOfWeek.values()) {
                var today = officeHours.on(day).orElse(null);
                if (today != null && today.equals(window) && last != null && last.plus(1) == day) {
                    last = day;
                    continue;
                }
                if (window != null) {
                    groups.add(group(first, last, window, locale));
                }
                first = day;
                last = day;
                window = today;
            }
            if (window != null) {
                groups.add(group(first, last, window, locale));
            }
            return String.join(", ", groups) + " " + PageFormat.zoneName(zone);
        }

        /** The next windows, e.g. "Senin, 9 Maret 2026 09:00–16:00; Selasa, 10 Maret 2026 09:00–16:00 WIB". */
        public String nextTimes(Locale locale) {
            var dates = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
            return next.stream()
                            .map(o -> o.date().format(dates) + " " + span(o.window()))
                            .collect(Collectors.joining("; "))
                    + " " + PageFormat.zoneName(zone);
        }

        private static String group(DayOfWeek first, DayOfWeek last, OfficeHours.Window window, Locale locale) {
            var days = first == last
                    ? first.getDisplayName(TextStyle.FULL, locale)
                    : first.getDisplayName(TextStyle.FULL, locale) + "–" + last.getDisplayName(TextStyle.FULL, locale);
            return days + " " + span(window);
        }

        private static String span(OfficeHours.Window window) {
            return window.opens().format(TIME) + "–" + window.closes().format(TIME);
        }
    }

    /** The refusal of an audience at {@code requested}; empty when the institution receives at that time. */
    public Optional<Refusal> refusal(UUID institutionId, Instant requested) {
        var calendar = calendars.forInstitution(institutionId);
        if (calendar.isOpen(requested)) {
            return Optional.empty();
        }
        var local = requested.atZone(calendar.zone()).toLocalDateTime();
        return Optional.of(new Refusal(
                calendar.zone(),
                calendar.officeHours(),
                calendar.openingsFrom(local, NEXT_TIMES),
                calendar.officeWindow(local.toLocalDate()).isEmpty()));
    }

    /** The refusal in English, as the API gives it. */
    static String message(Refusal refusal) {
        return "is outside the institution's reception hours (" + refusal.hours(Locale.ENGLISH)
                + ", on working days only: not on weekends, holidays or collective leave); the next times it receives: "
                + refusal.nextTimes(Locale.ENGLISH);
    }
}
