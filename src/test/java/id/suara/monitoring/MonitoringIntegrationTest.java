package id.suara.monitoring;

import static id.suara.test.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.TimeLimit;
import id.suara.casework.IkmElement;
import id.suara.institution.Institutions;
import id.suara.sop.SopVersions;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring figures (ADR 0038) against an independent count: cases of Demak registered in 2034 (a year no other
 * test uses) are answered on time and late, left open, merged, reopened by an objection and surveyed; every figure of
 * the dashboard is then recounted from the cases and their histories by SQL and by the working calendar in Java — not
 * from the tallies — and the tallies kept by the triggers equal a full rebuild.
 */
@SuaraIntegrationTest
class MonitoringIntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Monday 6 February 2034, 08:00 WIB. */
    private static final Instant START =
            OffsetDateTime.parse("2034-02-06T08:00:00+07:00").toInstant();

    private static final String ADMIN = "demak.admin-koordinator";
    private static final String LIAISON = "demak.penghubung-dpupr";

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Monitoring monitoring;

    @Autowired
    ReportPeriods periods;

    @Autowired
    Institutions institutions;

    @Autowired
    InstitutionCalendars calendars;

    @Autowired
    SopVersions sopVersions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Submitted(String trackingNumber, String accessCode, String caseId) {}

    private Submitted submit(String kind, String channel) {
        var submission = Api.webSubmission("diskominfo-demak");
        submission.put("kind", kind);
        submission.remove("complainant");
        submission.put("anonymous", true);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        String caseId = jdbc.sql("select id::text from case_file where tracking_number = ?")
                .param(trackingNumber)
                .query(String.class)
                .single();
        return new Submitted(trackingNumber, submitted.get("accessCode"), caseId);
    }

    private void forward(Submitted s) {
        expect200(api.check(ADMIN, s.caseId(), Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true)));
        expect200(api.act(ADMIN, s.caseId(), "accept", Map.of()));
        expect200(api.act(ADMIN, s.caseId(), "verify", Map.of()));
        expect200(api.act(
                ADMIN,
                s.caseId(),
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString())));
    }

    private void answer(Submitted s, boolean close) {
        expect200(api.act(LIAISON, s.caseId(), "answer", Map.of()));
        expect200(api.act(LIAISON, s.caseId(), "send-answer", Map.of()));
        expect200(api.act(ADMIN, s.caseId(), "accept", Map.of("publicAnswer", "Jalan diperbaiki pekan depan.")));
        if (close) {
            expect200(api.act(ADMIN, s.caseId(), "record-and-archive", Map.of()));
        }
    }

    private static void expect200(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    private Response postJson(Submitted s, String path, Object body) {
        return api.send(post("/api/v1/submissions/{tn}/" + path, s.trackingNumber())
                .header("X-Access-Code", s.accessCode())
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body)));
    }

    /** Seeds the year: answered on time, answered late, open, merged, reopened, surveyed; once per test JVM. */
    private synchronized void seed() {
        long seeded = jdbc.sql("select count(*) from case_file c join institution i on i.id = c.institution_id"
                        + " where i.code = 'diskominfo-demak' and c.registered_at >= '2034-01-01' and"
                        + " c.registered_at < '2035-01-01'")
                .query(Long.class)
                .single();
        if (seeded > 0) {
            return;
        }
        clock.set(START);
        var quick = submit("COMPLAINT", "WEB");
        forward(quick);
        answer(quick, true);
        var scores = new LinkedHashMap<String, Object>();
        for (var element : IkmElement.values()) {
            scores.put(element.name(), element.ordinal() % 2 == 0 ? 4 : 3);
        }
        assertThat(postJson(quick, "survey", Map.of("scores", scores, "solved", true))
                        .status())
                .isEqualTo(201);

        var slow = submit("ASPIRATION", "WEB");
        forward(slow);
        clock.advance(Duration.ofDays(40));
        answer(slow, true);

        clock.set(START.plus(Duration.ofDays(7)));
        var open = submit("COMPLAINT", "WEB");
        var main = submit("CARBON_COPY", "WEB");
        var duplicate = submit("COMPLAINT", "WEB");
        var merge = api.send(as(
                ADMIN,
                post("/api/v1/cases/{id}/merge", duplicate.caseId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of(
                                "mainCaseId",
                                main.caseId(),
                                "version",
                                jdbc.sql("select version from case_file where id = ?::uuid")
                                        .param(duplicate.caseId())
                                        .query(Integer.class)
                                        .single(),
                                "note",
                                "Perkara yang sama")))));
        assertThat(merge.status()).as(merge.raw()).isEqualTo(200);
        assertThat(open).isNotNull();

        clock.set(START.plus(Duration.ofDays(14)));
        var reopened = submit("COMPLAINT", "WEB");
        forward(reopened);
        answer(reopened, true);
        clock.advance(Duration.ofDays(3));
        assertThat(postJson(reopened, "objection", Map.of("reason", "Belum diperbaiki."))
                        .status())
                .isEqualTo(201);
        clock.reset();
    }

    private UUID demak() {
        return institutions.findByCode("diskominfo-demak").orElseThrow().id();
    }

    private static final String YEAR_CASES = """
            from case_file c where c.institution_id = :institution
              and (c.registered_at at time zone 'Asia/Jakarta')::date between :from and :to""";

    private Map<String, Long> countBy(String column, UUID unit) {
        var out = new TreeMap<String, Long>();
        jdbc.sql("select " + column + " as k, count(*) as n " + YEAR_CASES
                        + (unit == null ? "" : " and c.assigned_unit_id = :unit") + " group by 1")
                .param("institution", demak())
                .param("from", LocalDate.of(2034, 1, 1))
                .param("to", LocalDate.of(2034, 12, 31))
                .param("unit", unit == null ? new UUID(0, 0) : unit)
                .query(rs -> {
                    out.put(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n"));
                });
        return out;
    }

    private static Map<String, Long> asMap(List<Dashboard.Count> counts) {
        var out = new TreeMap<String, Long>();
        counts.forEach(c -> out.put(c.key(), c.n()));
        return out;
    }

    @Test
    void receivedCasesPerKindChannelCategoryUnitAndStateEqualACountOfTheCasesRegisteredInThePeriod() {
        seed();
        var dashboard = monitoring.dashboard(demak(), null, ReportPeriod.year(2034));

        assertThat(dashboard.received()).isEqualTo(countBy("'all'", null).get("all"));
        assertThat(dashboard.received()).isEqualTo(6);
        assertThat(dashboard.merged())
                .isEqualTo(countBy("(c.merged_into is not null)::text", null).getOrDefault("true", 0L))
                .isEqualTo(1);
        assertThat(asMap(dashboard.byKind())).isEqualTo(countBy("c.kind", null));
        assertThat(asMap(dashboard.byChannel())).isEqualTo(countBy("c.channel", null));
        assertThat(asMap(dashboard.byCategory())).isEqualTo(countBy("coalesce(c.category, '')", null));
        assertThat(asMap(dashboard.byUnit())).isEqualTo(countBy("coalesce(c.assigned_unit_id::text, '')", null));
        var states = new TreeMap<String, Long>();
        dashboard
                .registeredByState()
                .forEach(s -> states.merge(
                        s.sopVersionId() + "|" + s.status() + "|" + s.step() + "|" + s.open(), s.n(), Long::sum));
        assertThat(states)
                .isEqualTo(countBy(
                        "c.sop_version_id || '|' || c.status || '|' || c.current_step || '|'"
                                + " || (c.closed_at is null and c.merged_into is null)::text",
                        null));
        var months = new TreeMap<String, Long>();
        dashboard.months().stream()
                .filter(p -> p.received() > 0)
                .forEach(p -> months.put(p.start().toString(), p.received()));
        assertThat(months)
                .isEqualTo(countBy(
                        "date_trunc('month', (c.registered_at at time zone 'Asia/Jakarta')::date)::date::text", null));
    }

    private Map<String, Long> countBetween(String column, LocalDate from, LocalDate to) {
        var out = new TreeMap<String, Long>();
        jdbc.sql("select " + column + " as k, count(*) as n " + YEAR_CASES + " group by 1")
                .param("institution", demak())
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    out.put(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n"));
                });
        return out;
    }

    @Test
    void aPeriodOfWholeMonthsAndDaysAtItsEdgesCountsExactlyTheCasesOfItsDays() {
        seed();
        // from a Wednesday in February to a day in March: the days before 1 March, and March's first ten days
        for (var period : List.of(
                ReportPeriod.range(LocalDate.of(2034, 2, 8), LocalDate.of(2034, 3, 10)),
                ReportPeriod.range(LocalDate.of(2034, 1, 20), LocalDate.of(2034, 2, 28)),
                ReportPeriod.range(LocalDate.of(2034, 2, 13), LocalDate.of(2034, 2, 20)),
                ReportPeriod.quarter(2034, 1))) {
            var dashboard = monitoring.dashboard(demak(), null, period);

            assertThat(asMap(dashboard.byKind()))
                    .as(period.key())
                    .isEqualTo(countBetween("c.kind", period.from(), period.to()));
            assertThat(dashboard.received())
                    .as(period.key())
                    .isEqualTo(countBetween("'all'", period.from(), period.to()).getOrDefault("all", 0L));
        }
        assertThat(monitoring
                        .dashboard(
                                demak(), null, ReportPeriod.range(LocalDate.of(2034, 2, 13), LocalDate.of(2034, 2, 19)))
                        .received())
                .as("the second week's cases only")
                .isEqualTo(3);
    }

    /** Working days after the registration date up to the outcome date, by the institution's calendar in Java. */
    private int workingDays(Instant from, Instant to) {
        var calendar = calendars.forInstitution(demak());
        int days = 0;
        for (var d = from.atZone(WIB).toLocalDate().plusDays(1);
                !d.isAfter(to.atZone(WIB).toLocalDate());
                d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    /** The procedure's limit as ADR 0038 defines it, from the SOP definition in Java. */
    private Double limitDays(UUID sopVersionId) {
        double sum = 0;
        boolean any = false;
        for (var step : sopVersions.definition(sopVersionId).steps()) {
            if (step.terminal() || step.number() == null || step.timeLimit() == null) {
                continue;
            }
            if (!List.of("REGISTERED", "IN_PROGRESS", "RETURNED")
                    .contains(step.status().name())) {
                continue;
            }
            any = true;
            TimeLimit limit = step.timeLimit();
            sum += switch (limit.unit()) {
                case MINUTES -> limit.amount() / 480.0;
                case HOURS -> limit.amount() / 8.0;
                case WORKING_DAYS -> limit.amount();
                case CALENDAR_DAYS -> limit.amount() * 5 / 7.0;
            };
        }
        return any ? Math.ceil(sum - 1e-9) : null;
    }

    @Test
    void outcomesTimelinessAndHandlingTimeEqualARecountFromTheCasesAndTheWorkingCalendar() {
        seed();
        var dashboard = monitoring.dashboard(demak(), null, ReportPeriod.year(2034));

        var outcomes = new TreeMap<String, Long>();
        var days = new ArrayList<Integer>();
        long onTime = 0;
        long late = 0;
        var rows = jdbc.sql("select c.registered_at, c.answered_at, c.closed_at, c.status, c.sop_version_id "
                        + YEAR_CASES.replace(
                                "c.registered_at at time zone",
                                "coalesce(c.answered_at, c.closed_at)" + " at time zone")
                        + " and c.merged_into is null and coalesce(c.answered_at, c.closed_at) is not null")
                .param("institution", demak())
                .param("from", LocalDate.of(2034, 1, 1))
                .param("to", LocalDate.of(2034, 12, 31))
                .query((rs, n) -> new Object[] {
                    rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2),
                    rs.getTimestamp(3),
                    rs.getString(4),
                    rs.getObject(5, UUID.class)
                })
                .list();
        for (var row : rows) {
            var answered = (Timestamp) row[1];
            var finish = answered != null ? answered.toInstant() : ((Timestamp) row[2]).toInstant();
            outcomes.merge(answered != null ? "ANSWERED" : (String) row[3], 1L, Long::sum);
            int d = workingDays((Instant) row[0], finish);
            days.add(d);
            if (answered != null) {
                var limit = limitDays((UUID) row[4]);
                if (limit == null || d <= limit) {
                    onTime++;
                } else {
                    late++;
                }
            }
        }
        days.sort(null);

        assertThat(asMap(dashboard.outcomes())).isEqualTo(outcomes);
        assertThat(dashboard.answeredOnTime()).isEqualTo(onTime).isEqualTo(2);
        assertThat(dashboard.answeredLate()).isEqualTo(late).isEqualTo(1);
        assertThat(dashboard.medianWorkingDays())
                .isEqualTo(days.get((int) Math.ceil(0.5 * days.size()) - 1).doubleValue());
        assertThat(dashboard.p90WorkingDays())
                .isEqualTo(days.get((int) Math.ceil(0.9 * days.size()) - 1).doubleValue());
    }

    @Test
    void stepsOnTimeAndLateObjectionsAndTheIndexEqualARecountFromTheHistories() {
        seed();
        var dashboard = monitoring.dashboard(demak(), null, ReportPeriod.year(2034));

        var expected = new TreeMap<String, long[]>();
        long[] objections = new long[1];
        jdbc.sql("""
                        select c.sop_version_id, e.from_step, e.to_step, e.action, e.occurred_at,
                            (select p.due_at from case_event p where p.case_id = e.case_id and p.seq < e.seq
                             order by p.seq desc limit 1) as due
                        from case_event e join case_file c on c.id = e.case_id
                        where c.institution_id = :institution
                          and (e.occurred_at at time zone 'Asia/Jakarta')::date between :from and :to""")
                .param("institution", demak())
                .param("from", LocalDate.of(2034, 1, 1))
                .param("to", LocalDate.of(2034, 12, 31))
                .query(rs -> {
                    if ("complainant-objected".equals(rs.getString("action"))) {
                        objections[0]++;
                        return;
                    }
                    var from = rs.getString("from_step");
                    var to = rs.getString("to_step");
                    if (from == null || to == null || from.equals(to)) {
                        return;
                    }
                    var due = rs.getTimestamp("due");
                    boolean onTime =
                            due == null || !rs.getTimestamp("occurred_at").after(due);
                    expected.computeIfAbsent(rs.getObject("sop_version_id") + "/" + from, k -> new long[2])[
                            onTime ? 0 : 1]++;
                });
        var actual = new TreeMap<String, long[]>();
        dashboard
                .steps()
                .forEach(s -> actual.put(s.sopVersionId() + "/" + s.step(), new long[] {s.onTime(), s.late()}));

        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual.values().stream().mapToLong(c -> c[1]).sum())
                .as("the slow case's steps were late")
                .isPositive();
        assertThat(dashboard.objected()).isEqualTo(objections[0]).isEqualTo(1);
        assertThat(dashboard.satisfaction().respondents()).isEqualTo(1);
    }

    @Test
    void aUnitsFiguresCountOnlyTheCasesAssignedToItAndAUnitBoundMemberGetsOnlyTheirs() {
        seed();
        var dpupr = api.unit("diskominfo-demak", "dpupr");
        var dashboard = monitoring.dashboard(demak(), dpupr, ReportPeriod.year(2034));

        assertThat(dashboard.received())
                .isEqualTo(countBy("'all'", dpupr).get("all"))
                .isEqualTo(3);
        assertThat(asMap(dashboard.byKind())).isEqualTo(countBy("c.kind", dpupr));

        var own = api.send(as(
                LIAISON, get("/api/v1/institutions/diskominfo-demak/dashboard").param("period", "2034")));
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.<Integer>get("received")).isEqualTo(3);
        assertThat(own.<String>get("unitId")).isEqualTo(dpupr.toString());
        var other = api.send(as(
                LIAISON,
                get("/api/v1/institutions/diskominfo-demak/dashboard")
                        .param("period", "2034")
                        .param("unit", api.unit("diskominfo-demak", "dinkes").toString())));
        assertThat(other.status()).isEqualTo(403);
        var outsider = api.send(as(
                "kebumen.sekwan",
                get("/api/v1/institutions/diskominfo-demak/dashboard").param("period", "2034")));
        assertThat(outsider.status()).isEqualTo(404);
    }

    @Test
    void aMalformedOrUnknownPeriodIsRefusedNamingThePeriod() {
        for (var period : List.of("2034-13", "kemarin", "2034-05-01..2034-04-01", "masa-sidang-2034-3")) {
            var refused = api.send(as(
                    ADMIN,
                    get("/api/v1/institutions/diskominfo-demak/dashboard").param("period", period)));
            assertThat(refused.status()).as(period).isEqualTo(400);
            assertThat(refused.errorFields()).as(period).containsExactly("period");
        }
    }

    @Test
    void periodsAreReadFromTheirKeysAndTheDprdCalendar() {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        assertThat(periods.parse(kebumen, "2034-q2").from()).isEqualTo(LocalDate.of(2034, 4, 1));
        assertThat(periods.parse(kebumen, "2034-q2").to()).isEqualTo(LocalDate.of(2034, 6, 30));
        assertThat(periods.parse(kebumen, "2034-02").to()).isEqualTo(LocalDate.of(2034, 2, 28));
        var choices = periods.choices(kebumen, LocalDate.now(WIB).getYear());
        var session = choices.stream()
                .filter(p -> p.kind() == ReportPeriod.Kind.SESSION)
                .findFirst()
                .orElseThrow();
        assertThat(periods.parse(kebumen, session.key())).isEqualTo(session);
    }

    @Test
    void aCategoryGivenByStaffIsRecordedAndCountedUnderItAndAnUnknownOneIsRefusedNamingTheCategory() {
        clock.set(OffsetDateTime.parse("2037-03-05T09:00:00+07:00").toInstant());
        var s = submit("COMPLAINT", "WEB");
        clock.reset();
        var year = ReportPeriod.year(2037);
        var before = asMap(monitoring.dashboard(demak(), null, year).byCategory());

        var set = api.send(as(
                ADMIN,
                put("/api/v1/cases/{id}/category", s.caseId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"health\"}")));

        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.<String>get("category")).isEqualTo("HEALTH");
        List<Map<String, Object>> history = set.get("history");
        assertThat(history).anySatisfy(e -> assertThat(e.get("action")).isEqualTo("categorized"));
        var after = asMap(monitoring.dashboard(demak(), null, year).byCategory());
        assertThat(after.getOrDefault("HEALTH", 0L)).isEqualTo(before.getOrDefault("HEALTH", 0L) + 1);
        assertThat(after.getOrDefault("", 0L)).isEqualTo(before.getOrDefault("", 0L) - 1);
        var unknown = api.send(as(
                ADMIN,
                put("/api/v1/cases/{id}/category", s.caseId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"ROADS\"}")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("category");
        assertThat(asMap(monitoring.dashboard(demak(), null, year).byCategory()))
                .isEqualTo(after);
    }

    private Map<String, Long> tallies() {
        var out = new HashMap<String, Long>();
        for (var table : List.of("monitoring_tally", "monitoring_tally_month")) {
            jdbc.sql("select institution_id, unit_id, day, figure, value, n from " + table + " where n <> 0")
                    .query(rs -> {
                        out.put(
                                table + "/" + rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/"
                                        + rs.getString(4) + "/" + rs.getString(5),
                                rs.getLong(6));
                    });
        }
        return out;
    }

    @Test
    void theTalliesKeptAsCasesMoveEqualARebuildFromEveryCaseAndHistory() {
        seed();
        var kept = tallies();

        jdbc.sql("select suara_rebuild_tallies()").query().singleValue();

        assertThat(tallies()).isEqualTo(kept);
        assertThat(kept).isNotEmpty();
    }
}
