package id.suara.recess;

import id.suara.institution.Institution;
import id.suara.staff.StaffMember;
import java.util.Optional;
import java.util.UUID;

/**
 * Entering what was written down at a visit: the attendance/guest list and the aspirations. Both are idempotent by
 * {@link SourceLine}: an entry whose visit, sheet and line were entered before creates nothing and answers false. A
 * refused entry throws the module's usual refusal (naming the field) and stores nothing.
 */
public interface VisitEntries {

    /** The head of the visit's sheets, if the visit belongs to the institution. */
    Optional<VisitSheet> sheetOf(UUID institutionId, UUID visitId);

    /** Adds a guest or attendee; false when its source line was entered before. */
    boolean addAttendee(StaffMember actor, Institution institution, UUID visitId, NewAttendee entered);

    /** Records an aspiration and opens its case; false when its source line was entered before. */
    boolean recordAspiration(StaffMember actor, Institution institution, UUID visitId, NewAspiration entered);
}
