package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.documents.DispositionSheet;
import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.IssuedDocument;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.sop.ActionField.FieldEffect;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's dispositions (ADR 0027): an official routes the case to units of its institution — one lead, the others
 * informed or coordinating — with instructions from the institution's list, a note and a deadline inside the SOP's
 * limit, on its own or together with the SOP action of the step (an action that assigns a unit assigns the lead). A
 * disposition may answer an earlier one, so that a chain reads as a tree. Each is printed once as a lembar disposisi
 * and recorded in the case's history; every unit it is addressed to reads the case from then on. While its units work,
 * monitoring notes and reminders may be recorded against it, until its lead unit reports it done or the case ends.
 */
@Service
public class Dispositions {

    /** History actions of dispositions; they do not move the case. */
    public static final String DISPOSED = "disposed";

    public static final String MONITORED = "disposition-monitored";
    public static final String COMPLETED = "disposition-completed";

    /**
     * The officials who dispose in the seeds, at whatever step the case is: the leadership and the Secretary of a
     * council (003 IV.B.1.c.8, IV.B.2.3.e), the head, secretary and division heads of an office (001 steps 5–7), and
     * Demak's coordinating admin, who forwards to the offices (002 step 4).
     */
    static final Set<Role> OFFICIALS = Collections.unmodifiableSet(EnumSet.of(
            Role.LEADERSHIP,
            Role.SECRETARY,
            Role.HEAD_OF_OFFICE,
            Role.OFFICE_SECRETARY,
            Role.DIVISION_HEAD,
            Role.COORDINATING_ADMIN));

    /** Who monitor besides those who dispose: public relations and the complaints division (003 V.1). */
    static final Set<Role> MONITORS =
            Collections.unmodifiableSet(EnumSet.of(Role.PUBLIC_RELATIONS, Role.COMPLAINTS_DIVISION));

    /** The most open dispositions a monitoring list shows at once. */
    static final int OPEN_LIST_LIMIT = 200;

    private final CaseLookup lookup;
    private final CaseStore cases;
    private final DispositionStore store;
    private final Cases casework;
    private final CaseReading reading;
    private final SopVersions sops;
    private final Institutions institutions;
    private final InstitutionCalendars calendars;
    private final Submissions submissions;
    private final DispositionInstructions instructionLists;
    private final Documents documents;
    private final CaseTexts texts;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    Dispositions(
            CaseLookup lookup,
            CaseStore cases,
            DispositionStore store,
            Cases casework,
            CaseReading reading,
            SopVersions sops,
            Institutions institutions,
            InstitutionCalendars calendars,
            Submissions submissions,
            DispositionInstructions instructionLists,
            Documents documents,
            CaseTexts texts,
            Validator validator,
            AuditLog audit,
            Clock clock) {
        this.lookup = lookup;
        this.cases = cases;
        this.store = store;
        this.casework = casework;
        this.reading = reading;
        this.sops = sops;
        this.institutions = institutions;
        this.calendars = calendars;
        this.submissions = submissions;
        this.instructionLists = instructionLists;
        this.documents = documents;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The latest deadline a disposition made now may have, and why: the due time of the case's step (after the action
     * made with it, if any) or the whole procedure's expected answer time, whichever comes first.
     *
     * @param latest null when the SOP sets no limit at all
     * @param dueToStep whether the step's due time sets it (else the procedure's expected answer time)
     */
    public record DeadlineLimit(Instant latest, boolean dueToStep) {

        static final DeadlineLimit NONE = new DeadlineLimit(null, false);
    }

    /** What a staff member may do with a case's dispositions now. */
    public record Permissions(boolean dispose, boolean monitor) {}

    /** An open disposition with the case it routes, for monitoring. */
    public record OpenDisposition(
            Disposition disposition, UUID caseId, UUID institutionId, String registrationNumber, String title) {}

    /** The case's dispositions, oldest first, as the reader may see them. */
    @Transactional(readOnly = true)
    public List<Disposition> list(UUID caseId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var shown = texts.forViewer(c.id(), c.institutionId(), reader);
        return store.ofCase(c.id(), clock.instant()).stream()
                .map(d -> shown(d, shown))
                .toList();
    }

    /** One of the case's dispositions, as the reader may see it. */
    @Transactional(readOnly = true)
    public Disposition get(UUID caseId, UUID dispositionId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        return shown(ofCase(c, dispositionId), texts.forViewer(c.id(), c.institutionId(), reader));
    }

    /**
     * The disposition's sheet (lembar disposisi) as stored. It never prints a confidential complainant's identity, so
     * every reader of the case may have it.
     */
    @Transactional
    public Documents.Pdf sheet(UUID caseId, UUID dispositionId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var disposition = ofCase(c, dispositionId);
        return issue(c, disposition);
    }

    /** The sheet issued for a disposition, if any (every disposition has one from the moment it is made). */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> sheetOf(UUID dispositionId) {
        return documents.issuedFor(dispositionId, DocumentType.DISPOSITION);
    }

    /** What the member may do with the case's dispositions now. */
    @Transactional(readOnly = true)
    public Permissions permissions(UUID caseId, StaffMember member) {
        var c = lookup.visible(caseId, member);
        if (c.closed()) {
            return new Permissions(false, false);
        }
        var definition = sops.definition(c.sopVersionId());
        boolean dispose = mayDispose(c, definition, member);
        return new Permissions(dispose, dispose || holdsIn(member, c, MONITORS));
    }

    /**
     * The latest deadline a disposition made now may have: after {@code action}, when given, at the step the action
     * leads to; without one, at the current step.
     */
    @Transactional(readOnly = true)
    public DeadlineLimit limit(UUID caseId, String action, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
        if (c.closed()) {
            return DeadlineLimit.NONE;
        }
        var definition = sops.definition(c.sopVersionId());
        var now = clock.instant();
        Instant stepDue = c.stepDueAt();
        if (action != null) {
            var transition = definition.transitionsFrom(c.currentStep()).stream()
                    .filter(t -> t.action().equals(action) && !t.automatic())
                    .findFirst();
            if (transition.isPresent()) {
                var target = step(definition, transition.get().to());
                stepDue = target.terminal() || target.timeLimit() == null
                        ? null
                        : DeadlineCalculator.dueAt(
                                now, target.timeLimit(), calendars.forInstitution(c.institutionId()));
            }
        }
        return limit(stepDue, reading.expectedAnswerBy(c, definition));
    }

    /**
     * Makes a disposition on an open case, with the SOP action of its current step when {@code request.action()} names
     * one: both in one transaction, so that either both are recorded or neither. Refused whole, naming every bad field,
     * when a unit, instruction or parent is not the case's institution's or case's; refused naming {@code deadline} (422)
     * when the deadline lies past the SOP's limit, with the latest allowed.
     *
     * <p>Made by whoever may act at the case's current step and by the officials who dispose ({@link #OFFICIALS});
     * with an action, by whoever may perform it.
     */
    @Transactional
    public Disposition make(UUID caseId, DispositionRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        if (c.closed()) {
            throw new CaseClosedException(c.id(), c.status());
        }
        c.expectVersion(request.version());
        var definition = sops.definition(c.sopVersionId());
        var transition = transition(c, definition, request.action(), actor);
        if (transition.isEmpty() && !mayDispose(c, definition, actor)) {
            throw new ForbiddenException("Dispositions are made by those acting on the case's current step and by the"
                    + " officials who dispose: " + OFFICIALS);
        }
        var checked = checked(c, definition, transition, request);
        var role = actingRole(c, definition, transition, actor);
        var step = c.currentStep();
        CaseFile at;
        if (transition.isPresent()) {
            casework.perform(
                    c.id(),
                    transition.get().action(),
                    new ActionRequest(blankToNull(request.actionNote()), checked.actionFields(), request.version()),
                    actor);
            at = cases.find(c.id()).orElseThrow();
        } else {
            cases.lock(c.id());
            at = cases.find(c.id()).orElseThrow();
            at.expectVersion(request.version());
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var deadline = deadline(at, definition, request, checked.urgency(), now);
        var id = UUID.randomUUID();
        store.insert(new DispositionStore.NewDisposition(
                id,
                c.id(),
                checked.parent() == null ? null : checked.parent().id(),
                checked.instructions(),
                blankToNull(request.note()),
                deadline,
                checked.urgency(),
                Boolean.TRUE.equals(request.confidential()),
                checked.letterNumber(),
                checked.letterDate(),
                step,
                transition.map(TransitionDefinition::action).orElse(null),
                now,
                actor.id(),
                actor.displayName(),
                role,
                checked.lead().id(),
                checked.others().stream().map(Unit::id).toList()));
        var fields = new LinkedHashMap<String, Object>();
        fields.put("dispositionId", id.toString());
        if (checked.parent() != null) {
            fields.put("parentDispositionId", checked.parent().id().toString());
        }
        fields.put("leadUnit", checked.lead().id().toString());
        if (!checked.others().isEmpty()) {
            fields.put("otherUnits", checked.others().stream().map(Unit::name).collect(Collectors.joining(", ")));
        }
        fields.put(
                "instructions",
                checked.instructions().stream()
                        .map(DispositionInstruction::label)
                        .collect(Collectors.joining("; ")));
        fields.put("deadline", deadline.toString());
        fields.put("urgency", checked.urgency().name());
        history(at, actor, role, DISPOSED, blankToNull(request.note()), fields, now);
        var details = new LinkedHashMap<String, Object>();
        details.put("dispositionId", id.toString());
        details.put("leadUnit", checked.lead().code());
        details.put(
                "otherUnits", checked.others().stream().map(Unit::code).toList().toString());
        details.put("deadline", deadline.toString());
        transition.ifPresent(t -> details.put("action", t.action()));
        audit.record(new AuditEvent(
                "case.disposed", c.institutionId(), actor.id(), actor.username(), "case", c.id().toString(), details));
        var made = store.find(c.id(), id, now).orElseThrow();
        issue(at, made);
        return shown(made, texts.forViewer(c.id(), c.institutionId(), actor));
    }

    /**
     * Records a monitoring note or reminder against an open disposition (002 step 7: while the office still works on it).
     * Recorded by those who dispose and by the monitors of 003 V.1 ({@link #MONITORS}).
     */
    @Transactional
    public Disposition monitor(UUID caseId, UUID dispositionId, String note, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var definition = sops.definition(c.sopVersionId());
        if (!mayDispose(c, definition, actor) && !holdsIn(actor, c, MONITORS)) {
            throw new ForbiddenException(
                    "Monitoring notes are recorded by those who dispose and by the monitors " + MONITORS);
        }
        var text = requiredNote(note);
        store.lock(dispositionId);
        var disposition = openOne(c, dispositionId);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.addMonitoring(
                disposition.id(),
                new Disposition.MonitoringNote(UUID.randomUUID(), now, actor.displayName(), text),
                actor.id());
        var role = actingRole(c, definition, Optional.empty(), actor);
        history(c, actor, role, MONITORED, text, dispositionFields(disposition), now);
        audit.record(new AuditEvent(
                "case.disposition-monitored",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("dispositionId", disposition.id().toString())));
        return get(caseId, dispositionId, actor);
    }

    /**
     * Reports an open disposition done, with what was done: by a member of its lead unit (an organ member, a liaison
     * officer) or by those who dispose.
     */
    @Transactional
    public Disposition complete(UUID caseId, UUID dispositionId, String note, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var definition = sops.definition(c.sopVersionId());
        store.lock(dispositionId);
        var disposition = openOne(c, dispositionId);
        boolean ofLead = actor.institutionId() != null
                && actor.institutionId().equals(c.institutionId())
                && actor.grants().stream()
                        .anyMatch(g -> g.role().boundToUnit()
                                && disposition.lead().unitId().equals(g.unitId()));
        if (!ofLead && !mayDispose(c, definition, actor)) {
            throw new ForbiddenException(
                    "A disposition is reported done by its lead unit or by those who dispose on the case");
        }
        var text = requiredNote(note);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.complete(disposition.id(), now, actor.id(), actor.displayName(), text);
        var role = ofLead
                ? actor.grants().stream()
                        .filter(g -> g.role().boundToUnit())
                        .map(g -> g.role())
                        .findFirst()
                        .orElseThrow()
                : actingRole(c, definition, Optional.empty(), actor);
        history(c, actor, role, COMPLETED, text, dispositionFields(disposition), now);
        audit.record(new AuditEvent(
                "case.disposition-completed",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("dispositionId", disposition.id().toString())));
        return get(caseId, dispositionId, actor);
    }

    /**
     * The open dispositions of the cases the reader reads — not reported done, the case not ended — overdue first,
     * then by deadline (at most {@value #OPEN_LIST_LIMIT}).
     *
     * @param institutionId for a system administrator, one institution's only; others read their own
     * @param overdueOnly only those past their deadline
     */
    @Transactional(readOnly = true)
    public List<OpenDisposition> open(StaffMember reader, UUID institutionId, boolean overdueOnly) {
        var readership = Readership.of(reader);
        var now = clock.instant();
        var scrubs = new LinkedHashMap<UUID, UnaryOperator<String>>();
        return store.open(readership, institutionId, overdueOnly, now, OPEN_LIST_LIMIT).stream()
                .map(open -> {
                    var d = open.disposition();
                    var shown =
                            scrubs.computeIfAbsent(d.caseId(), id -> texts.forViewer(id, open.institutionId(), reader));
                    return new OpenDisposition(
                            shown(d, shown),
                            d.caseId(),
                            open.institutionId(),
                            open.registrationNumber(),
                            shown.apply(open.title()));
                })
                .toList();
    }

    /** Whether the member may dispose on the case now: acting at its current step, or one of the {@link #OFFICIALS}. */
    private static boolean mayDispose(CaseFile c, SopDefinition definition, StaffMember member) {
        return member.mayActAs(step(definition, c.currentStep()).roles(), c.institutionId(), c.assignedUnitId())
                || holdsIn(member, c, OFFICIALS);
    }

    private static boolean holdsIn(StaffMember member, CaseFile c, Set<Role> roles) {
        return member.institutionId() != null
                && member.institutionId().equals(c.institutionId())
                && member.grants().stream().anyMatch(g -> roles.contains(g.role()));
    }

    /** The role a disposition is made in: the action's or the step's the member holds, else their official role. */
    private static Role actingRole(
            CaseFile c, SopDefinition definition, Optional<TransitionDefinition> transition, StaffMember member) {
        var stepRoles = transition
                .map(definition::rolesFor)
                .orElseGet(() -> step(definition, c.currentStep()).roles());
        return member.grants().stream()
                .map(g -> g.role())
                .filter(r ->
                        stepRoles.contains(r) && member.mayActAs(List.of(r), c.institutionId(), c.assignedUnitId()))
                .findFirst()
                .or(() -> member.grants().stream()
                        .map(g -> g.role())
                        .filter(OFFICIALS::contains)
                        .sorted()
                        .findFirst())
                .orElseGet(() -> member.roles().getFirst());
    }

    /**
     * The SOP action to perform with the disposition, if one is named: offered at the current step, performed by the
     * member's roles, and not one that ends the case.
     */
    private static Optional<TransitionDefinition> transition(
            CaseFile c, SopDefinition definition, String action, StaffMember actor) {
        if (action == null || action.isBlank()) {
            return Optional.empty();
        }
        var transition = definition.transitionsFrom(c.currentStep()).stream()
                .filter(t -> t.action().equals(action.strip()) && !t.automatic())
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        "action",
                        "The action '" + action + "' is not available at the current step (" + c.currentStep() + ")"));
        if (!actor.mayActAs(definition.rolesFor(transition), c.institutionId(), c.assignedUnitId())) {
            throw new ForbiddenException(
                    "The action '" + action + "' needs one of the roles " + definition.rolesFor(transition));
        }
        if (step(definition, transition.to()).terminal()) {
            throw new ConflictException(
                    "action", "The action '" + action + "' ends the case; a disposition routes a case that goes on");
        }
        return Optional.of(transition);
    }

    /** What a disposition request names, checked against the case and its institution. */
    private record Checked(
            Unit lead,
            List<Unit> others,
            List<DispositionInstruction> instructions,
            Disposition parent,
            Urgency urgency,
            String letterNumber,
            LocalDate letterDate,
            Map<String, Object> actionFields) {}

    private Checked checked(
            CaseFile c,
            SopDefinition definition,
            Optional<TransitionDefinition> transition,
            DispositionRequest request) {
        var errors = new ArrayList<FieldError>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        Unit lead = null;
        if (request.leadUnitId() == null) {
            errors.add(new FieldError("leadUnitId", "must name the unit that answers for the disposition"));
        } else {
            lead = unitOf(c, request.leadUnitId()).orElse(null);
            if (lead == null) {
                errors.add(new FieldError("leadUnitId", "is not a unit of this institution"));
            }
        }
        var others = new ArrayList<Unit>();
        var seenUnits = new HashSet<UUID>();
        for (int i = 0; i < request.unitIds().size(); i++) {
            var field = "unitIds[" + i + "]";
            var unitId = request.unitIds().get(i);
            if (unitId == null) {
                errors.add(new FieldError(field, "must be a unit id"));
            } else if (unitId.equals(request.leadUnitId())) {
                errors.add(new FieldError(field, "is the lead unit already"));
            } else if (!seenUnits.add(unitId)) {
                errors.add(new FieldError(field, "repeats a unit named before"));
            } else {
                unitOf(c, unitId)
                        .ifPresentOrElse(
                                others::add,
                                () -> errors.add(new FieldError(field, "is not a unit of this institution")));
            }
        }
        var list = instructionLists.of(c.institutionId());
        var codes = list.stream().map(DispositionInstruction::code).toList();
        var chosen = new ArrayList<DispositionInstruction>();
        if (request.instructions().isEmpty()) {
            errors.add(new FieldError(
                    "instructions", "must name at least one instruction of the institution's list: " + codes));
        }
        for (int i = 0; i < request.instructions().size(); i++) {
            var field = "instructions[" + i + "]";
            var code = request.instructions().get(i) == null
                    ? ""
                    : request.instructions().get(i).strip();
            var instruction = list.stream().filter(x -> x.code().equals(code)).findFirst();
            if (instruction.isEmpty()) {
                errors.add(new FieldError(field, "is not an instruction of the institution's list: " + codes));
            } else if (chosen.contains(instruction.get())) {
                errors.add(new FieldError(field, "repeats an instruction named before"));
            } else {
                chosen.add(instruction.get());
            }
        }
        Disposition parent = null;
        if (request.parentId() != null) {
            parent = store.find(c.id(), request.parentId(), clock.instant()).orElse(null);
            if (parent == null) {
                errors.add(new FieldError("parentId", "is not a disposition of this case"));
            }
        }
        var zone = institutions.get(c.institutionId()).zone();
        if (request.letterDate() != null && request.letterDate().isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            errors.add(new FieldError("letterDate", "must not be after today"));
        }
        var actionFields = new LinkedHashMap<String, Object>(request.fields());
        if (transition.isEmpty() && !request.fields().isEmpty()) {
            errors.add(new FieldError("fields", "are given to an action; name the action"));
        }
        if (transition.isPresent() && lead != null) {
            var assigning = transition.get().fields().stream()
                    .filter(f -> f.effect() == FieldEffect.ASSIGN_UNIT)
                    .findFirst();
            if (assigning.isPresent()) {
                var name = assigning.get().name();
                var given = actionFields.get(name);
                if (given != null
                        && !String.valueOf(given)
                                .strip()
                                .equalsIgnoreCase(lead.id().toString())) {
                    errors.add(new FieldError(
                            "fields." + name, "is the disposition's lead unit: leave it out or give the lead unit"));
                }
                actionFields.put(name, lead.id().toString());
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var letterNumber = blankToNull(request.letterNumber());
        var letterDate = request.letterDate();
        if (letterNumber == null && letterDate == null && parent != null) {
            letterNumber = parent.letterNumber();
            letterDate = parent.letterDate();
        }
        return new Checked(
                lead,
                others,
                chosen,
                parent,
                request.urgency() == null ? Urgency.BIASA : request.urgency(),
                letterNumber,
                letterDate,
                actionFields);
    }

    private Optional<Unit> unitOf(CaseFile c, UUID unitId) {
        return institutions.findUnit(unitId).filter(u -> u.institutionId().equals(c.institutionId()));
    }

    /**
     * The disposition's deadline: as given, or from its urgency; refused (422, {@code deadline}) when it is not in the
     * future or lies past the SOP's limit at the step the case is at now.
     */
    private Instant deadline(
            CaseFile at, SopDefinition definition, DispositionRequest request, Urgency urgency, Instant now) {
        var limit = limit(at.stepDueAt(), reading.expectedAnswerBy(at, definition));
        var zone = institutions.get(at.institutionId()).zone();
        if (limit.latest() != null && !limit.latest().isAfter(now)) {
            throw InvalidInputException.unprocessable(
                    "deadline",
                    "No deadline inside the SOP's limit is left: " + why(limit, at, definition) + " was "
                            + local(limit.latest(), zone));
        }
        if (request.deadline() == null) {
            var suggested =
                    DeadlineCalculator.dueAt(now, urgency.answerWithin(), calendars.forInstitution(at.institutionId()));
            return limit.latest() != null && suggested.isAfter(limit.latest()) ? limit.latest() : suggested;
        }
        var given = request.deadline().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (!given.isAfter(now)) {
            throw InvalidInputException.unprocessable("deadline", "must be in the future");
        }
        if (limit.latest() != null && given.isAfter(limit.latest())) {
            throw InvalidInputException.unprocessable(
                    "deadline",
                    "must be no later than " + local(limit.latest(), zone) + ", " + why(limit, at, definition));
        }
        return given;
    }

    private static DeadlineLimit limit(Instant stepDue, Instant expectedAnswer) {
        if (stepDue == null && expectedAnswer == null) {
            return DeadlineLimit.NONE;
        }
        if (expectedAnswer == null || (stepDue != null && !stepDue.isAfter(expectedAnswer))) {
            return new DeadlineLimit(stepDue, true);
        }
        return new DeadlineLimit(expectedAnswer, false);
    }

    private static String why(DeadlineLimit limit, CaseFile at, SopDefinition definition) {
        return limit.dueToStep()
                ? "the due time of the case's current step ("
                        + step(definition, at.currentStep()).name().in(Locale.ENGLISH) + ")"
                : "when the procedure should have answered (its steps' limits added up from registration)";
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private Disposition ofCase(CaseFile c, UUID dispositionId) {
        return store.find(c.id(), dispositionId, clock.instant())
                .orElseThrow(() -> new NotFoundException("Disposition " + dispositionId + " not found"));
    }

    private Disposition openOne(CaseFile c, UUID dispositionId) {
        var disposition = ofCase(c, dispositionId);
        if (c.closed()) {
            throw new CaseClosedException(c.id(), c.status());
        }
        if (disposition.completed()) {
            throw new ConflictException("status", "The disposition was reported done already");
        }
        return disposition;
    }

    private static String requiredNote(String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.invalid("note", "must not be blank");
        }
        var text = note.strip();
        if (text.length() > NoteText.MAX) {
            throw InvalidInputException.invalid("note", "must be at most " + NoteText.MAX + " characters");
        }
        if (!id.suara.shared.validation.CleanTextValidator.isClean(text, true)) {
            throw InvalidInputException.invalid("note", "must not contain control characters");
        }
        return text;
    }

    private static Map<String, Object> dispositionFields(Disposition disposition) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("dispositionId", disposition.id().toString());
        fields.put("leadUnit", disposition.lead().unitId().toString());
        fields.put("deadline", disposition.deadline().toString());
        return fields;
    }

    /** Appends an entry to the case's history, the case row locked so that history numbers stay in order. */
    private void history(
            CaseFile c,
            StaffMember actor,
            Role role,
            String action,
            String note,
            Map<String, Object> fields,
            Instant at) {
        cases.lock(c.id());
        var current = cases.find(c.id()).orElse(c);
        cases.append(
                current,
                List.of(new HistoryEntry(
                        0,
                        at,
                        actor.id(),
                        actor.displayName(),
                        role,
                        action,
                        current.currentStep(),
                        current.currentStep(),
                        note,
                        fields)));
    }

    /** The disposition's sheet: issued once, when the disposition is made, then served as stored. */
    private Documents.Pdf issue(CaseFile c, Disposition disposition) {
        return documents.issueOnce(c.id(), disposition.id(), DocumentType.DISPOSITION, () -> {
            var submission = submissions.details(c.id()).orElseThrow();
            var printed = texts.forDocument(submission);
            var list = new ArrayList<DispositionSheet.Instruction>();
            var listed = instructionLists.of(c.institutionId());
            listed.forEach(i -> list.add(new DispositionSheet.Instruction(
                    i.label(),
                    disposition.instructions().stream().anyMatch(x -> x.code().equals(i.code())))));
            disposition.instructions().stream()
                    .filter(i -> listed.stream().noneMatch(x -> x.code().equals(i.code())))
                    .forEach(i -> list.add(new DispositionSheet.Instruction(i.label(), true)));
            var parent = disposition.parentId() == null
                    ? null
                    : store.find(c.id(), disposition.parentId(), clock.instant())
                            .map(p ->
                                    new DispositionSheet.Parent(p.disposedByName(), p.disposedByRole(), p.disposedAt()))
                            .orElse(null);
            var sheet = new DispositionSheet(
                    texts.sender(submission),
                    disposition.letterNumber(),
                    disposition.letterDate(),
                    submission.registeredAt(),
                    printed.apply(submission.title()),
                    disposition.urgency().name(),
                    disposition.confidential(),
                    disposition.units().stream()
                            .map(u -> new DispositionSheet.Addressee(u.name(), u.lead()))
                            .toList(),
                    list,
                    printed.apply(disposition.note()),
                    disposition.deadline(),
                    disposition.disposedByName(),
                    disposition.disposedByRole(),
                    disposition.disposedAt(),
                    parent);
            return new Documents.Draft(
                    institutions.get(c.institutionId()), c.registrationNumber(), Map.of("sheet", sheet));
        });
    }

    /** The disposition with its texts as the reader reads them. */
    private static Disposition shown(Disposition d, UnaryOperator<String> shown) {
        return new Disposition(
                d.id(),
                d.caseId(),
                d.parentId(),
                d.units(),
                d.instructions(),
                shown.apply(d.note()),
                d.deadline(),
                d.urgency(),
                d.confidential(),
                d.letterNumber(),
                d.letterDate(),
                d.step(),
                d.action(),
                d.disposedAt(),
                d.disposedById(),
                d.disposedByName(),
                d.disposedByRole(),
                d.completedAt(),
                d.completedByName(),
                shown.apply(d.completionNote()),
                d.open(),
                d.overdue(),
                d.monitoring().stream()
                        .map(m -> new Disposition.MonitoringNote(m.id(), m.at(), m.byName(), shown.apply(m.note())))
                        .toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
