package id.suara.notification;

/** A public milestone of a case that the complainant is told of. */
public enum Milestone {
    /** Registered: the tracking number and where to track it; never the access code. */
    REGISTERED,
    /** Verified: the case left registration (REGISTERED → IN_PROGRESS). */
    VERIFIED,
    /** Returned for completion: what is missing and the officer's note. */
    RETURNED,
    /** Redirected to whoever may handle it: why. */
    REDIRECTED,
    /** Archived without further action: why. */
    ARCHIVED,
    /** Forwarded to a unit, organ or office for follow-up. */
    FORWARDED,
    /** Answered: the published answer, with the signed response letter attached when there is one. */
    ANSWERED,
    /** Closed: the handling is complete. */
    CLOSED,
    /** The officer asks the complainant for information or documents; the step's clock waits for the answer. */
    COMPLETION_REQUESTED,
    /** The complainant objected to the answer and the case is reopened. */
    REOPENED,
    /** The case was merged into another about the same matter, whose progress the complainant now follows. */
    MERGED;

    /** The name of its default template files, e.g. {@code returned}. */
    String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
