package id.suara.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * One limit applied to every client separately: a token bucket per client address, kept in a bounded map and forgotten
 * once unused for a whole window (by then it would be full again anyway).
 */
final class ClientBuckets {

    private final Cache<String, Bucket> buckets;
    private final Bandwidth bandwidth;
    private final TimeMeter time;

    private ClientBuckets(Bandwidth bandwidth, Duration window, long maxClients, TimeMeter time) {
        this.bandwidth = bandwidth;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(window)
                .build();
    }

    /** A burst of {@code capacity}, then tokens come back evenly over the window. */
    static ClientBuckets smooth(RateLimitSettings.Limit limit, long maxClients, TimeMeter time) {
        return new ClientBuckets(
                Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.window())
                        .build(),
                limit.window(),
                maxClients,
                time);
    }

    /** {@code capacity} per window, all given back at once when the client's window ends. */
    static ClientBuckets windowed(RateLimitSettings.Limit limit, long maxClients, TimeMeter time) {
        return new ClientBuckets(
                Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillIntervally(limit.capacity(), limit.window())
                        .build(),
                limit.window(),
                maxClients,
                time);
    }

    /** Takes one token of the client's bucket if there is one; the probe tells how long to wait if not. */
    ConsumptionProbe take(String client) {
        return bucket(client).tryConsumeAndReturnRemaining(1);
    }

    /** Returns a token taken in advance that turned out not to count. */
    void giveBack(String client) {
        bucket(client).addTokens(1);
    }

    private Bucket bucket(String client) {
        return buckets.get(
                client,
                key -> Bucket.builder()
                        .addLimit(bandwidth)
                        .withCustomTimePrecision(time)
                        .build());
    }
}
