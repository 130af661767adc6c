package id.suara.recess;

import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.TimeLimit;
import id.suara.calendar.WorkingCalendar;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.Intake;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.SubmissionKind;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.LocalizedText;
import id.suara.shared.NotFoundException;
import id.suara.shared.validation.CleanTextValidator;
import id.suara.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitation of each recess (seed 004 "Fasilitasi Pelaksanaan Reses", ADR 0031): the secretariat opens it on a
 * start day; its checklist is expanded into items — once, per member in office during the recess, per companion
 * assigned to it — each with an owner (a role, the division in charge, optionally a staff account), a day it is due on
 * the institution's working calendar, and a status. It is complete when every item is done or not applicable, within its
 * limit when that happened by its due day. Service complaints about it (004 "Pengaduan Layanan") are registered here as
 * cases of kind {@link SubmissionKind#SERVICE_COMPLAINT}, which run on the institution's SOP for them.
 *
 * <p>Who: staff of the institution read; its administrator, officers, division heads and secretary open a facilitation,
 * change and assign items, and record service complaints; an item's assigned account changes its status; a staff
 * account accompanying a member in the recess records service complaints. Another institution's staff get 404. Every
 * change is audited as {@code recess.facilitation.*}; changes of one facilitation are serialised by a row lock.
 */
@Service
public class RecessFacilitations {

    static final int TEXT_MAX = 1000;
    static final int TITLE_MAX = 200;
    static final int COMPLAINT_MAX = 5000;
    static final int INBOX_LIMIT = 50;

    /** The roles of the secretariat that run a facilitation, besides the institution's administrator. */
    static final Set<Role> RUNNING_ROLES = EnumSet.of(Role.OFFICER, Role.DIVISION_HEAD, Role.SECRETARY);

    private static final String ITEM_QUERY = """
            select i.*, u.name as unit_name, a.display_name as assignee_name
            from recess_facilitation_item i
            left join unit u on u.id = i.owner_unit_id
            left join staff_account a on a.id = i.assignee_id
            """;

    private final JdbcClient jdbc;
    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final FacilitationChecklists checklists;
    private final InstitutionCalendars calendars;
    private final Institutions institutions;
    private final Intake intake;
    private final Clock clock;

    RecessFacilitations(
            JdbcClient jdbc,
            RecessCalendar calendar,
            CouncilMembers members,
            FacilitationChecklists checklists,
            InstitutionCalendars calendars,
            Institutions institutions,
            Intake intake,
            Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.members = members;
        this.checklists = checklists;
        this.calendars = calendars;
        this.institutions = institutions;
        this.intake = intake;
        this.clock = clock;
    }

    /** A facilitation as stored, without its items. */
    private record Row(
            UUID id,
            UUID institutionId,
            UUID recessId,
            String checklistCode,
            int checklistVersion,
            String documentNumber,
            LocalDate startsOn,
            int limitWorkingDays,
            LocalDate dueOn,
            Instant openedAt,
            String openedByName) {}

    // ---- who ----

    /** Whether the staff member runs the institution's facilitations: its administrator, officers, heads, secretary. */
    public boolean runs(StaffMember staff, UUID institutionId) {
        return staff.administers(institutionId)
                || (institutionId.equals(staff.institutionId())
                        && staff.grants().stream().anyMatch(g -> RUNNING_ROLES.contains(g.role())));
    }

    /** Whether the staff member may mark the item done or not applicable, or open it again. */
    public boolean mayChange(StaffMember staff, Facilitation facilitation, FacilitationItem item) {
        return runs(staff, facilitation.institutionId())
                || (item.assigneeId() != null
                        && item.assigneeId().equals(staff.id())
                        && facilitation.institutionId().equals(staff.institutionId()));
    }

    /** Whether the staff member may record a service complaint about the recess: who runs it, or a companion in it. */
    public boolean recordsComplaints(StaffMember staff, UUID institutionId, UUID recessId) {
        return runs(staff, institutionId)
                || (institutionId.equals(staff.institutionId())
                        && jdbc.sql(
                                                "select count(*) from recess_companion where recess_id = ? and staff_account_id = ?")
                                        .params(recessId, staff.id())
                                        .query(Long.class)
                                        .single()
                                > 0);
    }

    // ---- reading ----

    /** The recess's facilitation, if it was opened; a recess of another institution is a 404. */
    @Transactional(readOnly = true)
    public Optional<Facilitation> find(Institution institution, UUID recessId) {
        RecessCalendar.requireCouncil(institution);
        var recess = calendar.recess(institution.id(), recessId);
        return row(recess.id(), false).map(r -> assemble(institution, r));
    }

    /** The day a facilitation of this recess would start to be due on the recess's last day: a suggestion. */
    @Transactional(readOnly = true)
    public LocalDate suggestedStart(Institution institution, SittingPeriod recess) {
        var workingCalendar = calendars.forInstitution(institution.id());
        var start = recess.endsOn();
        int counted = 0;
        while (counted < checklists.current().limitWorkingDays()) {
            if (workingCalendar.isWorkingDay(start)) {
                counted++;
            }
            start = start.minusDays(1);
        }
        return start;
    }

    /** The time limit a facilitation opened now has, in working days. */
    public int limitWorkingDays() {
        return checklists.current().limitWorkingDays();
    }

    /**
     * The facilitation items open past their day that wait for the staff member: those assigned to them, and those
     * assigned to nobody whose owner role they hold. The oldest first, at most {@value #INBOX_LIMIT}.
     */
    @Transactional(readOnly = true)
    public List<OverdueItem> overdueFor(StaffMember staff) {
        if (staff.institutionId() == null) {
            return List.of();
        }
        var institution = institutions.get(staff.institutionId());
        if (institution.kind() != InstitutionKind.COUNCIL_SECRETARIAT) {
            return List.of();
        }
        var roles = staff.roles().stream().map(Enum::name).collect(Collectors.toList());
        if (roles.isEmpty()) {
            roles.add("-");
        }
        return jdbc.sql("""
                        select i.id, i.number, i.name_id, i.name_en, i.scope, i.member_name, i.companion_name, i.due_on,
                               f.recess_id, p.year, p.sitting
                        from recess_facilitation_item i
                        join recess_facilitation f on f.id = i.facilitation_id
                        join sitting_period p on p.id = f.recess_id
                        where i.institution_id = :institution and i.status = 'OPEN' and i.due_on < :today
                          and (i.assignee_id = :account or (i.assignee_id is null and i.owner_role in (:roles)))
                        order by i.due_on, i.position, i.member_name, i.companion_name
                        limit :limit""")
                .param("institution", institution.id())
                .param("today", today(institution))
                .param("account", staff.id())
                .param("roles", roles)
                .param("limit", INBOX_LIMIT)
                .query((rs, n) -> new OverdueItem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recess_id", UUID.class),
                        rs.getInt("year"),
                        rs.getInt("sitting"),
                        rs.getString("number"),
                        new LocalizedText(rs.getString("name_id"), rs.getString("name_en")),
                        forWhom(
                                ItemScope.valueOf(rs.getString("scope")),
                                rs.getString("member_name"),
                                rs.getString("companion_name")),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /**
     * For those who run the institution's facilitations: the recesses of this sitting year and every earlier recess
     * whose facilitation is still incomplete, in date order, each with how far its facilitation has come. Empty for
     * anyone else, and outside a council secretariat.
     */
    @Transactional(readOnly = true)
    public List<RecessFacilitationState> runningFor(StaffMember staff) {
        if (staff.institutionId() == null || !runs(staff, staff.institutionId())) {
            return List.of();
        }
        var institution = institutions.get(staff.institutionId());
        if (institution.kind() != InstitutionKind.COUNCIL_SECRETARIAT) {
            return List.of();
        }
        var today = today(institution);
        return jdbc.sql("""
                        select p.id, p.year, p.sitting, p.starts_on, p.ends_on, f.due_on,
                               count(i.id) as items,
                               count(i.id) filter (where i.status <> 'OPEN') as closed,
                               count(i.id) filter (where i.status = 'OPEN' and i.due_on < :today) as overdue
                        from sitting_period p
                        left join recess_facilitation f on f.recess_id = p.id
                        left join recess_facilitation_item i on i.facilitation_id = f.id
                        where p.institution_id = :institution and p.kind = 'RECESS'
                        group by p.id, p.year, p.sitting, p.starts_on, p.ends_on, f.due_on
                        having p.year = :year
                            or (f.due_on is not null and count(i.id) filter (where i.status = 'OPEN') > 0)
                        order by p.starts_on""")
                .param("institution", institution.id())
                .param("today", today)
                .param("year", today.getYear())
                .query((rs, n) -> new RecessFacilitationState(
                        rs.getObject("id", UUID.class),
                        rs.getInt("year"),
                        rs.getInt("sitting"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getInt("items"),
                        rs.getInt("closed"),
                        rs.getInt("overdue")))
                .list();
    }

    private static String forWhom(ItemScope scope, String memberName, String companionName) {
        return switch (scope) {
            case ONCE -> null;
            case MEMBER -> memberName;
            case COMPANION -> companionName + " · " + memberName;
        };
    }

    /** The service complaints about the recess's facilitation, the latest first. */
    @Transactional(readOnly = true)
    public List<ServiceComplaint> serviceComplaints(Institution institution, UUID recessId) {
        return jdbc.sql("""
                        select c.case_id, f.registration_number, f.title, f.status, c.member_name, c.recorded_at,
                               s.display_name as recorded_by_name
                        from recess_service_complaint c
                        join case_file f on f.id = c.case_id
                        left join staff_account s on s.id = c.recorded_by
                        where c.institution_id = ? and c.recess_id = ?
                        order by c.recorded_at desc, c.case_id""")
                .params(institution.id(), recessId)
                .query((rs, n) -> new ServiceComplaint(
                        rs.getObject("case_id", UUID.class),
                        rs.getString("registration_number"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getString("member_name"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by_name")))
                .list();
    }

    // ---- opening ----

    /**
     * Opens the facilitation of a recess on its start day, with the current checklist expanded for the members in office
     * during the recess and the companions assigned to it. Refused when it was opened already (409 {@code recessId}), or
     * starts after the recess's last day (422 {@code startsOn}).
     */
    @Transactional
    public Facilitation open(StaffMember actor, Institution institution, UUID recessId, LocalDate startsOn) {
        RecessCalendar.requireCouncil(institution);
        var recess = calendar.recess(institution.id(), recessId);
        requireRunning(actor, institution);
        if (startsOn == null) {
            throw InvalidInputException.invalid("startsOn", "must be the day the facilitation starts (yyyy-mm-dd)");
        }
        if (!RecessCalendar.plausible(startsOn)) {
            throw InvalidInputException.invalid("startsOn", "must be a date between 1950 and 2200");
        }
        if (startsOn.isAfter(recess.endsOn())) {
            throw InvalidInputException.unprocessable(
                    "startsOn", "must be no later than the recess's last day, " + recess.endsOn());
        }
        lockRecess(recess.id());
        row(recess.id(), false).ifPresent(opened -> {
            throw alreadyOpened(opened.startsOn());
        });
        var checklist = checklists.current();
        var workingCalendar = calendars.forInstitution(institution.id());
        var id = UUID.randomUUID();
        var dueOn = dueOn(workingCalendar, startsOn, checklist.limitWorkingDays());
        try {
            jdbc.sql("""
                            insert into recess_facilitation (id, institution_id, recess_id, checklist_code,
                                checklist_version, document_number, starts_on, limit_working_days, due_on, opened_at,
                                opened_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            institution.id(),
                            recess.id(),
                            checklist.code(),
                            checklist.version(),
                            checklist.documentNumber(),
                            startsOn,
                            checklist.limitWorkingDays(),
                            dueOn,
                            Timestamp.from(clock.instant()),
                            actor.id())
                    .update();
        } catch (DuplicateKeyException openedMeanwhile) {
            throw alreadyOpened(startsOn);
        }
        var opened = row(recess.id(), true).orElseThrow();
        int items = expand(institution, recess, opened);
        var details = new LinkedHashMap<String, Object>();
        details.put("recess", recess.startsOn() + " – " + recess.endsOn());
        details.put("checklist", checklist.code() + " v" + checklist.version());
        details.put("startsOn", startsOn.toString());
        details.put("dueOn", dueOn.toString());
        details.put("items", items);
        calendar.record(actor, institution, "recess.facilitation.opened", "recess-facilitation", id, details);
        return assemble(institution, opened);
    }

    private static RecessConflict alreadyOpened(LocalDate startsOn) {
        return new RecessConflict(
                "recessId", "facilitationOpened", "the recess's facilitation was opened already, starting " + startsOn);
    }

    /**
     * Adds the items the facilitation lacks: each checklist item once, or for each member in office during the recess,
     * or for each companion assigned to it, as they are now. Answers how many were added.
     */
    private int expand(Institution institution, SittingPeriod recess, Row facilitation) {
        var checklist = checklist(facilitation);
        var workingCalendar = calendars.forInstitution(institution.id());
        var existing = jdbc.sql(
                        "select code || ' ' || scope_key from recess_facilitation_item where facilitation_id = ?")
                .param(facilitation.id())
                .query(String.class)
                .set();
        var inOffice = members.members(institution.id(), null, null).stream()
                .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                .toList();
        var companions = members.companions(institution.id(), recess.id());
        var units = institutions.units(institution.id()).stream()
                .collect(Collectors.toMap(Unit::code, Unit::id, (a, b) -> a));
        int added = 0;
        for (int position = 0; position < checklist.items().size(); position++) {
            var item = checklist.items().get(position);
            var targets = switch (item.scope()) {
                case ONCE -> List.of(new Target("", null, null, null, null, null));
                case MEMBER ->
                    inOffice.stream()
                            .map(m -> new Target("member:" + m.id(), m.id(), m.name(), null, null, null))
                            .toList();
                case COMPANION ->
                    companions.stream()
                            .map(c -> new Target(
                                    "companion:" + c.id(),
                                    c.memberId(),
                                    c.memberName(),
                                    c.id(),
                                    c.name(),
                                    c.staffAccountId()))
                            .toList();
            };
            for (var target : targets) {
                if (existing.contains(item.code() + " " + target.key())) {
                    continue;
                }
                jdbc.sql("""
                                insert into recess_facilitation_item (id, facilitation_id, institution_id, code, number,
                                    position, name_id, name_en, owner_title_id, owner_title_en, source, scope,
                                    member_id, member_name, companion_id, companion_name, scope_key, owner_role,
                                    owner_unit_id, assignee_id, due_working_days, due_on, status)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                        .params(
                                UUID.randomUUID(),
                                facilitation.id(),
                                institution.id(),
                                item.code(),
                                item.number(),
                                position + 1,
                                item.name().id(),
                                item.name().en(),
                                item.ownerTitle().id(),
                                item.ownerTitle().en(),
                                item.source(),
                                item.scope().name(),
                                target.memberId(),
                                target.memberName(),
                                target.companionId(),
                                target.companionName(),
                                target.key(),
                                item.ownerRole().name(),
                                item.ownerUnit() == null ? null : units.get(item.ownerUnit()),
                                item.companionOwns() ? target.companionAccountId() : null,
                                item.dueWorkingDays(),
                                dueOn(workingCalendar, facilitation.startsOn(), item.dueWorkingDays()))
                        .update();
                added++;
            }
        }
        return added;
    }

    /** For whom one item is: nobody in particular, a member, or a member's companion. */
    private record Target(
            String key,
            UUID memberId,
            String memberName,
            UUID companionId,
            String companionName,
            UUID companionAccountId) {}

    /**
     * The day a facilitation item is due: {@code workingDays} working days after the start on the institution's working
     * calendar (weekends, holidays and collective leave not counted; the start day itself never counts), through the one
     * deadline calculator.
     */
    static LocalDate dueOn(WorkingCalendar workingCalendar, LocalDate start, int workingDays) {
        var due = DeadlineCalculator.dueAt(
                start.atStartOfDay(workingCalendar.zone()).toInstant(),
                TimeLimit.workingDays(workingDays),
                workingCalendar);
        return due.atZone(workingCalendar.zone()).toLocalDate();
    }

    /**
     * Members or companions changed: a recess's facilitation gets the items of its new companions (and of members now in
     * office), and every facilitation of the institution drops the open items of the members and companions removed;
     * what was done stays with the names it was done for.
     */
    @EventListener
    void peopleChanged(RecessPeopleChanged change) {
        jdbc.sql("""
                        delete from recess_facilitation_item
                        where institution_id = ? and status = 'OPEN'
                          and ((scope = 'MEMBER' and member_id is null) or (scope = 'COMPANION' and companion_id is null))""").param(change.institutionId()).update();
        if (change.recessId() == null) {
            return;
        }
        var institution = institutions.get(change.institutionId());
        row(change.recessId(), true)
                .ifPresent(f -> expand(institution, calendar.recess(institution.id(), change.recessId()), f));
    }

    // ---- changing items ----

    /**
     * Changes an item's status or its assigned account. DONE and NOT_APPLICABLE close an open item (a reason is required
     * for NOT_APPLICABLE); OPEN opens a closed one again; closing a closed item or opening an open one is refused (409
     * {@code status}). Only who runs the facilitation assigns; the assigned account changes the status too.
     */
    @Transactional
    public Facilitation changeItem(
            StaffMember actor, Institution institution, UUID recessId, UUID itemId, ItemChange change) {
        RecessCalendar.requireCouncil(institution);
        var recess = calendar.recess(institution.id(), recessId);
        var facilitation = row(recess.id(), true)
                .orElseThrow(() -> new NotFoundException("The recess's facilitation has not been opened"));
        var item = items(institution, facilitation.id(), itemId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Facilitation item " + itemId + " not found"));
        boolean running = runs(actor, institution.id());
        boolean assigned = item.assigneeId() != null
                && item.assigneeId().equals(actor.id())
                && institution.id().equals(actor.institutionId());
        if (!running && !assigned) {
            throw new ForbiddenException(
                    "Only the secretariat's officers, division heads and secretary, the institution's"
                            + " administrator and the item's assigned account change a facilitation item");
        }
        if (change == null || (change.status() == null && !change.assigneeGiven())) {
            throw InvalidInputException.invalid(
                    "status", "give a status (DONE, NOT_APPLICABLE or OPEN) or an assignee");
        }
        if (change.assigneeGiven() && !running) {
            throw new ForbiddenException("Only the secretariat's officers, division heads and secretary and the "
                    + "institution's administrator assign a facilitation item");
        }
        var note = blankToNull(change.note());
        var reason = blankToNull(change.reason());
        var errors = new ArrayList<FieldError>();
        checkText(errors, "note", note);
        checkText(errors, "reason", reason);
        if (note != null && change.status() != ItemStatus.DONE) {
            errors.add(new FieldError("note", "goes with the status DONE only"));
        }
        if (reason != null && change.status() != ItemStatus.NOT_APPLICABLE) {
            errors.add(new FieldError("reason", "goes with the status NOT_APPLICABLE only"));
        }
        if (change.status() == ItemStatus.NOT_APPLICABLE && reason == null) {
            errors.add(new FieldError("reason", "must say why the item does not apply to this recess"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (change.assigneeGiven()
                && change.assigneeId() != null
                && !members.accounts(institution.id()).containsKey(change.assigneeId())) {
            throw InvalidInputException.unprocessable(
                    "assigneeId", "must be an enabled staff account of the institution");
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("item", item.number() + " " + item.code());
        if (item.memberName() != null) {
            details.put("member", item.memberName());
        }
        if (item.companionName() != null) {
            details.put("companion", item.companionName());
        }
        if (change.status() != null) {
            changeStatus(actor, item, change.status(), note, reason);
            details.put("from", item.status().name());
            details.put("to", change.status().name());
            if (reason != null) {
                details.put("reason", reason);
            }
        }
        if (change.assigneeGiven()) {
            jdbc.sql("update recess_facilitation_item set assignee_id = ? where id = ?")
                    .params(change.assigneeId(), item.id())
                    .update();
            details.put(
                    "assignee",
                    change.assigneeId() == null ? "-" : change.assigneeId().toString());
        }
        calendar.record(
                actor, institution, "recess.facilitation.item.changed", "recess-facilitation-item", item.id(), details);
        return assemble(institution, facilitation);
    }

    private void changeStatus(StaffMember actor, FacilitationItem item, ItemStatus status, String note, String reason) {
        if (status == ItemStatus.OPEN) {
            if (!item.closed()) {
                throw new RecessConflict("status", "itemOpen", "the item is open already");
            }
            jdbc.sql("""
                            update recess_facilitation_item
                            set status = 'OPEN', closed_at = null, closed_by = null, closed_by_name = null, note = null,
                                reason = null
                            where id = ?""").param(item.id()).update();
            return;
        }
        if (item.closed()) {
            throw new RecessConflict(
                    "status",
                    "itemClosed",
                    "the item was closed already (" + item.status() + " by " + item.closedByName() + " at "
                            + item.closedAt() + "); open it again first");
        }
        jdbc.sql("""
                        update recess_facilitation_item
                        set status = ?, closed_at = ?, closed_by = ?, closed_by_name = ?, note = ?, reason = ?
                        where id = ?""")
                .params(
                        status.name(),
                        Timestamp.from(clock.instant()),
                        actor.id(),
                        actor.displayName(),
                        note,
                        reason,
                        item.id())
                .update();
    }

    private static void checkText(List<FieldError> errors, String field, String value) {
        if (value != null && (value.length() > TEXT_MAX || !CleanTextValidator.isClean(value, true))) {
            errors.add(new FieldError(field, "must be plain text of at most " + TEXT_MAX + " characters"));
        }
    }

    // ---- service complaints ----

    /**
     * Registers a service complaint about the recess's facilitation that a staff member took down (004 "Pengaduan
     * Layanan" step 1): a case of kind {@link SubmissionKind#SERVICE_COMPLAINT} through the channel
     * {@link Channel#RECESS}, which runs on the institution's SOP for them, linked to the recess (and the member, when
     * named) in the same transaction.
     */
    @Transactional
    public RecordedServiceComplaint recordServiceComplaint(
            StaffMember actor, Institution institution, UUID recessId, NewServiceComplaint entered) {
        RecessCalendar.requireCouncil(institution);
        var recess = calendar.recess(institution.id(), recessId);
        var facilitation = row(recess.id(), false)
                .orElseThrow(() -> new NotFoundException("The recess's facilitation has not been opened"));
        if (!recordsComplaints(actor, institution.id(), recess.id())) {
            throw new ForbiddenException("Only the secretariat's staff running the facilitation and the recess's "
                    + "companions record a service complaint about it");
        }
        var given = entered == null ? new NewServiceComplaint(null, null, null, null, null, null) : entered;
        var name = blankToNull(given.complainantName());
        var phone = blankToNull(given.complainantPhone());
        var title = blankToNull(given.title());
        var complaint = blankToNull(given.complaint());
        var errors = new ArrayList<FieldError>();
        if (name == null || name.length() > 200 || !CleanTextValidator.isClean(name, false)) {
            errors.add(new FieldError("complainantName", "must be the complainant's name, at most 200 characters"));
        }
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()-]{5,28}")) {
            errors.add(new FieldError("complainantPhone", "must be a phone number, e.g. 0812 3456 7890"));
        }
        if (title == null || title.length() > TITLE_MAX || !CleanTextValidator.isClean(title, false)) {
            errors.add(new FieldError("title", "must say in a line what it is about, at most " + TITLE_MAX));
        }
        if (complaint == null || complaint.length() > COMPLAINT_MAX || !CleanTextValidator.isClean(complaint, true)) {
            errors.add(new FieldError("complaint", "must be the complaint as told, at most " + COMPLAINT_MAX));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        CouncilMember member = null;
        if (given.memberId() != null) {
            member = members.findMember(institution.id(), given.memberId())
                    .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                    .orElseThrow(() -> InvalidInputException.unprocessable(
                            "memberId", "must be a council member in office during the recess"));
        }
        var purpose = "Pengaduan layanan atas fasilitasi reses masa persidangan " + recess.sitting() + " tahun "
                + recess.year() + (member == null ? "" : " (" + member.name() + ")");
        var request = new RegistrationRequest(
                institution.code(),
                SubmissionKind.SERVICE_COMPLAINT,
                Channel.RECESS,
                new Complainant(ComplainantType.INDIVIDUAL, name, null, null, null, phone, null),
                Boolean.TRUE.equals(given.confidential()),
                false,
                null,
                title,
                purpose,
                complaint,
                null,
                null);
        id.suara.intake.Registration registration;
        try {
            registration = intake.registerServiceComplaint(request, actor.id());
        } catch (InvalidInputException refused) {
            throw renamed(refused);
        }
        jdbc.sql("""
                        insert into recess_service_complaint (case_id, institution_id, facilitation_id, recess_id,
                            member_id, member_name, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        registration.submissionId(),
                        institution.id(),
                        facilitation.id(),
                        recess.id(),
                        member == null ? null : member.id(),
                        member == null ? null : member.name(),
                        Timestamp.from(clock.instant()),
                        actor.id())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("recess", recess.startsOn() + " – " + recess.endsOn());
        details.put("registrationNumber", registration.registrationNumber());
        if (member != null) {
            details.put("member", member.name());
        }
        calendar.record(
                actor,
                institution,
                "recess.facilitation.service-complaint",
                "case",
                registration.submissionId(),
                details);
        return new RecordedServiceComplaint(
                registration.submissionId(),
                registration.registrationNumber(),
                registration.trackingNumber(),
                registration.accessCode());
    }

    /** Intake's refusal with the fields named as this request names them. */
    private static InvalidInputException renamed(InvalidInputException refused) {
        var errors = refused.errors().stream()
                .map(e -> new FieldError(
                        switch (e.field()) {
                            case "complainant.name" -> "complainantName";
                            case "complainant.phone" -> "complainantPhone";
                            case "substance" -> "complaint";
                            default -> e.field();
                        },
                        e.message()))
                .toList();
        return refused.unprocessable()
                ? InvalidInputException.unprocessable(errors)
                : InvalidInputException.invalid(errors);
    }

    // ---- storage ----

    private Optional<Row> row(UUID recessId, boolean forUpdate) {
        return jdbc.sql("""
                        select f.*, s.display_name as opened_by_name
                        from recess_facilitation f
                        left join staff_account s on s.id = f.opened_by
                        where f.recess_id = ?""" + (forUpdate ? " for update of f" : ""))
                .param(recessId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("institution_id", UUID.class),
                        rs.getObject("recess_id", UUID.class),
                        rs.getString("checklist_code"),
                        rs.getInt("checklist_version"),
                        rs.getString("document_number"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getInt("limit_working_days"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getTimestamp("opened_at").toInstant(),
                        rs.getString("opened_by_name")))
                .optional();
    }

    private FacilitationChecklist checklist(Row facilitation) {
        return checklists
                .find(facilitation.checklistCode(), facilitation.checklistVersion())
                .orElseThrow(() -> new IllegalStateException("The facilitation checklist "
                        + facilitation.checklistCode() + " v" + facilitation.checklistVersion()
                        + " is no longer shipped; keep every version in resources/recess/facilitation"));
    }

    /** The facilitation's items in checklist order, or only the one item {@code itemId} when it is given. */
    private List<FacilitationItem> items(Institution institution, UUID facilitationId, UUID itemId) {
        var today = today(institution);
        return jdbc.sql(ITEM_QUERY + " where i.facilitation_id = ?"
                        + (itemId == null ? "" : " and i.id = ?")
                        + " order by i.position, i.member_name nulls first, i.companion_name nulls first, i.scope_key")
                .params(itemId == null ? List.<Object>of(facilitationId) : List.<Object>of(facilitationId, itemId))
                .query((rs, n) -> item(rs, today))
                .list();
    }

    private static FacilitationItem item(ResultSet rs, LocalDate today) throws SQLException {
        var status = ItemStatus.valueOf(rs.getString("status"));
        var dueOn = rs.getObject("due_on", LocalDate.class);
        var closedAt = rs.getTimestamp("closed_at");
        return new FacilitationItem(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("number"),
                new LocalizedText(rs.getString("name_id"), rs.getString("name_en")),
                new LocalizedText(rs.getString("owner_title_id"), rs.getString("owner_title_en")),
                ItemScope.valueOf(rs.getString("scope")),
                rs.getObject("member_id", UUID.class),
                rs.getString("member_name"),
                rs.getObject("companion_id", UUID.class),
                rs.getString("companion_name"),
                Role.valueOf(rs.getString("owner_role")),
                rs.getObject("owner_unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_name"),
                rs.getInt("due_working_days"),
                dueOn,
                status,
                closedAt == null ? null : closedAt.toInstant(),
                rs.getObject("closed_by", UUID.class),
                rs.getString("closed_by_name"),
                rs.getString("note"),
                rs.getString("reason"),
                status == ItemStatus.OPEN && dueOn.isBefore(today),
                rs.getString("source"));
    }

    private Facilitation assemble(Institution institution, Row row) {
        var checklist = checklist(row);
        var items = items(institution, row.id(), null);
        boolean complete = !items.isEmpty() && items.stream().allMatch(FacilitationItem::closed);
        LocalDate completedOn = complete
                ? items.stream()
                        .map(FacilitationItem::closedAt)
                        .max(Instant::compareTo)
                        .map(at -> LocalDate.ofInstant(at, institution.zone()))
                        .orElseThrow()
                : null;
        return new Facilitation(
                row.id(),
                row.institutionId(),
                row.recessId(),
                row.checklistCode(),
                row.checklistVersion(),
                checklist.title(),
                row.documentNumber(),
                checklist.source(),
                checklist.limitSource(),
                row.startsOn(),
                row.limitWorkingDays(),
                row.dueOn(),
                row.openedAt(),
                row.openedByName(),
                items,
                complete,
                completedOn,
                complete ? !completedOn.isAfter(row.dueOn()) : null,
                items.stream().filter(FacilitationItem::overdue).count());
    }

    private LocalDate today(Institution institution) {
        return LocalDate.ofInstant(clock.instant(), institution.zone());
    }

    private void requireRunning(StaffMember actor, Institution institution) {
        if (!runs(actor, institution.id())) {
            throw new ForbiddenException("Only the secretariat's officers, division heads and secretary and the "
                    + "institution's administrator open a recess's facilitation");
        }
    }

    /** Serialises the opening of one recess's facilitation. */
    private void lockRecess(UUID recessId) {
        jdbc.sql("select id from sitting_period where id = ? for update")
                .param(recessId)
                .query(UUID.class)
                .single();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
