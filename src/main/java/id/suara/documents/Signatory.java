package id.suara.documents;

import java.util.UUID;

/**
 * An official who signs an institution's documents, printed under the signature (GOVDOCS §1.1 item 6).
 *
 * @param position the jabatan, e.g. "Sekretaris DPRD Kabupaten Kebumen"
 * @param rank the pangkat and group, e.g. "Pembina Utama Muda (IV/c)"; may be absent
 * @param nip the 18-digit civil-servant number; absent for a council member
 */
public record Signatory(
        UUID id, UUID institutionId, String name, String position, String rank, String nip, boolean active) {

    /** The NIP as it is printed, in groups of 8, 6, 1 and 3 digits: "19680903 199302 2 001". */
    public String printedNip() {
        if (nip == null) {
            return null;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }
}
