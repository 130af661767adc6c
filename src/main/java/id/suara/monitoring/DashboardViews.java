package id.suara.monitoring;

import id.suara.institution.Institutions;
import id.suara.institution.Unit;
import id.suara.monitoring.Dashboard.Count;
import id.suara.monitoring.Dashboard.TrendPoint;
import id.suara.monitoring.DashboardView.OverdueRow;
import id.suara.monitoring.DashboardView.Row;
import id.suara.monitoring.DashboardView.StateRow;
import id.suara.monitoring.DashboardView.Timeliness;
import id.suara.monitoring.DashboardView.UnitRow;
import id.suara.monitoring.SvgCharts.Bar;
import id.suara.monitoring.SvgCharts.Pair;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Names a dashboard's keys in the reader's language and draws its charts ({@link DashboardView}, ADR 0040). */
@Service
public class DashboardViews {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yy", Locale.ROOT);

    private final MessageSource messages;
    private final SopVersions sops;
    private final Institutions institutions;

    DashboardViews(MessageSource messages, SopVersions sops, Institutions institutions) {
        this.messages = messages;
        this.sops = sops;
        this.institutions = institutions;
    }

    /**
     * The dashboard named for {@code locale}. Public views name steps as the complainant's tracking page does (the
     * step's public name) and hold no overdue cases; pass {@link Dashboard#forPublic()} for them.
     */
    public DashboardView view(Dashboard d, Locale locale, boolean publicView) {
        var units = new HashMap<String, String>();
        for (Unit u : institutions.units(d.institutionId())) {
            units.put(u.id().toString(), u.name());
        }
        Function<String, String> unitName = key -> key == null || key.isEmpty()
                ? message("web.monitoring.unit.none", locale)
                : units.getOrDefault(key, key);
        var definitions = new HashMap<UUID, SopDefinition>();
        Function<UUID, SopDefinition> definition = id -> definitions.computeIfAbsent(id, sops::definition);
        Function<UUID, String> sop =
                id -> id == null ? "" : definition.apply(id).title().in(locale);
        java.util.function.BiFunction<UUID, String, String> step = (id, code) -> {
            if (id == null || code == null) {
                return code == null ? "" : code;
            }
            return definition.apply(id).steps().stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst()
                    .map(s -> publicView && s.publicName() != null
                            ? s.publicName().in(locale)
                            : s.name().in(locale))
                    .orElse(code);
        };

        var byKind = rows(d.byKind(), k -> message("web.portal.kind." + k, locale));
        var byChannel = rows(d.byChannel(), k -> message("web.portal.channel." + k, locale));
        var byCategory = rows(
                d.byCategory(),
                k -> k.isEmpty()
                        ? message("web.monitoring.category.none", locale)
                        : messages.getMessage("recess.category." + k, null, k, locale));
        var byUnit = rows(d.byUnit(), unitName);
        var outcomes = rows(d.outcomes(), k -> message("web.office.status." + k, locale));

        var registered = d.registeredByState().stream()
                .map(s -> new StateRow(
                        sop.apply(s.sopVersionId()),
                        message("web.office.status." + s.status(), locale),
                        step.apply(s.sopVersionId(), s.step()),
                        s.open(),
                        s.n()))
                .toList();
        var openByStep = new LinkedHashMap<List<Object>, long[]>();
        for (var s : d.openNow()) {
            openByStep
                            .computeIfAbsent(
                                    java.util.Arrays.asList(s.sopVersionId(), s.step() == null ? "" : s.step()),
                                    k -> new long[1])[0] +=
                    s.n();
        }
        var openNowByStep = openByStep.entrySet().stream()
                .map(e -> {
                    var id = (UUID) e.getKey().get(0);
                    var code = (String) e.getKey().get(1);
                    return new StateRow(sop.apply(id), "", step.apply(id, code), true, e.getValue()[0]);
                })
                .sorted(java.util.Comparator.comparingLong(StateRow::n).reversed())
                .toList();
        var procedures = d.procedures().stream()
                .map(p -> new Timeliness(sop.apply(p.sopVersionId()), "", p.limitWorkingDays(), p.onTime(), p.late()))
                .toList();
        var steps = d.steps().stream()
                .map(s -> new Timeliness(
                        sop.apply(s.sopVersionId()),
                        step.apply(s.sopVersionId(), s.step()),
                        null,
                        s.onTime(),
                        s.late()))
                .toList();
        var perUnit = d.perUnit().stream()
                .map(u -> new UnitRow(
                        unitName.apply(u.unitId() == null ? "" : u.unitId().toString()), u))
                .toList();
        var overdue = d.overdue().stream()
                .map(o -> new OverdueRow(
                        o.caseId(),
                        o.registrationNumber(),
                        o.title(),
                        step.apply(o.sopVersionId(), o.step()),
                        o.dueAt(),
                        unitName.apply(o.unitId() == null ? "" : o.unitId().toString())))
                .toList();

        var from = d.period().from();
        var to = d.period().to();
        var weeks = filled(d.weeks(), from.with(java.time.DayOfWeek.MONDAY), to, java.time.Period.ofWeeks(1));
        var months = filled(d.months(), from.withDayOfMonth(1), to, java.time.Period.ofMonths(1));
        String firstSeries = message("web.monitoring.series.received", locale);
        String secondSeries = message("web.monitoring.series.finished", locale);
        String onTime = message("web.monitoring.series.on-time", locale);
        String late = message("web.monitoring.series.late", locale);
        var charts = new DashboardView.Charts(
                SvgCharts.bars("chart-kind", message("web.monitoring.by-kind", locale), bars(byKind)),
                SvgCharts.bars("chart-channel", message("web.monitoring.by-channel", locale), bars(byChannel)),
                SvgCharts.bars("chart-category", message("web.monitoring.by-category", locale), bars(byCategory)),
                SvgCharts.bars("chart-unit", message("web.monitoring.by-unit", locale), bars(byUnit)),
                SvgCharts.bars("chart-outcomes", message("web.monitoring.outcomes", locale), bars(outcomes)),
                SvgCharts.bars(
                        "chart-open",
                        message("web.monitoring.open-by-step", locale),
                        openNowByStep.stream()
                                .map(s -> new Bar(s.step() + " (" + s.sop() + ")", s.n()))
                                .toList()),
                SvgCharts.split(
                        "chart-procedures",
                        message("web.monitoring.procedures", locale),
                        onTime,
                        late,
                        procedures.stream()
                                .map(p -> new Pair(p.sop(), p.onTime(), p.late()))
                                .toList()),
                SvgCharts.split(
                        "chart-steps",
                        message("web.monitoring.steps", locale),
                        onTime,
                        late,
                        steps.stream()
                                .map(s -> new Pair(s.step() + " (" + s.sop() + ")", s.onTime(), s.late()))
                                .toList()),
                SvgCharts.columns(
                        "chart-weeks",
                        message("web.monitoring.weeks", locale),
                        firstSeries,
                        secondSeries,
                        trend(weeks, WEEK)),
                SvgCharts.columns(
                        "chart-months",
                        message("web.monitoring.months", locale),
                        firstSeries,
                        secondSeries,
                        trend(months, MONTH)));
        return new DashboardView(
                d,
                byKind,
                byChannel,
                byCategory,
                byUnit,
                outcomes,
                registered,
                openNowByStep,
                procedures,
                steps,
                perUnit,
                overdue,
                weeks,
                months,
                charts);
    }

    /**
     * Every week or month of the period, those without cases at zero: the core lists only those with some, and a trend
     * reads right only with the quiet ones in their places.
     */
    static List<TrendPoint> filled(
            List<TrendPoint> points, java.time.LocalDate first, java.time.LocalDate last, java.time.Period step) {
        var byStart = new HashMap<java.time.LocalDate, TrendPoint>();
        points.forEach(p -> byStart.put(p.start(), p));
        var out = new java.util.ArrayList<TrendPoint>();
        for (var start = first; !start.isAfter(last); start = start.plus(step)) {
            out.add(byStart.getOrDefault(start, new TrendPoint(start, 0, 0)));
        }
        return out;
    }

    private static List<Row> rows(List<Count> counts, Function<String, String> label) {
        return counts.stream()
                .map(c -> new Row(c.key(), label.apply(c.key()), c.n()))
                .toList();
    }

    private static List<Bar> bars(List<Row> rows) {
        return rows.stream().map(r -> new Bar(r.label(), r.value())).toList();
    }

    private static List<Pair> trend(List<TrendPoint> points, DateTimeFormatter format) {
        return points.stream()
                .map(p -> new Pair(format.format(p.start()), p.received(), p.finished()))
                .toList();
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code.substring(code.lastIndexOf('.') + 1), locale);
    }
}
