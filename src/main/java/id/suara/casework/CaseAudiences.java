package id.suara.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's audiences as a staff member sees them, with what they may record now.
 *
 * @param today the institution's date when this was read, which the audiences' stages are judged on
 * @param audiences every audience agreed for the case, the latest agreed first (a rescheduled one stays, marked)
 * @param delegationSize how many people the delegation said it would bring; null when not said
 * @param delegationLimit how many it may bring: 5, or the number the leadership set for it (003 IV.A.4)
 * @param limitSet the number the leadership set for this delegation, and why; null when none was set
 * @param identityWithheld whether the members' names are withheld from this viewer ("Dirahasiakan"), as the
 *     confidential complainant's identity is
 * @param mayRecordArrival whether the viewer may record the delegation's arrival now: the gate (Humas or the desk), on
 *     the day of the audience
 * @param mayRecordNotes whether the viewer may record what was said now (Humas, once the delegation arrived)
 * @param maySetLimit whether the viewer may set another number of members for the delegation (leadership, Secretary)
 * @param mayRecordDiscussion whether the viewer may record that the organ the case is assigned to discussed it
 */
public record CaseAudiences(
        UUID caseId,
        String timeZone,
        LocalDate today,
        List<Audience> audiences,
        Integer delegationSize,
        int delegationLimit,
        LimitSet limitSet,
        boolean identityWithheld,
        boolean mayRecordArrival,
        boolean mayRecordNotes,
        boolean maySetLimit,
        boolean mayRecordDiscussion) {

    public CaseAudiences {
        audiences = List.copyOf(audiences);
    }

    /** Another number of members the leadership set for this delegation, by whom, when and why. */
    public record LimitSet(int maxMembers, String reason, String setBy, Instant setAt) {}

    /** The audience that takes a place now, the latest agreed: the one to hold or just held. */
    public Optional<Audience> current() {
        return audiences.stream().filter(a -> a.status().takesAPlace()).findFirst();
    }

    /** Where an audience stands today. */
    public Audience.Stage stage(Audience audience) {
        return audience.stage(today);
    }

    /** Whether there is anything to show: an audience, or a number of members set. */
    public boolean any() {
        return !audiences.isEmpty() || limitSet != null;
    }
}
