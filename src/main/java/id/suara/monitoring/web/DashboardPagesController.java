package id.suara.monitoring.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.monitoring.DashboardViews;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.ReportPeriod;
import id.suara.monitoring.ReportPeriods;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff dashboard (issue 12, ADR 0040): an institution's or a unit's figures for a period chosen from its years,
 * masa sidang, reses and quarters or as a date range, each figure with its definition, charts drawn on the server with
 * a table behind each, and the overdue list. Who reads which unit is {@link Monitoring#unitFor}; a period or unit the
 * page cannot use is answered with 400 and the page, the error next to the picker.
 */
@Controller
@OfficePage
class DashboardPagesController {

    static final String PAGE = "/kantor/pemantauan";

    private final Monitoring monitoring;
    private final ReportPeriods periods;
    private final DashboardViews views;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    DashboardPagesController(
            Monitoring monitoring,
            ReportPeriods periods,
            DashboardViews views,
            Institutions institutions,
            CurrentStaff currentStaff,
            Clock clock) {
        this.clock = clock;
        this.monitoring = monitoring;
        this.periods = periods;
        this.views = views;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PAGE)
    String dashboard(
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) String lembaga,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var staff = currentStaff.get();
        var institution = institution(staff, lembaga);
        var today = LocalDate.ofInstant(clock.instant(), institution.zone());
        boolean range = notBlank(dari) || notBlank(sampai);
        var key = range
                ? (dari == null ? "" : dari.strip()) + ".." + (sampai == null ? "" : sampai.strip())
                : notBlank(periode) ? periode.strip() : Integer.toString(today.getYear());
        ReportPeriod period = null;
        String error = null;
        UUID scope = null;
        try {
            period = periods.parse(institution.id(), key);
        } catch (InvalidInputException e) {
            error = "period";
        }
        boolean wholeInstitution = staff.holds(Role.SYSTEM_ADMIN)
                || staff.grants().stream().anyMatch(g -> !g.role().boundToUnit());
        var ownUnits = staff.grants().stream()
                .map(RoleGrant::unitId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (!wholeInstitution && unit == null && ownUnits.size() > 1) {
            unit = ownUnits.getFirst(); // a member of several units starts with the first of theirs
        }
        try {
            scope = monitoring.unitFor(staff, institution.id(), unit); // 404 to outsiders, 403 to other units
        } catch (InvalidInputException e) {
            error = error == null ? "unit" : error;
        }
        int year = tahun != null && tahun >= 2000 && tahun <= 2100
                ? tahun
                : period != null ? period.year() : today.getYear();
        model.addAttribute("institution", institution);
        model.addAttribute("wholeInstitution", wholeInstitution);
        model.addAttribute("lembaga", institution.id().equals(staff.institutionId()) ? null : institution.code());
        model.addAttribute("choices", periods.choices(institution.id(), year));
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(year - 1, year + 1));
        model.addAttribute("key", key);
        model.addAttribute(
                "rangeFrom", range ? dari : period != null ? period.from().toString() : "");
        model.addAttribute(
                "rangeTo", range ? sampai : period != null ? period.to().toString() : "");
        model.addAttribute(
                "units",
                wholeInstitution
                        ? institutions.units(institution.id())
                        : ownUnits.size() > 1
                                ? institutions.units(institution.id()).stream()
                                        .filter(u -> ownUnits.contains(u.id()))
                                        .toList()
                                : List.of());
        model.addAttribute("unit", scope);
        model.addAttribute(
                "unitName",
                scope == null
                        ? null
                        : institutions.findUnit(scope).map(u -> u.name()).orElse(null));
        model.addAttribute("error", error);
        model.addAttribute("range", range);
        model.addAttribute("zone", institution.zone());
        if (error != null) {
            response.setStatus(400);
            model.addAttribute("view", null);
            return "monitoring/dashboard";
        }
        model.addAttribute("period", period);
        model.addAttribute("view", views.view(monitoring.dashboard(institution.id(), scope, period), locale, false));
        return "monitoring/dashboard";
    }

    /**
     * The institution named by {@code lembaga} (whose figures {@link Monitoring#unitFor} then refuses to outsiders as
     * unknown), else the staff member's own; a system administrator without one gets the first.
     */
    private Institution institution(StaffMember staff, String code) {
        if (notBlank(code)) {
            return institutions
                    .findByCode(code.strip())
                    .orElseThrow(() -> new NotFoundException("No such institution"));
        }
        if (staff.institutionId() != null) {
            return institutions.get(staff.institutionId());
        }
        return institutions.all().stream()
                .filter(i -> staff.maySee(i.id()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No institution"));
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
