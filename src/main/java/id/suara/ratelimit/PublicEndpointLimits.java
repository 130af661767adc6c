package id.suara.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The limits on the public endpoints, per client: how many submissions, how many tracking requests, and how many failed
 * tracking lookups. The last one makes guessing access codes hopeless on top of their 80 random bits: a client that got
 * {@code failed-lookups.capacity} "not found" answers is refused all tracking until its window ends.
 */
@Component
class PublicEndpointLimits {

    /** Why a client is refused now, and after how many seconds it may try again. */
    record Refusal(long retryAfterSeconds, String message) {}

    private final ClientBuckets submissions;
    private final ClientBuckets tracking;
    private final ClientBuckets failedLookups;
    private final ClientBuckets support;

    PublicEndpointLimits(RateLimitSettings settings, Clock clock) {
        // the application clock, so tests can let a window pass
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.submissions = ClientBuckets.smooth(settings.submissions(), settings.maxClients(), time);
        this.tracking = ClientBuckets.smooth(settings.tracking(), settings.maxClients(), time);
        this.failedLookups = ClientBuckets.windowed(settings.failedLookups(), settings.maxClients(), time);
        this.support = ClientBuckets.smooth(settings.support(), settings.maxClients(), time);
    }

    /** Admits a support ("saya juga mengalami"), or tells why not. */
    Optional<Refusal> admitSupport(String client) {
        var probe = support.take(client);
        return probe.isConsumed()
                ? Optional.empty()
                : Optional.of(refusal(probe, "Too many supports from your address"));
    }

    /** Admits a submission, or tells why not. */
    Optional<Refusal> admitSubmission(String client) {
        var probe = submissions.take(client);
        return probe.isConsumed()
                ? Optional.empty()
                : Optional.of(refusal(probe, "Too many submissions from your address"));
    }

    /**
     * Admits a tracking or receipt request, or tells why not. An admitted request holds one failed lookup in advance, so
     * that parallel guesses cannot slip past the limit; {@link #trackingAnswered} gives it back unless the lookup failed.
     */
    Optional<Refusal> admitTracking(String client) {
        var failed = failedLookups.take(client);
        if (!failed.isConsumed()) {
            return Optional.of(
                    refusal(failed, "Too many tracking requests with an unknown number or a wrong access code"));
        }
        var probe = tracking.take(client);
        if (!probe.isConsumed()) {
            failedLookups.giveBack(client);
            return Optional.of(refusal(probe, "Too many tracking requests from your address"));
        }
        return Optional.empty();
    }

    /** Records how an admitted tracking request ended: only a "not found" counts as a failed lookup. */
    void trackingAnswered(String client, boolean notFound) {
        if (!notFound) {
            failedLookups.giveBack(client);
        }
    }

    private static Refusal refusal(ConsumptionProbe probe, String reason) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Refusal(seconds, reason + "; try again in " + seconds + " seconds");
    }
}
