package id.suara.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    /** The offices of the table, all with the shipped national days off. */
    enum Office {
        /** DPRD Kebumen's reception hours (003 III.A.2): Monday to Thursday 09:00-16:00, Friday 09:00-11:00 WIB. */
        KEBUMEN(
                WIB,
                OfficeHours.of(MONDAY, THURSDAY, LocalTime.of(9, 0), LocalTime.of(16, 0))
                        .with(FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 0))),
        /** An institution in central Indonesia with the standard hours, 08:00-16:00 WITA. */
        MAKASSAR(WITA, OfficeHours.standard()),
        /** An office that is closed on Fridays although Friday is a working day. */
        CLOSED_ON_FRIDAY(WIB, OfficeHours.standard().without(FRIDAY));

        final WorkingCalendar calendar;

        Office(ZoneId zone, OfficeHours officeHours) {
            this.calendar = new WorkingCalendar(zone, officeHours, ShippedHolidays.daysOff());
        }
    }

    @ParameterizedTest(name = "{0}: {1} + {2} {3} is due {4}")
    @CsvSource(textBlock = """
            # Office time within one day
            KEBUMEN,  2026-03-02T10:00, 15, MINUTES,       2026-03-02T10:15
            KEBUMEN,  2026-03-02T13:00,  2, HOURS,         2026-03-02T15:00
            # A limit that runs out exactly at closing is due at closing, not the next morning
            KEBUMEN,  2026-03-02T15:45, 15, MINUTES,       2026-03-02T16:00
            # Across closing into the next working day
            KEBUMEN,  2026-03-02T15:50, 15, MINUTES,       2026-03-03T09:05
            KEBUMEN,  2026-03-02T14:00,  3, HOURS,         2026-03-03T10:00
            # A full Kebumen week holds 4 x 7 + 2 = 30 office hours
            KEBUMEN,  2026-03-02T09:00, 30, HOURS,         2026-03-06T11:00
            KEBUMEN,  2026-03-02T09:00, 31, HOURS,         2026-03-09T10:00
            # Kebumen closes at 11:00 on Friday: the rest runs on Monday, across the weekend
            KEBUMEN,  2026-03-06T10:50, 15, MINUTES,       2026-03-09T09:05
            KEBUMEN,  2026-03-06T13:00, 15, MINUTES,       2026-03-09T09:15
            # Before opening and after closing the clock starts at the next opening
            KEBUMEN,  2026-03-03T07:30, 15, MINUTES,       2026-03-03T09:15
            KEBUMEN,  2026-03-03T09:00,  5, MINUTES,       2026-03-03T09:05
            KEBUMEN,  2026-03-03T16:00,  5, MINUTES,       2026-03-04T09:05
            KEBUMEN,  2026-03-03T21:00, 60, MINUTES,       2026-03-04T10:00
            # From a Saturday and a Sunday
            KEBUMEN,  2026-03-07T10:00, 60, MINUTES,       2026-03-09T10:00
            KEBUMEN,  2026-03-08T23:59,  1, HOURS,         2026-03-09T10:00
            # Office time skips Nyepi and Idul Fitri 2026: 18 Mar (collective leave) to 24 Mar (collective leave)
            KEBUMEN,  2026-03-17T15:30, 60, MINUTES,       2026-03-25T09:30
            KEBUMEN,  2026-03-18T10:00, 15, MINUTES,       2026-03-25T09:15
            # Working days: due at closing of the n-th working day after the start day
            KEBUMEN,  2026-03-02T10:00,  1, WORKING_DAYS,  2026-03-03T16:00
            KEBUMEN,  2026-03-02T07:00,  1, WORKING_DAYS,  2026-03-03T16:00
            KEBUMEN,  2026-03-02T22:00,  1, WORKING_DAYS,  2026-03-03T16:00
            KEBUMEN,  2026-03-05T10:00,  1, WORKING_DAYS,  2026-03-06T11:00
            # Working days skip the weekend; a start on a Saturday counts from Monday
            KEBUMEN,  2026-03-05T10:00,  3, WORKING_DAYS,  2026-03-10T16:00
            KEBUMEN,  2026-03-07T10:00,  1, WORKING_DAYS,  2026-03-09T16:00
            # Chinese New Year 2026: 16 Feb collective leave, 17 Feb national holiday
            KEBUMEN,  2026-02-13T10:00,  3, WORKING_DAYS,  2026-02-20T11:00
            # Nyepi and Idul Fitri 2026: national holidays 19, 21, 22 Mar; collective leave 18, 20, 23, 24 Mar
            KEBUMEN,  2026-03-17T10:00,  1, WORKING_DAYS,  2026-03-25T16:00
            KEBUMEN,  2026-03-17T10:00,  3, WORKING_DAYS,  2026-03-27T11:00
            # Pekalongan's 30 working days to agree a forum, across Idul Fitri and Good Friday (3 Apr)
            KEBUMEN,  2026-03-02T10:00, 30, WORKING_DAYS,  2026-04-21T16:00
            # Christmas 2026 (24 Dec collective leave, 25 Dec holiday) and the weekend
            KEBUMEN,  2026-12-23T10:00,  2, WORKING_DAYS,  2026-12-29T16:00
            # A working day without office hours ends at the end of the day
            CLOSED_ON_FRIDAY, 2026-03-05T10:00, 1, WORKING_DAYS, 2026-03-06T23:59:59.999
            # Calendar days: due at closing of the n-th day after the start day, weekends and holidays counted
            KEBUMEN,  2026-03-02T10:00, 30, CALENDAR_DAYS, 2026-04-01T16:00
            KEBUMEN,  2026-03-02T23:30,  1, CALENDAR_DAYS, 2026-03-03T16:00
            KEBUMEN,  2026-03-05T10:00,  1, CALENDAR_DAYS, 2026-03-06T11:00
            KEBUMEN,  2026-03-05T10:00,  8, CALENDAR_DAYS, 2026-03-13T11:00
            # ... and when the last day is a weekend or holiday, at closing of the next working day
            KEBUMEN,  2026-03-06T20:30,  1, CALENDAR_DAYS, 2026-03-09T16:00
            KEBUMEN,  2026-03-17T10:00,  1, CALENDAR_DAYS, 2026-03-25T16:00
            # 30 days from 2 December 2026 end on New Year's Day 2027, then a weekend: Monday 4 January at closing
            KEBUMEN,  2026-12-02T04:41, 30, CALENDAR_DAYS, 2027-01-04T16:00
            MAKASSAR, 2026-12-02T04:41, 30, CALENDAR_DAYS, 2027-01-04T16:00
            CLOSED_ON_FRIDAY, 2026-03-05T10:00, 1, CALENDAR_DAYS, 2026-03-06T23:59:59.999
            # An institution in WITA counts on its own clock
            MAKASSAR, 2026-03-02T07:45, 30, MINUTES,       2026-03-02T08:30
            MAKASSAR, 2026-03-02T15:30, 60, MINUTES,       2026-03-03T08:30
            MAKASSAR, 2026-03-17T10:00,  1, WORKING_DAYS,  2026-03-25T16:00
            # An amount of 0 is instantly (seketika), even outside office hours
            KEBUMEN,  2026-03-07T22:00,  0, MINUTES,       2026-03-07T22:00
            KEBUMEN,  2026-03-07T22:00,  0, HOURS,         2026-03-07T22:00
            KEBUMEN,  2026-03-19T22:00,  0, WORKING_DAYS,  2026-03-19T22:00
            KEBUMEN,  2026-03-07T22:00,  0, CALENDAR_DAYS, 2026-03-07T22:00
            """)
    void deadlinesFollowTheCalendarsRules(
            Office office, LocalDateTime start, int amount, TimeUnit unit, LocalDateTime expectedDue) {
        var zone = office.calendar.zone();

        var due =
                DeadlineCalculator.dueAt(start.atZone(zone).toInstant(), new TimeLimit(amount, unit), office.calendar);

        assertThat(due.atZone(zone).toLocalDateTime()).isEqualTo(expectedDue);
    }

    @Test
    void officeTimeIsCountedOnTheInstitutionsOwnClock() {
        var start = Instant.parse("2026-03-02T07:30:00Z"); // 14:30 WIB, 15:30 WITA
        var jakarta = new WorkingCalendar(WIB, OfficeHours.standard(), Set.of());
        var makassar = new WorkingCalendar(WITA, OfficeHours.standard(), Set.of());

        assertThat(DeadlineCalculator.dueAt(start, TimeLimit.hours(1), jakarta)).isEqualTo("2026-03-02T08:30:00Z");
        assertThat(DeadlineCalculator.dueAt(start, TimeLimit.hours(1), makassar))
                .isEqualTo("2026-03-03T00:30:00Z");
    }

    @Test
    void workingDaysCountFromTheStartsLocalDate() {
        var start = Instant.parse("2026-03-02T17:30:00Z"); // Monday in UTC, already Tuesday 00:30 in Jakarta
        var jakarta = new WorkingCalendar(WIB, OfficeHours.standard(), Set.of());

        assertThat(DeadlineCalculator.dueAt(start, TimeLimit.workingDays(1), jakarta))
                .isEqualTo(LocalDate.of(2026, 3, 4).atTime(16, 0).atZone(WIB).toInstant());
    }

    @Test
    void officeTimeCannotBeCountedWhenTheOfficeNeverOpensOnAWeekday() {
        var weekendOnly = new WorkingCalendar(
                WIB, OfficeHours.closed().with(SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)), Set.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeadlineCalculator.dueAt(
                        Instant.parse("2026-03-02T03:00:00Z"), TimeLimit.minutes(15), weekendOnly))
                .withMessageContaining("no weekday");
    }

    @Test
    void workingDaysNeedNoOfficeHours() {
        var neverOpen = new WorkingCalendar(WIB, OfficeHours.closed(), Set.of());

        var due = DeadlineCalculator.dueAt(
                LocalDate.of(2026, 3, 6).atTime(10, 0).atZone(WIB).toInstant(), TimeLimit.workingDays(1), neverOpen);

        assertThat(due)
                .isEqualTo(LocalDate.of(2026, 3, 9)
                        .atTime(DeadlineCalculator.END_OF_DAY)
                        .atZone(WIB)
                        .toInstant());
    }

    @Test
    void refusesMissingArguments() {
        var calendar = new WorkingCalendar(WIB, OfficeHours.standard(), Set.of());
        var start = Instant.parse("2026-03-02T03:00:00Z");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeadlineCalculator.dueAt(null, TimeLimit.minutes(1), calendar));
        assertThatIllegalArgumentException().isThrownBy(() -> DeadlineCalculator.dueAt(start, null, calendar));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeadlineCalculator.dueAt(start, TimeLimit.minutes(1), null));
    }

    /** ADR 0036: what is left of a step's time when its clock pauses, and the same time counted again after a pause. */
    @Test
    void theOfficeTimeBetweenTwoInstantsCountsOnlyOfficeHoursOfWorkingDaysAndResumesToTheSameLength() {
        var calendar = new WorkingCalendar(WIB, OfficeHours.standard(), Set.of());
        // Friday 15:00 to Monday 09:00: one hour on Friday (to 16:00), one on Monday (from 08:00)
        var friday = LocalDateTime.of(2026, 2, 6, 15, 0).atZone(WIB).toInstant();
        var monday = LocalDateTime.of(2026, 2, 9, 9, 0).atZone(WIB).toInstant();

        var left = DeadlineCalculator.officeTimeBetween(friday, monday, calendar);

        assertThat(left).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(DeadlineCalculator.officeTimeBetween(monday, friday, calendar))
                .isZero();
        // resumed on Tuesday 15:30 with those two hours: one half hour on Tuesday, 1.5 hours on Wednesday
        var tuesday = LocalDateTime.of(2026, 2, 10, 15, 30).atZone(WIB).toInstant();
        assertThat(DeadlineCalculator.dueAt(tuesday, TimeLimit.minutes((int) left.toMinutes()), calendar))
                .isEqualTo(LocalDateTime.of(2026, 2, 11, 9, 30).atZone(WIB).toInstant());
    }
}
