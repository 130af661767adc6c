package id.suara.intake;

/** What a submission is (003 II.A, IV.B.1.e). */
public enum SubmissionKind {
    /** Aspirasi: a position, opinion, hope, criticism, input or suggestion. */
    ASPIRATION,
    /** Pengaduan: dissatisfaction about a matter under oversight. */
    COMPLAINT,
    /** Tembusan: a complaint addressed elsewhere with a copy to this institution. */
    CARBON_COPY
}
