package id.suara.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * How an institution numbers one type of document (GOVDOCS §1.9), e.g. {@code {kka}/{seq}/{unit}/{month}/{year}} with
 * classification code {@code 000.1.6} and unit code {@code Setwan} gives {@code 000.1.6/15/Setwan/II/2026}.
 *
 * @param pattern the number's parts: {@code {kka}} the classification code, {@code {seq}} the running number (restarting
 *     each calendar year), {@code {unit}} the unit code, {@code {month}} the month in Roman numerals, {@code {year}} the
 *     four-digit year, and literal characters between them
 * @param classificationCode the archive classification code (kode klasifikasi arsip, Permendagri 83/2022), e.g. 000.1.6
 * @param unitCode the issuing unit's code, e.g. Setwan
 */
public record LetterNumberPattern(
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = "[A-Za-z0-9{}./ -]*", message = "only letters, digits, { } . / - and spaces")
        String pattern,

        @NotBlank
        @Size(max = 30)
        @Pattern(regexp = "[0-9]{3}(\\.[0-9]{1,3})*", message = "digits in groups: 000, 000.1, 000.1.6")
        String classificationCode,

        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9./-]*", message = "only letters, digits and . / -")
        String unitCode) {

    /** The pattern most regional offices use: KKA, running number, unit, Roman month and year. */
    public static final String DEFAULT_PATTERN = "{kka}/{seq}/{unit}/{month}/{year}";

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^}]*)}");
    private static final List<String> PLACEHOLDERS = List.of("kka", "seq", "unit", "month", "year");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** What is wrong with the pattern beyond its characters: unknown placeholders, and {seq} not exactly once. */
    List<String> placeholderProblems() {
        var problems = new ArrayList<String>();
        if (pattern == null) {
            return problems;
        }
        int runningNumbers = 0;
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        while (placeholder.find()) {
            var name = placeholder.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                problems.add("unknown part {" + name + "}; use {kka}, {seq}, {unit}, {month} or {year}");
            } else if (name.equals("seq")) {
                runningNumbers++;
            }
        }
        var withoutPlaceholders = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (withoutPlaceholders.contains("{") || withoutPlaceholders.contains("}")) {
            problems.add("a brace is not closed");
        }
        if (runningNumbers != 1) {
            problems.add("must contain the running number {seq} exactly once");
        }
        return problems;
    }

    /**
     * The number series this pattern writes in: the pattern with its classification code and unit code filled in.
     * Types with the same series share one running number, so no two of them are given the same number.
     */
    public String series() {
        return pattern.replace("{kka}", classificationCode).replace("{unit}", unitCode);
    }

    /** The number of the {@code sequence}th document of its series issued in {@code date}'s year. */
    public String format(int sequence, LocalDate date) {
        return pattern.replace("{kka}", classificationCode)
                .replace("{seq}", Integer.toString(sequence))
                .replace("{unit}", unitCode)
                .replace("{month}", ROMAN[date.getMonthValue() - 1])
                .replace("{year}", Integer.toString(date.getYear()));
    }

    LetterNumberPattern stripped() {
        return new LetterNumberPattern(
                pattern == null ? null : pattern.strip(),
                classificationCode == null ? null : classificationCode.strip(),
                unitCode == null ? null : unitCode.strip());
    }
}
