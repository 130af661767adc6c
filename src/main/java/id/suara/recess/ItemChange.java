package id.suara.recess;

import java.util.UUID;

/**
 * A change of a facilitation item: its status, its assigned account, or both.
 *
 * @param status the new status, or null to leave it
 * @param note with DONE: what was done, optional
 * @param reason with NOT_APPLICABLE: why the item does not apply, required
 * @param assigneeGiven whether the assigned account changes (to {@code assigneeId}, or to none when that is null)
 */
public record ItemChange(ItemStatus status, String note, String reason, boolean assigneeGiven, UUID assigneeId) {

    public static ItemChange status(ItemStatus status, String note, String reason) {
        return new ItemChange(status, note, reason, false, null);
    }

    public static ItemChange assign(UUID assigneeId) {
        return new ItemChange(null, null, null, true, assigneeId);
    }
}
