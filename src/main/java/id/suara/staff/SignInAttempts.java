package id.suara.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed sign-ins and locks an account for a while once there are too many (see
 * {@link SecuritySettings.Lockout}). Every change is one atomic SQL statement, so concurrent attempts neither lose a
 * failure nor lock twice, and a correct password that arrives after the lock is refused like a wrong one.
 *
 * <p>Names without an account are counted the same way, in memory, so that the answers never reveal which usernames
 * exist: after the same number of failures an unknown name is "locked" too.
 */
@Component
class SignInAttempts {

    /** How many unknown names are remembered; beyond that the expired ones are forgotten, then all. */
    private static final int MAX_UNKNOWN_NAMES = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecuritySettings.Lockout lockout;
    private final ApplicationEventPublisher events;
    private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

    SignInAttempts(JdbcClient jdbc, Clock clock, SecuritySettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lockout = settings.lockout();
        this.events = events;
    }

    /** Whether sign-ins under this name are refused now because of earlier failures. */
    boolean locked(String username) {
        var now = clock.instant();
        var lockedUntil = jdbc.sql("select locked_until from staff_account where username = ?")
                .param(username)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional();
        if (lockedUntil.isPresent()) {
            return lockedUntil.get().map(now::isBefore).orElse(false);
        }
        var unknown = unknownNames.get(key(username));
        return unknown != null && unknown.lockedAt(now);
    }

    /**
     * Records a failed sign-in; answers whether the name is locked now (by this failure or an earlier one). When this
     * failure locks an account, {@link StaffAccountChanged} {@code locked} is published in the same transaction.
     */
    @Transactional
    boolean failed(String username) {
        var now = clock.instant();
        var until = now.plus(lockout.duration());
        var locked = jdbc.sql("""
                        with previous as (
                            select id, failed_attempts, locked_until from staff_account where username = :username
                            for update)
                        update staff_account account
                        set failed_attempts = case when previous.failed_attempts + 1 >= :max then 0
                                                   else previous.failed_attempts + 1 end,
                            locked_until    = case when previous.failed_attempts + 1 >= :max then :until
                                                   else account.locked_until end
                        from previous
                        where account.id = previous.id
                          and (previous.locked_until is null or previous.locked_until <= :now)
                        returning account.id, account.institution_id, account.username,
                                  account.locked_until > :now as locked""")
                .param("username", username)
                .param("max", lockout.maxFailedAttempts())
                .param("until", Timestamp.from(until))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Failure(
                        rs.getObject("id", UUID.class),
                        rs.getObject("institution_id", UUID.class),
                        rs.getString("username"),
                        rs.getBoolean("locked")))
                .optional();
        if (locked.isPresent()) {
            var failure = locked.get();
            if (failure.locked()) {
                events.publishEvent(new StaffAccountChanged(
                        "locked",
                        failure.institutionId(),
                        failure.accountId(),
                        failure.username(),
                        null,
                        "system",
                        Map.of(
                                "failedAttempts", lockout.maxFailedAttempts(),
                                "lockedUntil", until.toString())));
            }
            return failure.locked();
        }
        var exists = jdbc.sql("select count(*) from staff_account where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            return true; // the account was already locked: nothing is counted while it is
        }
        return unknownNameFailed(username, now);
    }

    /**
     * Records a successful sign-in: the failure count restarts. False when the account was locked meanwhile (by
     * concurrent failures), in which case the sign-in must be refused.
     */
    boolean succeeded(UUID accountId) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update staff_account set failed_attempts = 0, locked_until = null, last_login_at = ?
                        where id = ? and (locked_until is null or locked_until <= ?)""").params(now, accountId, now).update() == 1;
    }

    private boolean unknownNameFailed(String username, Instant now) {
        if (unknownNames.size() >= MAX_UNKNOWN_NAMES) {
            unknownNames
                    .values()
                    .removeIf(u -> !u.lockedAt(now) && u.lastFailure().isBefore(now.minus(lockout.duration())));
            if (unknownNames.size() >= MAX_UNKNOWN_NAMES) {
                unknownNames.clear();
            }
        }
        var state = unknownNames.compute(key(username), (name, previous) -> {
            if (previous != null && previous.lockedAt(now)) {
                return previous;
            }
            int failures = previous == null ? 1 : previous.failures() + 1;
            return failures >= lockout.maxFailedAttempts()
                    ? new UnknownName(0, now.plus(lockout.duration()), now)
                    : new UnknownName(failures, null, now);
        });
        return state.lockedAt(now);
    }

    private static String key(String username) {
        return username == null ? "" : username;
    }

    private record Failure(UUID accountId, UUID institutionId, String username, boolean locked) {}

    private record UnknownName(int failures, Instant lockedUntil, Instant lastFailure) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
