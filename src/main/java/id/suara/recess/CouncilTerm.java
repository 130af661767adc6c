package id.suara.recess;

import java.time.LocalDate;
import java.util.UUID;

/** A five-year term of the council (periode keanggotaan), from the oath to its last day. */
public record CouncilTerm(UUID id, UUID institutionId, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(startsOn) && !to.isAfter(endsOn);
    }
}
