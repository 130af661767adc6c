package id.suara.recess;

/** For whom a facilitation checklist item is done. */
public enum ItemScope {
    /** Once for the recess. */
    ONCE,
    /** Once for each council member in office during the recess. */
    MEMBER,
    /** Once for each companion (pendamping) assigned to a member for the recess. */
    COMPANION
}
