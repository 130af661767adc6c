package id.suara.recess;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The code of one printed or downloaded sheet of a visit, e.g. {@code ASP-7Q2K9M-01}: the sheet's kind, six characters
 * derived from the visit's id and the sheet's number (01–99). Printed on the sheet and in its workbook, it is the
 * {@code source_sheet} of every line entered from it, so a line entered twice is recognised (ADR 0033). Short and free
 * of look-alike characters (no 0/O, 1/I/L), so a companion can type it from paper.
 */
public record SheetCode(SheetKind kind, String visitPart, int number) {

    /** The characters of the visit part. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** The highest sheet number of a visit's sheets of one kind. */
    public static final int MAX_NUMBER = 99;

    private static final Pattern FORM = Pattern.compile("(ASP|HDR|TAM)-([" + ALPHABET + "]{6})-([0-9]{2})");

    public SheetCode {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("A sheet number is 1 to " + MAX_NUMBER);
        }
    }

    /** The code of sheet {@code number} of this kind for a visit. */
    public static SheetCode of(UUID visitId, SheetKind kind, int number) {
        return new SheetCode(kind, visitPart(visitId), number);
    }

    /** A code as typed or read from a workbook (case and surrounding blanks ignored); empty if it is not one. */
    public static Optional<SheetCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var matcher = FORM.matcher(typed.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var number = Integer.parseInt(matcher.group(3));
        if (number < 1) {
            return Optional.empty();
        }
        var kind = switch (matcher.group(1)) {
            case "ASP" -> SheetKind.ASPIRATIONS;
            case "HDR" -> SheetKind.ATTENDANCE;
            default -> SheetKind.GUESTS;
        };
        return Optional.of(new SheetCode(kind, matcher.group(2), number));
    }

    /** Whether it is a code of this visit's sheets. */
    public boolean of(UUID visitId) {
        return visitPart.equals(visitPart(visitId));
    }

    /** Six characters of the SHA-256 of the visit's id: the same visit always gives the same part. */
    static String visitPart(UUID visitId) {
        try {
            var bytes = ByteBuffer.allocate(16)
                    .putLong(visitId.getMostSignificantBits())
                    .putLong(visitId.getLeastSignificantBits())
                    .array();
            var digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            // 6 × 5 bits from the first 30 bits of the digest; 31 characters, so 31 wraps to the first (harmless)
            long bits = ByteBuffer.wrap(digest).getInt() & 0xffffffffL;
            var part = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                part.append(ALPHABET.charAt((int) ((bits >>> (27 - 5 * i)) & 31) % ALPHABET.length()));
            }
            return part.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return kind.prefix() + "-" + visitPart + "-" + String.format(Locale.ROOT, "%02d", number);
    }
}
