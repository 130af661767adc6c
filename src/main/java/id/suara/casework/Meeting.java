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
 * @param status SCHEDULED, or CANCELLED (with when and why)
 * @param version raised by each change of its details, cases or status; a change names the version it was made on
 * @param letters its letters (invitation, berita acara, report) with their state, those that no longer match the
 *     meeting's date, time or place flagged
 * @param changes what was changed since it was scheduled, oldest first
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
        String status,
        int version,
        Instant cancelledAt,
        String cancelReason,
        List<MeetingLetter> letters,
        List<Change> changes,
        boolean mayManage) {

    /** The status of a meeting that will be (or was) held. */
    public static final String SCHEDULED = "SCHEDULED";

    /** The status of a cancelled meeting: it changes no more. */
    public static final String CANCELLED = "CANCELLED";

    /**
     * One of the meeting's letters: its type, state and number (its text is read on the letter's page, which withholds
     * it as the case's letters are withheld).
     *
     * @param outdated the parts of the letter (date, time, place) that no longer say what the meeting says: a signed
     *     one needs a corrected version (reopen it, update it from the meeting, sign again), a draft an update
     */
    public record MeetingLetter(
            UUID id, UUID caseId, String type, String status, String number, int revision, List<String> outdated) {

        /** Whether the letter was made for another date, time or place than the meeting's. */
        public boolean needsCorrection() {
            return !outdated.isEmpty();
        }
    }

    /**
     * A change made to the meeting after it was scheduled.
     *
     * @param kind SCHEDULED, CHANGED, RESCHEDULED, CANCELLED, CASE_ADDED or CASE_REMOVED
     * @param fields the fields changed, each with its value before and after (times as instants)
     * @param caseNumber the registration number of the case added or removed
     */
    public record Change(
            String kind, Instant at, String byName, String reason, List<ChangedField> fields, String caseNumber) {}

    /** One field of a change: its name and its values before and after. */
    public record ChangedField(String field, String before, String after) {}

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

    /** Whether it is still to be held, or held: not cancelled. */
    public boolean scheduled() {
        return SCHEDULED.equals(status);
    }

    /** Whether it was held: its minutes are recorded. Its time no longer moves and it is not cancelled. */
    public boolean held() {
        return minutes != null;
    }

    /** Whether the reader may move its time or cancel it now. */
    public boolean mayRescheduleOrCancel() {
        return mayManage && scheduled() && !held();
    }

    /** Whether any of its letters no longer matches its date, time or place. */
    public boolean anyLetterNeedsCorrection() {
        return letters.stream().anyMatch(MeetingLetter::needsCorrection);
    }
}
