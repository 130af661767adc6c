package id.suara.staff;

import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What administrators do with staff accounts, and the rules for it:
 *
 * <ul>
 *   <li>an institution administrator manages the accounts of their own institution, a system administrator those of
 *       every institution and the institution-less system administrator accounts;
 *   <li>only a system administrator grants {@link Role#SYSTEM_ADMIN} or manages an account that holds it;
 *   <li>nobody disables themselves, removes their own administrator role or resets their own password (they change it,
 *       giving the current one);
 *   <li>a role bound to a unit names a unit of the account's institution of the right kind (a council organ for organ
 *       members, a government office for liaison officers); other roles name none; swimlane-only roles are never
 *       granted.
 * </ul>
 *
 * Every change publishes a {@link StaffAccountChanged} in its transaction.
 */
@Service
public class StaffAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Set<Role> ADMIN_ROLES = Set.of(Role.INSTITUTION_ADMIN, Role.SYSTEM_ADMIN);

    private final StaffAccounts accounts;
    private final Institutions institutions;
    private final SignInAttempts attempts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Validator validator;

    StaffAdministration(
            StaffAccounts accounts,
            Institutions institutions,
            SignInAttempts attempts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Validator validator) {
        this.validator = validator;
        this.accounts = accounts;
        this.institutions = institutions;
        this.attempts = attempts;
        this.events = events;
        this.transaction = transaction;
    }

    /** The accounts of an institution; a system administrator may leave it out to see every account. */
    public List<StaffAccount> list(StaffMember actor, UUID institutionId) {
        if (institutionId == null && !actor.holds(Role.SYSTEM_ADMIN)) {
            institutionId = actor.institutionId();
        }
        if (institutionId == null ? !actor.holds(Role.SYSTEM_ADMIN) : !actor.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators list its staff accounts");
        }
        return accounts.list(institutionId);
    }

    /** The signed-in member's own account. */
    public StaffAccount me(StaffMember actor) {
        return find(actor.id(), false);
    }

    public StaffAccount get(StaffMember actor, UUID accountId) {
        var account = find(accountId, false);
        requireAdministers(actor, account.institutionId());
        return account;
    }

    @Transactional
    public StaffAccount create(StaffMember actor, NewStaffAccount request) {
        requireAdministers(actor, request.institutionId());
        var errors = new ArrayList<FieldError>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (request.institutionId() != null
                && institutions.findById(request.institutionId()).isEmpty()) {
            errors.add(new FieldError("institutionId", "is not a known institution"));
        } else {
            errors.addAll(grantErrors(request.institutionId(), request.roles()));
        }
        errors.addAll(passwordErrors("password", request.password(), request.username()));
        if (!errors.isEmpty()) {
            var reported = new HashSet<String>();
            errors.removeIf(error -> !reported.add(error.field()));
            throw InvalidInputException.invalid(errors);
        }
        requireMayGrant(actor, request.roles());
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("username", "The username " + request.username() + " is taken");
        }
        StaffMember created;
        try {
            created = accounts.create(
                    request.institutionId(),
                    request.username(),
                    request.displayName(),
                    request.password(),
                    Set.copyOf(request.roles()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("username", "The username " + request.username() + " is taken");
        }
        var account = find(created.id(), false);
        publish(
                "created",
                account,
                actor,
                Map.of("displayName", account.displayName(), "roles", describe(account.roles())));
        return account;
    }

    @Transactional
    public StaffAccount changeRoles(StaffMember actor, UUID accountId, List<RoleGrant> roles) {
        var account = find(accountId, true);
        requireMayManage(actor, account);
        var errors = grantErrors(account.institutionId(), roles);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        requireMayGrant(actor, roles);
        if (account.id().equals(actor.id())) {
            for (var adminRole : ADMIN_ROLES) {
                if (actor.holds(adminRole) && roles.stream().noneMatch(g -> g.role() == adminRole)) {
                    throw InvalidInputException.unprocessable(
                            "roles", "You cannot remove your own " + adminRole + " role; ask another administrator");
                }
            }
        }
        var before = new HashSet<>(account.roles());
        var after = Set.copyOf(roles);
        if (before.equals(after)) {
            return account;
        }
        accounts.replaceGrants(account.id(), after);
        var changed = find(account.id(), false);
        publish(
                "roles-changed",
                changed,
                actor,
                Map.of("before", describe(account.roles()), "after", describe(changed.roles())));
        return changed;
    }

    @Transactional
    public StaffAccount disable(StaffMember actor, UUID accountId) {
        var account = find(accountId, true);
        requireMayManage(actor, account);
        if (account.id().equals(actor.id())) {
            throw InvalidInputException.unprocessable("id", "You cannot disable your own account");
        }
        if (accounts.setEnabled(account.id(), false)) {
            publish("disabled", account, actor, Map.of());
        }
        return find(account.id(), false);
    }

    @Transactional
    public StaffAccount enable(StaffMember actor, UUID accountId) {
        var account = find(accountId, true);
        requireMayManage(actor, account);
        if (accounts.setEnabled(account.id(), true)) {
            publish("enabled", account, actor, Map.of());
        }
        return find(account.id(), false);
    }

    /** Sets a new password chosen by an administrator, e.g. for a forgotten one; it also lifts a lockout. */
    @Transactional
    public void resetPassword(StaffMember actor, UUID accountId, String newPassword) {
        var account = find(accountId, true);
        requireMayManage(actor, account);
        if (account.id().equals(actor.id())) {
            throw InvalidInputException.unprocessable(
                    "id", "Change your own password with your current one at /api/v1/staff/me/password");
        }
        var errors = passwordErrors("newPassword", newPassword, account.username());
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        accounts.setPassword(account.id(), newPassword);
        publish("password-reset", account, actor, Map.of("lockLifted", account.lockedUntil() != null));
    }

    /**
     * Changes the signed-in member's own password. A wrong current password counts as a failed sign-in, so it cannot be
     * guessed here past the lockout.
     */
    public void changeOwnPassword(StaffMember actor, String currentPassword, String newPassword) {
        var errors = new ArrayList<FieldError>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", "is required"));
        }
        errors.addAll(passwordErrors("newPassword", newPassword, actor.username()));
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (currentPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                || !accounts.passwordMatches(actor.id(), currentPassword)) {
            attempts.failed(actor.username());
            throw InvalidInputException.invalid("currentPassword", "is not your current password");
        }
        transaction.executeWithoutResult(status -> {
            var account = find(actor.id(), true);
            accounts.setPassword(account.id(), newPassword);
            publish("password-changed", account, actor, Map.of());
        });
    }

    private StaffAccount find(UUID accountId, boolean forUpdate) {
        return accounts.account(accountId, forUpdate)
                .orElseThrow(() -> new NotFoundException("Staff account " + accountId + " not found"));
    }

    private static void requireAdministers(StaffMember actor, UUID institutionId) {
        if (institutionId == null ? !actor.holds(Role.SYSTEM_ADMIN) : !actor.administers(institutionId)) {
            throw new ForbiddenException(
                    institutionId == null
                            ? "Only a system administrator manages accounts without an institution"
                            : "Only the institution's administrators manage its staff accounts");
        }
    }

    private static void requireMayManage(StaffMember actor, StaffAccount account) {
        requireAdministers(actor, account.institutionId());
        if (!actor.holds(Role.SYSTEM_ADMIN) && account.roles().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only a system administrator manages a system administrator's account");
        }
    }

    private static void requireMayGrant(StaffMember actor, List<RoleGrant> roles) {
        if (!actor.holds(Role.SYSTEM_ADMIN) && roles.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only a system administrator grants " + Role.SYSTEM_ADMIN);
        }
    }

    /** What is wrong with a set of grants for an account of {@code institutionId}, each error naming its field. */
    private List<FieldError> grantErrors(UUID institutionId, List<RoleGrant> roles) {
        var errors = new ArrayList<FieldError>();
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "must name at least one role; disable an account to take all away"));
            return errors;
        }
        var seen = new HashSet<RoleGrant>();
        for (int i = 0; i < roles.size(); i++) {
            var field = "roles[" + i + "]";
            var grant = roles.get(i);
            if (grant == null || grant.role() == null) {
                errors.add(new FieldError(field + ".role", "is required"));
                continue;
            }
            var role = grant.role();
            if (!role.assignable()) {
                errors.add(new FieldError(field + ".role", role + " is a swimlane only and cannot be held by staff"));
                continue;
            }
            if (institutionId == null && role != Role.SYSTEM_ADMIN) {
                errors.add(new FieldError(
                        field + ".role", role + " needs an account of an institution; this account has none"));
                continue;
            }
            if (role.boundToUnit()) {
                var unitError = unitError(institutionId, role, grant.unitId());
                if (unitError != null) {
                    errors.add(new FieldError(field + ".unitId", unitError));
                    continue;
                }
            } else if (grant.unitId() != null) {
                errors.add(new FieldError(field + ".unitId", "must be empty: " + role + " does not act for one unit"));
                continue;
            }
            if (!seen.add(grant)) {
                errors.add(new FieldError(field, "is listed twice"));
            }
        }
        return errors;
    }

    private String unitError(UUID institutionId, Role role, UUID unitId) {
        if (unitId == null) {
            return "is required: " + role + " acts for one unit";
        }
        var unit = institutions.findUnit(unitId).orElse(null);
        if (unit == null || !unit.institutionId().equals(institutionId)) {
            return "is not a unit of the account's institution";
        }
        var expected = unitTypeFor(role);
        if (unit.type() != expected) {
            return "must be a " + expected.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " for " + role;
        }
        return null;
    }

    /** The kind of unit a unit-bound role acts for: a council organ for organ members, else a government office. */
    public static UnitType unitTypeFor(Role role) {
        return role == Role.ORGAN_MEMBER ? UnitType.COUNCIL_ORGAN : UnitType.GOVERNMENT_OFFICE;
    }

    /** The password rules: at least 12 characters, at most 72 bytes (bcrypt's limit), not containing the username. */
    static List<FieldError> passwordErrors(String field, String password, String username) {
        if (password == null || password.isBlank()) {
            return List.of(new FieldError(field, "is required"));
        }
        var errors = new ArrayList<FieldError>();
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError(field, "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add(new FieldError(field, "must be at most " + MAX_PASSWORD_BYTES + " bytes long"));
        }
        if (username != null
                && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "must not contain the username"));
        }
        return errors;
    }

    private void publish(String change, StaffAccount account, StaffMember actor, Map<String, Object> details) {
        events.publishEvent(new StaffAccountChanged(
                change,
                account.institutionId(),
                account.id(),
                account.username(),
                actor.id(),
                actor.username(),
                Map.copyOf(details)));
    }

    /** Grants as one audit-friendly text, e.g. {@code OFFICER, ORGAN_MEMBER@<unit id>}. */
    static String describe(List<RoleGrant> grants) {
        return grants.stream()
                .sorted(StaffAccounts.GRANT_ORDER)
                .map(g -> g.unitId() == null ? g.role().name() : g.role() + "@" + g.unitId())
                .collect(Collectors.joining(", "));
    }
}
