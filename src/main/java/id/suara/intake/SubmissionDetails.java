package id.suara.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything a submission contains, for staff who may see it. */
public record SubmissionDetails(
        UUID id,
        UUID institutionId,
        SubmissionKind kind,
        Channel channel,
        String registrationNumber,
        String trackingNumber,
        Complainant complainant,
        boolean confidential,
        String respondent,
        String title,
        String purpose,
        String substance,
        Instant audienceRequestedFor,
        Integer delegationSize,
        Instant registeredAt,
        UUID registeredBy,
        List<AttachmentInfo> attachments) {

    /** A stored attachment's description; the bytes are fetched separately. */
    public record AttachmentInfo(
            UUID id, String fileName, String mediaType, long sizeBytes, String sha256, boolean internal) {}
}
