package id.suara.sop;

import java.time.Instant;
import java.util.UUID;

/** One stored version of an institution's SOP. Its definition never changes once written. */
public record SopVersion(
        UUID id,
        UUID institutionId,
        String code,
        int version,
        SopVersionStatus status,
        SopDefinition definition,
        String preset,
        Instant createdAt,
        Instant activatedAt) {}
