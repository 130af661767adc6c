package id.suara.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The national days shipped in {@code calendar/holidays-id.csv}, read for tests. */
final class ShippedHolidays {

    static final String RESOURCE = "/calendar/holidays-id.csv";
    static final String HEADER = "date,type,name_id,name_en,source";

    /** One line of the file. */
    record Row(LocalDate date, HolidayType type, String nameId, String nameEn, String source) {}

    private ShippedHolidays() {}

    static List<String> lines() {
        try (InputStream in = ShippedHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        return lines().stream().skip(1).map(ShippedHolidays::row).toList();
    }

    /** The days off of the national calendar, as {@link InstitutionCalendars} builds them for an institution with no days of its own. */
    static Set<LocalDate> daysOff() {
        return rows().stream().filter(row -> row.type().dayOff()).map(Row::date).collect(Collectors.toSet());
    }

    private static Row row(String line) {
        var fields = line.split(",", -1);
        if (fields.length != 5) {
            throw new IllegalStateException("Expected 5 fields in: " + line);
        }
        return new Row(LocalDate.parse(fields[0]), HolidayType.valueOf(fields[1]), fields[2], fields[3], fields[4]);
    }
}
