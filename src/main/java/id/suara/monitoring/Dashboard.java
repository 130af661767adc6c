package id.suara.monitoring;

import id.suara.casework.SatisfactionIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The monitoring figures of one institution, or one of its units, for one period (ADR 0038). Counts of cases received
 * are by registration date within the period; outcomes and handling times by the date of the outcome; steps by the date
 * they were done; "open now" and the overdue list as of {@code computedAt}, whatever the period.
 *
 * @param unitId the unit (organ or office) the figures are limited to: cases assigned to it now; null for the whole
 *     institution
 * @param received cases registered in the period, merged duplicates included
 * @param merged of those, duplicates merged into another case
 * @param byKind received per submission kind (enum name)
 * @param byChannel received per channel (enum name)
 * @param byCategory received per category code ("" for none given)
 * @param byUnit received per unit now responsible (unit id as text, "" for none)
 * @param registeredByState the cases received in the period by what they are now: SOP version, status, step, open
 * @param openNow open cases now (neither closed nor merged), whenever registered, by SOP version, status and step
 * @param outcomes cases that reached their outcome in the period, per outcome: ANSWERED, or the status they were closed
 *     with (ARCHIVED, REDIRECTED, RETURNED, COMPLETED)
 * @param answeredOnTime answers within the whole procedure's limit ({@code answer_limit_days} of the SOP version)
 * @param answeredLate answers after it
 * @param medianWorkingDays median handling time, registration to outcome, in working days; null without outcomes
 * @param p90WorkingDays 90th percentile of the same
 * @param procedures per SOP version: answers on time and late against the procedure's limit
 * @param steps per SOP version and step: steps done on time and late against the step's own due time
 * @param objected objections (each reopened its case) made in the period
 * @param satisfaction the IKM of the questionnaires returned in the period
 * @param perUnit per unit: received per kind, open, outcomes, answers on time and late
 * @param overdue open cases past their step's due time, most overdue first (at most {@link Monitoring#OVERDUE_LIST})
 * @param overdueCount all of them
 * @param weeks received and outcomes per ISO week (Monday) of the period
 * @param months received and outcomes per month of the period
 */
public record Dashboard(
        UUID institutionId,
        UUID unitId,
        ReportPeriod period,
        Instant computedAt,
        long received,
        long merged,
        List<Count> byKind,
        List<Count> byChannel,
        List<Count> byCategory,
        List<Count> byUnit,
        List<StateCount> registeredByState,
        List<StateCount> openNow,
        List<Count> outcomes,
        long answeredOnTime,
        long answeredLate,
        Double medianWorkingDays,
        Double p90WorkingDays,
        List<ProcedureTimeliness> procedures,
        List<StepTimeliness> steps,
        long objected,
        SatisfactionIndex satisfaction,
        List<UnitFigures> perUnit,
        List<OverdueCase> overdue,
        long overdueCount,
        List<TrendPoint> weeks,
        List<TrendPoint> months) {

    /** A count under a key. */
    public record Count(String key, long n) {}

    /** Cases at one status and step of one SOP version. */
    public record StateCount(UUID sopVersionId, String status, String step, boolean open, long n) {}

    /** Answers of one SOP version against the procedure's limit in working days (null: the SOP sets none). */
    public record ProcedureTimeliness(UUID sopVersionId, Double limitWorkingDays, long onTime, long late) {}

    /** Steps of one SOP version done on time and late against their own due time. */
    public record StepTimeliness(UUID sopVersionId, String step, long onTime, long late) {}

    /** One unit's figures; {@code unitId} null for cases assigned to none. */
    public record UnitFigures(
            UUID unitId,
            long received,
            long aspirations,
            long complaints,
            long carbonCopies,
            long others,
            long open,
            long answered,
            long closedWithoutAnswer,
            long answeredOnTime,
            long answeredLate) {}

    /** An open case past its due time. Staff only: its title is never in public figures. */
    public record OverdueCase(
            UUID caseId,
            String registrationNumber,
            String title,
            UUID sopVersionId,
            String step,
            UUID unitId,
            Instant dueAt) {}

    /** Received and outcomes in one week or month, starting on {@code start}. */
    public record TrendPoint(LocalDate start, long received, long finished) {}

    public long answered() {
        return answeredOnTime + answeredLate;
    }

    public long openNowTotal() {
        return openNow.stream().mapToLong(StateCount::n).sum();
    }

    /** The same figures without what only staff may read (the overdue cases' titles and numbers). */
    public Dashboard forPublic() {
        return new Dashboard(
                institutionId,
                unitId,
                period,
                computedAt,
                received,
                merged,
                byKind,
                byChannel,
                byCategory,
                byUnit,
                registeredByState,
                openNow,
                outcomes,
                answeredOnTime,
                answeredLate,
                medianWorkingDays,
                p90WorkingDays,
                procedures,
                steps,
                objected,
                satisfaction,
                perUnit,
                List.of(),
                overdueCount,
                weeks,
                months);
    }
}
