package id.suara.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission was registered. Published inside the registration transaction so that the case is opened atomically with
 * it (a submission never exists without its case).
 */
public record SubmissionRegistered(
        UUID submissionId,
        UUID institutionId,
        SubmissionKind kind,
        Channel channel,
        String registrationNumber,
        String trackingNumber,
        String title,
        String searchableText,
        Instant registeredAt,
        Instant audienceRequestedFor,
        UUID registeredBy) {}
