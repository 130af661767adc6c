package id.suara.portal.web;

import id.suara.institution.Institutions;
import id.suara.monitoring.DashboardCsv;
import id.suara.monitoring.DashboardViews;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.ReportPeriods;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public statistics of a period as open data (ADR 0040): {@link DashboardCsv}'s columns, UTF-8, downloaded as
 * {@code statistik-<institution>-<period>.csv}. A period it cannot use is refused with the API's problem document naming
 * {@code period} (400), as a download has no page to show the error on.
 */
@RestController
class PublicStatisticsCsvController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Institutions institutions;
    private final Monitoring monitoring;
    private final ReportPeriods periods;
    private final DashboardViews views;
    private final Clock clock;

    PublicStatisticsCsvController(
            Institutions institutions,
            Monitoring monitoring,
            ReportPeriods periods,
            DashboardViews views,
            Clock clock) {
        this.institutions = institutions;
        this.monitoring = monitoring;
        this.periods = periods;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/i/{code}/statistik.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String code, @RequestParam(required = false) String periode, Locale locale) {
        var institution = InstitutionPageController.find(institutions, code);
        var period = periods.parse(institution.id(), PublicStatisticsController.periodKey(institution, periode, clock));
        var view =
                views.view(monitoring.dashboard(institution.id(), null, period).forPublic(), locale, true);
        var name = "statistik-" + institution.code() + "-" + period.key().replace("..", "_") + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(DashboardCsv.of(view).getBytes(StandardCharsets.UTF_8));
    }
}
