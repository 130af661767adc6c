package id.suara.recess;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recess and how far its facilitation has come, as the inbox of those who run facilitations lists it.
 *
 * @param dueOn the facilitation's deadline; null while it is not opened
 * @param items how many items it has (0 while not opened), {@code closed} of them done or not applicable
 * @param overdue how many are open past their day
 */
public record RecessFacilitationState(
        UUID recessId,
        int year,
        int sitting,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate dueOn,
        int items,
        int closed,
        int overdue) {

    public boolean opened() {
        return dueOn != null;
    }

    public boolean complete() {
        return opened() && items > 0 && closed == items;
    }
}
