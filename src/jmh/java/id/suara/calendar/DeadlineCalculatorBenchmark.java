package id.suara.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The deadline calculator on a real institution's calendar: Kebumen's zone, 07:30–16:00 with a short Friday, the shipped
 * national holidays and collective leave of 2025–2027 and a few regional days off. Each invocation computes the due
 * times of {@value #STARTS} steps that start at random moments of 2026 (working hours, evenings and weekends alike), so
 * a score is the time of one step; the starts are fixed by a seed so runs compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeadlineCalculatorBenchmark {

    static final int STARTS = 64;

    private WorkingCalendar calendar;
    private final Instant[] starts = new Instant[STARTS];
    private final Instant[] ends = new Instant[STARTS];

    @Setup
    public void setUp() {
        var daysOff = new HashSet<>(ShippedHolidays.daysOff());
        // regional days off of one institution (its anniversary, a local election day)
        daysOff.add(LocalDate.of(2026, 3, 6));
        daysOff.add(LocalDate.of(2026, 11, 27));
        var hours = OfficeHours.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, LocalTime.of(7, 30), LocalTime.of(16, 0))
                .with(DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(11, 30));
        calendar = new WorkingCalendar(ZoneId.of("Asia/Jakarta"), hours, daysOff);
        var random = new Random(13);
        var from = LocalDate.of(2026, 1, 1).atStartOfDay(calendar.zone()).toInstant();
        for (int i = 0; i < STARTS; i++) {
            starts[i] = from.plusSeconds(random.nextLong(365L * 24 * 3600));
            // the end of a paused clock: up to two months later
            ends[i] = starts[i].plusSeconds(random.nextLong(60L * 24 * 3600));
        }
    }

    /** "14 hari kerja": the answer limit of a complaint procedure. */
    @Benchmark
    @OperationsPerInvocation(STARTS)
    public void workingDays(Blackhole out) {
        dueAtEveryStart(TimeLimit.workingDays(14), out);
    }

    /** "60 hari": a calendar-day limit, moved to the next working day when it ends on a day off. */
    @Benchmark
    @OperationsPerInvocation(STARTS)
    public void calendarDays(Blackhole out) {
        dueAtEveryStart(TimeLimit.calendarDays(60), out);
    }

    /** "24 jam" of office time: three days of office hours, carried over evenings, weekends and holidays. */
    @Benchmark
    @OperationsPerInvocation(STARTS)
    public void officeHours(Blackhole out) {
        dueAtEveryStart(TimeLimit.hours(24), out);
    }

    /** The office time between two instants up to two months apart: what a paused step keeps (ADR 0036). */
    @Benchmark
    @OperationsPerInvocation(STARTS)
    public void officeTimeBetween(Blackhole out) {
        for (int i = 0; i < STARTS; i++) {
            out.consume(DeadlineCalculator.officeTimeBetween(starts[i], ends[i], calendar));
        }
    }

    private void dueAtEveryStart(TimeLimit limit, Blackhole out) {
        for (var start : starts) {
            out.consume(DeadlineCalculator.dueAt(start, limit, calendar));
        }
    }
}
