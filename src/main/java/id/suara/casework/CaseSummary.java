package id.suara.casework;

import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.shared.LocalizedText;
import id.suara.sop.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/** A case in a list. */
public record CaseSummary(
        UUID id,
        UUID institutionId,
        String registrationNumber,
        String trackingNumber,
        SubmissionKind kind,
        Channel channel,
        String title,
        CaseStatus status,
        String currentStep,
        LocalizedText currentStepName,
        Instant dueAt,
        boolean overdue,
        UUID assignedUnitId,
        Instant registeredAt,
        int version) {}
