package id.suara.recess;

/**
 * The secretariat's review of a pokir item (GOVDOCS §3: Setwan verifies): pending until reviewed; an accepted item goes
 * to the regional planning system, a returned one can be fixed and reviewed again, a rejected one is out.
 */
public enum PokirReview {
    PENDING,
    ACCEPTED,
    RETURNED,
    REJECTED
}
