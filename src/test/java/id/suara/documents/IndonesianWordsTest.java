package id.suara.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianWordsTest {

    @ParameterizedTest
    @CsvSource({
        "0, nol",
        "1, satu",
        "10, sepuluh",
        "11, sebelas",
        "12, dua belas",
        "19, sembilan belas",
        "20, dua puluh",
        "31, tiga puluh satu",
        "100, seratus",
        "111, seratus sebelas",
        "250, dua ratus lima puluh",
        "1000, seribu",
        "1945, seribu sembilan ratus empat puluh lima",
        "2000, dua ribu",
        "2026, dua ribu dua puluh enam",
        "11000, sebelas ribu",
        "100000, seratus ribu",
        "999999, sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"
    })
    void writesNumbersInWords(int number, String words) {
        assertThat(IndonesianWords.number(number)).isEqualTo(words);
    }

    @Test
    void writesADateAsABeritaAcaraOpens() {
        assertThat(IndonesianWords.date(LocalDate.of(2026, 2, 9)))
                .isEqualTo("Senin tanggal sembilan bulan Februari tahun dua ribu dua puluh enam");
        assertThat(IndonesianWords.date(LocalDate.of(2026, 11, 27)))
                .isEqualTo("Jumat tanggal dua puluh tujuh bulan November tahun dua ribu dua puluh enam");
    }

    @Test
    void refusesNumbersItCannotWrite() {
        assertThatThrownBy(() -> IndonesianWords.number(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndonesianWords.number(1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
