package id.suara.recess;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One proposal of a pokir compilation with the planner's fields (GOVDOCS §3), the secretariat's review, the target
 * office's decision and the cases it proposes: every aspiration of a group (so every proposing member and visit), or
 * one aspiration, or an aspiration case staff added.
 *
 * @param groupId the aspiration group it proposes once; null for one case
 * @param reviewReason why it was returned or rejected (shown to the complainant on the portal)
 */
public record PokirItem(
        UUID id,
        UUID compilationId,
        int position,
        UUID groupId,
        AspirationCategory category,
        String proposal,
        String problem,
        String village,
        String district,
        UUID targetUnitId,
        String targetUnitName,
        BigDecimal volume,
        String volumeUnit,
        BigDecimal estimatedCost,
        int year,
        PokirReview review,
        String reviewReason,
        Instant reviewedAt,
        OpdDecision opdDecision,
        String opdProgram,
        String opdNote,
        LocalDate opdDecidedOn,
        List<Source> sources) {

    /**
     * A case the item proposes; for a recess aspiration with its member, faction, dapil, recess and visit (all null for
     * another aspiration case).
     */
    public record Source(
            UUID caseId,
            String trackingNumber,
            UUID memberId,
            String memberName,
            UUID factionId,
            String factionName,
            UUID dapilId,
            String dapilName,
            UUID recessId,
            Integer recessYear,
            Integer recessSitting,
            UUID visitId,
            Instant visitStartsAt,
            String visitPlace) {}

    /** Whether one of its cases was heard by this member. */
    public boolean proposedBy(UUID memberId) {
        return sources.stream().anyMatch(s -> memberId.equals(s.memberId()));
    }
}
