package id.suara.recess;

import java.util.UUID;

/**
 * The members or companions of an institution changed: the facilitation of {@code recessId} (if any) gets the items of
 * new companions, and every facilitation of the institution drops the open items of members and companions removed.
 *
 * @param recessId the recess whose companions changed, or null when a member was removed
 */
record RecessPeopleChanged(UUID institutionId, UUID recessId) {}
