package id.suara.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.calendar.OfficeHours.Window;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    static final LocalTime NINE = LocalTime.of(9, 0);
    static final LocalTime ELEVEN = LocalTime.of(11, 0);
    static final LocalTime FOUR_PM = LocalTime.of(16, 0);

    @Test
    void windowMustOpenBeforeItCloses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Window(FOUR_PM, NINE));
        assertThatIllegalArgumentException().isThrownBy(() -> new Window(NINE, NINE));
    }

    @Test
    void windowNeedsBothTimes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Window(null, FOUR_PM));
        assertThatIllegalArgumentException().isThrownBy(() -> new Window(NINE, null));
    }

    @Test
    void windowIsOpenFromOpeningUntilJustBeforeClosing() {
        var window = new Window(NINE, FOUR_PM);

        assertThat(window.contains(NINE)).isTrue();
        assertThat(window.contains(LocalTime.of(15, 59, 59))).isTrue();
        assertThat(window.contains(FOUR_PM)).isFalse();
        assertThat(window.contains(LocalTime.of(8, 59))).isFalse();
        assertThat(window.length()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void standardHoursAreMondayToFridayFromEightToFour() {
        var standard = OfficeHours.standard();

        assertThat(standard.days()).containsOnlyKeys(MONDAY, TUESDAY, DayOfWeek.WEDNESDAY, THURSDAY, FRIDAY);
        assertThat(standard.on(FRIDAY)).contains(new Window(LocalTime.of(8, 0), FOUR_PM));
    }

    @Test
    void daysAbsentFromTheMapAreClosed() {
        assertThat(OfficeHours.standard().on(SATURDAY)).isEmpty();
        assertThat(OfficeHours.closed().on(MONDAY)).isEmpty();
    }

    @Test
    void buildsKebumensShortFriday() {
        var kebumen = OfficeHours.of(MONDAY, THURSDAY, NINE, FOUR_PM).with(FRIDAY, NINE, ELEVEN);

        assertThat(kebumen.days()).hasSize(5);
        assertThat(kebumen.on(THURSDAY)).contains(new Window(NINE, FOUR_PM));
        assertThat(kebumen.on(FRIDAY)).contains(new Window(NINE, ELEVEN));
    }

    @Test
    void closesADayWithWithout() {
        assertThat(OfficeHours.standard().without(FRIDAY).on(FRIDAY)).isEmpty();
        assertThat(OfficeHours.standard().without(FRIDAY).on(THURSDAY)).isPresent();
    }

    @Test
    void refusesARangeOfDaysRunningBackwards() {
        assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.of(FRIDAY, MONDAY, NINE, FOUR_PM));
    }

    @Test
    void refusesNullDaysAndWindows() {
        var withNullWindow = new HashMap<DayOfWeek, Window>();
        withNullWindow.put(MONDAY, null);

        assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(withNullWindow));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OfficeHours.standard().with(null, NINE, FOUR_PM));
    }

    @Test
    void keepsItsOwnCopyOfTheDays() {
        var days = new EnumMap<DayOfWeek, Window>(Map.of(MONDAY, new Window(NINE, FOUR_PM)));
        var hours = new OfficeHours(days);

        days.put(SUNDAY, new Window(NINE, ELEVEN));

        assertThat(hours.on(SUNDAY)).isEmpty();
        assertThatThrownBy(() -> hours.days().put(SUNDAY, new Window(NINE, ELEVEN)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
