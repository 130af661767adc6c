package id.suara.recess;

import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One item of a recess facilitation: a checklist step, once or for one member or one companion, with its owner, its due
 * day and its status.
 *
 * @param number the step number in the source, e.g. {@code "4"}
 * @param ownerTitle who does it in the source's words
 * @param ownerRole holders of this role in the institution do it while no account is assigned
 * @param ownerUnitId the secretariat's division in charge, if the institution has it
 * @param assigneeId the staff account that does it, if one is assigned
 * @param dueOn {@code dueWorkingDays} working days after the facilitation's start
 * @param closedByName who marked it done or not applicable
 * @param note what the one who did it noted (DONE only)
 * @param reason why it does not apply (NOT_APPLICABLE only)
 * @param overdue whether it is open past its day
 * @param source the seed document and step it comes from
 */
public record FacilitationItem(
        UUID id,
        String code,
        String number,
        LocalizedText name,
        LocalizedText ownerTitle,
        ItemScope scope,
        UUID memberId,
        String memberName,
        UUID companionId,
        String companionName,
        Role ownerRole,
        UUID ownerUnitId,
        String ownerUnitName,
        UUID assigneeId,
        String assigneeName,
        int dueWorkingDays,
        LocalDate dueOn,
        ItemStatus status,
        Instant closedAt,
        UUID closedById,
        String closedByName,
        String note,
        String reason,
        boolean overdue,
        String source) {

    /** Whether it is done or not applicable. */
    public boolean closed() {
        return status != ItemStatus.OPEN;
    }
}
