package id.suara.recess;

import id.suara.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The facilitation of one recess (seed 004, ADR 0031): opened by the secretariat on a start day, due a number of working
 * days later on the institution's working calendar, with its checklist items.
 *
 * @param checklistCode the shipped checklist it was opened with, with {@code checklistVersion}
 * @param documentNumber the decree of the service standard it follows, e.g. {@code 175/04/Setwan/III/2022}
 * @param limitWorkingDays the standard's time limit ("21 Hari kerja")
 * @param dueOn {@code startsOn} plus the limit, in working days
 * @param items in checklist order, then by member and companion
 * @param complete whether every item is done or not applicable
 * @param completedOn the day the last item was closed, when complete
 * @param withinLimit whether it was completed by {@code dueOn}; null while not complete
 * @param overdue how many items are open past their day
 */
public record Facilitation(
        UUID id,
        UUID institutionId,
        UUID recessId,
        String checklistCode,
        int checklistVersion,
        LocalizedText title,
        String documentNumber,
        String source,
        String limitSource,
        LocalDate startsOn,
        int limitWorkingDays,
        LocalDate dueOn,
        Instant openedAt,
        String openedByName,
        List<FacilitationItem> items,
        boolean complete,
        LocalDate completedOn,
        Boolean withinLimit,
        long overdue) {}
