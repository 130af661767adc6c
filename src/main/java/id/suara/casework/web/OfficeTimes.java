package id.suara.casework.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants to staff in their institution's time zone, e.g. "23 Nov 2026 14.05 WIB". */
record OfficeTimes(ZoneId zone, Locale locale) {

    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant)
                + " "
                + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
