package id.suara.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Numbers and dates in Indonesian words, as a berita acara opens: "Pada hari ini Senin tanggal delapan bulan Februari
 * tahun dua ribu dua puluh enam" (GOVDOCS §1.4).
 */
public final class IndonesianWords {

    private static final String[] UNITS = {
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"
    };

    private IndonesianWords() {}

    /** A whole number from 0 to 999,999 in words, e.g. 2026 → "dua ribu dua puluh enam". */
    public static String number(int n) {
        if (n < 0 || n > 999_999) {
            throw new IllegalArgumentException("Only 0 to 999999 are written in words here: " + n);
        }
        if (n < 12) {
            return UNITS[n];
        }
        if (n < 20) {
            return UNITS[n - 10] + " belas";
        }
        if (n < 100) {
            return UNITS[n / 10] + " puluh" + rest(n % 10);
        }
        if (n < 200) {
            return "seratus" + rest(n - 100);
        }
        if (n < 1000) {
            return UNITS[n / 100] + " ratus" + rest(n % 100);
        }
        if (n < 2000) {
            return "seribu" + rest(n - 1000);
        }
        return number(n / 1000) + " ribu" + rest(n % 1000);
    }

    /** "Senin tanggal delapan bulan Februari tahun dua ribu dua puluh enam". */
    public static String date(LocalDate date) {
        var indonesian = PdfRenderer.INDONESIAN;
        return DateTimeFormatter.ofPattern("EEEE", indonesian).format(date)
                + " tanggal " + number(date.getDayOfMonth())
                + " bulan " + DateTimeFormatter.ofPattern("MMMM", indonesian).format(date)
                + " tahun " + number(date.getYear());
    }

    private static String rest(int n) {
        return n == 0 ? "" : " " + number(n);
    }
}
