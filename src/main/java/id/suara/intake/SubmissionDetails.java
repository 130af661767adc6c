package id.suara.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Everything a submission contains, for staff who may see it; the complainant's identity decrypted.
 *
 * @param confidential whether only the staff who handle the case may see the complainant's identity
 * @param anonymous whether the complainant gave no identity at all
 */
public record SubmissionDetails(
        UUID id,
        UUID institutionId,
        SubmissionKind kind,
        Channel channel,
        String registrationNumber,
        String trackingNumber,
        Complainant complainant,
        boolean confidential,
        boolean anonymous,
        String respondent,
        String title,
        String purpose,
        String substance,
        Instant audienceRequestedFor,
        Integer delegationSize,
        Instant registeredAt,
        UUID registeredBy,
        List<AttachmentInfo> attachments) {

    /**
     * A copy for someone who may not see the complainant's identity: the complainant shown as {@code shown}, and the
     * texts the complainant wrote (and attachment names) passed through {@code scrub}.
     */
    public SubmissionDetails withIdentityWithheld(Complainant shown, UnaryOperator<String> scrub) {
        return new SubmissionDetails(
                id,
                institutionId,
                kind,
                channel,
                registrationNumber,
                trackingNumber,
                shown,
                confidential,
                anonymous,
                scrub.apply(respondent),
                scrub.apply(title),
                scrub.apply(purpose),
                scrub.apply(substance),
                audienceRequestedFor,
                delegationSize,
                registeredAt,
                registeredBy,
                attachments.stream()
                        .map(a -> new AttachmentInfo(
                                a.id(),
                                scrub.apply(a.fileName()),
                                a.mediaType(),
                                a.sizeBytes(),
                                a.sha256(),
                                a.internal()))
                        .toList());
    }

    /** Ids and flags only: a submission holds personal data, which must not reach a log. */
    @Override
    public String toString() {
        return "SubmissionDetails[id=" + id + ", institutionId=" + institutionId + ", registrationNumber="
                + registrationNumber + ", kind=" + kind + ", channel=" + channel + ", confidential=" + confidential
                + ", anonymous=" + anonymous + ", attachments=" + attachments.size() + "]";
    }

    /** A stored attachment's description; the bytes are fetched separately. */
    public record AttachmentInfo(
            UUID id, String fileName, String mediaType, long sizeBytes, String sha256, boolean internal) {}
}
