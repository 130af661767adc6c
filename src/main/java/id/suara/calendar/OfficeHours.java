package id.suara.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hours an institution is open on each day of the week, in its own time zone; a day absent from the map is closed.
 */
public record OfficeHours(Map<DayOfWeek, Window> days) {

    private static final LocalTime STANDARD_OPENING = LocalTime.of(8, 0);
    private static final LocalTime STANDARD_CLOSING = LocalTime.of(16, 0);

    /** The hours of one day, from {@code opens} (inclusive) to {@code closes} (exclusive), within the same day. */
    public record Window(LocalTime opens, LocalTime closes) {

        public Window {
            if (opens == null || closes == null) {
                throw new IllegalArgumentException("Office hours need an opening and a closing time");
            }
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("Office hours must open before they close: " + opens + "-" + closes);
            }
        }

        public Duration length() {
            return Duration.between(opens, closes);
        }

        /** Whether the office is open at this time of day; it is already closed at {@code closes}. */
        public boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    public OfficeHours {
        if (days == null) {
            throw new IllegalArgumentException("Office hours need a map of days, possibly empty");
        }
        var copy = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        days.forEach((day, window) -> {
            if (day == null || window == null) {
                throw new IllegalArgumentException("Office hours cannot have a null day or window");
            }
            copy.put(day, window);
        });
        days = Collections.unmodifiableMap(copy);
    }

    /** Monday to Friday, 08:00 to 16:00: used for an institution that has not set its own hours. */
    public static OfficeHours standard() {
        return of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, STANDARD_OPENING, STANDARD_CLOSING);
    }

    /** Closed every day; add days with {@link #with}. */
    public static OfficeHours closed() {
        return new OfficeHours(Map.of());
    }

    /** The same hours on every day from {@code first} to {@code last}, both included, e.g. Monday to Thursday. */
    public static OfficeHours of(DayOfWeek first, DayOfWeek last, LocalTime opens, LocalTime closes) {
        if (first == null || last == null || first.compareTo(last) > 0) {
            throw new IllegalArgumentException(
                    "Office hours need a range of days from Monday towards Sunday: " + first + "-" + last);
        }
        var window = new Window(opens, closes);
        var days = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        for (var day = first.getValue(); day <= last.getValue(); day++) {
            days.put(DayOfWeek.of(day), window);
        }
        return new OfficeHours(days);
    }

    /** These hours with {@code day} set to the given window, e.g. a short Friday. */
    public OfficeHours with(DayOfWeek day, LocalTime opens, LocalTime closes) {
        requireDay(day);
        var changed = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        changed.putAll(days);
        changed.put(day, new Window(opens, closes));
        return new OfficeHours(changed);
    }

    /** These hours with {@code day} closed. */
    public OfficeHours without(DayOfWeek day) {
        requireDay(day);
        var changed = new EnumMap<DayOfWeek, Window>(DayOfWeek.class);
        changed.putAll(days);
        changed.remove(day);
        return new OfficeHours(changed);
    }

    /** The window of a day of the week, empty when the office is closed that day. */
    public Optional<Window> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    private static void requireDay(DayOfWeek day) {
        if (day == null) {
            throw new IllegalArgumentException("Office hours need a day of the week");
        }
    }
}
