package id.suara.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Public tracking numbers and secret access codes, in Crockford's base32 (no I, L, O, U: easy to read aloud and type).
 * Access codes carry 80 random bits; only their SHA-256 hash is stored and compared in constant time.
 */
final class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    /** E.g. {@code SR-7KQ2-9XDM-4T}: 10 random characters. */
    static String newTrackingNumber() {
        var raw = random(10);
        return "SR-" + raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
    }

    /** E.g. {@code K7QM-2XDP-9TRA-4WZB}: 16 random characters. */
    static String newAccessCode() {
        var raw = random(16);
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-" + raw.substring(12);
    }

    /** Upper-cases, drops separators and maps look-alikes (O→0, I/L→1) as Crockford's base32 prescribes. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        var out = new StringBuilder(code.length());
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> {}
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The tracking number as stored: normalised with its canonical hyphens, or null if it cannot be one. */
    static String canonicalTrackingNumber(String input) {
        var n = normalise(input);
        if (n.length() != 12 || !n.startsWith("SR")) {
            return null;
        }
        return "SR-" + n.substring(2, 6) + "-" + n.substring(6, 10) + "-" + n.substring(10);
    }

    static byte[] hash(String accessCode) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(normalise(accessCode).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String accessCode, byte[] expectedHash) {
        return MessageDigest.isEqual(hash(accessCode), expectedHash);
    }

    private static String random(int length) {
        var chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
