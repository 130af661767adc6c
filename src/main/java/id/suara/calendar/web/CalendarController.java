package id.suara.calendar.web;

import id.suara.calendar.Holiday;
import id.suara.calendar.HolidayType;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.web.CalendarAdministration.NewHoliday;
import id.suara.calendar.web.CalendarAdministration.Window;
import id.suara.shared.InvalidInputException;
import id.suara.shared.validation.CleanText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
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
    private final CalendarAdministration administration;

    CalendarController(InstitutionCalendars calendars, CalendarAdministration administration) {
        this.calendars = calendars;
        this.administration = administration;
    }

    /** A day to add to the calendar. */
    record HolidayRequest(
            LocalDate date,
            HolidayType type,
            @Size(max = 200) @CleanText String nameId,
            @Size(max = 200) @CleanText String nameEn,
            @Size(max = 300) @CleanText String source) {

        NewHoliday day() {
            return new NewHoliday(date, type, nameId, nameEn, source);
        }
    }

    @GetMapping("/api/v1/institutions/{institutionId}/calendar/holidays")
    @Operation(summary = "National and the institution's own non-working days of a year (staff)")
    List<Holiday> holidays(@PathVariable UUID institutionId, @RequestParam int year) {
        administration.requireSees(institutionId);
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.invalid("year", "must be between 2000 and 2100");
        }
        return calendars.holidays(institutionId, year);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/calendar/holidays")
    @Operation(summary = "Add a regional holiday, or a working day overriding a national one (administrators)")
    ResponseEntity<Holiday> addHoliday(@PathVariable UUID institutionId, @Valid @RequestBody HolidayRequest request) {
        return ResponseEntity.status(201).body(administration.addHoliday(institutionId, request.day()));
    }

    @PostMapping("/api/v1/calendar/national-holidays")
    @Operation(summary = "Add a national holiday or collective leave day, e.g. from a new year's SKB (system admin)")
    ResponseEntity<Holiday> addNationalHoliday(@Valid @RequestBody HolidayRequest request) {
        return ResponseEntity.status(201).body(administration.addHoliday(null, request.day()));
    }

    @DeleteMapping("/api/v1/calendar/holidays/{holidayId}")
    @Operation(summary = "Remove a day: an institution's own by its administrators, a national one by a system admin")
    ResponseEntity<Void> removeHoliday(@PathVariable UUID holidayId) {
        administration.removeHoliday(holidayId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/institutions/{institutionId}/calendar/office-hours")
    @Operation(summary = "The institution's office hours per weekday (staff)")
    Map<DayOfWeek, Window> officeHours(@PathVariable UUID institutionId) {
        administration.requireSees(institutionId);
        return CalendarAdministration.windows(calendars.officeHours(institutionId));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/calendar/office-hours")
    @Operation(summary = "Replace the institution's office hours; weekdays left out are closed (administrators)")
    Map<DayOfWeek, Window> replaceOfficeHours(
            @PathVariable UUID institutionId, @RequestBody Map<DayOfWeek, Window> days) {
        return CalendarAdministration.windows(administration.replaceOfficeHours(institutionId, days));
    }
}
