package id.suara.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Times at which DPRD Kebumen receives delegations, for tests that request an audience some days from today: 10:00 WIB
 * on a Monday to Thursday that is no shipped national holiday or collective leave day, so that the request is not
 * refused for falling outside reception hours whatever day the tests run.
 */
public final class Audiences {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Set<LocalDate> DAYS_OFF = shippedDaysOff();

    private Audiences() {}

    /** 10:00 WIB on the first reception day at least {@code daysAhead} days from today. */
    public static OffsetDateTime receptionTime(int daysAhead) {
        var date = LocalDate.now(WIB).plusDays(daysAhead);
        while (date.getDayOfWeek().compareTo(DayOfWeek.THURSDAY) > 0 || DAYS_OFF.contains(date)) {
            date = date.plusDays(1);
        }
        return date.atTime(LocalTime.of(10, 0)).atZone(WIB).toOffsetDateTime();
    }

    private static Set<LocalDate> shippedDaysOff() {
        try (InputStream in = Audiences.class.getResourceAsStream("/calendar/holidays-id.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
