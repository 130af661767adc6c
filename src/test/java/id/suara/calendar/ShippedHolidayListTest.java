package id.suara.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The national days the product ships: the CSV copy and the migration that loads it must agree, and nothing is guessed. */
class ShippedHolidayListTest {

    static final Set<MonthDay> FIXED_BY_LAW =
            Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(6, 1), MonthDay.of(8, 17), MonthDay.of(12, 25));
    static final Pattern SQL_STRING = Pattern.compile("'((?:[^']|'')*)'");

    @Test
    void csvHasTheExpectedHeaderAndOneEntryPerDate() {
        var rows = ShippedHolidays.rows();

        assertThat(ShippedHolidays.lines().getFirst()).isEqualTo(ShippedHolidays.HEADER);
        assertThat(rows).extracting(ShippedHolidays.Row::date).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.nameId()).isNotBlank();
            assertThat(row.nameEn()).isNotBlank();
            assertThat(row.type()).isIn(HolidayType.NATIONAL_HOLIDAY, HolidayType.COLLECTIVE_LEAVE);
        });
    }

    @Test
    void daysOf2025And2026CiteTheirJointDecree() {
        var decreed = ShippedHolidays.rows().stream()
                .filter(row -> row.date().getYear() < 2027)
                .toList();

        assertThat(decreed)
                .hasSizeGreaterThan(40)
                .allSatisfy(row -> assertThat(row.source()).startsWith("SKB "));
    }

    @Test
    void daysOf2027AreOnlyThoseCertainWithoutTheDecree() {
        var easter = easterSunday(2027);
        var byComputus = Set.of(easter.minusDays(2), easter, easter.plusDays(39));
        var shipped2027 = ShippedHolidays.rows().stream()
                .filter(row -> row.date().getYear() == 2027)
                .toList();

        assertThat(shipped2027).hasSize(8).allSatisfy(row -> {
            assertThat(row.type()).isEqualTo(HolidayType.NATIONAL_HOLIDAY);
            assertThat(row.source()).endsWith("2027 SKB not yet included");
            if (byComputus.contains(row.date())) {
                assertThat(row.source()).startsWith("Date by the Gregorian Easter computus");
            } else {
                assertThat(MonthDay.from(row.date())).isIn(FIXED_BY_LAW);
                assertThat(row.source()).startsWith("Fixed date by law");
            }
        });
        assertThat(shipped2027).extracting(ShippedHolidays.Row::date).containsAll(byComputus);
    }

    @Test
    void computusMatchesTheDecreedEasterDates() {
        assertThat(easterSunday(2025)).isEqualTo("2025-04-20");
        assertThat(easterSunday(2026)).isEqualTo("2026-04-05");
    }

    @Test
    void migrationInsertsExactlyTheRowsOfTheCsv() throws IOException {
        var fromCsv = ShippedHolidays.lines().stream()
                .skip(1)
                .map(line -> List.of(line.split(",", -1)))
                .toList();

        assertThat(migrationRows()).containsExactlyElementsOf(fromCsv);
    }

    /** The value rows of the migration's insert, each as its unquoted string literals. */
    private static List<List<String>> migrationRows() throws IOException {
        String sql;
        try (InputStream in = ShippedHolidayListTest.class.getResourceAsStream("/db/migration/V2__calendar.sql")) {
            assertThat(in).as("V2__calendar.sql on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var rows = new ArrayList<List<String>>();
        sql.lines().filter(line -> line.strip().startsWith("('")).forEach(line -> {
            var literals = new ArrayList<String>();
            var matcher = SQL_STRING.matcher(line);
            while (matcher.find()) {
                literals.add(matcher.group(1).replace("''", "'"));
            }
            rows.add(literals);
        });
        return rows;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
