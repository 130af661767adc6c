package id.suara.staff;

import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff account's e-mail address and how it hears of its cases (ADR 0035): set by the account holder and by the
 * administrator of its institution.
 */
@Service
public class StaffNoticeSettings {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;

    StaffNoticeSettings(JdbcClient jdbc, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** An account's settings; {@code email} null when none is given. */
    public record Settings(UUID accountId, String email, NotificationPreference preference) {}

    /** An enabled staff member to mail, with their address. */
    public record Recipient(StaffMember member, String email) {}

    /** The settings of an account, for its holder and its institution's administrator. */
    @Transactional(readOnly = true)
    public Settings get(UUID accountId, StaffMember reader) {
        var settings = find(accountId);
        mayChange(accountId, reader);
        return settings;
    }

    /** Changes the e-mail address (blank: none) and the preference of an account. */
    @Transactional
    public Settings update(UUID accountId, String email, String preference, StaffMember actor) {
        find(accountId);
        mayChange(accountId, actor);
        var errors = new ArrayList<InvalidInputException.FieldError>();
        var address = email == null || email.isBlank() ? null : email.strip();
        if (address != null
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            errors.add(new InvalidInputException.FieldError("email", "must be an e-mail address"));
        }
        NotificationPreference chosen = null;
        try {
            chosen = NotificationPreference.valueOf(
                    preference == null ? "" : preference.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("preference", "must be IMMEDIATE, DIGEST or NONE"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        jdbc.sql("update staff_account set email = ?, notification_preference = ? where id = ?")
                .params(address, chosen.name(), accountId)
                .update();
        return find(accountId);
    }

    /** The enabled accounts of an institution with an e-mail address and the given preference. */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(UUID institutionId, NotificationPreference preference) {
        record Row(UUID id, String email) {}
        return jdbc
                .sql("""
                        select id, email from staff_account
                        where institution_id = ? and enabled and email is not null and notification_preference = ?
                        order by username""")
                .params(institutionId, preference.name())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("email")))
                .list()
                .stream()
                .flatMap(r -> accounts.findById(r.id()).map(m -> new Recipient(m, r.email())).stream())
                .toList();
    }

    private Settings find(UUID accountId) {
        return jdbc.sql("select id, email, notification_preference from staff_account where id = ?")
                .param(accountId)
                .query((rs, n) -> new Settings(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        NotificationPreference.valueOf(rs.getString("notification_preference"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("No staff account " + accountId));
    }

    private void mayChange(UUID accountId, StaffMember actor) {
        if (actor.id().equals(accountId)) {
            return;
        }
        var institution = jdbc.sql("select institution_id from staff_account where id = ?")
                .param(accountId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (!actor.administers(institution)) {
            throw new ForbiddenException("Only the account holder and their administrator change its notice settings");
        }
    }
}
