package id.suara.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterNumberPatternTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{kka}/{seq}/{unit}/{month}/{year} | 000.1.6 | Setwan | 15 | 2026-02-08 | 000.1.6/15/Setwan/II/2026",
                "{kka}/{seq}/{unit}                | 000.8.3.3 | OR   | 15 | 2026-12-31 | 000.8.3.3/15/OR",
                "{kka}/{seq}/SOP/{unit}/{year}     | 175     | SETWAN | 5  | 2022-04-01 | 175/5/SOP/SETWAN/2022",
                "{kka}/{seq} TAHUN {year}          | 170     | X      | 28 | 2023-09-09 | 170/28 TAHUN 2023"
            })
    void numbersALetterFromTheSeedsPatterns(
            String pattern, String kka, String unit, int sequence, LocalDate date, String expected) {
        assertThat(new LetterNumberPattern(pattern, kka, unit).format(sequence, date))
                .isEqualTo(expected);
    }

    @Test
    void monthsAreRomanNumerals() {
        var pattern = new LetterNumberPattern("{month}", "000", "X");
        assertThat(java.util.stream.IntStream.rangeClosed(1, 12)
                        .mapToObj(m -> pattern.format(1, LocalDate.of(2026, m, 1)))
                        .toList())
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    }

    @Test
    void aPatternNeedsTheRunningNumberExactlyOnce() {
        assertThat(new LetterNumberPattern("{kka}/{unit}/{year}", "000", "X").placeholderProblems())
                .containsExactly("must contain the running number {seq} exactly once");
        assertThat(new LetterNumberPattern("{seq}/{seq}", "000", "X").placeholderProblems())
                .containsExactly("must contain the running number {seq} exactly once");
        assertThat(new LetterNumberPattern("{kka}/{seq}/{unit}/{month}/{year}", "000", "X").placeholderProblems())
                .isEmpty();
    }

    @Test
    void aPatternNamesOnlyKnownPartsAndClosesItsBraces() {
        assertThat(new LetterNumberPattern("{seq}/{day}", "000", "X").placeholderProblems())
                .containsExactly("unknown part {day}; use {kka}, {seq}, {unit}, {month} or {year}");
        assertThat(new LetterNumberPattern("{seq}/{year", "000", "X").placeholderProblems())
                .containsExactly("a brace is not closed");
    }
}
