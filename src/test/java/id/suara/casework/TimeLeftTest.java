package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.calendar.OfficeHours;
import id.suara.calendar.TimeUnit;
import id.suara.calendar.WorkingCalendar;
import id.suara.casework.TimeLeft.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long a case has left, or how long it is overdue, as staff count it in the institution's calendar. */
class TimeLeftTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Wednesday 18 March 2026 as a holiday, so a week with one. */
    private static final WorkingCalendar CALENDAR =
            new WorkingCalendar(WIB, OfficeHours.standard(), Set.of(LocalDate.parse("2026-03-18")));

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    @ParameterizedTest(name = "due {0}, now {1}: {2} {3}, overdue {4}")
    @CsvSource({
        // a later working day: the working days from tomorrow up to the due day
        "2026-03-06T10:00, 2026-03-04T15:00, 2, WORKING_DAYS, false",
        // over a weekend: Friday to Monday is one working day
        "2026-03-09T09:15, 2026-03-06T16:00, 1, WORKING_DAYS, false",
        // over the Wednesday holiday: Tuesday to Thursday is one working day
        "2026-03-19T10:00, 2026-03-17T10:00, 1, WORKING_DAYS, false",
        // due on a Sunday, seen on the Saturday before: no working day comes first
        "2026-03-08T10:00, 2026-03-07T10:00, 1, DAYS, false",
        // due today: hours, then minutes in the last hour
        "2026-03-04T14:00, 2026-03-04T10:30, 3, HOURS, false",
        "2026-03-04T10:15, 2026-03-04T10:00, 15, MINUTES, false",
        "2026-03-04T10:15, 2026-03-04T10:15, 1, MINUTES, false",
        // overdue: whole days, on the first day hours, in the first hour minutes
        "2026-03-02T10:15, 2026-03-04T11:00, 2, DAYS, true",
        "2026-03-04T10:15, 2026-03-04T15:20, 5, HOURS, true",
        "2026-03-04T10:15, 2026-03-04T10:16, 1, MINUTES, true"
    })
    void countsTheTimeLeftOrOverdue(String due, String now, long amount, Unit unit, boolean overdue) {
        assertThat(TimeLeft.until(wib(due), wib(now), CALENDAR, TimeUnit.WORKING_DAYS))
                .isEqualTo(new TimeLeft(overdue, amount, unit));
    }

    @ParameterizedTest(name = "due {0}, now {1}: {2} {3}, overdue {4}")
    @CsvSource({
        // a 30-day step entered on 2 March, due 1 April: 30 days, not the 21 working days in between
        "2026-04-01T16:00, 2026-03-02T10:00, 30, DAYS, false",
        // over the weekend and the Wednesday holiday, every day counts
        "2026-03-19T16:00, 2026-03-13T10:00, 6, DAYS, false",
        // due today and overdue read as for any other step
        "2026-03-04T14:00, 2026-03-04T10:30, 3, HOURS, false",
        "2026-03-02T10:15, 2026-03-04T11:00, 2, DAYS, true"
    })
    void countsTheDaysLeftOfACalendarDayStepInCalendarDays(
            String due, String now, long amount, Unit unit, boolean overdue) {
        assertThat(TimeLeft.until(wib(due), wib(now), CALENDAR, TimeUnit.CALENDAR_DAYS))
                .isEqualTo(new TimeLeft(overdue, amount, unit));
    }

    @ParameterizedTest(name = "step without a limit or in {0}: working days")
    @CsvSource({"HOURS", "MINUTES", "WORKING_DAYS", "''"})
    void countsTheDaysLeftOfOtherStepsInWorkingDays(String limitUnit) {
        var unit = limitUnit.isEmpty() ? null : TimeUnit.valueOf(limitUnit);

        assertThat(TimeLeft.until(wib("2026-03-06T10:00"), wib("2026-03-04T15:00"), CALENDAR, unit))
                .isEqualTo(new TimeLeft(false, 2, Unit.WORKING_DAYS));
    }
}
