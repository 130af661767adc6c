package id.suara.monitoring;

import id.suara.monitoring.Dashboard.UnitFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A {@link Dashboard} with every key named in the reader's language (kinds, channels, statuses, SOP titles, step names,
 * unit names) and its charts drawn ({@link SvgCharts}); what the staff page, the public statistics page and the open
 * data CSV show (ADR 0040). Labels are plain text; the charts are SVG text with every label escaped.
 */
public record DashboardView(
        Dashboard dashboard,
        List<Row> byKind,
        List<Row> byChannel,
        List<Row> byCategory,
        List<Row> byUnit,
        List<Row> outcomes,
        List<StateRow> registeredByState,
        List<StateRow> openNowByStep,
        List<Timeliness> procedures,
        List<Timeliness> steps,
        List<UnitRow> perUnit,
        List<OverdueRow> overdue,
        List<Dashboard.TrendPoint> weeks,
        List<Dashboard.TrendPoint> months,
        Charts charts) {

    /** A figure under a key, with the key's name. */
    public record Row(String key, String label, long value) {}

    /** Cases of one SOP at one status and step ({@code status} empty when summed over statuses). */
    public record StateRow(String sop, String status, String step, boolean open, long n) {}

    /**
     * Answers (per SOP, {@code step} empty) or steps done, on time and late; {@code limitWorkingDays} the procedure's
     * limit for an SOP, null for a step or when the SOP sets none.
     */
    public record Timeliness(String sop, String step, Double limitWorkingDays, long onTime, long late) {

        public long total() {
            return onTime + late;
        }

        /** The share on time in whole percent; null without any. */
        public Long percentOnTime() {
            return percent(onTime, late);
        }
    }

    /** One unit's figures with its name. */
    public record UnitRow(String label, UnitFigures figures) {}

    /** An overdue case with its step's and unit's names. */
    public record OverdueRow(
            UUID caseId, String registrationNumber, String title, String step, Instant dueAt, String unit) {}

    /** The charts, as SVG text. */
    public record Charts(
            String byKind,
            String byChannel,
            String byCategory,
            String byUnit,
            String outcomes,
            String openNowByStep,
            String procedures,
            String steps,
            String weeks,
            String months) {}

    /** Answers on time over all answers of the whole procedure, in whole percent; null without answers. */
    public Long percentOnTime() {
        return percent(dashboard.answeredOnTime(), dashboard.answeredLate());
    }

    /** The first day of the period, for the pages. */
    public LocalDate from() {
        return dashboard.period().from();
    }

    static Long percent(long onTime, long late) {
        long all = onTime + late;
        return all == 0 ? null : Math.round(100.0 * onTime / all);
    }
}
