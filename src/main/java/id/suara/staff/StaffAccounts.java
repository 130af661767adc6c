package id.suara.staff;

import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts and their role grants. */
@Repository
public class StaffAccounts {

    static final Comparator<RoleGrant> GRANT_ORDER = Comparator.comparing(RoleGrant::role)
            .thenComparing(g -> g.unitId() == null ? "" : g.unitId().toString());

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates an account with the given grants; the password is stored only as an adaptive hash. */
    @Transactional
    public StaffMember create(
            UUID institutionId, String username, String displayName, String rawPassword, Set<RoleGrant> grants) {
        for (var grant : grants) {
            if (!grant.role().assignable()) {
                throw InvalidInputException.invalid("roles", grant.role() + " cannot be held by staff");
            }
            if (grant.role().boundToUnit() && grant.unitId() == null) {
                throw InvalidInputException.invalid("roles", grant.role() + " needs the unit it acts for");
            }
        }
        if (findByUsername(username).isPresent()) {
            throw new ConflictException("username", "Username " + username + " is taken");
        }
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into staff_account
                    (id, institution_id, username, display_name, password_hash, created_at, password_changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, institutionId, username, displayName, passwords.encode(rawPassword), now, now)
                .update();
        insertGrants(id, grants);
        return new StaffMember(id, institutionId, username, displayName, grants);
    }

    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("select id from staff_account where username = ?")
                .param(username)
                .query(UUID.class)
                .optional()
                .flatMap(this::findById);
    }

    public Optional<StaffMember> findById(UUID id) {
        return jdbc.sql("select id, institution_id, username, display_name from staff_account where id = ?")
                .param(id)
                .query((rs, row) -> new StaffMember(
                        rs.getObject("id", UUID.class),
                        rs.getObject("institution_id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        grants(id)))
                .optional();
    }

    /** The accounts of one institution, or of all institutions and none when {@code institutionId} is null. */
    List<StaffAccount> list(UUID institutionId) {
        var accounts = institutionId == null
                ? jdbc.sql("select * from staff_account order by username")
                        .query(this::account)
                        .list()
                : jdbc.sql("select * from staff_account where institution_id = ? order by username")
                        .param(institutionId)
                        .query(this::account)
                        .list();
        if (accounts.isEmpty()) {
            return accounts;
        }
        var grants = grants(accounts.stream().map(StaffAccount::id).toList());
        return accounts.stream()
                .map(a -> withRoles(a, grants.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** One account, its row locked until the transaction ends when {@code forUpdate}. */
    Optional<StaffAccount> account(UUID id, boolean forUpdate) {
        return jdbc.sql("select * from staff_account where id = ?" + (forUpdate ? " for update" : ""))
                .param(id)
                .query(this::account)
                .optional()
                .map(a -> withRoles(a, sorted(grants(id))));
    }

    void replaceGrants(UUID accountId, Collection<RoleGrant> grants) {
        jdbc.sql("delete from staff_role where account_id = ?").param(accountId).update();
        insertGrants(accountId, grants);
    }

    /** Enables or disables an account; false when it already was. */
    boolean setEnabled(UUID accountId, boolean enabled) {
        return jdbc.sql("update staff_account set enabled = ? where id = ? and enabled <> ?")
                        .params(enabled, accountId, enabled)
                        .update()
                == 1;
    }

    /** Sets a new password and lifts any lockout. */
    void setPassword(UUID accountId, String rawPassword) {
        jdbc.sql("""
                update staff_account
                set password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = null
                where id = ?""")
                .params(passwords.encode(rawPassword), Timestamp.from(clock.instant()), accountId)
                .update();
    }

    /** Whether {@code rawPassword} is the account's current password. */
    boolean passwordMatches(UUID accountId, String rawPassword) {
        return jdbc.sql("select password_hash from staff_account where id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .map(hash -> passwords.matches(rawPassword, hash))
                .orElse(false);
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                        select id, password_hash, enabled, locked_until, password_changed_at
                        from staff_account where username = ?""").param(username).query(StaffAccounts::credentials).optional();
    }

    Optional<Credentials> credentials(UUID accountId) {
        return jdbc.sql("""
                        select id, password_hash, enabled, locked_until, password_changed_at
                        from staff_account where id = ?""").param(accountId).query(StaffAccounts::credentials).optional();
    }

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        return new Credentials(
                rs.getObject("id", UUID.class),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                instant(rs, "locked_until"),
                instant(rs, "password_changed_at"));
    }

    private void insertGrants(UUID accountId, Collection<RoleGrant> grants) {
        for (var grant : grants) {
            jdbc.sql("insert into staff_role (account_id, role, unit_id) values (?, ?, ?)")
                    .params(accountId, grant.role().name(), grant.unitId())
                    .update();
        }
    }

    private Set<RoleGrant> grants(UUID accountId) {
        return new HashSet<>(jdbc.sql("select role, unit_id from staff_role where account_id = ?")
                .param(accountId)
                .query((rs, row) ->
                        new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class)))
                .list());
    }

    private Map<UUID, List<RoleGrant>> grants(List<UUID> accountIds) {
        var out = new HashMap<UUID, List<RoleGrant>>();
        jdbc.sql("select account_id, role, unit_id from staff_role where account_id = any(?)")
                .param(accountIds.toArray(UUID[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject("account_id", UUID.class), id -> new ArrayList<>())
                            .add(new RoleGrant(
                                    Role.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class)));
                });
        out.replaceAll((id, list) -> sorted(list));
        return out;
    }

    private static List<RoleGrant> sorted(Collection<RoleGrant> grants) {
        return grants.stream().sorted(GRANT_ORDER).toList();
    }

    private StaffAccount account(ResultSet rs, int row) throws SQLException {
        var lockedUntil = instant(rs, "locked_until");
        return new StaffAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getBoolean("enabled"),
                List.of(),
                lockedUntil != null && lockedUntil.isAfter(clock.instant()) ? lockedUntil : null,
                instant(rs, "last_login_at"),
                instant(rs, "password_changed_at"),
                instant(rs, "created_at"));
    }

    private static StaffAccount withRoles(StaffAccount a, List<RoleGrant> roles) {
        return new StaffAccount(
                a.id(),
                a.institutionId(),
                a.username(),
                a.displayName(),
                a.enabled(),
                roles,
                a.lockedUntil(),
                a.lastLoginAt(),
                a.passwordChangedAt(),
                a.createdAt());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** What signing in checks: the password hash and the account's state. */
    record Credentials(
            UUID accountId, String passwordHash, boolean enabled, Instant lockedUntil, Instant passwordChangedAt) {}
}
