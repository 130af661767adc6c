package id.suara.intake;

import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.OfficeHours;
import id.suara.calendar.TimeLimit;
import id.suara.calendar.WorkingCalendar;
import id.suara.shared.web.PageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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
 * on its own clock (003 IV.A.3), and no sooner than 3 working days after the audience was requested (003 IV.A.5). An
 * audience the public asks for outside them is refused at submission, with the hours and the next times it could be
 * held; casework holds the time agreed for an audience to the same rules (ADR 0026).
 */
@Component
public class ReceptionHours {

    /** How many of the next reception windows a refusal offers. */
    static final int NEXT_TIMES = 3;

    /** 003 IV.A.5: an audience is requested at least 3 working days before it is held. */
    public static final TimeLimit NOTICE = TimeLimit.workingDays(3);

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
     * @param earliestDay the first day the audience could be held, when it was refused for being asked for sooner than
     *     3 working days ahead; null when it was refused for the hours alone
     */
    public record Refusal(
            ZoneId zone,
            OfficeHours officeHours,
            List<WorkingCalendar.Opening> next,
            boolean closedThatDay,
            LocalDate earliestDay) {

        /** Whether the audience was asked for sooner than 3 working days after the request (003 IV.A.5). */
        public boolean tooSoon() {
            return earliestDay != null;
        }

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

    /**
     * The refusal of an audience at {@code requested}, asked for at {@code requestedOn}: outside the reception hours, or
     * sooner than 3 working days after the request. Empty when the institution receives then. The next times offered
     * are reception windows no sooner than the requested time and the notice allow.
     */
    public Optional<Refusal> refusal(UUID institutionId, Instant requested, Instant requestedOn) {
        var calendar = calendars.forInstitution(institutionId);
        var earliest = earliestDay(calendar, requestedOn);
        var local = requested.atZone(calendar.zone()).toLocalDateTime();
        boolean tooSoon = local.toLocalDate().isBefore(earliest);
        if (calendar.isOpen(requested) && !tooSoon) {
            return Optional.empty();
        }
        var from = tooSoon ? earliest.atStartOfDay() : local;
        return Optional.of(new Refusal(
                calendar.zone(),
                calendar.officeHours(),
                calendar.openingsFrom(from, NEXT_TIMES),
                calendar.officeWindow(local.toLocalDate()).isEmpty(),
                tooSoon ? earliest : null));
    }

    /**
     * The first day an audience requested at {@code requestedOn} may be held: the third working day after it, on the
     * institution's clock (003 IV.A.5). The one calculation behind the intake's refusal, the requirement check
     * {@code AUDIENCE_NOTICE} and the time agreed for an audience.
     */
    public LocalDate earliestDay(UUID institutionId, Instant requestedOn) {
        return earliestDay(calendars.forInstitution(institutionId), requestedOn);
    }

    /** Whether an audience at {@code at} keeps the notice of a request made at {@code requestedOn} (003 IV.A.5). */
    public boolean noticeMet(UUID institutionId, Instant requestedOn, Instant at) {
        var calendar = calendars.forInstitution(institutionId);
        return !at.atZone(calendar.zone()).toLocalDate().isBefore(earliestDay(calendar, requestedOn));
    }

    private static LocalDate earliestDay(WorkingCalendar calendar, Instant requestedOn) {
        return DeadlineCalculator.dueAt(requestedOn, NOTICE, calendar)
                .atZone(calendar.zone())
                .toLocalDate();
    }

    /** The refusal in English, as the API gives it. */
    static String message(Refusal refusal) {
        if (refusal.tooSoon()) {
            return "is less than 3 working days after the request (003 IV.A.5): the earliest day is "
                    + refusal.earliestDay().format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH))
                    + "; the next times it receives: " + refusal.nextTimes(Locale.ENGLISH);
        }
        return "is outside the institution's reception hours (" + refusal.hours(Locale.ENGLISH)
                + ", on working days only: not on weekends, holidays or collective leave); the next times it receives: "
                + refusal.nextTimes(Locale.ENGLISH);
    }
}
