package id.suara.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the public API, per client address.
 *
 * @param enabled whether the limits apply at all
 * @param maxClients how many client addresses each limit remembers; the least recently seen are forgotten first
 * @param submissions {@code POST /api/v1/submissions}: a burst of {@code capacity}, then refilled evenly over the window
 * @param tracking {@code GET /api/v1/submissions/{trackingNumber}} and {@code …/receipt}, likewise
 * @param support "saya juga mengalami" on the portal and {@code POST /api/v1/submissions/{trackingNumber}/support}
 *     (ADR 0037), likewise
 * @param failedLookups tracking requests answered 404 (unknown number or wrong access code); once a client has used them
 *     up, all its tracking requests are refused until its window ends, even with a correct code
 */
@ConfigurationProperties("suara.rate-limit")
record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100000") int maxClients,
        @DefaultValue Submissions submissions,
        @DefaultValue Tracking tracking,
        @DefaultValue FailedLookups failedLookups,
        @DefaultValue Support support) {

    RateLimitSettings {
        if (maxClients < 1) {
            throw new IllegalArgumentException("suara.rate-limit.max-clients must be at least 1");
        }
    }

    /** How many requests a client may make within a window. */
    interface Limit {

        int capacity();

        Duration window();

        static void check(String name, int capacity, Duration window) {
            if (capacity < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException(
                        "suara.rate-limit." + name + " needs a capacity of at least 1 and a positive window");
            }
        }
    }

    /** Public submissions: 10 per 10 minutes by default. */
    record Submissions(
            @DefaultValue("10") int capacity,
            @DefaultValue("10m") Duration window) implements Limit {
        Submissions {
            Limit.check("submissions", capacity, window);
        }
    }

    /** Tracking and receipt requests: 60 a minute by default. */
    record Tracking(
            @DefaultValue("60") int capacity,
            @DefaultValue("1m") Duration window) implements Limit {
        Tracking {
            Limit.check("tracking", capacity, window);
        }
    }

    /** Supports ("saya juga mengalami"): 30 per 10 minutes by default. */
    record Support(
            @DefaultValue("30") int capacity,
            @DefaultValue("10m") Duration window) implements Limit {
        Support {
            Limit.check("support", capacity, window);
        }
    }

    /** Failed tracking lookups: 10 per 15 minutes by default. */
    record FailedLookups(
            @DefaultValue("10") int capacity,
            @DefaultValue("15m") Duration window) implements Limit {
        FailedLookups {
            Limit.check("failed-lookups", capacity, window);
        }
    }
}
