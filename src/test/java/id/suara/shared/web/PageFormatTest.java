package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates and times on pages: the reader's language, the 24-hour clock, the institution's zone named WIB/WITA/WIT. */
class PageFormatTest {

    private static final Instant AFTERNOON = Instant.parse("2026-11-24T07:05:00Z");

    static PageFormat format() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PageFormat(messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Asia/Jakarta | id | 24 Nov 2026 14.05 WIB",
                "Asia/Makassar | id | 24 Nov 2026 15.05 WITA",
                "Asia/Jayapura | id | 24 Nov 2026 16.05 WIT",
                "Asia/Jakarta | en | 24 Nov 2026 14:05 WIB"
            })
    void showsStaffTimesOnTheTwentyFourHourClockInTheInstitutionsZone(String zone, String language, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        assertThat(format().shortDateTime(AFTERNOON, ZoneId.of(zone))).isEqualTo(expected);
    }

    @Test
    void writesOutTheDayForThePublicInIndonesian() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));

        assertThat(format().dateTime(AFTERNOON, ZoneId.of("Asia/Jakarta")))
                .isEqualTo("Selasa, 24 November 2026 pukul 14.05 WIB");
    }

    @Test
    void writesOutTheDayForThePublicInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(format().dateTime(AFTERNOON, ZoneId.of("Asia/Makassar")))
                .isEqualTo("Tuesday 24 November 2026 at 15:05 WITA");
    }

    @Test
    void namesTheWeekdayOfACalendarDay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));

        assertThat(format().dayAndDate(LocalDate.of(2026, 12, 25))).isEqualTo("Jumat, 25 Desember 2026");
    }

    @Test
    void showsNothingForAMissingInstant() {
        assertThat(format().shortDateTime(null, ZoneId.of("Asia/Jakarta"))).isEmpty();
        assertThat(format().dateTime(null, ZoneId.of("Asia/Jakarta"))).isEmpty();
    }
}
