package id.suara.casework;

import id.suara.sop.RequirementCheck;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A recorded requirement check: each item met or not, and the outcome. */
public record RequirementCheckResult(
        UUID id,
        String step,
        Instant checkedAt,
        UUID checkedBy,
        Map<RequirementCheck, Boolean> items,
        boolean met,
        String note) {}
