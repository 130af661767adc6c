package id.suara.monitoring;

import id.suara.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The period a dashboard or a recap covers: local dates of the institution, both ends included.
 *
 * @param kind what kind of period it is, for its name
 * @param year the year it lies in (of its start for a date range)
 * @param number the quarter, month, or masa persidangan (1–3) within the year; 0 for a year or a date range
 * @param key how the period is written in a URL: {@code 2026}, {@code 2026-q1}, {@code 2026-03}, {@code
 *     masa-sidang-2026-1}, {@code reses-2026-1}, {@code 2026-01-01..2026-03-31}
 */
public record ReportPeriod(Kind kind, int year, int number, LocalDate from, LocalDate to, String key) {

    /** Longest date range a dashboard covers: five years. */
    static final int MAX_DAYS = 5 * 366;

    public enum Kind {
        YEAR,
        QUARTER,
        MONTH,
        /** A masa sidang of the DPRD calendar. */
        SESSION,
        /** A masa reses. */
        RECESS,
        RANGE
    }

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw InvalidInputException.invalid("period", "ends before it starts");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidInputException.invalid("period", "is longer than five years");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(
                Kind.YEAR, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    public static ReportPeriod quarter(int year, int quarter) {
        var from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new ReportPeriod(
                Kind.QUARTER, year, quarter, from, from.plusMonths(3).minusDays(1), year + "-q" + quarter);
    }

    public static ReportPeriod month(int year, int month) {
        var m = YearMonth.of(year, month);
        return new ReportPeriod(Kind.MONTH, year, month, m.atDay(1), m.atEndOfMonth(), m.toString());
    }

    public static ReportPeriod range(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.RANGE, from.getYear(), 0, from, to, from + ".." + to);
    }

    /** A masa sidang or masa reses with its dates from the institution's DPRD calendar. */
    public static ReportPeriod sitting(boolean recess, int year, int sitting, LocalDate from, LocalDate to) {
        return new ReportPeriod(
                recess ? Kind.RECESS : Kind.SESSION,
                year,
                sitting,
                from,
                to,
                (recess ? "reses-" : "masa-sidang-") + year + "-" + sitting);
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    static final Pattern SITTING = Pattern.compile("(masa-sidang|reses)-(\\d{4})-([1-3])");

    /**
     * A period written as its {@link #key()}, except a masa sidang or reses, whose dates only the institution's calendar
     * knows ({@link ReportPeriods#parse}); refused naming {@code period} when it is none of them.
     */
    static ReportPeriod parseCalendarKey(String key) {
        var text = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            var m = YEAR.matcher(text);
            if (m.matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            m = QUARTER.matcher(text);
            if (m.matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = MONTH.matcher(text);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    return month(Integer.parseInt(m.group(1)), month);
                }
            }
            m = RANGE.matcher(text);
            if (m.matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw InvalidInputException.invalid("period", "is not a valid date");
        }
        throw InvalidInputException.invalid(
                "period",
                "must be a year (2026), a quarter (2026-q1), a month (2026-03), a session period (masa-sidang-2026-1),"
                        + " a recess (reses-2026-1) or a date range (2026-01-01..2026-03-31)");
    }
}
