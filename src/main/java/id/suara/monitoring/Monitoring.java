package id.suara.monitoring;

import id.suara.casework.IkmElement;
import id.suara.casework.SatisfactionIndex;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.monitoring.Dashboard.Count;
import id.suara.monitoring.Dashboard.OverdueCase;
import id.suara.monitoring.Dashboard.ProcedureTimeliness;
import id.suara.monitoring.Dashboard.StateCount;
import id.suara.monitoring.Dashboard.StepTimeliness;
import id.suara.monitoring.Dashboard.TrendPoint;
import id.suara.monitoring.Dashboard.UnitFigures;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring figures of an institution or a unit for a period, read from the tallies the database keeps as cases
 * move (V102, ADR 0038): a handful of statements over at most a few thousand tally rows per year, whatever the number of
 * cases; only "open now" and the overdue list read the open cases themselves.
 */
@Service
public class Monitoring {

    /** How many overdue cases a dashboard lists; the count covers all. */
    public static final int OVERDUE_LIST = 50;

    /** The unit key of cases assigned to no unit, in the tallies. */
    static final UUID NO_UNIT = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final Clock clock;

    Monitoring(JdbcClient jdbc, Institutions institutions, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.clock = clock;
    }

    /**
     * The unit whose figures {@code staff} may read when asking for {@code requestedUnit} (null: the whole institution):
     * members of the institution (or a system administrator) with a role not bound to a unit read the institution and
     * any of its units; members whose roles are all unit-bound (organ members, liaison officers) read only their own
     * unit's, which is what they get when they ask for the whole institution and have one unit.
     */
    public UUID unitFor(StaffMember staff, UUID institutionId, UUID requestedUnit) {
        if (!staff.maySee(institutionId)) {
            throw new NotFoundException("No such institution");
        }
        if (requestedUnit != null
                && institutions
                        .findUnit(requestedUnit)
                        .filter(u -> u.institutionId().equals(institutionId))
                        .isEmpty()) {
            throw InvalidInputException.invalid("unit", "is not a unit of this institution");
        }
        boolean wholeInstitution = staff.holds(Role.SYSTEM_ADMIN)
                || staff.grants().stream().anyMatch(g -> !g.role().boundToUnit());
        if (wholeInstitution) {
            return requestedUnit;
        }
        var ownUnits = staff.grants().stream()
                .map(RoleGrant::unitId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (requestedUnit == null && ownUnits.size() == 1) {
            return ownUnits.getFirst();
        }
        if (requestedUnit != null && ownUnits.contains(requestedUnit)) {
            return requestedUnit;
        }
        throw new ForbiddenException("Only the figures of your own unit");
    }

    /** Every case of the institution since its first, by status now (merged duplicates included): from the tally's months. */
    @Transactional(readOnly = true)
    public AllTime allTime(UUID institutionId) {
        var byStatus = new LinkedHashMap<String, Long>();
        long[] total = new long[1];
        jdbc.sql("""
                        select value, sum(n) as n from monitoring_tally_month
                        where institution_id = :institution and unit_id = :unit and figure = 'state'
                        group by value
                        having sum(n) <> 0""").param("institution", institutionId).param("unit", NO_UNIT).query(rs -> {
            var status = rs.getString("value").split("\\|", -1)[1];
            byStatus.merge(status, rs.getLong("n"), Long::sum);
            total[0] += rs.getLong("n");
        });
        return new AllTime(total[0], byStatus);
    }

    /** The all-time counts: every case, and per status (enum name). */
    public record AllTime(long total, Map<String, Long> byStatus) {}

    /** The figures of the institution, or of one of its units when {@code unitId} is given, for the period. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(UUID institutionId, UUID unitId, ReportPeriod period) {
        institutions.get(institutionId);
        var now = clock.instant();
        var received = new Received();
        var finished = new Finished();
        var stepCounts = new LinkedHashMap<String, long[]>();
        long[] objections = new long[1];
        read(institutionId, unitId, period, received, finished, stepCounts, objections);
        readTrends(institutionId, unitId, period, received, finished);
        var steps = new ArrayList<StepTimeliness>();
        stepCounts.forEach((key, counts) -> {
            int bar = key.indexOf('|');
            steps.add(new StepTimeliness(
                    UUID.fromString(key.substring(0, bar)), key.substring(bar + 1), counts[0], counts[1]));
        });
        long objected = objections[0];
        var openNow = openNow(institutionId, unitId);
        var overdue = overdue(institutionId, unitId, now);
        long overdueCount = overdueCount(institutionId, unitId, now);
        var satisfaction = satisfaction(finished.ikm);

        var unitKeys = new java.util.TreeSet<String>(received.perUnit.keySet());
        unitKeys.addAll(finished.perUnit.keySet());
        var units = new ArrayList<UnitFigures>();
        for (var unit : unitKeys) {
            var r = received.perUnit.getOrDefault(unit, new long[6]);
            var f = finished.perUnit.getOrDefault(unit, new long[4]);
            units.add(new UnitFigures(
                    unit.isEmpty() ? null : UUID.fromString(unit),
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    f[0],
                    f[1],
                    f[2],
                    f[3]));
        }
        units.sort(Comparator.comparing(UnitFigures::received).reversed());

        var weeks = trend(received.weeks, finished.weeks);
        var months = trend(received.months, finished.months);
        return new Dashboard(
                institutionId,
                unitId,
                period,
                now,
                received.total,
                received.merged,
                counts(received.byKind),
                counts(received.byChannel),
                counts(received.byCategory),
                counts(received.byUnit),
                received.states,
                openNow,
                counts(finished.byOutcome),
                finished.onTime,
                finished.late,
                finished.percentile(0.5),
                finished.percentile(0.9),
                finished.procedures(),
                steps,
                objected,
                satisfaction,
                units,
                overdue,
                overdueCount,
                weeks,
                months);
    }

    private static final class Received {
        long total;
        long merged;
        final Map<String, Long> byKind = new LinkedHashMap<>();
        final Map<String, Long> byChannel = new LinkedHashMap<>();
        final Map<String, Long> byCategory = new LinkedHashMap<>();
        final Map<String, Long> byUnit = new LinkedHashMap<>();
        final List<StateCount> states = new ArrayList<>();
        /** received, aspirations, complaints, carbon copies, others, open. */
        final Map<String, long[]> perUnit = new HashMap<>();

        final Map<LocalDate, Long> weeks = new TreeMap<>();
        final Map<LocalDate, Long> months = new TreeMap<>();
    }

    private static final class Finished {
        final Map<String, Long> byOutcome = new LinkedHashMap<>();
        long onTime;
        long late;
        final TreeMap<Integer, Long> workingDays = new TreeMap<>();
        final Map<UUID, long[]> perProcedure = new LinkedHashMap<>();
        final Map<UUID, Double> limits = new HashMap<>();
        /** The returned questionnaires ("n") and their score sums per element ("U1".."U9"). */
        final Map<String, Long> ikm = new HashMap<>();

        /** answered, closed without answer, answered on time, answered late. */
        final Map<String, long[]> perUnit = new HashMap<>();

        final Map<LocalDate, Long> weeks = new TreeMap<>();
        final Map<LocalDate, Long> months = new TreeMap<>();

        /** The smallest number of working days within which at least the share {@code p} of outcomes came. */
        Double percentile(double p) {
            long total =
                    workingDays.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                return null;
            }
            long rank = (long) Math.ceil(p * total);
            long seen = 0;
            for (var entry : workingDays.entrySet()) {
                seen += entry.getValue();
                if (seen >= rank) {
                    return entry.getKey().doubleValue();
                }
            }
            return workingDays.lastKey().doubleValue();
        }

        List<ProcedureTimeliness> procedures() {
            var out = new ArrayList<ProcedureTimeliness>();
            perProcedure.forEach((version, counts) ->
                    out.add(new ProcedureTimeliness(version, limits.get(version), counts[0], counts[1])));
            return out;
        }
    }

    /**
     * Every figure of the period in one read of the tally: its rows of the institution (or the unit) between the
     * period's days, summed per figure and key (V102 describes the keys).
     */
    private void read(
            UUID institutionId,
            UUID unitId,
            ReportPeriod period,
            Received received,
            Finished finished,
            Map<String, long[]> steps,
            long[] objections) {
        // whole months from the monthly rows, the days before and after them from the daily rows
        var firstMonth = period.from().getDayOfMonth() == 1
                ? period.from()
                : period.from().withDayOfMonth(1).plusMonths(1);
        var afterLastMonth = period.to().plusDays(1).getDayOfMonth() == 1
                ? period.to().plusDays(1)
                : period.to().withDayOfMonth(1);
        boolean months = firstMonth.isBefore(afterLastMonth);
        var sql = months ? """
                select figure, value, sum(n) as n from (
                    select figure, value, n from monitoring_tally_month
                    where institution_id = :institution and unit_id = :unit and day >= :firstMonth
                      and day < :afterLastMonth
                    union all
                    select figure, value, n from monitoring_tally
                    where institution_id = :institution and unit_id = :unit
                      and (day between :from and :beforeFirstMonth or day between :afterLastMonth and :to)) t
                group by figure, value
                having sum(n) <> 0""" : """
                select figure, value, sum(n) as n from monitoring_tally
                where institution_id = :institution and unit_id = :unit and day between :from and :to
                group by figure, value
                having sum(n) <> 0""";
        jdbc.sql(sql)
                .param("institution", institutionId)
                .param("unit", unitId == null ? NO_UNIT : unitId)
                .param("from", period.from())
                .param("to", period.to())
                .param("firstMonth", firstMonth)
                .param("beforeFirstMonth", firstMonth.minusDays(1))
                .param("afterLastMonth", afterLastMonth)
                .query(rs -> {
                    long n = rs.getLong("n");
                    var parts = rs.getString("value").split("\\|", -1);
                    switch (rs.getString("figure")) {
                        case "kind" -> {
                            received.total += n;
                            if (Boolean.parseBoolean(parts[1])) {
                                received.merged += n;
                            }
                            received.byKind.merge(parts[0], n, Long::sum);
                        }
                        case "channel" -> received.byChannel.merge(parts[0], n, Long::sum);
                        case "category" -> received.byCategory.merge(parts[0], n, Long::sum);
                        case "state" ->
                            received.states.add(new StateCount(
                                    UUID.fromString(parts[0]), parts[1], parts[2], Boolean.parseBoolean(parts[3]), n));
                        case "unit" -> {
                            received.byUnit.merge(parts[0], n, Long::sum);
                            var figures = received.perUnit.computeIfAbsent(parts[0], u -> new long[6]);
                            figures[0] += n;
                            switch (parts[1]) {
                                case "ASPIRATION" -> figures[1] += n;
                                case "COMPLAINT" -> figures[2] += n;
                                case "CARBON_COPY" -> figures[3] += n;
                                default -> figures[4] += n;
                            }
                            if (Boolean.parseBoolean(parts[2])) {
                                figures[5] += n;
                            }
                        }
                        case "outcome" -> finished.byOutcome.merge(parts[0], n, Long::sum);
                        case "days" -> finished.workingDays.merge(Integer.parseInt(parts[0]), n, Long::sum);
                        case "procedure" -> {
                            var version = UUID.fromString(parts[0]);
                            var counts = finished.perProcedure.computeIfAbsent(version, v -> new long[2]);
                            if (Boolean.parseBoolean(parts[1])) {
                                counts[0] += n;
                                finished.onTime += n;
                            } else {
                                counts[1] += n;
                                finished.late += n;
                            }
                        }
                        case "unitout" -> {
                            var figures = finished.perUnit.computeIfAbsent(parts[0], u -> new long[4]);
                            if ("ANSWERED".equals(parts[1])) {
                                figures[0] += n;
                                figures[Boolean.parseBoolean(parts[2]) ? 2 : 3] += n;
                            } else {
                                figures[1] += n;
                            }
                        }
                        case "step" ->
                            steps.computeIfAbsent(parts[0] + "|" + parts[1], k -> new long[2])[
                                    Boolean.parseBoolean(parts[2]) ? 0 : 1] += n;
                        case "objected" -> objections[0] += n;
                        case "ikm" -> finished.ikm.merge(parts[0], n, Long::sum);
                        default -> {
                            // a figure of a later version: not shown by this one
                        }
                    }
                });
        received.states.sort(Comparator.comparing(StateCount::n).reversed());
        if (!finished.perProcedure.isEmpty()) {
            jdbc.sql("select id, answer_limit_days from sop_version where id in (:ids)")
                    .param("ids", finished.perProcedure.keySet())
                    .query(rs -> {
                        var limit = rs.getBigDecimal("answer_limit_days");
                        if (limit != null) {
                            finished.limits.put(rs.getObject("id", UUID.class), limit.doubleValue());
                        }
                    });
        }
    }

    /** Received and finished per day of the period, summed into weeks (from Monday) and months. */
    private void readTrends(
            UUID institutionId, UUID unitId, ReportPeriod period, Received received, Finished finished) {
        jdbc.sql("""
                        select day, figure, sum(n) as n from monitoring_tally
                        where institution_id = :institution and unit_id = :unit and day between :from and :to
                          and figure in ('kind', 'outcome')
                        group by day, figure
                        having sum(n) <> 0""")
                .param("institution", institutionId)
                .param("unit", unitId == null ? NO_UNIT : unitId)
                .param("from", period.from())
                .param("to", period.to())
                .query(rs -> {
                    var day = rs.getObject("day", LocalDate.class);
                    var week =
                            day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                    var month = day.withDayOfMonth(1);
                    long n = rs.getLong("n");
                    if ("kind".equals(rs.getString("figure"))) {
                        received.weeks.merge(week, n, Long::sum);
                        received.months.merge(month, n, Long::sum);
                    } else {
                        finished.weeks.merge(week, n, Long::sum);
                        finished.months.merge(month, n, Long::sum);
                    }
                });
    }

    private List<StateCount> openNow(UUID institutionId, UUID unitId) {
        return jdbc.sql("""
                        select sop_version_id, status, current_step, count(*) as n from case_file
                        where institution_id = :institution and closed_at is null""" + (unitId == null ? "" : " and assigned_unit_id = :unit") + """

                        group by sop_version_id, status, current_step
                        order by n desc, current_step""")
                .param("institution", institutionId)
                .param("unit", unitId == null ? NO_UNIT : unitId)
                .query((rs, n) -> new StateCount(
                        rs.getObject("sop_version_id", UUID.class),
                        rs.getString("status"),
                        rs.getString("current_step"),
                        true,
                        rs.getLong("n")))
                .list();
    }

    private List<OverdueCase> overdue(UUID institutionId, UUID unitId, Instant now) {
        return jdbc.sql("""
                        select id, registration_number, title, sop_version_id, current_step, assigned_unit_id,
                            step_due_at
                        from case_file
                        where institution_id = :institution and closed_at is null and step_due_at < :now""" + (unitId == null ? "" : " and assigned_unit_id = :unit") + """

                        order by step_due_at, id
                        limit :limit""")
                .param("institution", institutionId)
                .param("now", Timestamp.from(now))
                .param("unit", unitId == null ? NO_UNIT : unitId)
                .param("limit", OVERDUE_LIST)
                .query((rs, n) -> new OverdueCase(
                        rs.getObject("id", UUID.class),
                        rs.getString("registration_number"),
                        rs.getString("title"),
                        rs.getObject("sop_version_id", UUID.class),
                        rs.getString("current_step"),
                        rs.getObject("assigned_unit_id", UUID.class),
                        rs.getTimestamp("step_due_at").toInstant()))
                .list();
    }

    private long overdueCount(UUID institutionId, UUID unitId, Instant now) {
        return jdbc.sql("""
                        select count(*) from case_file
                        where institution_id = :institution and closed_at is null and step_due_at < :now""" + (unitId == null ? "" : " and assigned_unit_id = :unit"))
                .param("institution", institutionId)
                .param("now", Timestamp.from(now))
                .param("unit", unitId == null ? NO_UNIT : unitId)
                .query(Long.class)
                .single();
    }

    private static SatisfactionIndex satisfaction(Map<String, Long> ikm) {
        long respondents = ikm.getOrDefault("n", 0L);
        if (respondents == 0) {
            return SatisfactionIndex.fromSums(0, Map.of());
        }
        var sums = new EnumMap<IkmElement, Long>(IkmElement.class);
        for (var element : IkmElement.values()) {
            sums.put(element, ikm.getOrDefault(element.name(), 0L));
        }
        return SatisfactionIndex.fromSums(respondents, sums);
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<TrendPoint> trend(Map<LocalDate, Long> received, Map<LocalDate, Long> finished) {
        var starts = new TreeMap<LocalDate, long[]>();
        received.forEach((start, n) -> starts.computeIfAbsent(start, s -> new long[2])[0] += n);
        finished.forEach((start, n) -> starts.computeIfAbsent(start, s -> new long[2])[1] += n);
        var out = new ArrayList<TrendPoint>();
        starts.forEach((start, n) -> out.add(new TrendPoint(start, n[0], n[1])));
        return out;
    }
}
