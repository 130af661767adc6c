package id.suara.calendar.web;

import id.suara.calendar.Holiday;
import id.suara.calendar.HolidayType;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.web.CalendarAdministration.NewHoliday;
import id.suara.calendar.web.CalendarAdministration.Window;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.LocalizedText;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.PageFormat;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The back office's administration page of the working calendar: a year's non-working days, with the form adding one
 * and the buttons removing one, and the institution's office hours. The changes go through
 * {@link CalendarAdministration}, as the API's do.
 */
@Controller
@OfficePage
class CalendarPagesController {

    private static final String PAGE = "/kantor/admin/kalender";
    private static final ZoneId NATIONAL_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String NATIONAL = "national";

    private final InstitutionCalendars calendars;
    private final CalendarAdministration administration;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final PageFormat pageFormat;

    CalendarPagesController(
            InstitutionCalendars calendars,
            CalendarAdministration administration,
            Institutions institutions,
            CurrentStaff currentStaff,
            Clock clock,
            PageFormat pageFormat) {
        this.pageFormat = pageFormat;
        this.calendars = calendars;
        this.administration = administration;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** A row of the year's list: the day, its date and name as the reader's language shows them. */
    record Day(Holiday holiday, String date, String name, boolean removable) {}

    /** What the add form was filled with, kept as typed; bound from the form's fields of the same names. */
    record HolidayForm(String date, String type, String nameId, String nameEn, String source, String scope) {}

    /** One weekday's row of the office hours form, kept as typed. */
    record HoursRow(DayOfWeek day, boolean open, String opens, String closes) {}

    /** Everything the page shows besides the two forms. */
    private record Scope(StaffMember staff, UUID requested, UUID institutionId, int year) {}

    private Scope scope(UUID requested, Integer year) {
        var staff = currentStaff.get();
        if (!staff.holds(Role.INSTITUTION_ADMIN) && !staff.holds(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only administrators open the administration pages");
        }
        var institutionId = requested == null ? staff.institutionId() : requested;
        if (institutionId != null && !staff.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators manage it");
        }
        var today = clock.instant().atZone(zoneOf(institutionId)).toLocalDate();
        return new Scope(
                staff, requested, institutionId, year == null || year < 2000 || year > 2100 ? today.getYear() : year);
    }

    private ZoneId zoneOf(UUID institutionId) {
        return institutionId == null
                ? NATIONAL_ZONE
                : institutions.get(institutionId).zone();
    }

    @GetMapping(PAGE)
    String calendar(
            @RequestParam(required = false) UUID institution,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        var scope = scope(institution, year);
        return page(scope, emptyForm(), hoursRows(scope.institutionId()), Map.of(), locale, model);
    }

    @PostMapping(PAGE + "/hari-libur")
    String addHoliday(
            @RequestParam(required = false) UUID institution,
            @RequestParam(required = false) Integer year,
            @ModelAttribute("form") HolidayForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var where = scope(institution, year);
        var errors = new LinkedHashMap<String, String>();
        var day = parse(form.date(), LocalDate::parse, "date", errors);
        var holidayType = parse(form.type(), HolidayType::valueOf, "type", errors);
        var national = NATIONAL.equals(form.scope()) || where.institutionId() == null;
        try {
            var added = administration.addHoliday(
                    national ? null : where.institutionId(),
                    new NewHoliday(day, holidayType, form.nameId(), form.nameEn(), form.source()));
            redirect.addFlashAttribute("message", "web.admin.calendar.added");
            return "redirect:" + url(institution, added.date().getYear());
        } catch (InvalidInputException | ConflictException e) {
            RefusedForms.addErrors(e, "web.admin.calendar.error.", errors);
        }
        RefusedForms.answer(response, model);
        var shown = new Scope(
                where.staff(), where.requested(), where.institutionId(), day == null ? where.year() : day.getYear());
        return page(shown, form, hoursRows(where.institutionId()), errors, locale, model);
    }

    @PostMapping(PAGE + "/hari-libur/{id}/hapus")
    String removeHoliday(
            @PathVariable UUID id, @RequestParam(required = false) UUID institution, RedirectAttributes redirect) {
        scope(institution, null);
        var removed = administration.removeHoliday(id);
        redirect.addFlashAttribute("message", "web.admin.calendar.removed");
        return "redirect:" + url(institution, removed.date().getYear());
    }

    @PostMapping(PAGE + "/jam-kerja")
    String replaceOfficeHours(
            @RequestParam(required = false) UUID institution,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var where = scope(institution, year);
        if (where.institutionId() == null) {
            throw new ForbiddenException("Office hours belong to an institution; choose one");
        }
        var rows = new ArrayList<HoursRow>();
        var asked = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        var errors = new LinkedHashMap<String, String>();
        for (var day : DayOfWeek.values()) {
            var row = new HoursRow(
                    day,
                    params.containsKey(day.name() + ".open"),
                    params.getOrDefault(day.name() + ".opens", ""),
                    params.getOrDefault(day.name() + ".closes", ""));
            rows.add(row);
            if (row.open()) {
                asked.put(day, new Window(time(row.opens()), time(row.closes())));
            }
        }
        CalendarAdministration.problems(asked)
                .forEach((day, problem) -> errors.put(day.name(), "web.admin.calendar.hours.error." + problem.name()));
        if (errors.isEmpty()) {
            try {
                administration.replaceOfficeHours(where.institutionId(), asked);
                redirect.addFlashAttribute("message", "web.admin.calendar.hours.replaced");
                return "redirect:" + url(institution, where.year()) + "#jam-kerja";
            } catch (InvalidInputException e) {
                errors.put("officeHours", "web.admin.calendar.hours.error.officeHours");
            }
        }
        RefusedForms.answer(response, model);
        return page(where, emptyForm(), rows, errors, locale, model);
    }

    private static HolidayForm emptyForm() {
        return new HolidayForm(null, HolidayType.REGIONAL_HOLIDAY.name(), null, null, null, "institution");
    }

    private static <T> T parse(String text, Function<String, T> parser, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.put(field, "web.admin.calendar.error." + field);
            return null;
        }
    }

    private static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String url(UUID institution, int year) {
        return UriComponentsBuilder.fromPath(PAGE)
                .queryParamIfPresent("institution", Optional.ofNullable(institution))
                .queryParam("year", year)
                .build()
                .toUriString();
    }

    private List<HoursRow> hoursRows(UUID institutionId) {
        if (institutionId == null) {
            return List.of();
        }
        var hours = calendars.officeHours(institutionId);
        return Arrays.stream(DayOfWeek.values())
                .map(day -> hours.on(day)
                        .map(w -> new HoursRow(
                                day, true, w.opens().toString(), w.closes().toString()))
                        .orElseGet(() -> new HoursRow(day, false, "", "")))
                .toList();
    }

    private String page(
            Scope scope,
            HolidayForm form,
            List<HoursRow> hours,
            Map<String, String> errors,
            Locale locale,
            Model model) {
        var staff = scope.staff();
        var systemAdmin = staff.holds(Role.SYSTEM_ADMIN);
        var days = calendars.holidays(scope.institutionId(), scope.year()).stream()
                .map(h -> new Day(
                        h,
                        pageFormat.dayAndDate(h.date()),
                        LocalizedText.of(h.nameId(), h.nameEn()).in(locale),
                        administration.mayRemove(h)))
                .toList();
        model.addAttribute("staff", staff);
        model.addAttribute("systemAdmin", systemAdmin);
        model.addAttribute(
                "institution", scope.institutionId() == null ? null : institutions.get(scope.institutionId()));
        model.addAttribute("year", scope.year());
        model.addAttribute("previousYear", url(scope.requested(), scope.year() - 1));
        model.addAttribute("nextYear", url(scope.requested(), scope.year() + 1));
        model.addAttribute("days", days);
        model.addAttribute("form", form);
        model.addAttribute("types", types(scope.institutionId(), systemAdmin));
        model.addAttribute("hours", hours);
        var dayNames = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
        Arrays.stream(DayOfWeek.values()).forEach(d -> dayNames.put(d, d.getDisplayName(TextStyle.FULL, locale)));
        model.addAttribute("dayNames", dayNames);
        model.addAttribute("zone", zoneOf(scope.institutionId()).getId());
        model.addAttribute("errors", errors);
        return "admin/calendar";
    }

    /** The types the add form offers: a national day's without an institution, also an institution's own with one. */
    private static List<HolidayType> types(UUID institutionId, boolean systemAdmin) {
        if (institutionId == null) {
            return List.of(HolidayType.NATIONAL_HOLIDAY, HolidayType.COLLECTIVE_LEAVE);
        }
        return systemAdmin
                ? List.of(HolidayType.values())
                : List.of(HolidayType.REGIONAL_HOLIDAY, HolidayType.WORKING_DAY);
    }
}
