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
import id.suara.shared.NotFoundException;
import id.suara.shared.validation.CleanText;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working calendar: holidays and collective leave (national and per institution) and office hours. */
@RestController
@Tag(
        name = "Working calendar",
        description = "Holidays, collective leave and office hours that deadlines are counted in")
class CalendarController {

    private final InstitutionCalendars calendars;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    CalendarController(
            InstitutionCalendars calendars, Institutions institutions, CurrentStaff currentStaff, AuditLog audit) {
        this.calendars = calendars;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** A day to add to the calendar. */
    record HolidayRequest(
            LocalDate date,
            HolidayType type,
            @Size(max = 200) @CleanText String nameId,
            @Size(max = 200) @CleanText String nameEn,
            @Size(max = 300) @CleanText String source) {}

    /** One day's office window, e.g. {@code {"opens": "09:00", "closes": "16:00"}}. */
    record Window(LocalTime opens, LocalTime closes) {}

    @GetMapping("/api/v1/institutions/{institutionId}/calendar/holidays")
    @Operation(summary = "National and the institution's own non-working days of a year (staff)")
    List<Holiday> holidays(@PathVariable UUID institutionId, @RequestParam int year) {
        requireSees(institutionId);
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.invalid("year", "must be between 2000 and 2100");
        }
        return calendars.holidays(institutionId, year);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/calendar/holidays")
    @Transactional
    @Operation(summary = "Add a regional holiday, or a working day overriding a national one (administrators)")
    ResponseEntity<Holiday> addHoliday(@PathVariable UUID institutionId, @Valid @RequestBody HolidayRequest request) {
        requireAdmin(institutionId);
        var holiday = calendars.addHoliday(
                institutionId, request.date(), request.type(), request.nameId(), request.nameEn(), request.source());
        record("calendar.holiday-added", institutionId, holiday);
        return ResponseEntity.status(201).body(holiday);
    }

    @PostMapping("/api/v1/calendar/national-holidays")
    @Transactional
    @Operation(summary = "Add a national holiday or collective leave day, e.g. from a new year's SKB (system admin)")
    ResponseEntity<Holiday> addNationalHoliday(@Valid @RequestBody HolidayRequest request) {
        if (!currentStaff.get().holds(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only system administrators change the national calendar");
        }
        var holiday = calendars.addHoliday(
                null, request.date(), request.type(), request.nameId(), request.nameEn(), request.source());
        record("calendar.holiday-added", null, holiday);
        return ResponseEntity.status(201).body(holiday);
    }

    @DeleteMapping("/api/v1/calendar/holidays/{holidayId}")
    @Transactional
    @Operation(summary = "Remove a day: an institution's own by its administrators, a national one by a system admin")
    ResponseEntity<Void> removeHoliday(@PathVariable UUID holidayId) {
        var holiday = calendars
                .findHoliday(holidayId)
                .orElseThrow(() -> new NotFoundException("Holiday " + holidayId + " not found"));
        var member = currentStaff.get();
        boolean allowed =
                holiday.national() ? member.holds(Role.SYSTEM_ADMIN) : member.administers(holiday.institutionId());
        if (!allowed) {
            throw new ForbiddenException("You may not change this calendar entry");
        }
        calendars.removeHoliday(holidayId);
        record("calendar.holiday-removed", holiday.institutionId(), holiday);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/institutions/{institutionId}/calendar/office-hours")
    @Operation(summary = "The institution's office hours per weekday (staff)")
    Map<DayOfWeek, Window> officeHours(@PathVariable UUID institutionId) {
        requireSees(institutionId);
        return windows(calendars.officeHours(institutionId));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/calendar/office-hours")
    @Transactional
    @Operation(summary = "Replace the institution's office hours; weekdays left out are closed (administrators)")
    Map<DayOfWeek, Window> replaceOfficeHours(
            @PathVariable UUID institutionId, @RequestBody Map<DayOfWeek, Window> days) {
        requireAdmin(institutionId);
        var hours = new EnumMap<DayOfWeek, OfficeHours.Window>(DayOfWeek.class);
        days.forEach((day, window) -> {
            if (window == null || window.opens() == null || window.closes() == null) {
                throw InvalidInputException.invalid(day.name(), "needs opens and closes, e.g. 09:00 and 16:00");
            }
            if (!window.opens().isBefore(window.closes())) {
                throw InvalidInputException.invalid(day.name(), "must open before it closes");
            }
            hours.put(day, new OfficeHours.Window(window.opens(), window.closes()));
        });
        var replaced = windows(calendars.replaceOfficeHours(institutionId, new OfficeHours(hours)));
        var actor = currentStaff.get();
        audit.record(new AuditEvent(
                "calendar.office-hours-replaced",
                institutionId,
                actor.id(),
                actor.username(),
                "institution",
                institutionId.toString(),
                Map.of("officeHours", replaced.toString())));
        return replaced;
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

    private static Map<DayOfWeek, Window> windows(OfficeHours hours) {
        var out = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        hours.days().forEach((day, window) -> out.put(day, new Window(window.opens(), window.closes())));
        return out;
    }

    private void requireSees(UUID institutionId) {
        if (institutions.findById(institutionId).isEmpty()
                || !currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
    }

    private void requireAdmin(UUID institutionId) {
        requireSees(institutionId);
        if (!currentStaff.get().administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators change its calendar");
        }
    }
}
