package id.suara.staff;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.RegistrationPatterns;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.shared.validation.CleanTextValidator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with institutions and their units, and the rules for it:
 *
 * <ul>
 *   <li>a system administrator sees and adds institutions; an institution administrator sees only their own;
 *   <li>an institution administrator adds units to their own institution, a system administrator to any;
 *   <li>codes are lowercase words joined by hyphens ({@code dprd-kebumen}, {@code komisi-a}), at most 40 characters,
 *       unique (a unit's within its institution); names at most 200 characters; an institution keeps time in WIB, WITA
 *       or WIT and numbers its registrations by a {@link RegistrationPatterns pattern}.
 * </ul>
 *
 * Every change publishes an {@link OrganisationChanged} in its transaction.
 */
@Service
public class OrganisationAdministration {

    /** Indonesia's three time zones: WIB, WITA, WIT. */
    public static final List<ZoneId> ZONES =
            List.of(ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura"));

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_CODE_LENGTH = 40;
    static final int MAX_NAME_LENGTH = 200;

    private final Institutions institutions;
    private final ApplicationEventPublisher events;

    OrganisationAdministration(Institutions institutions, ApplicationEventPublisher events) {
        this.institutions = institutions;
        this.events = events;
    }

    /** The institutions an administrator sees: all for a system administrator, their own for an institution's. */
    public List<Institution> institutions(StaffMember actor) {
        if (actor.holds(Role.SYSTEM_ADMIN)) {
            return institutions.all();
        }
        requireAdministers(actor, actor.institutionId());
        return List.of(institutions.get(actor.institutionId()));
    }

    @Transactional
    public Institution addInstitution(
            StaffMember actor,
            String code,
            String name,
            InstitutionKind kind,
            ZoneId zone,
            String registrationPattern) {
        if (!actor.holds(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only a system administrator adds institutions");
        }
        var errors = codeAndNameErrors(code, name);
        if (kind == null) {
            errors.add(new FieldError("kind", "must be one of " + List.of(InstitutionKind.values())));
        }
        if (zone == null || !ZONES.contains(zone)) {
            errors.add(new FieldError("zone", "must be one of " + ZONES));
        }
        if (registrationPattern == null || !CleanTextValidator.isClean(registrationPattern, false)) {
            errors.add(new FieldError("registrationPattern", "must be a single line of text"));
        } else {
            RegistrationPatterns.problem(registrationPattern)
                    .ifPresent(problem -> errors.add(new FieldError("registrationPattern", problem)));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (institutions.findByCode(code).isPresent()) {
            throw new ConflictException("code", "The institution code " + code + " is taken");
        }
        Institution institution;
        try {
            institution = institutions.add(code, name.strip(), kind, zone, registrationPattern);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", "The institution code " + code + " is taken");
        }
        publish(
                "institution.added",
                institution.id(),
                "institution",
                institution.id(),
                actor,
                Map.of(
                        "code", code,
                        "name", institution.name(),
                        "kind", kind.name(),
                        "timeZone", zone.getId(),
                        "registrationPattern", registrationPattern));
        return institution;
    }

    /** The units of an institution its administrators manage; an unknown institution is a 404. */
    public List<Unit> units(StaffMember actor, UUID institutionId) {
        requireAdministers(actor, institutionId);
        institutions.get(institutionId);
        return institutions.units(institutionId);
    }

    @Transactional
    public Unit addUnit(StaffMember actor, UUID institutionId, String code, String name, UnitType type) {
        requireAdministers(actor, institutionId);
        institutions.get(institutionId);
        var errors = codeAndNameErrors(code, name);
        if (type == null) {
            errors.add(new FieldError("type", "must be one of " + List.of(UnitType.values())));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (institutions.findUnit(institutionId, code).isPresent()) {
            throw new ConflictException("code", "The institution already has a unit " + code);
        }
        Unit unit;
        try {
            unit = institutions.addUnit(institutionId, code, name.strip(), type);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", "The institution already has a unit " + code);
        }
        publish(
                "unit.added",
                institutionId,
                "unit",
                unit.id(),
                actor,
                Map.of("code", code, "name", unit.name(), "type", type.name()));
        return unit;
    }

    /** Renames an institution its administrators manage, recorded as {@code institution.renamed}. */
    @Transactional
    public Institution renameInstitution(StaffMember actor, UUID institutionId, String name) {
        requireAdministers(actor, institutionId);
        var before = institutions.get(institutionId);
        requireName(name);
        var renamed = institutions.rename(institutionId, name.strip());
        publish(
                "institution.renamed",
                institutionId,
                "institution",
                institutionId,
                actor,
                Map.of("code", before.code(), "from", before.name(), "to", renamed.name()));
        return renamed;
    }

    /** A unit of an institution the administrator manages; another institution's unit is not found. */
    public Unit unit(StaffMember actor, UUID unitId) {
        return institutions
                .findUnit(unitId)
                .filter(u -> actor.administers(u.institutionId()))
                .orElseThrow(() -> new NotFoundException("Unit " + unitId + " not found"));
    }

    /** Renames a unit of an institution the administrator manages, recorded as {@code unit.renamed}. */
    @Transactional
    public Unit renameUnit(StaffMember actor, UUID unitId, String name) {
        var before = unit(actor, unitId);
        requireName(name);
        var renamed = institutions.renameUnit(unitId, name.strip());
        publish(
                "unit.renamed",
                before.institutionId(),
                "unit",
                unitId,
                actor,
                Map.of("code", before.code(), "from", before.name(), "to", renamed.name()));
        return renamed;
    }

    private static void requireName(String name) {
        var errors = new ArrayList<FieldError>();
        nameErrors(name, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }

    private static void nameErrors(String name, List<FieldError> errors) {
        if (name == null
                || name.isBlank()
                || name.strip().length() > MAX_NAME_LENGTH
                || !CleanTextValidator.isClean(name, false)) {
            errors.add(new FieldError("name", "must be a single line of 1 to " + MAX_NAME_LENGTH + " characters"));
        }
    }

    private static List<FieldError> codeAndNameErrors(String code, String name) {
        var errors = new ArrayList<FieldError>();
        if (code == null
                || code.length() > MAX_CODE_LENGTH
                || !CODE.matcher(code).matches()) {
            errors.add(new FieldError(
                    "code",
                    "must be 1 to " + MAX_CODE_LENGTH + " lowercase letters or digits, words joined by hyphens"));
        }
        nameErrors(name, errors);
        return errors;
    }

    private static void requireAdministers(StaffMember actor, UUID institutionId) {
        if (institutionId == null || !actor.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators manage its units");
        }
    }

    private void publish(
            String action,
            UUID institutionId,
            String subjectType,
            UUID subjectId,
            StaffMember actor,
            Map<String, Object> details) {
        events.publishEvent(new OrganisationChanged(
                action, institutionId, subjectType, subjectId, actor.id(), actor.username(), details));
    }
}
