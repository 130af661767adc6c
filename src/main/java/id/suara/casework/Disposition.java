package id.suara.casework;

import id.suara.institution.Role;
import id.suara.institution.UnitType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disposition (disposisi) of a case as its reader may see it: an official's instruction routing the case to units of
 * its institution, exactly one of them the lead, with a deadline inside the SOP's limit (ADR 0027).
 *
 * @param parentId the earlier disposition this one answers, null for the first of a chain
 * @param units the units it is addressed to, the lead first
 * @param instructions what it asks, as given (label included) whatever the institution's list says later
 * @param note the disposing official's note; a confidential complainant's identity withheld from those who may not see
 *     it
 * @param letterNumber the incoming letter's own number, as printed on the sheet, if known
 * @param letterDate the incoming letter's date, if known
 * @param step the SOP step the case was at when it was made
 * @param action the SOP action performed with it, null when made on its own
 * @param open whether its units still work on it: not reported done, and the case not ended
 * @param overdue whether it is open past its deadline
 * @param monitoring the monitoring notes and reminders recorded against it, oldest first
 */
public record Disposition(
        UUID id,
        UUID caseId,
        UUID parentId,
        List<Addressee> units,
        List<DispositionInstruction> instructions,
        String note,
        Instant deadline,
        Urgency urgency,
        boolean confidential,
        String letterNumber,
        LocalDate letterDate,
        String step,
        String action,
        Instant disposedAt,
        UUID disposedById,
        String disposedByName,
        Role disposedByRole,
        Instant completedAt,
        String completedByName,
        String completionNote,
        boolean open,
        boolean overdue,
        List<MonitoringNote> monitoring) {

    public Disposition {
        units = List.copyOf(units);
        instructions = List.copyOf(instructions);
        monitoring = List.copyOf(monitoring);
    }

    /** A unit the disposition is addressed to: the lead answers for it, the others are informed or coordinate. */
    public record Addressee(UUID unitId, String name, UnitType type, boolean lead) {}

    /** A monitoring note or reminder recorded against the disposition while its units worked on it. */
    public record MonitoringNote(UUID id, Instant at, String byName, String note) {}

    /** The lead unit. */
    public Addressee lead() {
        return units.stream().filter(Addressee::lead).findFirst().orElseThrow();
    }

    /** The units informed or coordinating, besides the lead. */
    public List<Addressee> others() {
        return units.stream().filter(u -> !u.lead()).toList();
    }

    /** Whether its lead unit reported it done. */
    public boolean completed() {
        return completedAt != null;
    }

    /** Without the texts, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "Disposition[id=" + id + ", caseId=" + caseId + ", parentId=" + parentId + ", lead="
                + (units.isEmpty() ? null : lead().unitId()) + ", deadline=" + deadline + ", open=" + open + "]";
    }
}
