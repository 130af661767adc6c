package id.suara.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * A recap issued for a closed period: stored once as an issued document (ADR 0041), never changed.
 *
 * @param documentId the issued document holding its PDF
 * @param sha256 the PDF's checksum, as the verification page shows it
 * @param verificationCode the code of its public verification page
 */
public record IssuedRecap(
        UUID documentId,
        RecapKind kind,
        String period,
        UUID unitId,
        String number,
        Instant issuedAt,
        String issuedBy,
        String sha256,
        String verificationCode) {}
