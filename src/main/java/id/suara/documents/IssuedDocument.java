package id.suara.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as issued: never changed; a correction is a new version.
 *
 * @param verificationCode the unguessable code of its public verification page, printed on it as a QR code
 * @param sha256 the checksum of its PDF, shown on the verification page
 * @param letterId the letter it was issued from, if it was drafted as one
 */
public record IssuedDocument(
        UUID id,
        UUID institutionId,
        UUID submissionId,
        DocumentType type,
        String number,
        int version,
        Instant issuedAt,
        String issuer,
        String verificationCode,
        String sha256,
        UUID letterId) {

    /** The name its PDF is downloaded under, e.g. {@code tanda-terima-0001-PGD-DPRD-KBM-XII-2026.pdf}. */
    public String fileName() {
        return type.fileName() + "-" + number.replace('/', '-') + (version > 1 ? "-v" + version : "") + ".pdf";
    }
}
