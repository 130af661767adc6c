package id.suara.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text so that it can be replaced: a complainant's own identity values wherever and however
 * they are written ({@link #of(Complainant)}), and anyone's NIK-like numbers, phone numbers and e-mail addresses
 * ({@link #personalData(String, String)}). Used to redact published answers and to withhold a confidential identity
 * that staff or the complainant wrote into the case's texts. It errs on the side of withholding too much: a word that
 * merely looks like part of the identity is withheld too, except the words every address is made of ("Jl.", "No.",
 * "RT", "Desa") on their own (ADR 0014).
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

    /** Between the words of an address as someone writes it again: nothing, or up to three spaces or punctuation. */
    private static final String GAP = "[^\\p{L}\\p{N}]{0,3}";

    /** Words that start a street's name: "Jl.", "Jln.", "Jalan", "Gg.", "Gang", "Lr.", "Lorong". */
    private static final Set<String> STREET_WORDS = Set.of("jl", "jln", "jalan", "gg", "gang", "lr", "lorong");

    /** Any way of starting a street's name, so that "Jl. Melati" is also found as "Jalan Melati". */
    private static final String STREET = "(?:jl|jln|jalan|gg|gang|lr|lorong)";

    /** Words that come before a house number: "No.", "Nomor", "Nmr.". */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "nomor", "nmr");

    private static final String NUMBER = "(?:no|nomor|nmr)";

    /** Words that start the name of a hamlet, village, district, regency, province or housing estate. */
    private static final Set<String> AREA_WORDS = Set.of(
            "dusun",
            "dsn",
            "dukuh",
            "pedukuhan",
            "desa",
            "ds",
            "kelurahan",
            "kel",
            "kampung",
            "kp",
            "kecamatan",
            "kec",
            "kabupaten",
            "kab",
            "kota",
            "provinsi",
            "prov",
            "perumahan",
            "perum",
            "komplek",
            "kompleks",
            "blok",
            "lingkungan",
            "banjar",
            "nagari",
            "gampong");

    /** Words every address is made of, never withheld on their own. */
    private static final Set<String> ADDRESS_WORDS = addressWords();

    /** Where an address is split into its parts. */
    private static final Pattern ADDRESS_PARTS = Pattern.compile("[,;\\r\\n]+");

    /** "RT/RW 03/05", "RT 03/RW 05", "RT.003 RW.005", "RT 3". */
    private static final Pattern RT_RW_TOGETHER = Pattern.compile(
            "\\bRT[\\s.:]*/[\\s.:]*RW[\\s.:]*([0-9]{1,3})\\s*/\\s*([0-9]{1,3})(?![0-9])", Pattern.CASE_INSENSITIVE);

    private static final Pattern RT_OR_RW =
            Pattern.compile("\\b(RT|RW)[\\s.:]*([0-9]{1,3})(?![0-9])", Pattern.CASE_INSENSITIVE);

    /** A postal code (kode pos). */
    private static final Pattern POSTAL_CODE = Pattern.compile("(?<![0-9])[0-9]{5}(?![0-9])");

    private static final Pattern HOUSE_NUMBER = Pattern.compile("([0-9]{1,4})([a-z]?)", Pattern.CASE_INSENSITIVE);

    private final Pattern identity;

    private Redaction(Pattern identity) {
        this.identity = identity;
    }

    /**
     * The complainant's own identity values: the full name and each part of it of at least 4 letters as a whole word,
     * the organisation, the address and each of its parts ({@link #addAddress}), the identity number and phone number
     * whatever their separators (a phone also with {@code 0} for {@code +62}), and the e-mail address; case ignored.
     */
    public static Redaction of(Complainant complainant) {
        if (complainant == null) {
            return NOTHING;
        }
        var values = new ArrayList<String>();
        var parts = new ArrayList<String>();
        addWords(values, complainant.name());
        addNameParts(parts, complainant.name());
        addWords(values, complainant.organisation());
        addWords(values, complainant.address());
        addAddress(parts, complainant.address());
        addWords(values, complainant.email());
        addCharacters(values, complainant.identityNumber());
        addPhone(values, complainant.phone());
        // where a whole value and one of its parts both match, the whole value is replaced once
        values.sort(Comparator.comparingInt(String::length).reversed());
        parts.sort(Comparator.comparingInt(String::length).reversed());
        var alternatives = new ArrayList<>(values);
        alternatives.addAll(parts);
        if (alternatives.isEmpty()) {
            return NOTHING;
        }
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

    /**
     * Each part of an address as it may be written again elsewhere. The address is split into parts at commas,
     * semicolons and line ends; each part is found whatever spaces and punctuation separate its words, and so are
     * within it:
     *
     * <ul>
     *   <li>a street with its house number written any way: "Jl. Melati No. 42", "Jl Melati 42", "Jalan Melati nomor
     *       042", "Melati 42", and the street with a street word but without the number ("Jalan Melati");
     *   <li>the neighbourhood: "RT 03/RW 05", "RT.3 RW.5", "RT/RW 003/005", and "RT 3" and "RW 5" alone;
     *   <li>the name of a hamlet, village, district, regency or estate without its word: "Sruweng" of "Desa Sruweng";
     *   <li>a postal code.
     * </ul>
     *
     * A part, street or name made only of address words and numbers ("No. 5", "RT") is not withheld on its own.
     */
    private static void addAddress(List<String> alternatives, String address) {
        if (address == null) {
            return;
        }
        for (var part : ADDRESS_PARTS.split(address)) {
            var words = words(part);
            if (significant(words)) {
                alternatives.add(phrase(words));
            }
            var rest = new StringBuilder();
            var together = RT_RW_TOGETHER.matcher(part);
            while (together.find()) {
                addNeighbourhood(alternatives, together.group(1), together.group(2));
                together.appendReplacement(rest, ",");
            }
            together.appendTail(rest);
            var single = RT_OR_RW.matcher(rest.toString());
            var remainder = new StringBuilder();
            String rt = null;
            String rw = null;
            while (single.find()) {
                var number = unpadded(single.group(2));
                if (single.group(1).equalsIgnoreCase("RT")) {
                    rt = number;
                } else {
                    rw = number;
                }
                alternatives.add(single.group(1).toLowerCase(Locale.ROOT) + GAP + "0*" + number);
                single.appendReplacement(remainder, ",");
            }
            single.appendTail(remainder);
            if (rt != null && rw != null) {
                addNeighbourhood(alternatives, rt, rw);
            }
            var postal = POSTAL_CODE.matcher(remainder.toString());
            while (postal.find()) {
                alternatives.add(postal.group());
            }
            addSegments(alternatives, words(postal.replaceAll(",")));
        }
    }

    /** RT and RW together, in either way of writing them. */
    private static void addNeighbourhood(List<String> alternatives, String rt, String rw) {
        var rtNumber = "0*" + unpadded(rt);
        var rwNumber = "0*" + unpadded(rw);
        alternatives.add("rt" + GAP + rtNumber + GAP + "rw" + GAP + rwNumber);
        alternatives.add("rt" + GAP + "rw" + GAP + rtNumber + GAP + rwNumber);
        alternatives.add("rt" + GAP + rtNumber);
        alternatives.add("rw" + GAP + rwNumber);
    }

    /** What a run of words in an address names, by the word before it. */
    private enum Segment {
        /** No street or area word before it: a street if a house number follows, else a place. */
        PLAIN,
        /** After "Jl.", "Gang", …. */
        STREET,
        /** After "Desa", "Dusun", "Kecamatan", …. */
        AREA
    }

    /**
     * The streets and areas of a part without its neighbourhood and postal code: a street word or an area word starts a
     * new segment, a house number ends one.
     */
    private static void addSegments(List<String> alternatives, List<String> words) {
        var name = new ArrayList<String>();
        var kind = Segment.PLAIN;
        for (var word : words) {
            var lower = word.toLowerCase(Locale.ROOT);
            var number = HOUSE_NUMBER.matcher(word);
            if (STREET_WORDS.contains(lower) || AREA_WORDS.contains(lower)) {
                addSegment(alternatives, kind, name, null);
                name.clear();
                kind = STREET_WORDS.contains(lower) ? Segment.STREET : Segment.AREA;
            } else if (number.matches()) {
                if (!name.isEmpty()) {
                    addSegment(alternatives, kind, name, number);
                    name.clear();
                    kind = Segment.PLAIN;
                }
            } else if (!NUMBER_WORDS.contains(lower)) {
                name.add(word);
            }
        }
        addSegment(alternatives, kind, name, null);
    }

    private static void addSegment(List<String> alternatives, Segment kind, List<String> name, Matcher number) {
        if (!significant(name)) {
            return;
        }
        var written = phrase(name);
        var withNumber = number == null
                ? null
                : "(?:" + STREET + GAP + ")?" + written + GAP + "(?:" + NUMBER + GAP + ")?0*"
                        + unpadded(number.group(1))
                        + (number.group(2).isEmpty() ? "" : "(?:" + GAP + Pattern.quote(number.group(2)) + ")?");
        switch (kind) {
            // the place by its name alone
            case AREA -> alternatives.add(written);
            // the street with any street word; with its number also without one
            case STREET -> {
                alternatives.add(STREET + GAP + written);
                if (withNumber != null) {
                    alternatives.add(withNumber);
                }
            }
            // a street name alone is an ordinary word ("melati"): only with its number
            case PLAIN -> alternatives.add(withNumber == null ? written : withNumber);
        }
    }

    /** The letters-and-digits words of a text. */
    private static List<String> words(String text) {
        var words = new ArrayList<String>();
        for (var word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the words say more than any address does: a word of letters that is not an address word, 3 letters in all. */
    private static boolean significant(List<String> words) {
        int letters = 0;
        boolean own = false;
        for (var word : words) {
            if (word.chars().anyMatch(Character::isLetter)) {
                letters += (int) word.chars().filter(Character::isLetter).count();
                own |= !ADDRESS_WORDS.contains(word.toLowerCase(Locale.ROOT));
            }
        }
        return own && letters >= 3;
    }

    /** The words in order, with nothing or any few spaces or punctuation between them. */
    private static String phrase(List<String> words) {
        var parts = new ArrayList<String>();
        for (var word : words) {
            parts.add(Pattern.quote(word));
        }
        return String.join(GAP, parts);
    }

    private static String unpadded(String digits) {
        var stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    private static Set<String> addressWords() {
        var words = new java.util.HashSet<String>();
        words.addAll(STREET_WORDS);
        words.addAll(NUMBER_WORDS);
        words.addAll(AREA_WORDS);
        words.addAll(Set.of("rt", "rw", "km", "kode", "pos", "indonesia"));
        return Set.copyOf(words);
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
