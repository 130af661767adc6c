package id.suara.casework;

import id.suara.sop.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/** A case moved from one step to another; published after every staff action. */
public record CaseMoved(
        UUID caseId,
        UUID institutionId,
        String fromStep,
        String toStep,
        String action,
        CaseStatus status,
        Instant occurredAt) {}
