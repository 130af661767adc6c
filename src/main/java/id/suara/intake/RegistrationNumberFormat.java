package id.suara.intake;

import id.suara.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats registration numbers from an institution's pattern. Tokens: {@code {seq}} or {@code {seq:N}} (zero-padded to N
 * digits), {@code {year}}, {@code {month}} (two digits), {@code {romanMonth}} (I–XII, as Indonesian official letters use),
 * {@code {kind}} (ASP, PGD, TBS). A pattern must contain {@code {seq}} and {@code {year}} so that numbers are never reused.
 */
final class RegistrationNumberFormat {

    private static final Pattern TOKEN = Pattern.compile("\\{(seq(?::(\\d{1,2}))?|year|month|romanMonth|kind)}");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private RegistrationNumberFormat() {}

    static void validate(String pattern) {
        if (pattern == null
                || !pattern.contains("{year}")
                || !TOKEN.matcher(pattern).results().anyMatch(m -> m.group(1).startsWith("seq"))) {
            throw InvalidInputException.invalid("registrationPattern", "The pattern must contain {seq} and {year}");
        }
        var withoutTokens = TOKEN.matcher(pattern).replaceAll("");
        if (withoutTokens.contains("{") || withoutTokens.contains("}")) {
            throw InvalidInputException.invalid("registrationPattern", "The pattern has an unknown {token}");
        }
    }

    static String format(String pattern, long sequence, int year, int month, SubmissionKind kind) {
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
