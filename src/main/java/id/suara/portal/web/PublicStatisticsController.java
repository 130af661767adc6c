package id.suara.portal.web;

import id.suara.casework.Supporters;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.monitoring.DashboardViews;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.ReportPeriod;
import id.suara.monitoring.ReportPeriods;
import id.suara.shared.InvalidInputException;
import id.suara.sop.CaseStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An institution's public statistics (issue 12, ADR 0040): the monitoring figures of a period, as staff read them but
 * without what only staff may read ({@link id.suara.monitoring.Dashboard#forPublic()}: no case numbers or titles, the
 * overdue cases only counted), with charts and tables and the definition of "answered on time" in plain words; below
 * them the counts since the start (by status, supporters, objections). The same figures as open data are {@link
 * PublicStatisticsCsvController}'s.
 */
@Controller
@PortalPage
class PublicStatisticsController {

    private final Institutions institutions;
    private final Monitoring monitoring;
    private final ReportPeriods periods;
    private final DashboardViews views;
    private final Supporters supporters;
    private final Clock clock;

    PublicStatisticsController(
            Institutions institutions,
            Monitoring monitoring,
            ReportPeriods periods,
            DashboardViews views,
            Supporters supporters,
            Clock clock) {
        this.institutions = institutions;
        this.monitoring = monitoring;
        this.periods = periods;
        this.views = views;
        this.supporters = supporters;
        this.clock = clock;
    }

    @GetMapping("/i/{code}/statistik")
    String statistics(
            @PathVariable String code,
            @RequestParam(required = false) String periode,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        var institution = InstitutionPageController.find(institutions, code);
        var key = periodKey(institution, periode, clock);
        ReportPeriod period = null;
        try {
            period = periods.parse(institution.id(), key);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", "period");
        }
        int year = period != null
                ? period.year()
                : LocalDate.ofInstant(clock.instant(), institution.zone()).getYear();
        model.addAttribute("institution", institution);
        model.addAttribute("key", key);
        model.addAttribute("period", period);
        model.addAttribute(
                "choices",
                periods.choices(institution.id(), year).stream()
                        .filter(p -> p.kind() != ReportPeriod.Kind.QUARTER)
                        .toList());
        model.addAttribute("years", List.of(year - 1, year + 1));
        model.addAttribute(
                "view",
                period == null
                        ? null
                        : views.view(
                                monitoring
                                        .dashboard(institution.id(), null, period)
                                        .forPublic(),
                                locale,
                                true));
        // all time from the tally's months, not a count of every case per request (ADR 0038)
        model.addAttribute("statistics", monitoring.allTime(institution.id()));
        model.addAttribute("support", supporters.statistics(institution.id()));
        model.addAttribute("statuses", List.copyOf(Arrays.asList(CaseStatus.values())));
        return "portal/statistics";
    }

    /** The period asked for, or the current year in the institution's zone. */
    static String periodKey(Institution institution, String periode, Clock clock) {
        return periode == null || periode.isBlank()
                ? Integer.toString(
                        LocalDate.ofInstant(clock.instant(), institution.zone()).getYear())
                : periode.strip();
    }
}
