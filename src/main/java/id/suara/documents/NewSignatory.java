package id.suara.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A signatory as the administrator enters it; the NIP may be typed with the spaces it is printed with. */
public record NewSignatory(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 200) String position,
        @Size(max = 120) String rank,

        @Pattern(regexp = "([0-9]{18})?", message = "must be the 18 digits of the NIP")
        String nip) {

    NewSignatory stripped() {
        return new NewSignatory(
                name == null ? null : name.strip(),
                position == null ? null : position.strip(),
                rank == null || rank.isBlank() ? null : rank.strip(),
                nip == null || nip.isBlank() ? null : nip.replace(" ", "").strip());
    }
}
