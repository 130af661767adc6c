package id.suara.recess;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pokir compilation of a planning year with the count of its items by review.
 *
 * @param recessIds the recesses it draws from
 */
public record PokirCompilation(
        UUID id,
        UUID institutionId,
        int planningYear,
        String title,
        List<UUID> recessIds,
        Instant createdAt,
        int items,
        int pending,
        int accepted,
        int returned,
        int rejected) {}
