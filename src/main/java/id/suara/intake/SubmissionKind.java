package id.suara.intake;

/** What a submission is (003 II.A, IV.B.1.e). */
public enum SubmissionKind {
    /** Aspirasi: a position, opinion, hope, criticism, input or suggestion. */
    ASPIRATION,
    /** Pengaduan: dissatisfaction about a matter under oversight. */
    COMPLAINT,
    /** Tembusan: a complaint addressed elsewhere with a copy to this institution. */
    CARBON_COPY,
    /**
     * Pengaduan layanan: a complaint about a service the secretariat itself gave, such as a recess's facilitation (004
     * "Pengaduan Layanan"). Recorded only by the module that keeps that service ({@link Intake#registerServiceComplaint}),
     * never from the public form or the front desk (ADR 0031).
     */
    SERVICE_COMPLAINT
}
