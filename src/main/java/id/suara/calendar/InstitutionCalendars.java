package id.suara.calendar;

import id.suara.institution.Institutions;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.shared.ReadMostlyCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each institution's working calendar, and its administration: national and institution holidays, and office hours.
 *
 * <p>An institution does not work on the national days off (holidays and collective leave) and on its own holidays,
 * except on the days it marks as {@link HolidayType#WORKING_DAY}. Without office hours of its own it works
 * {@link OfficeHours#standard()}.
 *
 * <p>Each institution's working calendar is kept in memory (read by every deadline and every public tracking lookup):
 * a {@link ReadMostlyCache} (ADR 0020).
 */
@Service
public class InstitutionCalendars {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_SOURCE_LENGTH = 300;

    private final JdbcClient jdbc;
    private final Institutions institutions;
    /** A change of a national day concerns every institution, so every change drops every calendar. */
    private final ReadMostlyCache<UUID, WorkingCalendar> workingCalendars = new ReadMostlyCache<>();

    InstitutionCalendars(JdbcClient jdbc, Institutions institutions) {
        this.jdbc = jdbc;
        this.institutions = institutions;
    }

    /** The institution's working calendar, on its own time zone, for every year the calendar holds days of. */
    public WorkingCalendar forInstitution(UUID institutionId) {
        var zone = institutions.get(requireInstitution(institutionId)).zone();
        var calendar = workingCalendars.get(institutionId, id -> load(id, zone));
        // the institution's zone is read from the institutions (which drop their own cache when it changes)
        return calendar.zone().equals(zone)
                ? calendar
                : new WorkingCalendar(zone, calendar.officeHours(), calendar.nonWorkingDays());
    }

    private WorkingCalendar load(UUID institutionId, ZoneId zone) {
        var nonWorkingDays = jdbc.sql("""
                        select date from holiday
                        where (institution_id is null or institution_id = :institution) and type <> 'WORKING_DAY'
                        except
                        select date from holiday
                        where institution_id = :institution and type = 'WORKING_DAY'""")
                .param("institution", institutionId)
                .query(LocalDate.class)
                .set();
        return new WorkingCalendar(zone, storedOrStandardOfficeHours(institutionId), nonWorkingDays);
    }

    /**
     * The days of a year that concern the institution, national days first on a date shared with an institution's own
     * entry; only the national days when {@code institutionId} is null.
     */
    @Transactional(readOnly = true)
    public List<Holiday> holidays(UUID institutionId, int year) {
        var from = LocalDate.of(year, 1, 1);
        var to = from.plusYears(1);
        if (institutionId == null) {
            return jdbc.sql("""
                            select * from holiday
                            where institution_id is null and date >= :from and date < :to
                            order by date""")
                    .param("from", from)
                    .param("to", to)
                    .query(InstitutionCalendars::holiday)
                    .list();
        }
        institutions.get(institutionId);
        return jdbc.sql("""
                        select * from holiday
                        where (institution_id is null or institution_id = :institution) and date >= :from and date < :to
                        order by date, institution_id nulls first""")
                .param("institution", institutionId)
                .param("from", from)
                .param("to", to)
                .query(InstitutionCalendars::holiday)
                .list();
    }

    public Optional<Holiday> findHoliday(UUID holidayId) {
        return jdbc.sql("select * from holiday where id = ?")
                .param(holidayId)
                .query(InstitutionCalendars::holiday)
                .optional();
    }

    /**
     * Adds a day to the calendar: a national day when {@code institutionId} is null (only a holiday or collective leave), or
     * a day of one institution. One entry per date for the nation, and one per date for each institution.
     *
     * @param nameEn the English name; the Indonesian one when blank
     * @param source where the day comes from, e.g. the SKB or the regent's decree; required, so that every day can be traced
     */
    @Transactional
    public Holiday addHoliday(
            UUID institutionId, LocalDate date, HolidayType type, String nameId, String nameEn, String source) {
        var errors = new ArrayList<FieldError>();
        if (date == null) {
            errors.add(new FieldError("date", "A date is required"));
        }
        if (type == null) {
            errors.add(new FieldError("type", "A type is required"));
        } else if (institutionId == null && (type == HolidayType.REGIONAL_HOLIDAY || type == HolidayType.WORKING_DAY)) {
            errors.add(
                    new FieldError("type", "A national day can only be a national holiday or a collective leave day"));
        } else if (type == HolidayType.WORKING_DAY && date != null && WorkingCalendar.isWeekend(date.getDayOfWeek())) {
            errors.add(new FieldError("date", "Only a day from Monday to Friday can be marked as a working day"));
        }
        checkText(errors, "nameId", nameId, MAX_NAME_LENGTH, true);
        checkText(errors, "nameEn", nameEn, MAX_NAME_LENGTH, false);
        checkText(errors, "source", source, MAX_SOURCE_LENGTH, true);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (institutionId != null) {
            institutions.get(institutionId);
        }
        var holiday = new Holiday(
                UUID.randomUUID(),
                institutionId,
                date,
                type,
                nameId.strip(),
                nameEn == null || nameEn.isBlank() ? nameId.strip() : nameEn.strip(),
                source.strip());
        findOn(institutionId, date).ifPresent(existing -> {
            throw alreadyTaken(institutionId, date, ": " + existing.nameId());
        });
        try {
            jdbc.sql("""
                            insert into holiday (id, institution_id, date, type, name_id, name_en, source)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            holiday.id(),
                            institutionId,
                            date,
                            type.name(),
                            holiday.nameId(),
                            holiday.nameEn(),
                            holiday.source())
                    .update();
        } catch (DuplicateKeyException addedMeanwhile) {
            throw alreadyTaken(institutionId, date, "");
        }
        workingCalendars.changed();
        return holiday;
    }

    /** Removes a day from the calendar. */
    @Transactional
    public void removeHoliday(UUID holidayId) {
        if (jdbc.sql("delete from holiday where id = ?").param(holidayId).update() == 0) {
            throw new NotFoundException("Holiday " + holidayId + " not found");
        }
        workingCalendars.changed();
    }

    /** The institution's office hours: its own, or {@link OfficeHours#standard()} when it has not set any. */
    @Transactional(readOnly = true)
    public OfficeHours officeHours(UUID institutionId) {
        institutions.get(requireInstitution(institutionId));
        return storedOrStandardOfficeHours(institutionId);
    }

    /**
     * Replaces the institution's office hours. They must open on at least one weekday, for office time to pass, and on no
     * weekend day, which is never a working day.
     */
    @Transactional
    public OfficeHours replaceOfficeHours(UUID institutionId, OfficeHours officeHours) {
        institutions.get(requireInstitution(institutionId));
        if (officeHours == null || officeHours.days().keySet().stream().allMatch(WorkingCalendar::isWeekend)) {
            throw InvalidInputException.invalid(
                    "officeHours", "Office hours must open on at least one day from Monday to Friday");
        }
        if (officeHours.days().keySet().stream().anyMatch(WorkingCalendar::isWeekend)) {
            throw InvalidInputException.invalid(
                    "officeHours", "Saturday and Sunday are never working days, so they cannot have office hours");
        }
        lockOfficeHours(institutionId);
        jdbc.sql("delete from office_hours where institution_id = ?")
                .param(institutionId)
                .update();
        officeHours
                .days()
                .forEach((day, window) -> jdbc.sql("""
                        insert into office_hours (institution_id, day_of_week, opens, closes)
                        values (?, ?, ?, ?)""")
                        .params(institutionId, day.getValue(), window.opens(), window.closes())
                        .update());
        workingCalendars.changed();
        return officeHours;
    }

    /** Drops the institution's own office hours, so that it works {@link OfficeHours#standard()} again. */
    @Transactional
    public void resetOfficeHours(UUID institutionId) {
        institutions.get(requireInstitution(institutionId));
        lockOfficeHours(institutionId);
        jdbc.sql("delete from office_hours where institution_id = ?")
                .param(institutionId)
                .update();
        workingCalendars.changed();
    }

    private OfficeHours storedOrStandardOfficeHours(UUID institutionId) {
        var days = new EnumMap<DayOfWeek, OfficeHours.Window>(DayOfWeek.class);
        jdbc.sql("select day_of_week, opens, closes from office_hours where institution_id = ?")
                .param(institutionId)
                .query((rs, row) -> Map.entry(
                        DayOfWeek.of(rs.getInt("day_of_week")),
                        new OfficeHours.Window(
                                rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class))))
                .list()
                .forEach(day -> days.put(day.getKey(), day.getValue()));
        return days.isEmpty() ? OfficeHours.standard() : new OfficeHours(days);
    }

    /** Serialises replacements of one institution's hours, so that two at once cannot leave a mix of both. */
    private void lockOfficeHours(UUID institutionId) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) as locked")
                .param("office_hours:" + institutionId)
                .query(Integer.class)
                .single();
    }

    private Optional<Holiday> findOn(UUID institutionId, LocalDate date) {
        var sql = institutionId == null
                ? jdbc.sql("select * from holiday where institution_id is null and date = ?")
                        .param(date)
                : jdbc.sql("select * from holiday where institution_id = ? and date = ?")
                        .params(institutionId, date);
        return sql.query(InstitutionCalendars::holiday).optional();
    }

    private static ConflictException alreadyTaken(UUID institutionId, LocalDate date, String existingName) {
        var whose = institutionId == null ? "The national calendar" : "This institution's calendar";
        return new ConflictException("date", whose + " already has an entry on " + date + existingName);
    }

    private static void checkText(
            List<FieldError> errors, String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "This field is required"));
            }
        } else if (value.strip().length() > maxLength) {
            errors.add(new FieldError(field, "At most " + maxLength + " characters"));
        }
    }

    private static UUID requireInstitution(UUID institutionId) {
        if (institutionId == null) {
            throw InvalidInputException.invalid("institutionId", "An institution is required");
        }
        return institutionId;
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("date", LocalDate.class),
                HolidayType.valueOf(rs.getString("type")),
                rs.getString("name_id"),
                rs.getString("name_en"),
                rs.getString("source"));
    }
}
