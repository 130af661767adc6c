package id.suara.intake;

import id.suara.institution.RegistrationPatterns;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats registration numbers from an institution's pattern; the tokens and the rules for a pattern are in
 * {@link RegistrationPatterns}.
 */
final class RegistrationNumberFormat {

    private static final Pattern TOKEN = RegistrationPatterns.TOKEN;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private RegistrationNumberFormat() {}

    static String format(String pattern, long sequence, int year, int month, SubmissionKind kind) {
        return fill(pattern, sequence, year, month, kind);
    }

    private static String fill(String pattern, long sequence, int year, int month, SubmissionKind kind) {
        Matcher matcher = TOKEN.matcher(pattern);
        var out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "year" -> Integer.toString(year);
                case "month" -> "%02d".formatted(month);
                case "romanMonth" -> ROMAN[month - 1];
                case "kind" ->
                    switch (kind) {
                        case ASPIRATION -> "ASP";
                        case COMPLAINT -> "PGD";
                        case CARBON_COPY -> "TBS";
                        case SERVICE_COMPLAINT -> "PGL";
                    };
                default ->
                    matcher.group(2) == null
                            ? Long.toString(sequence)
                            : String.format("%0" + matcher.group(2) + "d", sequence);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
