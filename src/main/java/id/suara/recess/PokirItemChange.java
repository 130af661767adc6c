package id.suara.recess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A change of a pokir item: any of the planner's fields, the review, the target office's decision. A field left out
 * (null) stays as it is; an empty text clears an optional one.
 *
 * @param review ACCEPTED, RETURNED or REJECTED
 * @param reason why it is returned or rejected; required for those
 * @param opdDecision ADOPTED (diterima), DECLINED (ditolak) or DEFERRED (ditunda); only for an accepted item
 */
public record PokirItemChange(
        String proposal,
        String problem,
        String village,
        String district,
        UUID targetUnitId,
        BigDecimal volume,
        String volumeUnit,
        BigDecimal estimatedCost,
        Integer year,
        String review,
        String reason,
        String opdDecision,
        String opdProgram,
        String opdNote,
        LocalDate opdDecidedOn) {}
