package id.suara.intake;

/**
 * A registered submission got its registration number: the last step of the registration transaction (ADR 0019), after
 * {@link SubmissionRegistered} opened its case. A listener writes what carries the number and records what must be
 * recorded last (the audit entry), and does nothing that could wait long: registrations of the institution wait for this
 * transaction's commit.
 */
public record SubmissionNumbered(SubmissionRegistered submission, String registrationNumber) {}
