package id.suara.institution;

import id.suara.shared.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for an institution's registration number pattern. Tokens: {@code {seq}} or {@code {seq:N}} (zero-padded to N
 * digits), {@code {year}}, {@code {month}} (two digits), {@code {romanMonth}} (I–XII, as Indonesian official letters use),
 * {@code {kind}} (ASP, PGD, TBS, PGL for a service complaint). A pattern must contain {@code {seq}} and {@code {year}} so that numbers are never reused.
 */
public final class RegistrationPatterns {

    /** One token of a pattern; group 1 is its name, group 2 the padding of {@code {seq:N}}. */
    public static final Pattern TOKEN = Pattern.compile("\\{(seq(?::(\\d{1,2}))?|year|month|romanMonth|kind)}");

    /** What a new institution's pattern starts as: {@code 0001/PGD/XI/2026}. */
    public static final String DEFAULT = "{seq:4}/{kind}/{romanMonth}/{year}";

    /** The longest pattern the database keeps. */
    public static final int MAX_LENGTH = 100;

    private RegistrationPatterns() {}

    /** Why a pattern cannot number registrations, or empty when it can. */
    public static Optional<String> problem(String pattern) {
        if (pattern == null
                || !pattern.contains("{year}")
                || !TOKEN.matcher(pattern).results().anyMatch(m -> m.group(1).startsWith("seq"))) {
            return Optional.of("The pattern must contain {seq} and {year}");
        }
        if (pattern.length() > MAX_LENGTH) {
            return Optional.of("The pattern has more than " + MAX_LENGTH + " characters");
        }
        var withoutTokens = TOKEN.matcher(pattern).replaceAll("");
        if (withoutTokens.contains("{") || withoutTokens.contains("}")) {
            return Optional.of("The pattern has an unknown {token}");
        }
        return Optional.empty();
    }

    /** Refuses a pattern that cannot number registrations, naming the field {@code registrationPattern}. */
    public static void validate(String pattern) {
        problem(pattern).ifPresent(message -> {
            throw InvalidInputException.invalid("registrationPattern", message);
        });
    }
}
