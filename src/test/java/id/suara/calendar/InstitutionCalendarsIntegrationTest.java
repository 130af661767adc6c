package id.suara.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SuaraIntegrationTest
class InstitutionCalendarsIntegrationTest {

    static final LocalDate NYEPI_2026 = LocalDate.of(2026, 3, 19);
    static final LocalDate NYEPI_COLLECTIVE_LEAVE_2026 = LocalDate.of(2026, 3, 18);
    static final LocalDate ORDINARY_TUESDAY = LocalDate.of(2026, 3, 3);
    static final OfficeHours KEBUMEN_HOURS = OfficeHours.of(MONDAY, THURSDAY, LocalTime.of(9, 0), LocalTime.of(16, 0))
            .with(FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));

    @Autowired
    InstitutionCalendars calendars;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nationalHolidaysAndCollectiveLeaveAreNotWorkingDaysForAnInstitution() {
        var institution = newInstitution(ZoneId.of("Asia/Makassar"));

        var calendar = calendars.forInstitution(institution.id());

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(calendar.isWorkingDay(NYEPI_2026)).isFalse();
        assertThat(calendar.isWorkingDay(NYEPI_COLLECTIVE_LEAVE_2026)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
    }

    @Test
    void anInstitutionsWorkingDayOverridesANationalDayOffForThatInstitutionOnly() {
        var working = newInstitution(ZoneId.of("Asia/Jakarta"));
        var other = newInstitution(ZoneId.of("Asia/Jakarta"));

        calendars.addHoliday(
                working.id(),
                NYEPI_COLLECTIVE_LEAVE_2026,
                HolidayType.WORKING_DAY,
                "Masuk kerja pada cuti bersama",
                "Working on collective leave",
                "Surat Edaran Sekretaris DPRD");

        assertThat(calendars.forInstitution(working.id()).isWorkingDay(NYEPI_COLLECTIVE_LEAVE_2026))
                .isTrue();
        assertThat(calendars.forInstitution(other.id()).isWorkingDay(NYEPI_COLLECTIVE_LEAVE_2026))
                .isFalse();
    }

    @Test
    void aRegionalHolidayAffectsOnlyItsInstitution() {
        var region = newInstitution(ZoneId.of("Asia/Jakarta"));
        var elsewhere = newInstitution(ZoneId.of("Asia/Jakarta"));

        var added = calendars.addHoliday(
                region.id(),
                ORDINARY_TUESDAY,
                HolidayType.REGIONAL_HOLIDAY,
                "Hari Jadi Kabupaten",
                "Regency anniversary",
                "Peraturan Daerah tentang Hari Jadi");

        assertThat(calendars.forInstitution(region.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isFalse();
        assertThat(calendars.forInstitution(elsewhere.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isTrue();
        assertThat(calendars.holidays(region.id(), 2026)).contains(added);
        assertThat(calendars.holidays(elsewhere.id(), 2026)).doesNotContain(added);
        assertThat(calendars.holidays(null, 2026)).doesNotContain(added);
    }

    @Test
    void holidaysOfAYearIncludeTheNationalDaysInDateOrder() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        calendars.addHoliday(
                institution.id(), ORDINARY_TUESDAY, HolidayType.REGIONAL_HOLIDAY, "Hari Jadi", "", "Perda");

        var holidays = calendars.holidays(institution.id(), 2026);

        assertThat(holidays).extracting(Holiday::date).isSorted().contains(NYEPI_2026, ORDINARY_TUESDAY);
        assertThat(holidays)
                .allSatisfy(holiday -> assertThat(holiday.date().getYear()).isEqualTo(2026));
        assertThat(holidays)
                .filteredOn(holiday -> holiday.date().equals(ORDINARY_TUESDAY))
                .singleElement()
                .extracting(Holiday::nameEn)
                .isEqualTo("Hari Jadi");
    }

    @Test
    void theMigrationLoadsEveryShippedNationalDay() {
        for (var year : new int[] {2025, 2026, 2027}) {
            var loaded = calendars.holidays(null, year).stream()
                    .map(day ->
                            new ShippedHolidays.Row(day.date(), day.type(), day.nameId(), day.nameEn(), day.source()))
                    .toList();
            var shipped = ShippedHolidays.rows().stream()
                    .filter(row -> row.date().getYear() == year)
                    .toList();

            assertThat(loaded).as("national days of %d", year).containsAll(shipped);
        }
    }

    @Test
    void officeHoursFallBackToTheStandardHoursAndCanBeReplaced() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        var earlyHours = OfficeHours.of(MONDAY, THURSDAY, LocalTime.of(7, 30), LocalTime.of(15, 30));

        assertThat(calendars.officeHours(institution.id())).isEqualTo(OfficeHours.standard());

        calendars.replaceOfficeHours(institution.id(), KEBUMEN_HOURS);
        assertThat(calendars.officeHours(institution.id())).isEqualTo(KEBUMEN_HOURS);
        assertThat(calendars.forInstitution(institution.id()).officeHours()).isEqualTo(KEBUMEN_HOURS);

        calendars.replaceOfficeHours(institution.id(), earlyHours);
        assertThat(calendars.officeHours(institution.id())).isEqualTo(earlyHours);

        calendars.resetOfficeHours(institution.id());
        assertThat(calendars.officeHours(institution.id())).isEqualTo(OfficeHours.standard());
    }

    @Test
    void officeHoursMustOpenOnAWeekdayAndNeverOnTheWeekend() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));

        assertThatThrownBy(() -> calendars.replaceOfficeHours(institution.id(), OfficeHours.closed()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("officeHours"));
        assertThatThrownBy(() -> calendars.replaceOfficeHours(
                        institution.id(),
                        OfficeHours.standard().with(SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("officeHours"));
        assertThat(calendars.officeHours(institution.id())).isEqualTo(OfficeHours.standard());
    }

    @Test
    void deadlinesUseTheInstitutionsStoredCalendar() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        calendars.replaceOfficeHours(institution.id(), KEBUMEN_HOURS);
        var start = LocalDate.of(2026, 3, 17)
                .atTime(10, 0)
                .atZone(institution.zone())
                .toInstant();

        var due = DeadlineCalculator.dueAt(start, TimeLimit.workingDays(3), calendars.forInstitution(institution.id()));

        assertThat(due)
                .isEqualTo(LocalDate.of(2026, 3, 27)
                        .atTime(11, 0)
                        .atZone(institution.zone())
                        .toInstant());
    }

    @Test
    void refusesASecondEntryOnTheSameDate() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        calendars.addHoliday(
                institution.id(), ORDINARY_TUESDAY, HolidayType.REGIONAL_HOLIDAY, "Hari Jadi", "", "Perda");

        assertThatThrownBy(() -> calendars.addHoliday(
                        institution.id(), ORDINARY_TUESDAY, HolidayType.REGIONAL_HOLIDAY, "Lagi", "", "Perda"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("date"))
                .hasMessageContaining("Hari Jadi");
        assertThatThrownBy(
                        () -> calendars.addHoliday(null, NYEPI_2026, HolidayType.NATIONAL_HOLIDAY, "Nyepi", "", "SKB"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void refusesEntriesThatMakeNoSense() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));

        assertThatThrownBy(() -> calendars.addHoliday(
                        null, ORDINARY_TUESDAY, HolidayType.REGIONAL_HOLIDAY, "Hari Jadi", "", "Perda"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("type"));
        assertThatThrownBy(() -> calendars.addHoliday(
                        institution.id(),
                        LocalDate.of(2026, 3, 7),
                        HolidayType.WORKING_DAY,
                        "Sabtu masuk",
                        "",
                        "Surat"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("date"));
        assertThatThrownBy(() -> calendars.addHoliday(
                        institution.id(), ORDINARY_TUESDAY, HolidayType.REGIONAL_HOLIDAY, " ", "", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("nameId", "source"));
        assertThat(calendars.holidays(institution.id(), 2026))
                .extracting(Holiday::institutionId)
                .containsOnlyNulls();
    }

    @Test
    void removingAHolidayMakesTheDayAWorkingDayAgain() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        var added = calendars.addHoliday(
                institution.id(), ORDINARY_TUESDAY, HolidayType.REGIONAL_HOLIDAY, "Hari Jadi", "", "Perda");

        calendars.removeHoliday(added.id());

        assertThat(calendars.forInstitution(institution.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isTrue();
        assertThat(calendars.findHoliday(added.id())).isEmpty();
        assertThatThrownBy(() -> calendars.removeHoliday(added.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownInstitutionHasNoCalendar() {
        assertThatThrownBy(() -> calendars.forInstitution(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWorkingCalendarIsReadFromMemoryUntilItChangesHere() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        assertThat(calendars.forInstitution(institution.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isTrue();
        // written past Suara, e.g. by another instance on the same database: seen at most CACHED_FOR later
        jdbc.sql("""
                insert into holiday (id, institution_id, date, type, name_id, name_en, source)
                values (?, ?, ?, 'REGIONAL_HOLIDAY', 'Libur', 'Holiday', 'Test')""")
                .params(UUID.randomUUID(), institution.id(), ORDINARY_TUESDAY)
                .update();

        assertThat(calendars.forInstitution(institution.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isTrue();
    }

    @Test
    void aHolidayAddedOrRemovedCountsAtOnceInACalendarReadBefore() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        assertThat(calendars.forInstitution(institution.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isTrue();

        var added = calendars.addHoliday(
                institution.id(),
                ORDINARY_TUESDAY,
                HolidayType.REGIONAL_HOLIDAY,
                "Hari Jadi Kabupaten",
                "Regency anniversary",
                "Perbup");
        assertThat(calendars.forInstitution(institution.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isFalse();

        calendars.removeHoliday(added.id());
        assertThat(calendars.forInstitution(institution.id()).isWorkingDay(ORDINARY_TUESDAY))
                .isTrue();
    }

    @Test
    void officeHoursReplacedOrResetCountAtOnceInACalendarReadBefore() {
        var institution = newInstitution(ZoneId.of("Asia/Jakarta"));
        assertThat(calendars.forInstitution(institution.id()).officeHours()).isEqualTo(OfficeHours.standard());

        calendars.replaceOfficeHours(institution.id(), KEBUMEN_HOURS);
        assertThat(calendars.forInstitution(institution.id()).officeHours()).isEqualTo(KEBUMEN_HOURS);

        calendars.resetOfficeHours(institution.id());
        assertThat(calendars.forInstitution(institution.id()).officeHours()).isEqualTo(OfficeHours.standard());
    }

    private Institution newInstitution(ZoneId zone) {
        var code = "CAL-" + UUID.randomUUID().toString().substring(0, 8);
        return institutions.add(
                code, "Calendar test " + code, InstitutionKind.GOVERNMENT_OFFICE, zone, "{seq}/CAL/{year}");
    }

    private static java.util.List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
