package id.suara.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text so that it can be replaced: a complainant's own identity values wherever and however
 * they are written ({@link #of(Complainant)}), and anyone's NIK-like numbers, phone numbers and e-mail addresses
 * ({@link #personalData(String, String)}). Used to redact published answers and to withhold a confidential identity
 * that staff or the complainant wrote into the case's texts.
 */
public final class Redaction {

    /** What personal data in a published answer is replaced with. */
    public static final String PLACEHOLDER = "[disamarkan]";

    private static final Redaction NOTHING = new Redaction(null);

    /** A NIK: 16 digits, possibly grouped with spaces, dots or dashes. */
    private static final Pattern NIK = Pattern.compile("(?<![0-9])[0-9](?:[ .-]?[0-9]){15}(?![0-9])");

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+", Pattern.UNICODE_CASE);

    /**
     * An Indonesian phone number: {@code +62}, {@code 62} or {@code 0} and an area or operator code of 2–4 digits, then
     * groups of digits; whether it is one is decided by its count of digits (9–15).
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(?:\\+62[ .-]?|62|\\(?0)[0-9]{2,4}\\)?(?:[ .-]{0,2}[0-9]{2,}){1,4}(?![0-9])");

    private static final int MIN_PHONE_DIGITS = 9;
    private static final int MAX_PHONE_DIGITS = 15;

    /** Name parts shorter than this are too common to withhold on their own (bin, binti, Hj). */
    private static final int MIN_NAME_PART = 4;

    private final Pattern identity;

    private Redaction(Pattern identity) {
        this.identity = identity;
    }

    /**
     * The complainant's own identity values: the full name and each part of it of at least 4 letters as a whole word,
     * the organisation, the address (whitespace and case ignored), the identity number and phone number whatever their
     * separators (a phone also with {@code 0} for {@code +62}), and the e-mail address.
     */
    public static Redaction of(Complainant complainant) {
        if (complainant == null) {
            return NOTHING;
        }
        var alternatives = new ArrayList<String>();
        addWords(alternatives, complainant.name());
        addNameParts(alternatives, complainant.name());
        addWords(alternatives, complainant.organisation());
        addWords(alternatives, complainant.address());
        addWords(alternatives, complainant.email());
        addCharacters(alternatives, complainant.identityNumber());
        addPhone(alternatives, complainant.phone());
        if (alternatives.isEmpty()) {
            return NOTHING;
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        return new Redaction(Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether there is anything of the complainant to look for. */
    public boolean isEmpty() {
        return identity == null;
    }

    /** The text with every occurrence of the complainant's identity replaced; null stays null. */
    public String apply(String text, String replacement) {
        if (text == null || identity == null) {
            return text;
        }
        return identity.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /** The text with NIK-like numbers, phone numbers and e-mail addresses replaced; null stays null. */
    public static String personalData(String text, String replacement) {
        if (text == null) {
            return null;
        }
        var quoted = Matcher.quoteReplacement(replacement);
        var result = NIK.matcher(text).replaceAll(quoted);
        result = EMAIL.matcher(result).replaceAll(quoted);
        return PHONE.matcher(result).replaceAll(match -> {
            long digits = match.group().chars().filter(Character::isDigit).count();
            return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS
                    ? quoted
                    : Matcher.quoteReplacement(match.group());
        });
    }

    /** A published copy of a text: the complainant's identity and anyone's personal data replaced. */
    public String forPublication(String text) {
        return personalData(apply(text, PLACEHOLDER), PLACEHOLDER);
    }

    /** The value as words separated by any whitespace. */
    private static void addWords(List<String> alternatives, String value) {
        if (value == null || value.strip().length() < 3) {
            return;
        }
        var words = value.strip().split("\\s+");
        var parts = new ArrayList<String>();
        for (var word : words) {
            parts.add(Pattern.quote(word));
        }
        alternatives.add(String.join("\\s+", parts));
    }

    private static void addNameParts(List<String> alternatives, String name) {
        if (name == null) {
            return;
        }
        for (var part : name.strip().split("[\\s,.]+")) {
            if (part.codePointCount(0, part.length()) >= MIN_NAME_PART) {
                alternatives.add(Pattern.quote(part));
            }
        }
    }

    /** The value's letters and digits in order, with any separators between them. */
    private static void addCharacters(List<String> alternatives, String value) {
        var characters = value == null ? "" : value.replaceAll("[^0-9A-Za-z]", "");
        if (characters.length() < 4) {
            return;
        }
        alternatives.add(separated(characters));
    }

    private static void addPhone(List<String> alternatives, String phone) {
        var digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return;
        }
        String national = null;
        if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        }
        if (national == null) {
            alternatives.add(separated(digits));
        } else {
            alternatives.add("(?:\\+\\s?62|62|\\(?0)[\\s().-]{0,2}" + separated(national));
        }
    }

    private static String separated(String characters) {
        var out = new StringBuilder();
        for (int i = 0; i < characters.length(); i++) {
            if (i > 0) {
                out.append("[\\s().\\-/]{0,2}");
            }
            out.append(Pattern.quote(characters.substring(i, i + 1).toLowerCase(Locale.ROOT)));
        }
        return out.toString();
    }
}
