package id.suara.documents;

import id.suara.institution.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a lembar disposisi prints (GOVDOCS §1.7), as the caller worked it out: the letter it is about, its urgency, the
 * units it is forwarded to (the lead marked "1", the others ✓), the institution's instructions with the chosen ones
 * ticked, the note and deadline, and the official who disposed. Issued as a {@link DocumentType#DISPOSITION} whose number
 * is the case's agenda (registration) number.
 *
 * @param from "Surat dari": who wrote; the caller writes "Dirahasiakan" for a confidential complainant
 * @param letterNumber the incoming letter's own number, if known
 * @param letterDate the incoming letter's date, if known
 * @param receivedAt when the institution received it ("Diterima tanggal")
 * @param subject "Hal"
 * @param urgency the sifat: {@code BIASA}, {@code SEGERA} or {@code SANGAT_SEGERA}
 * @param confidential whether the disposition is marked rahasia
 * @param inResponseTo the earlier disposition this one answers; null if none
 */
public record DispositionSheet(
        String from,
        String letterNumber,
        LocalDate letterDate,
        Instant receivedAt,
        String subject,
        String urgency,
        boolean confidential,
        List<Addressee> addressees,
        List<Instruction> instructions,
        String note,
        Instant deadline,
        String disposedByName,
        Role disposedByRole,
        Instant disposedAt,
        Parent inResponseTo) {

    public DispositionSheet {
        addressees = List.copyOf(addressees);
        instructions = List.copyOf(instructions);
    }

    /** A unit the disposition is forwarded to; the lead is printed "1", the others ✓. */
    public record Addressee(String name, boolean lead) {}

    /** The earlier disposition a disposition answers: who made it, in which role, when. */
    public record Parent(String byName, Role byRole, Instant at) {}

    /** One instruction of the institution's list, ticked when the disposition gives it. */
    public record Instruction(String label, boolean chosen) {}

    /** The note's lines, as written. */
    public List<String> noteLines() {
        return note == null ? List.of() : note.lines().toList();
    }
}
