package id.suara.casework;

import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import java.util.UUID;

/** What to list; null fields do not filter. {@code text} searches title, purpose, substance and numbers. */
public record CaseFilter(
        UUID institutionId,
        SubmissionKind kind,
        Channel channel,
        CaseStatus status,
        String step,
        UUID assignedUnitId,
        Boolean overdue,
        String text) {}
