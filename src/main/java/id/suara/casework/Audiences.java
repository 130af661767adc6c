package id.suara.casework;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.Intake;
import id.suara.intake.Masking;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.shared.validation.CleanTextValidator;
import id.suara.staff.StaffAccounts;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audiences on the day and after (003 IV.A.6; ADR 0026): the gate records the delegation's arrival and its members, Humas
 * records what was said and the outcome, the leadership sets another number of members for a delegation, and a council
 * organ records that it discussed a case. Each is appended to the case's history and the audit log. Also the agenda of a
 * council organ: its audiences and the cases it has not discussed. The times themselves are agreed by the case's actions
 * ({@link AudienceSlots}).
 */
@Service
public class Audiences {

    /** The history action of a delegation's arrival; its fields are {@code arrivedAt} and {@code membersPresent}. */
    public static final String ARRIVAL_RECORDED = "audience-arrival";

    /** The history action of an audience's notes; its fields are {@code notes} and {@code outcome}. */
    public static final String NOTES_RECORDED = "audience-notes";

    /** The history action of another number of members set for a delegation; its field is {@code maxMembers}. */
    public static final String LIMIT_SET = "delegation-limit";

    /** The history action of an organ's discussion of a case; its fields are {@code unit} and {@code discussedOn}. */
    public static final String DISCUSSED = "organ-discussion";

    /** How many past audiences an agenda lists. */
    public static final int PAST_AUDIENCES = 50;

    /** How many undiscussed cases an agenda lists. */
    static final int UNDISCUSSED = 200;

    /** A NIK: 16 digits. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("\\d{16}");

    static final int NAME_MAX = 120;

    /**
     * Who records a delegation at the gate (003 IV.A.6.a–d): Humas, which receives it, and the desk officer; the SOP's
     * security officer (petugas pengamanan) works with them and has no account of their own.
     */
    static final Set<Role> GATE = Collections.unmodifiableSet(EnumSet.of(Role.PUBLIC_RELATIONS, Role.OFFICER));

    /** Who accompanies the delegation and records what it raises (003 IV.A.6.i, SOP langsung langkah 8). */
    static final Set<Role> NOTE_TAKERS = Collections.unmodifiableSet(EnumSet.of(Role.PUBLIC_RELATIONS));

    /** Who sets another number of members for a delegation (003 IV.A.4: "atau ditentukan lain"). */
    static final Set<Role> LIMIT_SETTERS = Collections.unmodifiableSet(EnumSet.of(Role.LEADERSHIP, Role.SECRETARY));

    /**
     * Who records that an organ discussed a case: its members, the leadership and the Secretary, and the divisions that
     * support the organs' meetings.
     */
    static final Set<Role> DISCUSSION_RECORDERS = Collections.unmodifiableSet(EnumSet.of(
            Role.ORGAN_MEMBER,
            Role.LEADERSHIP,
            Role.SECRETARY,
            Role.PUBLIC_RELATIONS,
            Role.COMPLAINTS_DIVISION,
            Role.DIVISION_HEAD));

    /** The units an agenda page lists: the leadership and the council organs (AKD). */
    static final Set<UnitType> ORGANS =
            Collections.unmodifiableSet(EnumSet.of(UnitType.LEADERSHIP, UnitType.COUNCIL_ORGAN));

    private final CaseLookup lookup;
    private final CaseStore cases;
    private final AudienceStore store;
    private final AudienceSlots slots;
    private final Submissions submissions;
    private final Institutions institutions;
    private final StaffAccounts staff;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    Audiences(
            CaseLookup lookup,
            CaseStore cases,
            AudienceStore store,
            AudienceSlots slots,
            Submissions submissions,
            Institutions institutions,
            StaffAccounts staff,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.lookup = lookup;
        this.cases = cases;
        this.store = store;
        this.slots = slots;
        this.submissions = submissions;
        this.institutions = institutions;
        this.staff = staff;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A member of a delegation as the gate records them: a name, and optionally an identity number (NIK). */
    public record MemberRequest(String name, String identityNumber) {

        /** Without the name and number, which are personal data and must not reach a log. */
        @Override
        public String toString() {
            return "MemberRequest[name=" + Masking.mask(name) + ", identityNumber=" + Masking.mask(identityNumber)
                    + "]";
        }
    }

    /**
     * The delegation's arrival as the gate records it.
     *
     * @param arrivedAt when it arrived; now when not given. On the audience's day, not later than now
     * @param members the members present, at least one, at most as many as the delegation may bring
     */
    public record ArrivalRequest(OffsetDateTime arrivedAt, List<MemberRequest> members) {

        public ArrivalRequest {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /**
     * What was said at the audience, as Humas records it.
     *
     * @param notes what the delegation raised and what the organ answered (up to 20,000 characters)
     * @param outcome the outcome in a line (up to 500 characters), e.g. the follow-up agreed
     */
    public record NotesRequest(String notes, String outcome) {

        @Override
        public String toString() {
            return "NotesRequest[notes=" + Masking.mask(notes) + ", outcome=" + Masking.mask(outcome) + "]";
        }
    }

    /** Another number of members for one delegation (1 to 500), and why. */
    public record LimitRequest(Integer maxMembers, String reason) {}

    /** That the organ the case is assigned to discussed it, on a day, with a short note. */
    public record DiscussionRequest(LocalDate discussedOn, String note) {}

    /** The case's audiences as the viewer may see them, with what they may record now. */
    @Transactional
    public CaseAudiences ofCase(UUID caseId, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
        var submission = submissions.details(c.id()).orElseThrow();
        boolean withheld = withheldFrom(viewer, c, submission);
        var rows = store.ofCase(c.id());
        var audiences = new ArrayList<Audience>();
        boolean namesShown = false;
        for (var row : rows) {
            var members = store.members(row.id()).stream()
                    .map(m -> new Audience.Member(withheld ? withheld() : m.name(), masked(m.identityNumber())))
                    .toList();
            namesShown |= !withheld && !members.isEmpty();
            audiences.add(audience(row, members));
        }
        if (namesShown && submission.confidential() && !submission.anonymous()) {
            audit.record(new AuditEvent(
                    "identity.read",
                    c.institutionId(),
                    viewer.id(),
                    viewer.username(),
                    "case",
                    c.id().toString(),
                    Map.of("what", "audience members")));
        }
        var current = audiences.stream().filter(a -> a.status().takesAPlace()).findFirst();
        var limit = store.delegationLimit(c.id())
                .map(l -> new CaseAudiences.LimitSet(l.maxMembers(), l.reason(), staffName(l.setBy()), l.setAt()))
                .orElse(null);
        boolean open = !c.closed();
        var zone = zone(c);
        var today = clock.instant().atZone(zone).toLocalDate();
        return new CaseAudiences(
                c.id(),
                zone.getId(),
                today,
                audiences,
                submission.delegationSize(),
                slots.delegationLimit(c.id()),
                limit,
                withheld,
                open
                        && current.filter(a -> a.status() == AudienceStatus.AGREED
                                        && a.day().equals(today))
                                .isPresent()
                        && viewer.mayActAs(GATE, c.institutionId(), c.assignedUnitId()),
                open
                        && current.filter(a -> a.status() == AudienceStatus.HELD)
                                .isPresent()
                        && viewer.mayActAs(NOTE_TAKERS, c.institutionId(), c.assignedUnitId()),
                open
                        && c.channel() == Channel.IN_PERSON
                        && viewer.mayActAs(LIMIT_SETTERS, c.institutionId(), c.assignedUnitId()),
                open
                        && c.assignedUnitId() != null
                        && viewer.mayActAs(DISCUSSION_RECORDERS, c.institutionId(), c.assignedUnitId()));
    }

    /**
     * Records the delegation's arrival at the gate and the members present (003 IV.A.6.a–d): on the day of the audience
     * agreed for the case, at most as many members as the delegation may bring. Refused with 403 for anyone but the
     * gate, 409 when no audience is waiting for the delegation, 400/422 naming {@code arrivedAt} or {@code members}.
     */
    @Transactional
    public CaseAudiences recordArrival(UUID caseId, ArrivalRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var role = actingRole(actor, GATE, c, "Recording a delegation's arrival");
        var audience = store.current(c.id())
                .filter(a -> a.status() == AudienceStatus.AGREED)
                .orElseThrow(() -> new ConflictException(
                        "audience", "No audience is agreed for this case, or its delegation was already recorded"));
        var now = clock.instant();
        var zone = zone(c);
        var invalid = new ArrayList<FieldError>();
        var refused = new ArrayList<FieldError>();
        var arrivedAt = request.arrivedAt() == null ? now : request.arrivedAt().toInstant();
        if (!arrivedAt.atZone(zone).toLocalDate().equals(audience.day()) || arrivedAt.isAfter(now.plusSeconds(60))) {
            refused.add(new FieldError(
                    "arrivedAt",
                    "must be on the day of the audience (" + audience.day() + ", " + zone.getId()
                            + ") and not later than now"));
        }
        var members = new ArrayList<Audience.Member>();
        for (int i = 0; i < request.members().size(); i++) {
            var member = request.members().get(i);
            var field = "members[" + i + "]";
            var name = member == null ? null : blankToNull(member.name());
            var number = member == null ? null : blankToNull(member.identityNumber());
            if (name == null) {
                invalid.add(new FieldError(field + ".name", "must not be blank"));
            } else if (name.length() > NAME_MAX || !CleanTextValidator.isClean(name, false)) {
                invalid.add(new FieldError(
                        field + ".name", "must be at most " + NAME_MAX + " characters of plain text on one line"));
            }
            if (number != null && !IDENTITY_NUMBER.matcher(number).matches()) {
                invalid.add(new FieldError(field + ".identityNumber", "must be a NIK of exactly 16 digits"));
            }
            members.add(new Audience.Member(name, number));
        }
        var limit = slots.delegationLimit(c.id());
        if (members.isEmpty()) {
            invalid.add(new FieldError("members", "must name at least one member present"));
        } else if (members.size() > limit) {
            refused.add(new FieldError(
                    "members",
                    "at most " + limit + " members of a delegation are received (003 IV.A.4)"
                            + (limit == Intake.MAX_PUBLIC_DELEGATION
                                    ? " unless the leadership sets another number for it"
                                    : ", the number the leadership set for it")));
        }
        refuse(invalid, refused);
        var touched = c.touched();
        if (!store.markArrived(audience.id(), arrivedAt, actor.id(), members)) {
            throw new ConflictException("audience", "The delegation's arrival was recorded by someone else just now");
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put("arrivedAt", arrivedAt.toString());
        fields.put("membersPresent", members.size());
        append(c, touched, actor, role, ARRIVAL_RECORDED, fields, null, now);
        audit.record(new AuditEvent(
                "audience.arrival-recorded",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("audienceId", audience.id().toString(), "membersPresent", members.size())));
        return ofCase(c.id(), actor);
    }

    /**
     * Records what was said at the audience and its outcome (003 IV.A.6.i), once the delegation's arrival is recorded;
     * recording again replaces them, the history keeps each. Refused with 403 for anyone but Humas, 409 before the
     * arrival, 400 naming {@code notes} or {@code outcome}.
     */
    @Transactional
    public CaseAudiences recordNotes(UUID caseId, NotesRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var role = actingRole(actor, NOTE_TAKERS, c, "Recording what was said at an audience");
        var audience = store.current(c.id())
                .filter(a -> a.status() == AudienceStatus.HELD)
                .orElseThrow(() -> new ConflictException(
                        "audience", "Record the delegation's arrival before what was said at the audience"));
        var invalid = new ArrayList<FieldError>();
        var notes = text(request.notes(), "notes", ActionFields.LONG_TEXT_MAX, true, invalid);
        var outcome = text(request.outcome(), "outcome", ActionFields.TEXT_MAX, false, invalid);
        refuse(invalid, List.of());
        var now = clock.instant();
        var touched = c.touched();
        store.recordNotes(audience.id(), notes, outcome, now, actor.id());
        var fields = new LinkedHashMap<String, Object>();
        fields.put("notes", notes);
        fields.put("outcome", outcome);
        append(c, touched, actor, role, NOTES_RECORDED, fields, null, now);
        audit.record(new AuditEvent(
                "audience.notes-recorded",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("audienceId", audience.id().toString())));
        return ofCase(c.id(), actor);
    }

    /**
     * Sets another number of members for the delegation of an in-person case (003 IV.A.4: "atau ditentukan lain"), with
     * the reason: by the leadership, or the Secretary on its behalf. Refused with 403 for anyone else, 409 for a case
     * that is not in person, 400 naming {@code maxMembers} or {@code reason}.
     */
    @Transactional
    public CaseAudiences setDelegationLimit(UUID caseId, LimitRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var role = actingRole(actor, LIMIT_SETTERS, c, "Setting the number of a delegation's members");
        if (c.channel() != Channel.IN_PERSON) {
            throw new ConflictException("channel", "Only a delegation received in person has a number of members");
        }
        var invalid = new ArrayList<FieldError>();
        if (request.maxMembers() == null || request.maxMembers() < 1 || request.maxMembers() > 500) {
            invalid.add(new FieldError("maxMembers", "must be between 1 and 500"));
        }
        var reason = text(request.reason(), "reason", ActionFields.TEXT_MAX, false, invalid);
        refuse(invalid, List.of());
        var now = clock.instant();
        var touched = c.touched();
        store.setDelegationLimit(
                c.id(), new AudienceStore.DelegationLimit(request.maxMembers(), reason, actor.id(), now));
        append(c, touched, actor, role, LIMIT_SET, Map.of("maxMembers", request.maxMembers()), reason, now);
        audit.record(new AuditEvent(
                "audience.delegation-limit-set",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("maxMembers", request.maxMembers())));
        return ofCase(c.id(), actor);
    }

    /**
     * Records that the organ the case is assigned to discussed it in its meeting on a day (003 III.A.3), which takes it
     * off the organ's list of cases to discuss. Refused with 403 for anyone who does not record the organ's meetings, 409
     * for a case assigned to no unit, 400/422 naming {@code discussedOn} or {@code note}.
     */
    @Transactional
    public void recordDiscussion(UUID caseId, DiscussionRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        if (c.assignedUnitId() == null) {
            throw new ConflictException("unit", "The case is assigned to no council organ that could discuss it");
        }
        var role = actingRole(actor, DISCUSSION_RECORDERS, c, "Recording an organ's discussion");
        var zone = zone(c);
        var invalid = new ArrayList<FieldError>();
        var refused = new ArrayList<FieldError>();
        var now = clock.instant();
        if (request.discussedOn() == null) {
            invalid.add(new FieldError("discussedOn", "must be a date such as 2026-03-10"));
        } else if (request.discussedOn().isAfter(now.atZone(zone).toLocalDate())
                || request.discussedOn().isBefore(c.registeredAt().atZone(zone).toLocalDate())) {
            refused.add(new FieldError("discussedOn", "must be between the registration and today"));
        }
        var note = request.note() == null || request.note().isBlank()
                ? null
                : text(request.note(), "note", ActionFields.TEXT_MAX, false, invalid);
        refuse(invalid, refused);
        var touched = c.touched();
        store.insertDiscussion(c.id(), c.assignedUnitId(), request.discussedOn(), note, actor.id(), now);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("unit", c.assignedUnitId().toString());
        fields.put("discussedOn", request.discussedOn().toString());
        append(c, touched, actor, role, DISCUSSED, fields, note, now);
        audit.record(new AuditEvent(
                "case.discussed",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of(
                        "unitId",
                        c.assignedUnitId().toString(),
                        "discussedOn",
                        request.discussedOn().toString())));
    }

    /**
     * The agenda of a unit (a council organ, the leadership): its audiences from today on and before, and the cases
     * assigned to it that it has not discussed, those waiting over a month flagged. Staff of its institution read it —
     * organ members only their own organ's — and the system administrator; for anyone else the unit does not exist.
     */
    @Transactional(readOnly = true)
    public OrganAgenda agenda(UUID unitId, StaffMember viewer) {
        var unit = institutions
                .findUnit(unitId)
                .filter(u -> readsAgendaOf(viewer, u))
                .orElseThrow(() -> new NotFoundException("Unit " + unitId + " not found"));
        var zone = institutions.get(unit.institutionId()).zone();
        var now = clock.instant();
        var today = now.atZone(zone).toLocalDate();
        var upcoming = store.ofUnit(unit.id(), today, today.plusYears(2), false, 500).stream()
                .map(row -> entry(row, today))
                .toList();
        var past = store.ofUnit(unit.id(), today.minusYears(2), today.minusDays(1), true, PAST_AUDIENCES).stream()
                .map(row -> entry(row, today))
                .toList();
        var undiscussed = store.undiscussed(unit.id(), UNDISCUSSED).stream()
                .map(u -> new OrganAgenda.Waiting(
                        u.caseId(),
                        u.registrationNumber(),
                        u.title(),
                        u.kind(),
                        u.status(),
                        u.assignedAt(),
                        u.assignedAt().atZone(zone).plusMonths(1).toInstant().isBefore(now)))
                .toList();
        return new OrganAgenda(unit, zone.getId(), today, upcoming, past, undiscussed);
    }

    /**
     * The units whose agendas the agenda page offers the viewer: the leadership and council organs of their institution
     * (an organ member's own organs only); none for a viewer of no institution.
     */
    @Transactional(readOnly = true)
    public List<Unit> organs(StaffMember viewer) {
        if (viewer.institutionId() == null) {
            return List.of();
        }
        return institutions.units(viewer.institutionId()).stream()
                .filter(u -> ORGANS.contains(u.type()) && readsAgendaOf(viewer, u))
                .toList();
    }

    /** Whether the viewer reads the unit's agenda: as they read its cases (ADR 0014). */
    private static boolean readsAgendaOf(StaffMember viewer, Unit unit) {
        var reader = Readership.of(viewer);
        if (reader.everyInstitution()) {
            return true;
        }
        return unit.institutionId().equals(reader.institutionId())
                && (reader.units() == null || reader.units().contains(unit.id()));
    }

    private OrganAgenda.Entry entry(AudienceStore.Row row, LocalDate today) {
        var c = cases.find(row.caseId()).orElseThrow();
        var submission = submissions.details(row.caseId()).orElseThrow();
        var members =
                row.status() == AudienceStatus.HELD ? store.members(row.id()).size() : 0;
        var audience = audience(row, List.of());
        return new OrganAgenda.Entry(
                c.id(),
                c.registrationNumber(),
                row.startsAt(),
                delegation(submission),
                c.title(),
                members > 0 ? Integer.valueOf(members) : submission.delegationSize(),
                audience.stage(today),
                c.status());
    }

    /** Who comes, as lists show it: a confidential complainant withheld from everyone, an anonymous one nobody. */
    private String delegation(SubmissionDetails submission) {
        if (submission.anonymous()) {
            return null;
        }
        if (submission.confidential()) {
            return withheld();
        }
        Complainant who = submission.complainant();
        return who.organisation() != null ? who.organisation() : who.name();
    }

    private Audience audience(AudienceStore.Row row, List<Audience.Member> members) {
        return new Audience(
                row.id(),
                row.caseId(),
                row.unitId(),
                row.unitId() == null
                        ? null
                        : institutions.findUnit(row.unitId()).map(Unit::name).orElse(null),
                row.startsAt(),
                row.day(),
                row.status(),
                row.agreedAt(),
                row.endedAt(),
                row.arrivedAt(),
                members,
                row.notes(),
                row.outcome(),
                row.notesRecordedAt(),
                row.notesRecordedBy() == null ? null : staffName(row.notesRecordedBy()));
    }

    /** The acting role for the history; refuses (403) a staff member who holds none of {@code roles} for the case. */
    private static Role actingRole(StaffMember actor, Collection<Role> roles, CaseFile c, String what) {
        if (!actor.mayActAs(roles, c.institutionId(), c.assignedUnitId())) {
            throw new ForbiddenException(what + " needs one of the roles " + roles);
        }
        return actor.grants().stream()
                .map(g -> g.role())
                .filter(roles::contains)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    /** Appends a record that does not move the case to its history, refusing if the case was changed meanwhile. */
    private void append(
            CaseFile before,
            CaseFile touched,
            StaffMember actor,
            Role role,
            String action,
            Map<String, Object> fields,
            String note,
            Instant now) {
        if (!cases.update(touched, before.version())) {
            throw new ConflictException(
                    "version", "The case was changed by someone else at the same time; reload it and try again");
        }
        cases.append(
                touched,
                List.of(new HistoryEntry(
                        0,
                        now,
                        actor.id(),
                        actor.displayName(),
                        role,
                        action,
                        before.currentStep(),
                        before.currentStep(),
                        note,
                        fields)));
    }

    /** Malformed values (400) first; values the state refuses (422) only when every value is well formed. */
    private static void refuse(List<FieldError> invalid, List<FieldError> refused) {
        if (!invalid.isEmpty()) {
            var all = new ArrayList<>(invalid);
            all.addAll(refused);
            throw InvalidInputException.invalid(all);
        }
        if (!refused.isEmpty()) {
            throw InvalidInputException.unprocessable(refused);
        }
    }

    private static String text(String value, String field, int max, boolean multiline, List<FieldError> errors) {
        var text = blankToNull(value);
        if (text == null) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (text.length() > max || !CleanTextValidator.isClean(text, multiline)) {
            errors.add(new FieldError(field, "must be at most " + max + " characters of plain text"));
        }
        return text;
    }

    private static boolean withheldFrom(StaffMember viewer, CaseFile c, SubmissionDetails submission) {
        return submission.confidential()
                && !submission.anonymous()
                && !IdentityHandlers.handles(viewer, c.institutionId());
    }

    /** An identity number with all but its last four digits masked, e.g. {@code ************0001}. */
    static String masked(String identityNumber) {
        if (identityNumber == null) {
            return null;
        }
        int shown = Math.min(4, identityNumber.length() / 4);
        return "*".repeat(identityNumber.length() - shown) + identityNumber.substring(identityNumber.length() - shown);
    }

    private String staffName(UUID id) {
        return staff.findById(id).map(StaffMember::displayName).orElse(null);
    }

    private ZoneId zone(CaseFile c) {
        return institutions.get(c.institutionId()).zone();
    }

    private String withheld() {
        return messages.getMessage("suara.identity.withheld", null, "Dirahasiakan", LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
