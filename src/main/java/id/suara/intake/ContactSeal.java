package id.suara.intake;

import org.springframework.stereotype.Component;

/**
 * Seals a complainant's contact where it is kept outside the submission (ADR 0009, ADR 0035): the outbox's recipient
 * and the gateway payload that names the phone number are encrypted like the submission's own identity fields, bound
 * to their table, column and row, and keys that must name a recipient name its keyed fingerprint instead.
 */
@Component
public class ContactSeal {

    private final IdentityCipher cipher;

    ContactSeal(IdentityCipher cipher) {
        this.cipher = cipher;
    }

    /** The value as stored; {@code context} names the table, column and row it is bound to. Null for null. */
    public String seal(String value, String context) {
        return cipher.encrypt(value, context);
    }

    /**
     * The plaintext of a sealed value; a value stored before sealing began (not in the sealed format) is answered as it
     * is, so that mail queued by an older version is still sent.
     */
    public String open(String stored, String context) {
        if (stored == null || !stored.startsWith(IdentityCipher.FORMAT)) {
            return stored;
        }
        return cipher.decrypt(stored, context);
    }

    /** The recipient's keyed fingerprint, the same for the same address however it is capitalised. */
    public String fingerprint(String value) {
        return cipher.contactFingerprint(value);
    }
}
