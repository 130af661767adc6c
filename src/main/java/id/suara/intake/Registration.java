package id.suara.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * The result of registering a submission. The access code appears only here, once: Suara keeps only its hash.
 *
 * @param casePlan how its case was opened, which casework can read (e.g. its status) without asking the database
 */
public record Registration(
        UUID submissionId,
        String registrationNumber,
        String trackingNumber,
        String accessCode,
        Instant registeredAt,
        CaseOpening.Plan casePlan) {

    /** Without the access code, which is a secret. */
    @Override
    public String toString() {
        return "Registration[submissionId=" + submissionId + ", registrationNumber=" + registrationNumber
                + ", trackingNumber=" + trackingNumber + ", accessCode=" + Masking.mask(accessCode) + "]";
    }
}
