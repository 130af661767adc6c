package id.suara.portal.web;

import id.suara.calendar.TimeLimit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times and time limits in the reader's language, for the portal's templates ({@code @portalFormat}). */
@Component("portalFormat")
public class PortalFormat {

    private final MessageSource messages;

    PortalFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** E.g. "24 November 2026 pukul 10.15 WIB" in the institution's zone. */
    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        var locale = locale();
        var pattern = messages.getMessage("web.portal.format.date-time", null, locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone)) + " " + zoneName(zone);
    }

    /** E.g. "24 November 2026". */
    public String date(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        var locale = locale();
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(zone));
    }

    /** E.g. "November 2026". */
    public String month(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(instant.atZone(zone));
    }

    /** "15 menit", "3 hari kerja", "seketika", or "tidak ditentukan" when the SOP sets no limit. */
    public String timeLimit(TimeLimit limit) {
        var locale = locale();
        if (limit == null) {
            return messages.getMessage("web.portal.limit.none", null, locale);
        }
        if (limit.instant()) {
            return messages.getMessage("web.portal.limit.instant", null, locale);
        }
        return messages.getMessage("web.portal.limit." + limit.unit().name(), new Object[] {limit.amount()}, locale);
    }

    /** WIB, WITA or WIT for Indonesia's zones; the zone id otherwise. */
    public String zone(ZoneId zone) {
        return zoneName(zone);
    }

    /** WIB, WITA or WIT for Indonesia's zones; the zone id otherwise. */
    static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    private static Locale locale() {
        var locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }
}
