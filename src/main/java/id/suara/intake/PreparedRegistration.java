package id.suara.intake;

import id.suara.institution.Institution;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A registration checked and worked out down to everything but its number, ready to be written alone or in a group
 * (ADR 0022).
 *
 * @param submissionRow the submission's columns as {@link RegistrationWriter} inserts them, without the number
 * @param receipt the receipt's content, without the number
 * @param accessCode the secret given to the complainant once; only its hash is in {@code submissionRow}
 */
record PreparedRegistration(
        SubmissionRegistered submission,
        Institution institution,
        int year,
        int month,
        List<Object> submissionRow,
        Map<String, Object> receipt,
        List<AttachmentStore.StoredFile> files,
        CaseOpening.Plan plan,
        String accessCode) {

    Instant registeredAt() {
        return submission.registeredAt();
    }

    /** The registration number this registration takes with {@code sequence}. */
    String number(long sequence) {
        return RegistrationNumberFormat.format(
                institution.registrationPattern(), sequence, year, month, submission.kind());
    }

    Registration registered(String registrationNumber) {
        return new Registration(
                submission.submissionId(),
                registrationNumber,
                submission.trackingNumber(),
                accessCode,
                submission.registeredAt(),
                plan);
    }

    @Override
    public String toString() {
        return "PreparedRegistration[" + submission.submissionId() + "]";
    }
}
