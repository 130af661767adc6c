package id.suara.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show dates and times ({@code @pageFormat} in templates): in the reader's language, on the 24-hour
 * clock, in the institution's zone, named as Indonesians name it (WIB, WITA, WIT). Indonesian writes the time with a
 * dot ("14.05"), English with a colon.
 */
@Component("pageFormat")
public class PageFormat {

    private final MessageSource messages;

    PageFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** E.g. "Selasa, 24 November 2026 pukul 10.15 WIB": for the public, who read one date at a time. */
    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : pattern("web.format.date-time", instant, zone) + " " + zoneName(zone);
    }

    /** E.g. "24 Nov 2026 10.15 WIB": for staff, who read dates in lists and histories. */
    public String shortDateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : pattern("web.format.short-date-time", instant, zone) + " " + zoneName(zone);
    }

    /** E.g. "24 November 2026". */
    public String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    /** E.g. "24 November 2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    /** E.g. "Selasa, 24 November 2026". */
    public String dayAndDate(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale()).format(date);
    }

    /** E.g. "November 2026". */
    public String month(Instant instant, ZoneId zone) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(instant.atZone(zone));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** WIB, WITA or WIT for Indonesia's zones; the zone id otherwise. */
    public String zone(ZoneId zone) {
        return zoneName(zone);
    }

    /** WIB, WITA or WIT for Indonesia's zones; the zone id otherwise. */
    public static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    private String pattern(String key, Instant instant, ZoneId zone) {
        var locale = locale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale)
                .format(instant.atZone(zone));
    }

    /** Indonesian unless the reader asked for English. */
    static Locale locale() {
        var locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }
}
