package id.suara.recess;

/** Where a facilitation checklist item stands. */
public enum ItemStatus {
    /** Still to do. */
    OPEN,
    /** Done: by whom, when, with an optional note. */
    DONE,
    /** Not applicable to this recess, with the reason. */
    NOT_APPLICABLE
}
