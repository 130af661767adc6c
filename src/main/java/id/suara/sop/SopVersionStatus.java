package id.suara.sop;

/** Life of an SOP version: drafted, then active (new cases use it), then retired when a newer one is activated. */
public enum SopVersionStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
