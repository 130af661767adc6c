package id.suara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final WorkingCalendar NATIONAL = new WorkingCalendar(WIB, OfficeHours.standard(), ShippedHolidays.daysOff());

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(textBlock = """
            # Monday to Friday
            2026-03-02, true
            2026-03-06, true
            # The weekend
            2026-03-07, false
            2026-03-08, false
            # Nyepi (national holiday) and the collective leave before it
            2026-03-19, false
            2026-03-18, false
            # The first working day after Idul Fitri 2026
            2026-03-25, true
            # A national holiday in the shipped 2027 days: Ascension Day
            2027-05-06, false
            """)
    void workingDaysAreWeekdaysThatAreNotDaysOff(LocalDate date, boolean working) {
        assertThat(NATIONAL.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "open at {0} WIB: {1}")
    @CsvSource(textBlock = """
            2026-03-02T08:00, true
            2026-03-02T15:59, true
            2026-03-02T16:00, false
            2026-03-02T07:59, false
            # Saturday during office hours of a weekday
            2026-03-07T10:00, false
            # A collective leave day during office hours
            2026-03-18T10:00, false
            """)
    void isOpenWithinOfficeHoursOfWorkingDays(LocalDateTime localTime, boolean open) {
        assertThat(NATIONAL.isOpen(localTime.atZone(WIB).toInstant())).isEqualTo(open);
    }

    @Test
    void isOpenReadsTheClockOfTheCalendarsZone() {
        var makassar = new WorkingCalendar(ZoneId.of("Asia/Makassar"), OfficeHours.standard(), Set.of());
        var eightAmInJakarta =
                LocalDateTime.parse("2026-03-02T08:00").atZone(WIB).toInstant();
        var quarterToEightInJakarta =
                LocalDateTime.parse("2026-03-02T07:15").atZone(WIB).toInstant();

        assertThat(makassar.isOpen(eightAmInJakarta)).isTrue(); // 09:00 WITA
        assertThat(makassar.isOpen(quarterToEightInJakarta)).isTrue(); // 08:15 WITA
        assertThat(NATIONAL.isOpen(quarterToEightInJakarta)).isFalse();
    }

    @Test
    void keepsItsOwnCopyOfTheDaysOff() {
        var daysOff = new HashSet<LocalDate>();
        var calendar = new WorkingCalendar(WIB, OfficeHours.standard(), daysOff);

        daysOff.add(LocalDate.of(2026, 3, 2));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void refusesMissingParts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkingCalendar(null, OfficeHours.standard(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(WIB, null, Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingCalendar(WIB, OfficeHours.standard(), null));
    }
}
