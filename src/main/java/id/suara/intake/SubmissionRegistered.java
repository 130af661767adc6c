package id.suara.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission being registered, as casework opens its case ({@link CaseOpening}). Carries no identity of the
 * complainant, nor the registration number, which the submission takes when it is written (ADR 0022).
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
