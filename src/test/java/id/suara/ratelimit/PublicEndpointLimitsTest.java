package id.suara.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The per-client limits on their own, with a clock the test moves. */
class PublicEndpointLimitsTest {

    static final String CLIENT = "203.0.113.7";

    final MovableClock clock = new MovableClock();

    final PublicEndpointLimits limits = new PublicEndpointLimits(
            new RateLimitSettings(
                    true,
                    1000,
                    new RateLimitSettings.Submissions(10, Duration.ofMinutes(10)),
                    new RateLimitSettings.Tracking(60, Duration.ofMinutes(1)),
                    new RateLimitSettings.FailedLookups(10, Duration.ofMinutes(15)),
                    new RateLimitSettings.Support(2, Duration.ofMinutes(10))),
            clock);

    @Test
    void admitsABurstOfTenSubmissionsThenRefusesUntilATokenComesBack() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admitSubmission(CLIENT))
                    .as("submission %d", i + 1)
                    .isEmpty();
        }

        var refusal = limits.admitSubmission(CLIENT);

        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.retryAfterSeconds()).isEqualTo(60);
            assertThat(r.message()).contains("submissions", "60 seconds");
        });
        clock.advance(Duration.ofSeconds(59));
        assertThat(limits.admitSubmission(CLIENT)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.admitSubmission(CLIENT)).isEmpty();
        assertThat(limits.admitSubmission(CLIENT)).isPresent();
    }

    @Test
    void countsEachClientSeparately() {
        for (int i = 0; i < 10; i++) {
            limits.admitSubmission(CLIENT);
        }

        assertThat(limits.admitSubmission(CLIENT)).isPresent();
        assertThat(limits.admitSubmission("203.0.113.8")).isEmpty();
    }

    @Test
    void refusesTheSixtyFirstTrackingRequestWithinAMinute() {
        for (int i = 0; i < 60; i++) {
            assertThat(limits.admitTracking(CLIENT)).isEmpty();
            limits.trackingAnswered(CLIENT, false);
        }

        assertThat(limits.admitTracking(CLIENT))
                .hasValueSatisfying(r -> assertThat(r.retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    void locksTrackingForTheRestOfTheWindowAfterTenFailedLookups() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admitTracking(CLIENT)).as("lookup %d", i + 1).isEmpty();
            limits.trackingAnswered(CLIENT, true);
            clock.advance(Duration.ofSeconds(30));
        }

        var refusal = limits.admitTracking(CLIENT);

        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(10).toSeconds());
            assertThat(r.message()).contains("wrong access code");
        });
        clock.advance(Duration.ofMinutes(9));
        assertThat(limits.admitTracking(CLIENT)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.admitTracking(CLIENT)).isEmpty();
    }

    @Test
    void doesNotCountFoundLookupsAsFailed() {
        for (int i = 0; i < 9; i++) {
            limits.admitTracking(CLIENT);
            limits.trackingAnswered(CLIENT, true);
        }
        for (int i = 0; i < 40; i++) {
            assertThat(limits.admitTracking(CLIENT)).isEmpty();
            limits.trackingAnswered(CLIENT, false);
        }

        assertThat(limits.admitTracking(CLIENT)).isEmpty();
        limits.trackingAnswered(CLIENT, true);
        assertThat(limits.admitTracking(CLIENT)).isPresent();
    }

    @Test
    void parallelGuessesCannotSlipPastTheFailedLookupLimit() {
        int admitted = 0;
        for (int i = 0; i < 50; i++) {
            if (limits.admitTracking(CLIENT).isEmpty()) {
                admitted++;
            }
        }

        assertThat(admitted).isEqualTo(10);
    }

    @Test
    void aTrackingRequestRefusedForRateDoesNotUseAFailedLookup() {
        var tight = new PublicEndpointLimits(
                new RateLimitSettings(
                        true,
                        1000,
                        new RateLimitSettings.Submissions(10, Duration.ofMinutes(10)),
                        new RateLimitSettings.Tracking(1, Duration.ofMinutes(1)),
                        new RateLimitSettings.FailedLookups(2, Duration.ofMinutes(15)),
                        new RateLimitSettings.Support(2, Duration.ofMinutes(10))),
                clock);
        tight.admitTracking(CLIENT);
        tight.trackingAnswered(CLIENT, true);

        for (int i = 0; i < 5; i++) {
            assertThat(tight.admitTracking(CLIENT))
                    .hasValueSatisfying(r -> assertThat(r.message()).contains("from your address"));
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(tight.admitTracking(CLIENT)).isEmpty();
    }

    @Test
    void survivesTheClockGoingBack() {
        for (int i = 0; i < 10; i++) {
            limits.admitSubmission(CLIENT);
        }
        clock.advance(Duration.ofDays(-400));

        assertThat(limits.admitSubmission(CLIENT)).isPresent();
        assertThat(limits.admitSubmission("203.0.113.9")).isEmpty();
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T03:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
