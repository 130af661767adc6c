package id.suara.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows that nearly every request reads and an administrator rarely changes (institutions, working calendars, active
 * SOP versions), kept in memory (ADR 0019):
 *
 * <ul>
 *   <li>a change made through this Suara drops everything at once and again when the changing transaction ends,
 *       committed or not, and the changing transaction itself reads its own changes from the database;
 *   <li>a value loaded before a change is never read after it, even when its load finishes later (each change starts
 *       a new generation of keys);
 *   <li>a change made elsewhere (another Suara on the same database) is seen at most {@link #CACHED_FOR} later.
 * </ul>
 *
 * @param <K> what a value is looked up by
 * @param <V> the value; never null
 */
public final class ReadMostlyCache<K, V> {

    /** How long a value may be read after a change made elsewhere. */
    public static final Duration CACHED_FOR = Duration.ofSeconds(30);

    private record Key<K>(K key, long generation) {}

    /** Changes made through this Suara to any such cache, so that what is built from them can key on it too. */
    private static final AtomicLong CHANGES = new AtomicLong();

    private final Cache<Key<K>, V> values;
    private final AtomicLong generation = new AtomicLong();
    /** Bound to a transaction that changed the rows: it reads from the database, not from memory. */
    private final Object changedHere = new Object();

    public ReadMostlyCache() {
        this(CACHED_FOR);
    }

    public ReadMostlyCache(Duration cachedFor) {
        this.values = Caffeine.newBuilder().expireAfterWrite(cachedFor).build();
    }

    /** The value, from memory or else from {@code load}; from {@code load} always inside a transaction that changed it. */
    public V get(K key, Function<K, V> load) {
        if (TransactionSynchronizationManager.hasResource(changedHere)) {
            return load.apply(key);
        }
        return values.get(new Key<>(key, generation.get()), k -> load.apply(k.key()));
    }

    /** Drops every value now and again when the current transaction, if any, ends. */
    public void changed() {
        dropAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(changedHere)) {
            TransactionSynchronizationManager.bindResource(changedHere, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changedHere);
                    dropAll();
                }
            });
        }
    }

    /**
     * How many times any read-mostly rows have changed through this Suara: a value derived from several of them (a
     * rendered public page) kept under this number is never read after such a change.
     */
    public static long changes() {
        return CHANGES.get();
    }

    private void dropAll() {
        CHANGES.incrementAndGet();
        generation.incrementAndGet();
        values.invalidateAll();
    }
}
