package id.suara.intake;

import id.suara.shared.OfferedChoice;

/** What a submission is (003 II.A, IV.B.1.e). */
public enum SubmissionKind implements OfferedChoice {
    /** Aspirasi: a position, opinion, hope, criticism, input or suggestion. */
    ASPIRATION(true),
    /** Pengaduan: dissatisfaction about a matter under oversight. */
    COMPLAINT(true),
    /** Tembusan: a complaint addressed elsewhere with a copy to this institution. */
    CARBON_COPY(true),
    /**
     * Pengaduan layanan: a complaint about a service the secretariat itself gave, such as a recess's facilitation (004
     * "Pengaduan Layanan"). Recorded only by the module that keeps that service ({@link Intake#registerServiceComplaint}),
     * never from the public form or the front desk (ADR 0031).
     */
    SERVICE_COMPLAINT(false);

    private final boolean offered;

    SubmissionKind(boolean offered) {
        this.offered = offered;
    }

    /** Whether a submission or registration request may name it (a service complaint may not). */
    @Override
    public boolean offered() {
        return offered;
    }
}
