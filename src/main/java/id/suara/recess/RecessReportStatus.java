package id.suara.recess;

/**
 * Where a member's report of one recess stands (ADR 0034). A report is due {@link RecessReports#DUE_WORKING_DAYS}
 * working days after the recess's last day.
 */
public enum RecessReportStatus {
    /** Submitted: stored as submitted, never changed. */
    SUBMITTED,
    /** Not submitted, not due yet, with held visits to report. */
    DRAFT,
    /** Not submitted, not due yet, nothing held yet. */
    NOT_STARTED,
    /** Not submitted and past its due day: flagged (PP 12/2018 Pasal 88: no report, no next recess). */
    MISSING
}
