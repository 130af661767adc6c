package id.suara.recess;

import id.suara.shared.LocalizedText;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A facilitation item open past its day, as a staff member's inbox lists it.
 *
 * @param recessYear the sitting year of the recess, with {@code recessSitting} its masa persidangan (1–3)
 * @param forWhom the member or companion it is for, or null for an item done once
 */
public record OverdueItem(
        UUID itemId,
        UUID recessId,
        int recessYear,
        int recessSitting,
        String number,
        LocalizedText name,
        String forWhom,
        LocalDate dueOn) {}
