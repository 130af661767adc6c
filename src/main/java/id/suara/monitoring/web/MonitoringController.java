package id.suara.monitoring.web;

import id.suara.institution.Institutions;
import id.suara.monitoring.Dashboard;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.ReportPeriods;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring figures for integrators and scripts (ADR 0038). */
@RestController
class MonitoringController {

    private final Monitoring monitoring;
    private final ReportPeriods periods;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    MonitoringController(
            Monitoring monitoring, ReportPeriods periods, Institutions institutions, CurrentStaff currentStaff) {
        this.monitoring = monitoring;
        this.periods = periods;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/institutions/{code}/dashboard")
    @Operation(
            summary = "An institution's or a unit's monitoring figures for a period",
            description = "period: a year (2026), quarter (2026-q1), month (2026-03), session period"
                    + " (masa-sidang-2026-1), recess (reses-2026-1) or date range (2026-01-01..2026-03-31); the"
                    + " current year when absent. unit: a unit id; members bound to one unit get theirs.")
    Dashboard dashboard(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) UUID unit) {
        var institution = institutions.findByCode(code).orElseThrow(() -> new NotFoundException("No such institution"));
        var staff = currentStaff.get();
        var scope = monitoring.unitFor(staff, institution.id(), unit);
        var key = period == null || period.isBlank()
                ? Integer.toString(LocalDate.now(institution.zone()).getYear())
                : period;
        return monitoring.dashboard(institution.id(), scope, periods.parse(institution.id(), key));
    }
}
