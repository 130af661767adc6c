package id.suara.calendar.web;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.calendar.Holiday;
import id.suara.calendar.HolidayType;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.OfficeHours;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to the working calendar that the API and the administration pages make alike: who may make them, the
 * check of the office windows, and the audit entry each change leaves.
 */
@Component
class CalendarAdministration {

    static final String HOLIDAY_ADDED = "calendar.holiday-added";
    static final String HOLIDAY_REMOVED = "calendar.holiday-removed";
    static final String OFFICE_HOURS_REPLACED = "calendar.office-hours-replaced";

    /** One day's office window as asked for, e.g. {@code {"opens": "09:00", "closes": "16:00"}}; may be incomplete. */
    record Window(LocalTime opens, LocalTime closes) {}

    /** A day to add to the calendar, before it is checked. */
    record NewHoliday(LocalDate date, HolidayType type, String nameId, String nameEn, String source) {}

    private final InstitutionCalendars calendars;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    CalendarAdministration(
            InstitutionCalendars calendars, Institutions institutions, CurrentStaff currentStaff, AuditLog audit) {
        this.calendars = calendars;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** Refuses, as not found, an institution that does not exist or that the signed-in staff member may not see. */
    void requireSees(UUID institutionId) {
        if (institutions.findById(institutionId).isEmpty()
                || !currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
    }

    /** Refuses anyone but the institution's administrators; a national day ({@code null}) only system administrators. */
    void requireAdministers(UUID institutionId) {
        if (institutionId == null) {
            if (!currentStaff.get().holds(Role.SYSTEM_ADMIN)) {
                throw new ForbiddenException("Only system administrators change the national calendar");
            }
            return;
        }
        requireSees(institutionId);
        if (!currentStaff.get().administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators change its calendar");
        }
    }

    /** Whether the signed-in staff member may remove the day. */
    boolean mayRemove(Holiday holiday) {
        var member = currentStaff.get();
        return holiday.national() ? member.holds(Role.SYSTEM_ADMIN) : member.administers(holiday.institutionId());
    }

    /** Adds a day to an institution's calendar, or to the national one when {@code institutionId} is null. */
    @Transactional
    Holiday addHoliday(UUID institutionId, NewHoliday day) {
        requireAdministers(institutionId);
        var holiday =
                calendars.addHoliday(institutionId, day.date(), day.type(), day.nameId(), day.nameEn(), day.source());
        record(HOLIDAY_ADDED, institutionId, holiday);
        return holiday;
    }

    /** Removes a day: an institution's own by its administrators, a national one by a system administrator. */
    @Transactional
    Holiday removeHoliday(UUID holidayId) {
        var holiday = calendars
                .findHoliday(holidayId)
                .orElseThrow(() -> new NotFoundException("Holiday " + holidayId + " not found"));
        if (!mayRemove(holiday)) {
            throw new ForbiddenException("You may not change this calendar entry");
        }
        calendars.removeHoliday(holidayId);
        record(HOLIDAY_REMOVED, holiday.institutionId(), holiday);
        return holiday;
    }

    /** What can be wrong with one day's office window. */
    enum WindowProblem {
        INCOMPLETE("needs opens and closes, e.g. 09:00 and 16:00"),
        REVERSED("must open before it closes");

        final String message;

        WindowProblem(String message) {
            this.message = message;
        }
    }

    /** The problems of the office windows asked for, by day; empty when all are good. */
    static Map<DayOfWeek, WindowProblem> problems(Map<DayOfWeek, Window> days) {
        var problems = new EnumMap<DayOfWeek, WindowProblem>(DayOfWeek.class);
        days.forEach((day, window) -> {
            if (window == null || window.opens() == null || window.closes() == null) {
                problems.put(day, WindowProblem.INCOMPLETE);
            } else if (!window.opens().isBefore(window.closes())) {
                problems.put(day, WindowProblem.REVERSED);
            }
        });
        return problems;
    }

    /** Replaces the institution's office hours with the days asked for; the others are closed. */
    @Transactional
    OfficeHours replaceOfficeHours(UUID institutionId, Map<DayOfWeek, Window> days) {
        requireAdministers(institutionId);
        var problems = problems(days);
        if (!problems.isEmpty()) {
            throw InvalidInputException.invalid(problems.entrySet().stream()
                    .map(p -> new FieldError(p.getKey().name(), p.getValue().message))
                    .toList());
        }
        var hours = new EnumMap<DayOfWeek, OfficeHours.Window>(DayOfWeek.class);
        days.forEach((day, window) -> hours.put(day, new OfficeHours.Window(window.opens(), window.closes())));
        var replaced = calendars.replaceOfficeHours(institutionId, new OfficeHours(hours));
        var actor = currentStaff.get();
        audit.record(new AuditEvent(
                OFFICE_HOURS_REPLACED,
                institutionId,
                actor.id(),
                actor.username(),
                "institution",
                institutionId.toString(),
                Map.of("officeHours", windows(replaced).toString())));
        return replaced;
    }

    /** Office hours as the API shows them, day by day. */
    static Map<DayOfWeek, Window> windows(OfficeHours hours) {
        var out = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        hours.days().forEach((day, window) -> out.put(day, new Window(window.opens(), window.closes())));
        return out;
    }

    private void record(String action, UUID institutionId, Holiday holiday) {
        var actor = currentStaff.get();
        audit.record(new AuditEvent(
                action,
                institutionId,
                actor.id(),
                actor.username(),
                "holiday",
                holiday.id().toString(),
                Map.of("date", holiday.date().toString(), "type", holiday.type().name(), "name", holiday.nameId())));
    }
}
