package id.suara.monitoring;

import id.suara.shared.CsvCells;
import java.util.Locale;

/**
 * A public dashboard as open data (ADR 0040): CSV in UTF-8, a header row, then one row a figure with the columns
 * {@code section,key,label,value}. {@code section} names the group of figures (summary, kind, channel, category, unit,
 * outcome, open_now, procedure_on_time, procedure_late, step_on_time, step_late, week_received, week_finished,
 * month_received, month_finished); {@code key} is stable (an enum name, a category code, a unit id, an SOP version id
 * with a step code, a date); {@code label} is the key named in the reader's language; {@code value} a number, with a
 * point for decimals, empty when there is none (a median without outcomes).
 */
public final class DashboardCsv {

    public static final String HEADER = "section,key,label,value";

    private DashboardCsv() {}

    public static String of(DashboardView view) {
        var d = view.dashboard();
        var csv = new StringBuilder(4096).append(HEADER).append("\r\n");
        row(
                csv,
                "summary",
                "period",
                d.period().key(),
                d.period().from() + ".." + d.period().to());
        row(csv, "summary", "received", "received", d.received());
        row(csv, "summary", "merged", "merged", d.merged());
        row(csv, "summary", "open_now", "open now", d.openNowTotal());
        row(csv, "summary", "answered", "answered", d.answered());
        row(csv, "summary", "answered_on_time", "answered on time", d.answeredOnTime());
        row(csv, "summary", "answered_late", "answered late", d.answeredLate());
        row(csv, "summary", "median_working_days", "median working days", decimal(d.medianWorkingDays()));
        row(csv, "summary", "p90_working_days", "90th percentile working days", decimal(d.p90WorkingDays()));
        row(csv, "summary", "objected", "objections", d.objected());
        row(csv, "summary", "overdue", "overdue now", d.overdueCount());
        var ikm = d.satisfaction();
        row(csv, "summary", "ikm_respondents", "IKM respondents", ikm == null ? 0 : ikm.respondents());
        row(
                csv,
                "summary",
                "ikm",
                "IKM",
                ikm == null || ikm.ikm() == null
                        ? ""
                        : ikm.ikm().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        view.byKind().forEach(r -> row(csv, "kind", r.key(), r.label(), r.value()));
        view.byChannel().forEach(r -> row(csv, "channel", r.key(), r.label(), r.value()));
        view.byCategory().forEach(r -> row(csv, "category", r.key(), r.label(), r.value()));
        view.byUnit().forEach(r -> row(csv, "unit", r.key(), r.label(), r.value()));
        view.outcomes().forEach(r -> row(csv, "outcome", r.key(), r.label(), r.value()));
        for (int i = 0; i < d.procedures().size(); i++) {
            var p = d.procedures().get(i);
            var label = view.procedures().get(i).sop();
            row(csv, "procedure_on_time", p.sopVersionId().toString(), label, p.onTime());
            row(csv, "procedure_late", p.sopVersionId().toString(), label, p.late());
        }
        for (int i = 0; i < d.steps().size(); i++) {
            var s = d.steps().get(i);
            var t = view.steps().get(i);
            var key = s.sopVersionId() + "/" + s.step();
            row(csv, "step_on_time", key, t.step() + " (" + t.sop() + ")", s.onTime());
            row(csv, "step_late", key, t.step() + " (" + t.sop() + ")", s.late());
        }
        for (var s : d.openNow()) {
            var key = s.sopVersionId() + "/" + s.status() + "/" + (s.step() == null ? "" : s.step());
            row(csv, "open_now", key, s.status() + " " + (s.step() == null ? "" : s.step()), s.n());
        }
        for (var w : view.weeks()) {
            row(csv, "week_received", w.start().toString(), w.start().toString(), w.received());
            row(csv, "week_finished", w.start().toString(), w.start().toString(), w.finished());
        }
        for (var m : view.months()) {
            row(csv, "month_received", m.start().toString(), m.start().toString(), m.received());
            row(csv, "month_finished", m.start().toString(), m.start().toString(), m.finished());
        }
        return csv.toString();
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void row(StringBuilder csv, String section, String key, String label, Object value) {
        csv.append(section)
                .append(',')
                .append(field(key))
                .append(',')
                .append(field(label))
                .append(',')
                .append(field(String.valueOf(value)))
                .append("\r\n");
    }

    /** A field: a number as it is, any other text as {@link CsvCells#cell} writes it. */
    static String field(String text) {
        var value = text == null ? "" : text;
        return value.matches("-?\\d+(\\.\\d+)?") ? value : CsvCells.cell(value);
    }
}
