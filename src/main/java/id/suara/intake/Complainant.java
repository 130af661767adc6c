package id.suara.intake;

import id.suara.shared.validation.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The complainant (pengadu / pelapor) as they identified themselves. Any part may be missing on a letter or walk-in:
 * the requirement check, not intake, decides whether the identity suffices. Everything but the type is personal data:
 * stored encrypted, never logged ({@link #toString()} masks it), and withheld from staff who do not handle a
 * confidential case.
 *
 * @param organisation the group or institution's name, for {@link ComplainantType#GROUP} and {@link ComplainantType#INSTITUTION}
 * @param identityNumber the identity number (NIK): exactly 16 digits, or left out
 */
public record Complainant(
        @NotNull ComplainantType type,
        @Size(max = 200) @CleanText String name,
        @Size(max = 200) @CleanText String organisation,

        @Pattern(regexp = "([0-9]{16})?", message = "{suara.validation.identity-number}")
        String identityNumber,

        @Size(max = 500) @CleanText(multiline = true) String address,

        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]*", message = "{suara.validation.phone}")
        String phone,

        @Size(max = 254) @Email String email) {

    /** A complainant who gave no identity at all: an anonymous submission. */
    /**
     * An anonymous complainant of a type (a group, an organisation; an individual when null) that says nothing about who
     * it is.
     */
    public static Complainant anonymous(ComplainantType type) {
        return new Complainant(type == null ? ComplainantType.INDIVIDUAL : type, null, null, null, null, null, null);
    }

    /** The fields that identify the complainant, by their request names, with their values (null when missing). */
    public Map<String, String> identityFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("organisation", organisation);
        fields.put("identityNumber", identityNumber);
        fields.put("address", address);
        fields.put("phone", phone);
        fields.put("email", email);
        return fields;
    }

    /** Masks every personal field, so that a complainant logged by accident shows {@code ****}. */
    @Override
    public String toString() {
        return "Complainant[type=" + type + ", name=" + Masking.mask(name) + ", organisation="
                + Masking.mask(organisation) + ", identityNumber=" + Masking.mask(identityNumber) + ", address="
                + Masking.mask(address) + ", phone=" + Masking.mask(phone) + ", email=" + Masking.mask(email) + "]";
    }
}
