package id.suara.intake;

import org.springframework.stereotype.Component;

/**
 * Encrypts personal data other modules keep about the public, such as the names and identity numbers of a delegation's
 * members: with the key and format of the complainant's identity (AES-256-GCM, ADR 0009), each value bound to its
 * table, column and row, so a value copied elsewhere does not decrypt.
 */
@Component
public class PersonalData {

    private final IdentityCipher cipher;

    PersonalData(IdentityCipher cipher) {
        this.cipher = cipher;
    }

    /** The value as stored in {@code table.column} of the row {@code row} (its key as text); null for null. */
    public String seal(String value, String table, String column, String row) {
        return cipher.encrypt(value, context(table, column, row));
    }

    /** The plaintext of a value {@link #seal sealed} for {@code table.column} of the row {@code row} (its key as text); null for null. */
    public String open(String stored, String table, String column, String row) {
        return cipher.decrypt(stored, context(table, column, row));
    }

    private static String context(String table, String column, String row) {
        if ("submission".equals(table)) {
            throw new IllegalArgumentException("The complainant's identity is sealed by intake itself");
        }
        return table + "." + column + ":" + row;
    }
}
