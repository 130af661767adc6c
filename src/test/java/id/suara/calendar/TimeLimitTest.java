package id.suara.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void refusesANegativeAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeLimit(-1, TimeUnit.MINUTES))
                .withMessageContaining("-1");
    }

    @Test
    void refusesAMissingUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(15, null));
    }

    @Test
    void zeroMeansInstantly() {
        assertThat(TimeLimit.minutes(0).instant()).isTrue();
        assertThat(TimeLimit.minutes(1).instant()).isFalse();
    }

    @Test
    void factoriesNameTheirUnit() {
        assertThat(TimeLimit.minutes(15)).isEqualTo(new TimeLimit(15, TimeUnit.MINUTES));
        assertThat(TimeLimit.hours(2)).isEqualTo(new TimeLimit(2, TimeUnit.HOURS));
        assertThat(TimeLimit.workingDays(3)).isEqualTo(new TimeLimit(3, TimeUnit.WORKING_DAYS));
        assertThat(TimeLimit.calendarDays(30)).isEqualTo(new TimeLimit(30, TimeUnit.CALENDAR_DAYS));
    }
}
