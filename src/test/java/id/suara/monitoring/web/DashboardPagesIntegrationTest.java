package id.suara.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.monitoring.Dashboard;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.ReportPeriod;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The staff dashboard, the public statistics and their open data, against {@link Monitoring#dashboard} (ADR 0040). */
@SuaraIntegrationTest
class DashboardPagesIntegrationTest {

    static final String TITLE = "Lampu jalan padam di Karanganyar";

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    Monitoring monitoring;

    @Autowired
    Institutions institutions;

    @Autowired
    Clock clock;

    @Autowired
    id.suara.monitoring.DashboardViews views;

    OfficeBrowser office;
    Institution kebumen;
    ReportPeriod thisYear;

    @BeforeEach
    void aComplaintThisYear() {
        office = new OfficeBrowser(mvc);
        kebumen = institutions.findByCode("dprd-kebumen").orElseThrow();
        thisYear = ReportPeriod.year(
                LocalDate.ofInstant(clock.instant(), kebumen.zone()).getYear());
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("title", TITLE);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
    }

    @Test
    void theStaffDashboardShowsTheFiguresOfTheMonitoringForTheSamePeriod() throws Exception {
        var session = office.signIn("kebumen.sekwan");
        var html = OfficeBrowser.body(office.open(session, "/kantor/pemantauan?periode=" + thisYear.key()));
        var d = monitoring.dashboard(kebumen.id(), null, thisYear);

        assertThat(d.received()).isPositive();
        assertThat(number(html, "received")).isEqualTo(d.received());
        assertThat(number(html, "open-now")).isEqualTo(d.openNowTotal());
        assertThat(number(html, "answered")).isEqualTo(d.answered());
        assertThat(number(html, "on-time")).isEqualTo(d.answeredOnTime());
        assertThat(number(html, "objected")).isEqualTo(d.objected());
        assertThat(number(html, "overdue-count")).isEqualTo(d.overdueCount());
        for (var kind : d.byKind()) {
            assertThat(number(html, "kind-" + kind.key())).as(kind.key()).isEqualTo(kind.n());
        }
        for (var channel : d.byChannel()) {
            assertThat(number(html, "channel-" + channel.key()))
                    .as(channel.key())
                    .isEqualTo(channel.n());
        }
        for (int i = 0; i < d.procedures().size(); i++) {
            assertThat(number(html, "procedure-" + i + "-on-time"))
                    .isEqualTo(d.procedures().get(i).onTime());
            assertThat(number(html, "procedure-" + i + "-late"))
                    .isEqualTo(d.procedures().get(i).late());
        }
        assertThat(html)
                .contains("id=\"chart-kind\"", "id=\"chart-weeks\"", "id=\"chart-months\"", "<details>", "<caption>")
                .contains("Tepat waktu berarti jawaban dikirim paling lambat")
                .contains("href=\"/kantor/pemantauan\"");
        assertThat(html.length()).as("bytes of the year's dashboard").isLessThan(120_000);
    }

    @Test
    void theOverdueListLinksEachCaseWithItsNumberTitleAndDueTimeForStaffOnly() throws Exception {
        var testClock = (id.suara.test.TestClock) clock;
        testClock.advance(java.time.Duration.ofDays(40)); // the complaint's first step is long past due
        try {
            var session = office.signIn("kebumen.sekwan");
            var d = monitoring.dashboard(kebumen.id(), null, ReportPeriod.year(thisYear.year()));
            var html = OfficeBrowser.body(office.open(session, "/kantor/pemantauan"));

            assertThat(d.overdue()).isNotEmpty();
            assertThat(number(html, "overdue-count")).isEqualTo(d.overdueCount());
            for (var overdue : d.overdue()) {
                assertThat(html)
                        .contains("href=\"/kantor/kasus/" + overdue.caseId() + "\"", overdue.registrationNumber());
            }
            assertThat(html).contains("id=\"overdue-list\"");
            var statistics = body("/i/dprd-kebumen/statistik");
            assertThat(number(statistics, "overdue-count")).isEqualTo(d.overdueCount());
            assertThat(statistics).doesNotContain(TITLE, d.overdue().getFirst().registrationNumber());
        } finally {
            testClock.reset();
        }
    }

    @Test
    void aMemberBoundToOneUnitSeesOnlyTheirUnitAndNoUnitPicker() throws Exception {
        var session = office.signIn("kebumen.komisia");
        var komisiA = api.unit("dprd-kebumen", "komisi-a");
        var html = OfficeBrowser.body(office.open(session, "/kantor/pemantauan"));
        var d = monitoring.dashboard(kebumen.id(), komisiA, thisYear);

        assertThat(html)
                .contains("id=\"unit-name\"", "href=\"/kantor/pemantauan/rekap\"")
                .doesNotContain("id=\"unit\"");
        assertThat(number(html, "received")).isEqualTo(d.received());
        var other = api.unit("dprd-kebumen", "pimpinan");
        assertThat(office.open(session, "/kantor/pemantauan?unit={u}", other)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aMemberOfTheWholeInstitutionPicksAUnit() throws Exception {
        var session = office.signIn("kebumen.sekwan");
        var komisiA = api.unit("dprd-kebumen", "komisi-a");
        var html = OfficeBrowser.body(office.open(session, "/kantor/pemantauan?unit={u}", komisiA));

        assertThat(html).contains("id=\"unit\"", "id=\"unit-name\"");
        assertThat(number(html, "received"))
                .isEqualTo(monitoring.dashboard(kebumen.id(), komisiA, thisYear).received());
    }

    @Test
    void theSystemAdministratorReadsAnyInstitutionNamedInTheAddress() throws Exception {
        var session = office.signIn("sysadmin");

        var html = OfficeBrowser.body(office.open(session, "/kantor/pemantauan?lembaga=dprd-kebumen"));

        assertThat(html)
                .contains(
                        "Sekretariat DPRD Kabupaten Kebumen",
                        "name=\"lembaga\" value=\"dprd-kebumen\"",
                        "href=\"/kantor/pemantauan/rekap?instansi=dprd-kebumen\"");
        assertThat(number(html, "received"))
                .isEqualTo(monitoring.dashboard(kebumen.id(), null, thisYear).received());
    }

    @Test
    void namesUsersTypedReachTheChartsOnlyEscaped() {
        var hostile = "<img src=x onerror=alert(1)>";
        var d = monitoring.dashboard(kebumen.id(), null, thisYear);
        var planted = new Dashboard(
                d.institutionId(),
                null,
                d.period(),
                d.computedAt(),
                1,
                0,
                d.byKind(),
                d.byChannel(),
                java.util.List.of(new Dashboard.Count(hostile, 1)),
                java.util.List.of(new Dashboard.Count("\"><script>alert(2)</script>", 1)),
                d.registeredByState(),
                d.openNow(),
                d.outcomes(),
                0,
                0,
                null,
                null,
                d.procedures(),
                d.steps(),
                0,
                d.satisfaction(),
                d.perUnit(),
                java.util.List.of(),
                0,
                d.weeks(),
                d.months());

        var view = views.view(planted, java.util.Locale.forLanguageTag("id"), true);

        assertThat(view.charts().byCategory()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(view.charts().byUnit()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void anOutsiderAskingForAnotherInstitutionFindsNone() throws Exception {
        var session = office.signIn("kukar.umum");

        var result = office.open(session, "/kantor/pemantauan?lembaga=dprd-kebumen");

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(OfficeBrowser.body(result)).doesNotContain("id=\"received\"");
    }

    @Test
    void aPeriodThePageCannotUseIsShownNextToThePickerWith400() throws Exception {
        var session = office.signIn("kebumen.sekwan");
        for (var query : new String[] {
            "periode=kemarin",
            "periode=2026-13",
            "dari=2026-03-01&sampai=2026-01-01",
            "dari=2026-02-30&sampai=2026-03-01"
        }) {
            var result = office.open(session, "/kantor/pemantauan?" + query);
            assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
            assertThat(OfficeBrowser.body(result))
                    .as(query)
                    .contains("id=\"periode-error\"", "aria-invalid=\"true\"")
                    .doesNotContain("id=\"received\"");
        }
    }

    @Test
    void aDateRangeFromTheTwoDateFieldsIsTheDashboardOfThoseDays() throws Exception {
        var session = office.signIn("kebumen.sekwan");
        var from = thisYear.from();
        var to = LocalDate.ofInstant(clock.instant(), kebumen.zone());

        var html = OfficeBrowser.body(office.open(session, "/kantor/pemantauan?dari=" + from + "&sampai=" + to));

        assertThat(number(html, "received"))
                .isEqualTo(monitoring
                        .dashboard(kebumen.id(), null, ReportPeriod.range(from, to))
                        .received());
    }

    @Test
    void thePublicStatisticsShowTheFiguresOfThePeriodWithoutAnyCaseTitle() throws Exception {
        var html = body("/i/dprd-kebumen/statistik?periode=" + thisYear.key());
        var d = monitoring.dashboard(kebumen.id(), null, thisYear).forPublic();

        assertThat(number(html, "received")).isEqualTo(d.received());
        assertThat(number(html, "answered")).isEqualTo(d.answered());
        assertThat(number(html, "overdue-count")).isEqualTo(d.overdueCount());
        assertThat(html)
                .doesNotContain(TITLE, "Siti Aminah", "/kantor/kasus/", "id=\"overdue-list\"")
                .contains("id=\"chart-kind\"", "Tepat waktu berarti", "statistik.csv?periode=" + thisYear.key());
        assertThat(html.getBytes(StandardCharsets.UTF_8).length)
                .as("bytes of the public statistics of a year (their budget: 48 KB)")
                .isLessThan(48 * 1024);
        assertThat(body("/i/dprd-kebumen/statistik?lang=en")).contains("On time means");
    }

    @Test
    void thePublicStatisticsRefuseAPeriodTheyCannotUseNextToThePicker() throws Exception {
        var response = mvc.perform(get("/i/dprd-kebumen/statistik?periode=masa-sidang-1999-9"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"periode-error\"");
    }

    @Test
    void theOpenDataCsvHoldsTheDashboardsFiguresOneARowAsAnAttachment() throws Exception {
        var response = mvc.perform(get("/i/dprd-kebumen/statistik.csv?periode=" + thisYear.key()))
                .andReturn()
                .getResponse();
        var d = monitoring.dashboard(kebumen.id(), null, thisYear).forPublic();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("statistik-dprd-kebumen-" + thisYear.key() + ".csv");
        var csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("section,key,label,value\r\n").doesNotContain(TITLE, "Siti Aminah");
        var values = values(csv);
        assertThat(values.get("summary/received")).isEqualTo(Long.toString(d.received()));
        assertThat(values.get("summary/answered_on_time")).isEqualTo(Long.toString(d.answeredOnTime()));
        assertThat(values.get("summary/overdue")).isEqualTo(Long.toString(d.overdueCount()));
        for (Dashboard.Count kind : d.byKind()) {
            assertThat(values.get("kind/" + kind.key())).isEqualTo(Long.toString(kind.n()));
        }
        for (var month : d.months()) {
            assertThat(values.get("month_received/" + month.start())).isEqualTo(Long.toString(month.received()));
        }
    }

    @Test
    void theOpenDataCsvRefusesABadPeriodNamingIt() throws Exception {
        var response = mvc.perform(get("/i/dprd-kebumen/statistik.csv?periode=nanti"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("period");
    }

    String body(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static long number(String html, String id) {
        var matcher =
                Pattern.compile("id=\"" + Pattern.quote(id) + "\">(\\d+)<").matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The CSV's values by section and key (simple rows: no quoted commas in keys). */
    static Map<String, String> values(String csv) {
        var out = new HashMap<String, String>();
        for (var line : csv.split("\r\n")) {
            var cells = line.split(",");
            out.put(cells[0] + "/" + cells[1], cells[cells.length - 1]);
        }
        return out;
    }

    static UUID id(String text) {
        return UUID.fromString(text);
    }
}
