package id.suara.sop;

/** Where a case stands, as the public and the recaps see it. Each SOP step declares the status a case has while there. */
public enum CaseStatus {
    /** Registered, requirements not yet checked. */
    REGISTERED,
    /** Requirements met, being handled. */
    IN_PROGRESS,
    /** Returned to the complainant to complete the requirements (in person). */
    RETURNED,
    /** Redirected to the written or online route (in person). */
    REDIRECTED,
    /** Did not meet the requirements and was archived with the reason. */
    ARCHIVED,
    /** An answer was given to the complainant; follow-up is being recapped. */
    ANSWERED,
    /** Handling finished. */
    COMPLETED;

    /** Whether no more steps follow. */
    public boolean closed() {
        return this == RETURNED || this == REDIRECTED || this == ARCHIVED || this == COMPLETED;
    }
}
