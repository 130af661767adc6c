package id.suara.staff;

import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import java.util.HashSet;
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

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
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
        jdbc.sql("""
                insert into staff_account (id, institution_id, username, display_name, password_hash)
                values (?, ?, ?, ?, ?)""")
                .params(id, institutionId, username, displayName, passwords.encode(rawPassword))
                .update();
        for (var grant : grants) {
            jdbc.sql("insert into staff_role (account_id, role, unit_id) values (?, ?, ?)")
                    .params(id, grant.role().name(), grant.unitId())
                    .update();
        }
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

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, password_hash, enabled from staff_account where username = ?")
                .param(username)
                .query((rs, row) -> new Credentials(
                        rs.getObject("id", UUID.class), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    private Set<RoleGrant> grants(UUID accountId) {
        return new HashSet<>(jdbc.sql("select role, unit_id from staff_role where account_id = ?")
                .param(accountId)
                .query((rs, row) ->
                        new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("unit_id", UUID.class)))
                .list());
    }

    record Credentials(UUID accountId, String passwordHash, boolean enabled) {}
}
