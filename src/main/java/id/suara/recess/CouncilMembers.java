package id.suara.recess;

import static id.suara.recess.RecessCalendar.requireAdministrator;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffAccounts;
import id.suara.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a recess: the council's constituencies (dapil) with their districts, its members with their faction and
 * dapil, and the companions (pendamping) assigned to a member for one recess (ADR 0030). A faction is a unit of type
 * {@link UnitType#FACTION}; a member is not a unit, since a member is one person who belongs to a faction and a dapil.
 */
@Service
public class CouncilMembers {

    static final int NAME_MAX = 160;
    static final int DISTRICT_MAX = 120;

    private static final String MEMBER_QUERY = """
            select m.id, m.institution_id, m.name, m.faction_unit_id, u.name as faction_name, m.dapil_id,
                   d.name as dapil_name, m.active_from, m.active_to, m.staff_account_id
            from council_member m
            join unit u on u.id = m.faction_unit_id
            join dapil d on d.id = m.dapil_id
            """;

    private final JdbcClient jdbc;
    private final RecessCalendar calendar;
    private final Institutions institutions;
    private final StaffAccounts staff;
    private final ApplicationEventPublisher events;

    CouncilMembers(
            JdbcClient jdbc,
            RecessCalendar calendar,
            Institutions institutions,
            StaffAccounts staff,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.institutions = institutions;
        this.staff = staff;
        this.events = events;
    }

    // ---- dapils ----

    /** The institution's dapils by number, each with its districts in the order entered. */
    @Transactional(readOnly = true)
    public List<Dapil> dapils(UUID institutionId) {
        var districts = new LinkedHashMap<UUID, List<String>>();
        jdbc.sql("select dapil_id, name from dapil_district where institution_id = ? order by dapil_id, position")
                .param(institutionId)
                .query(rs -> {
                    districts
                            .computeIfAbsent(rs.getObject("dapil_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        return jdbc.sql("select id, institution_id, number, name from dapil where institution_id = ? order by number")
                .param(institutionId)
                .query((rs, n) -> new Dapil(
                        rs.getObject("id", UUID.class),
                        rs.getObject("institution_id", UUID.class),
                        rs.getInt("number"),
                        rs.getString("name"),
                        districts.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Dapil> findDapil(UUID institutionId, UUID dapilId) {
        return dapils(institutionId).stream()
                .filter(d -> d.id().equals(dapilId))
                .findFirst();
    }

    /** Adds a dapil; a district already in another dapil of the institution is refused. */
    @Transactional
    public Dapil addDapil(StaffMember editor, Institution institution, NewDapil entered) {
        requireAdministrator(editor, institution);
        var dapil = checkedDapil(institution, UUID.randomUUID(), entered);
        calendar.lock(institution.id());
        refuseTaken(institution, dapil);
        jdbc.sql("insert into dapil (id, institution_id, number, name) values (?, ?, ?, ?)")
                .params(dapil.id(), institution.id(), dapil.number(), dapil.name())
                .update();
        insertDistricts(dapil);
        calendar.record(editor, institution, "recess.dapil.added", "dapil", dapil.id(), dapilDetails(dapil));
        return dapil;
    }

    /** Changes a dapil's number, name and districts. */
    @Transactional
    public Dapil changeDapil(StaffMember editor, Institution institution, UUID dapilId, NewDapil entered) {
        requireAdministrator(editor, institution);
        findDapil(institution.id(), dapilId)
                .orElseThrow(() -> new NotFoundException("Dapil " + dapilId + " not found"));
        var dapil = checkedDapil(institution, dapilId, entered);
        calendar.lock(institution.id());
        refuseTaken(institution, dapil);
        jdbc.sql("update dapil set number = ?, name = ? where id = ?")
                .params(dapil.number(), dapil.name(), dapilId)
                .update();
        jdbc.sql("delete from dapil_district where dapil_id = ?").param(dapilId).update();
        insertDistricts(dapil);
        calendar.record(editor, institution, "recess.dapil.changed", "dapil", dapil.id(), dapilDetails(dapil));
        return dapil;
    }

    /** Removes a dapil no member belongs to. */
    @Transactional
    public void removeDapil(StaffMember editor, Institution institution, UUID dapilId) {
        requireAdministrator(editor, institution);
        var dapil = findDapil(institution.id(), dapilId)
                .orElseThrow(() -> new NotFoundException("Dapil " + dapilId + " not found"));
        var members = jdbc.sql("select count(*) from council_member where dapil_id = ?")
                .param(dapilId)
                .query(Long.class)
                .single();
        if (members > 0) {
            throw new RecessConflict("dapilId", "dapilInUse", "the dapil still has " + members + " member(s)");
        }
        jdbc.sql("delete from dapil where id = ?").param(dapilId).update();
        calendar.record(editor, institution, "recess.dapil.removed", "dapil", dapil.id(), dapilDetails(dapil));
    }

    private Dapil checkedDapil(Institution institution, UUID id, NewDapil entered) {
        var errors = new ArrayList<FieldError>();
        if (entered == null || entered.number() == null || entered.number() < 1 || entered.number() > 99) {
            errors.add(new FieldError("number", "must be the dapil's number, 1 to 99"));
        }
        var name =
                entered == null || entered.name() == null ? "" : entered.name().strip();
        if (name.isEmpty() || name.length() > DISTRICT_MAX) {
            errors.add(new FieldError("name", "must be the dapil's name, at most " + DISTRICT_MAX + " characters"));
        }
        var districts = new ArrayList<String>();
        var seen = new HashSet<String>();
        if (entered != null && entered.districts() != null) {
            for (var district : entered.districts()) {
                var d = district == null ? "" : district.strip();
                if (d.isEmpty()) {
                    continue;
                }
                if (d.length() > DISTRICT_MAX) {
                    errors.add(new FieldError("districts", "a district has more than " + DISTRICT_MAX + " characters"));
                    break;
                }
                if (seen.add(d.toLowerCase(Locale.ROOT))) {
                    districts.add(d);
                }
            }
        }
        if (districts.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("districts"))) {
            errors.add(new FieldError("districts", "must name at least one district (kecamatan) the dapil covers"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return new Dapil(id, institution.id(), entered.number(), name, districts);
    }

    private void refuseTaken(Institution institution, Dapil dapil) {
        for (var other : dapils(institution.id())) {
            if (other.id().equals(dapil.id())) {
                continue;
            }
            if (other.number() == dapil.number()) {
                throw new RecessConflict("number", "numberTaken", "dapil " + dapil.number() + " exists already");
            }
            var theirs = other.districts().stream()
                    .map(d -> d.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            for (var district : dapil.districts()) {
                if (theirs.contains(district.toLowerCase(Locale.ROOT))) {
                    throw new RecessConflict(
                            "districts",
                            "districtTaken",
                            "the district " + district + " belongs to " + other.name() + " already");
                }
            }
        }
    }

    private void insertDistricts(Dapil dapil) {
        for (int i = 0; i < dapil.districts().size(); i++) {
            jdbc.sql("insert into dapil_district (dapil_id, institution_id, position, name) values (?, ?, ?, ?)")
                    .params(
                            dapil.id(),
                            dapil.institutionId(),
                            i + 1,
                            dapil.districts().get(i))
                    .update();
        }
    }

    private static Map<String, Object> dapilDetails(Dapil dapil) {
        var details = new LinkedHashMap<String, Object>();
        details.put("number", dapil.number());
        details.put("name", dapil.name());
        details.put("districts", String.join(", ", dapil.districts()));
        return details;
    }

    // ---- members ----

    /** The institution's members by name, optionally only those of one faction or one dapil. */
    @Transactional(readOnly = true)
    public List<CouncilMember> members(UUID institutionId, UUID factionId, UUID dapilId) {
        return jdbc.sql(MEMBER_QUERY + " where m.institution_id = ?"
                        + " and (cast(? as uuid) is null or m.faction_unit_id = ?)"
                        + " and (cast(? as uuid) is null or m.dapil_id = ?)"
                        + " order by m.name")
                .params(institutionId, factionId, factionId, dapilId, dapilId)
                .query((rs, n) -> member(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<CouncilMember> findMember(UUID institutionId, UUID memberId) {
        return jdbc.sql(MEMBER_QUERY + " where m.institution_id = ? and m.id = ?")
                .params(institutionId, memberId)
                .query((rs, n) -> member(rs))
                .optional();
    }

    /** The member a staff account signs in as, if any. */
    @Transactional(readOnly = true)
    public Optional<CouncilMember> memberSignedInAs(UUID staffAccountId) {
        return jdbc.sql(MEMBER_QUERY + " where m.staff_account_id = ?")
                .param(staffAccountId)
                .query((rs, n) -> member(rs))
                .optional();
    }

    @Transactional
    public CouncilMember addMember(StaffMember editor, Institution institution, NewCouncilMember entered) {
        requireAdministrator(editor, institution);
        var id = UUID.randomUUID();
        calendar.lock(institution.id());
        var name = checkedMember(institution, id, entered);
        jdbc.sql("""
                insert into council_member
                    (id, institution_id, name, faction_unit_id, dapil_id, active_from, active_to, staff_account_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        institution.id(),
                        name,
                        entered.factionId(),
                        entered.dapilId(),
                        entered.activeFrom(),
                        entered.activeTo(),
                        entered.staffAccountId())
                .update();
        var member = findMember(institution.id(), id).orElseThrow();
        calendar.record(editor, institution, "recess.member.added", "council-member", id, memberDetails(member));
        return member;
    }

    @Transactional
    public CouncilMember changeMember(
            StaffMember editor, Institution institution, UUID memberId, NewCouncilMember entered) {
        requireAdministrator(editor, institution);
        findMember(institution.id(), memberId)
                .orElseThrow(() -> new NotFoundException("Member " + memberId + " not found"));
        calendar.lock(institution.id());
        var name = checkedMember(institution, memberId, entered);
        jdbc.sql("""
                update council_member set name = ?, faction_unit_id = ?, dapil_id = ?, active_from = ?, active_to = ?,
                    staff_account_id = ?
                where id = ?""")
                .params(
                        name,
                        entered.factionId(),
                        entered.dapilId(),
                        entered.activeFrom(),
                        entered.activeTo(),
                        entered.staffAccountId(),
                        memberId)
                .update();
        var member = findMember(institution.id(), memberId).orElseThrow();
        calendar.record(
                editor, institution, "recess.member.changed", "council-member", memberId, memberDetails(member));
        return member;
    }

    /** Removes a member entered by mistake, with their companions. */
    @Transactional
    public void removeMember(StaffMember editor, Institution institution, UUID memberId) {
        requireAdministrator(editor, institution);
        var member = findMember(institution.id(), memberId)
                .orElseThrow(() -> new NotFoundException("Member " + memberId + " not found"));
        jdbc.sql("delete from council_member where id = ?").param(memberId).update();
        calendar.record(
                editor, institution, "recess.member.removed", "council-member", memberId, memberDetails(member));
        events.publishEvent(new RecessPeopleChanged(institution.id(), null));
    }

    /** Checks every field of a member and answers the stripped name; refuses the member whole naming each bad field. */
    private String checkedMember(Institution institution, UUID memberId, NewCouncilMember entered) {
        var errors = new ArrayList<FieldError>();
        var name =
                entered == null || entered.name() == null ? "" : entered.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "must be the member's name, at most " + NAME_MAX + " characters"));
        }
        var factionId = entered == null ? null : entered.factionId();
        if (factionId == null
                || institutions
                        .findUnit(factionId)
                        .filter(u -> u.institutionId().equals(institution.id()) && u.type() == UnitType.FACTION)
                        .isEmpty()) {
            errors.add(new FieldError("factionId", "must be a faction (fraksi) of the institution"));
        }
        var dapilId = entered == null ? null : entered.dapilId();
        if (dapilId == null || findDapil(institution.id(), dapilId).isEmpty()) {
            errors.add(new FieldError("dapilId", "must be a dapil of the institution"));
        }
        if (entered == null || entered.activeFrom() == null) {
            errors.add(new FieldError("activeFrom", "must be the first day in office"));
        } else if (!RecessCalendar.plausible(entered.activeFrom())) {
            errors.add(new FieldError("activeFrom", "must be a date between 1950 and 2200"));
        } else if (entered.activeTo() != null && !RecessCalendar.plausible(entered.activeTo())) {
            errors.add(new FieldError("activeTo", "must be a date between 1950 and 2200"));
        } else if (entered.activeTo() != null && entered.activeTo().isBefore(entered.activeFrom())) {
            errors.add(new FieldError("activeTo", "must not be before the first day in office"));
        }
        var accountId = entered == null ? null : entered.staffAccountId();
        if (accountId != null
                && staff.findById(accountId)
                        .filter(a -> institution.id().equals(a.institutionId()))
                        .isEmpty()) {
            errors.add(new FieldError("staffAccountId", "must be a staff account of the institution"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (accountId != null) {
            memberSignedInAs(accountId)
                    .filter(other -> !other.id().equals(memberId))
                    .ifPresent(other -> {
                        throw new RecessConflict(
                                "staffAccountId",
                                "accountTaken",
                                "the account signs in as " + other.name() + " already");
                    });
        }
        return name;
    }

    private static Map<String, Object> memberDetails(CouncilMember member) {
        var details = new LinkedHashMap<String, Object>();
        details.put("name", member.name());
        details.put("faction", member.factionName());
        details.put("dapil", member.dapilName());
        details.put("activeFrom", member.activeFrom().toString());
        if (member.activeTo() != null) {
            details.put("activeTo", member.activeTo().toString());
        }
        return details;
    }

    private static CouncilMember member(ResultSet rs) throws SQLException {
        return new CouncilMember(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getString("name"),
                rs.getObject("faction_unit_id", UUID.class),
                rs.getString("faction_name"),
                rs.getObject("dapil_id", UUID.class),
                rs.getString("dapil_name"),
                rs.getObject("active_from", LocalDate.class),
                rs.getObject("active_to", LocalDate.class),
                rs.getObject("staff_account_id", UUID.class));
    }

    // ---- companions ----

    /** The companions of one recess, by member then name. */
    @Transactional(readOnly = true)
    public List<Companion> companions(UUID institutionId, UUID recessId) {
        return jdbc.sql("""
                select c.id, c.recess_id, c.member_id, m.name as member_name, c.staff_account_id,
                       coalesce(s.display_name, c.name) as name, c.phone
                from recess_companion c
                join council_member m on m.id = c.member_id
                left join staff_account s on s.id = c.staff_account_id
                where c.institution_id = ? and c.recess_id = ?
                order by m.name, 6""")
                .params(institutionId, recessId)
                .query((rs, n) -> new Companion(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recess_id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("member_name"),
                        rs.getObject("staff_account_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("phone")))
                .list();
    }

    /**
     * Assigns a companion to a member for a recess: a staff account of the institution, or a named person with a phone
     * number. The member must be in office during the recess; one account accompanies a member once per recess. The
     * recess's facilitation, when opened, gets the companion's checklist items (ADR 0031).
     */
    @Transactional
    public Companion assignCompanion(
            StaffMember editor, Institution institution, UUID recessId, UUID memberId, NewCompanion entered) {
        requireAdministrator(editor, institution);
        var recess = calendar.recess(institution.id(), recessId);
        var member = findMember(institution.id(), memberId)
                .orElseThrow(() -> new NotFoundException("Member " + memberId + " not found"));
        var accountId = entered == null ? null : entered.staffAccountId();
        var name =
                entered == null || entered.name() == null ? "" : entered.name().strip();
        var phone = entered == null || entered.phone() == null
                ? ""
                : entered.phone().strip();
        var errors = new ArrayList<FieldError>();
        if (accountId != null) {
            if (staff.findById(accountId)
                    .filter(a -> institution.id().equals(a.institutionId()))
                    .isEmpty()) {
                errors.add(new FieldError("staffAccountId", "must be a staff account of the institution"));
            }
            name = "";
        } else {
            if (name.isEmpty() || name.length() > NAME_MAX) {
                errors.add(new FieldError(
                        "name", "must be the companion's name (or choose a staff account), at most " + NAME_MAX));
            }
        }
        if (accountId == null && !phone.matches("\\+?[0-9][0-9 -]{6,24}")) {
            errors.add(new FieldError("phone", "must be the companion's phone number, e.g. 0812 3456 7890"));
        } else if (accountId != null && !phone.isEmpty() && !phone.matches("\\+?[0-9][0-9 -]{6,24}")) {
            errors.add(new FieldError("phone", "must be a phone number, e.g. 0812 3456 7890"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (!member.activeDuring(recess.startsOn(), recess.endsOn())) {
            throw InvalidInputException.unprocessable(
                    "memberId",
                    member.name() + " is not in office during the recess " + recess.startsOn() + " – "
                            + recess.endsOn());
        }
        calendar.lock(institution.id());
        if (accountId != null) {
            var twice = jdbc.sql(
                            "select count(*) from recess_companion where recess_id = ? and member_id = ? and staff_account_id = ?")
                    .params(recessId, memberId, accountId)
                    .query(Long.class)
                    .single();
            if (twice > 0) {
                throw new RecessConflict(
                        "staffAccountId", "companionTwice", "already accompanies " + member.name() + " in this recess");
            }
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into recess_companion (id, institution_id, recess_id, member_id, staff_account_id, name, phone)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        institution.id(),
                        recessId,
                        memberId,
                        accountId,
                        name.isEmpty() ? null : name,
                        phone.isEmpty() ? null : phone)
                .update();
        var companion = companions(institution.id(), recessId).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
        var details = new LinkedHashMap<String, Object>();
        details.put("recess", recess.startsOn() + " – " + recess.endsOn());
        details.put("member", member.name());
        details.put("companion", companion.name());
        calendar.record(editor, institution, "recess.companion.assigned", "recess-companion", id, details);
        events.publishEvent(new RecessPeopleChanged(institution.id(), recessId));
        return companion;
    }

    @Transactional
    public void removeCompanion(StaffMember editor, Institution institution, UUID recessId, UUID companionId) {
        requireAdministrator(editor, institution);
        var companion = companions(institution.id(), recessId).stream()
                .filter(c -> c.id().equals(companionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Companion " + companionId + " not found"));
        jdbc.sql("delete from recess_companion where id = ?").param(companionId).update();
        var details = new LinkedHashMap<String, Object>();
        details.put("member", companion.memberName());
        details.put("companion", companion.name());
        calendar.record(editor, institution, "recess.companion.removed", "recess-companion", companionId, details);
        events.publishEvent(new RecessPeopleChanged(institution.id(), recessId));
    }

    /** The institution's enabled staff accounts a companion or member can be linked to: id → display name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> accounts(UUID institutionId) {
        var out = new LinkedHashMap<UUID, String>();
        jdbc.sql(
                        "select id, display_name from staff_account where institution_id = ? and enabled order by display_name")
                .param(institutionId)
                .query(rs -> {
                    out.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return out;
    }
}
