package id.suara.intake;

import id.suara.shared.validation.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The complainant (pengadu / pelapor) as they identified themselves. Any part may be missing on a letter or walk-in:
 * the requirement check, not intake, decides whether the identity suffices.
 *
 * @param organisation the group or institution's name, for {@link ComplainantType#GROUP} and {@link ComplainantType#INSTITUTION}
 * @param identityNumber identity document number, e.g. the 16-digit NIK
 */
public record Complainant(
        @NotNull ComplainantType type,
        @Size(max = 200) @CleanText String name,
        @Size(max = 200) @CleanText String organisation,

        @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z./ -]*", message = "{suara.validation.identity-number}")
        String identityNumber,

        @Size(max = 500) @CleanText(multiline = true) String address,

        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]*", message = "{suara.validation.phone}")
        String phone,

        @Size(max = 254) @Email String email) {}
