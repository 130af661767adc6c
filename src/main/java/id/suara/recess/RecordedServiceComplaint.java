package id.suara.recess;

import java.util.UUID;

/**
 * A service complaint just registered: its case, and what the complainant is given once to track it.
 *
 * @param accessCode the secret that opens the tracking page; shown once, never stored in clear
 */
public record RecordedServiceComplaint(
        UUID caseId, String registrationNumber, String trackingNumber, String accessCode) {

    /** Without the access code, which is a secret. */
    @Override
    public String toString() {
        return "RecordedServiceComplaint[caseId=" + caseId + ", registrationNumber=" + registrationNumber + "]";
    }
}
