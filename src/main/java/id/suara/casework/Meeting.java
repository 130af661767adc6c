package id.suara.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as its reader may see it (ADR 0028): a confidential complainant's identity is withheld from its texts for
 * readers who do not handle identities, and the cases the reader may not read are left out.
 *
 * @param invitees one per line as written: "Name; Position / institution"
 * @param mayManage whether the reader may change it (add cases, logistics, minutes; issue its records; draft its letters)
 */
public record Meeting(
        UUID id,
        UUID institutionId,
        MeetingKind kind,
        String title,
        String agenda,
        Instant startsAt,
        String place,
        String chair,
        UUID unitId,
        String unitName,
        List<Invitee> invitees,
        Minutes minutes,
        List<LinkedCase> cases,
        List<LogisticsItem> logistics,
        List<UUID> letterIds,
        Instant createdAt,
        boolean mayManage) {

    /** An invitee: a name and, after a semicolon, their position or institution. */
    public record Invitee(String name, String position) {}

    /** A case the meeting discusses. */
    public record LinkedCase(UUID id, String registrationNumber, String title, String currentStep, String status) {}

    /** One thing to prepare (000 step 5): who, by when, done or not; overdue when open after its day. */
    public record LogisticsItem(
            UUID id,
            String item,
            String description,
            UUID ownerId,
            String ownerName,
            LocalDate dueOn,
            String status,
            Instant doneAt,
            boolean overdue) {}

    /**
     * The minutes (notula, GOVDOCS §1.5) as written on the meeting page.
     *
     * @param closedAt the time the meeting closed, e.g. "11.30"
     */
    public record Minutes(
            String opening,
            List<DiscussionItem> discussion,
            List<String> decisions,
            String closedAt,
            String noteTaker) {}

    /** What one speaker said. */
    public record DiscussionItem(String speaker, String points) {}

    /** Whether any logistics item is overdue. */
    public boolean anyOverdue() {
        return logistics.stream().anyMatch(LogisticsItem::overdue);
    }
}
