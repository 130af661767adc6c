package id.suara.casework;

import id.suara.intake.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An audience of a case as staff see it: when and by which unit the delegation is received, who the gate recorded
 * present, and what was said.
 *
 * @param unitName the council organ (or the leadership) receiving it; null when the case was assigned to none
 * @param day the day it counts against, on the institution's clock
 * @param members the members present as the gate recorded them; their names "Dirahasiakan" to a viewer who may not see
 *     a confidential complainant's identity, identity numbers always masked but for their last four digits
 * @param notes what was said, as Humas recorded it (003 IV.A.6.i); null until recorded
 * @param outcome the outcome in a line; null until recorded
 */
public record Audience(
        UUID id,
        UUID caseId,
        UUID unitId,
        String unitName,
        Instant startsAt,
        LocalDate day,
        AudienceStatus status,
        Instant agreedAt,
        Instant endedAt,
        Instant arrivedAt,
        List<Member> members,
        String notes,
        String outcome,
        Instant notesRecordedAt,
        String notesRecordedBy) {

    public Audience {
        members = List.copyOf(members);
    }

    /** A member of the delegation present at the audience. */
    public record Member(String name, String identityNumber) {

        /** Without the name and number, which are personal data and must not reach a log. */
        @Override
        public String toString() {
            return "Member[name=" + Masking.mask(name) + ", identityNumber=" + Masking.mask(identityNumber) + "]";
        }
    }

    /** Where the audience stands in plain terms, for lists: to be held, past without an arrival, held, recorded. */
    public enum Stage {
        SCHEDULED,
        NOT_RECORDED,
        ARRIVED,
        RECORDED,
        RESCHEDULED,
        CANCELLED
    }

    /** Where the audience stands on {@code today} (the institution's date). */
    public Stage stage(LocalDate today) {
        return switch (status) {
            case AGREED -> day.isBefore(today) ? Stage.NOT_RECORDED : Stage.SCHEDULED;
            case HELD -> notes == null ? Stage.ARRIVED : Stage.RECORDED;
            case RESCHEDULED -> Stage.RESCHEDULED;
            case CANCELLED -> Stage.CANCELLED;
        };
    }

    /** Ids, times and state only: members and notes hold personal data, which must not reach a log. */
    @Override
    public String toString() {
        return "Audience[id=" + id + ", caseId=" + caseId + ", unitId=" + unitId + ", startsAt=" + startsAt
                + ", status=" + status + ", members=" + members.size() + ", notes=" + Masking.mask(notes) + "]";
    }
}
