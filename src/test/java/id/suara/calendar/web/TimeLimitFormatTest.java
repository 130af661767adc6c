package id.suara.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.calendar.TimeLimit;
import id.suara.calendar.TimeUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Time limits read as a person would say them, in both languages, from the shipped message bundles. */
class TimeLimitFormatTest {

    static TimeLimitFormat format() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new TimeLimitFormat(messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource({
        "15, MINUTES, id, 15 menit",
        "1, MINUTES, en, 1 minute",
        "15, MINUTES, en, 15 minutes",
        "1, HOURS, en, 1 hour",
        "24, HOURS, id, 24 jam",
        "1, WORKING_DAYS, en, 1 working day",
        "1, WORKING_DAYS, id, 1 hari kerja",
        "3, WORKING_DAYS, en, 3 working days",
        "1, CALENDAR_DAYS, en, 1 day",
        "30, CALENDAR_DAYS, en, 30 days",
        "30, CALENDAR_DAYS, id, 30 hari",
        "0, MINUTES, id, seketika",
        "0, HOURS, en, at once"
    })
    void readsATimeLimitAsItIsSaid(int amount, String unit, String language, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        var text = format().of(new TimeLimit(amount, TimeUnit.valueOf(unit)));

        assertThat(text).isEqualTo(expected);
    }
}
