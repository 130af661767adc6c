package id.suara.documents;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;

/**
 * An institution's letterhead (kop surat, GOVDOCS §1.1), printed at the top of the first page of every document.
 *
 * @param government the region's line, e.g. "PEMERINTAH KABUPATEN KEBUMEN"; none for a council's own heading
 * @param unitName the issuing unit, e.g. "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH"
 * @param place the place written before a document's date, e.g. "Kebumen"
 */
public record Letterhead(
        @Size(max = 200) String government,
        @NotBlank @Size(max = 200) String unitName,
        @Size(max = 300) String address,

        @Size(max = 60) @Pattern(regexp = "[0-9 +()./-]*", message = "only digits, spaces and + ( ) . / -")
        String phone,

        @Size(max = 120) @Email String email,

        @Size(max = 200) @Pattern(regexp = "(https?://\\S+)?", message = "must be an http or https address")
        String website,

        @Size(max = 80) String place) {

    /** The same letterhead with blank parts as none and every part stripped. */
    Letterhead stripped() {
        return new Letterhead(
                blankToNull(government),
                unitName == null ? null : unitName.strip(),
                blankToNull(address),
                blankToNull(phone),
                blankToNull(email),
                blankToNull(website),
                blankToNull(place));
    }

    /** Telephone, e-mail and website in one line, as they follow the address. */
    public String contacts() {
        var parts = new ArrayList<String>();
        if (phone != null) {
            parts.add("Telepon " + phone);
        }
        if (email != null) {
            parts.add("Pos-el " + email);
        }
        if (website != null) {
            parts.add("Laman " + website);
        }
        return String.join(" · ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
