package id.suara.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission was registered. Published inside the registration transaction so that the case is opened atomically with
 * it (a submission never exists without its case). Carries no identity of the complainant, nor the registration number:
 * that is taken last, then {@link SubmissionNumbered} follows in the same transaction (ADR 0019).
 *
 * @param title the title as staff lists show it: for a confidential submission, with the complainant's identity replaced
 * @param searchableText the text the case is found by, likewise without a confidential complainant's identity
 * @param anonymous whether the complainant gave no identity; the case refuses this where the procedure does not allow it
 */
public record SubmissionRegistered(
        UUID submissionId,
        UUID institutionId,
        SubmissionKind kind,
        Channel channel,
        String trackingNumber,
        String title,
        String searchableText,
        boolean confidential,
        boolean anonymous,
        Instant registeredAt,
        Instant audienceRequestedFor,
        UUID registeredBy) {}
