package id.suara.recess;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An aspiration heard at a recess visit, with its case (a case of kind ASPIRATION on channel RECESS) and where it was
 * heard: the visit, the recess and the member.
 *
 * @param registrationNumber the case's registration number
 * @param groupId the group of the same need at the same place it was grouped into, if any
 */
public record RecessAspiration(
        UUID id,
        UUID institutionId,
        UUID visitId,
        UUID recessId,
        UUID memberId,
        String memberName,
        UUID caseId,
        String registrationNumber,
        String personName,
        String groupName,
        String district,
        String village,
        String summary,
        String problem,
        AspirationCategory category,
        String urgency,
        BigDecimal volume,
        String volumeUnit,
        BigDecimal estimatedCost,
        UUID targetUnitId,
        UUID groupId,
        SourceLine source,
        Instant createdAt) {}
