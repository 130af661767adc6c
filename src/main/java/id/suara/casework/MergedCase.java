package id.suara.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A duplicate merged into a main case: its complainant follows the main case (ADR 0037).
 *
 * @param caseId the merged case
 * @param submissionId its submission, whose complainant is to hear of the main case's progress and answer
 * @param trackingNumber the tracking number its complainant keeps
 */
public record MergedCase(
        UUID caseId, UUID submissionId, String registrationNumber, String trackingNumber, Instant mergedAt) {}
