package id.suara.casework;

import static id.suara.casework.CaseLookup.conditionHolds;
import static id.suara.casework.CaseLookup.step;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.institution.Role;
import id.suara.intake.CaseOpening;
import id.suara.intake.ReceptionHours;
import id.suara.intake.Redaction;
import id.suara.intake.Registration;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.SubmissionRegistered;
import id.suara.intake.Submissions;
import id.suara.recess.AspirationCategory;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.sop.ActionField;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import id.suara.sop.StepDefinition;
import id.suara.sop.TransitionCondition;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.StaffAccounts;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles cases along their SOP: opens one for every registered submission, records requirement checks and notes, and
 * moves a case only by a transition its current step allows, performed by a holder of that step's role. Every move is
 * appended to the history. Two people changing a case at once: the first wins, the other gets a conflict.
 *
 * <p>Registrations, actions, requirement checks and notes are audited. A change answers with the case as the actor may
 * see it ({@link CaseReading}).
 */
@Service
public class Cases implements CaseOpening {

    private static final int MAX_AUTOMATIC_MOVES = 20;

    private final CaseStore store;
    private final CaseLookup lookup;
    private final CaseReading reading;
    private final SopVersions sops;
    private final InstitutionCalendars calendars;
    private final Submissions submissions;
    private final StaffAccounts staff;
    private final ActionFields actionFields;
    private final LetterSteps letters;
    private final AuditLog audit;
    private final ReceptionHours receptionHours;
    private final AudienceSlots audienceSlots;
    private final CaseNotices notices;
    private final Clock clock;

    Cases(
            CaseStore store,
            CaseLookup lookup,
            CaseReading reading,
            SopVersions sops,
            InstitutionCalendars calendars,
            Submissions submissions,
            StaffAccounts staff,
            ActionFields actionFields,
            LetterSteps letters,
            AuditLog audit,
            ReceptionHours receptionHours,
            AudienceSlots audienceSlots,
            CaseNotices notices,
            Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.reading = reading;
        this.sops = sops;
        this.calendars = calendars;
        this.submissions = submissions;
        this.staff = staff;
        this.actionFields = actionFields;
        this.letters = letters;
        this.audit = audit;
        this.receptionHours = receptionHours;
        this.audienceSlots = audienceSlots;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Plans the case of a submission about to be registered: refuses it (so that nothing is registered) when the
     * institution has no active SOP for its channel and kind, or when that SOP does not accept an anonymous one; otherwise
     * works out where the SOP's automatic steps take it, its due time and its history, from memory (ADR 0022).
     */
    @Override
    public CaseOpening.Plan plan(SubmissionRegistered submission) {
        var sop = sops.activeFor(submission.institutionId(), submission.channel(), submission.kind())
                .orElseThrow(() -> InvalidInputException.unprocessable(
                        "channel",
                        "This institution has no procedure for " + submission.kind() + " submissions through "
                                + submission.channel()));
        if (submission.anonymous() && !sop.definition().anonymousAllowed()) {
            throw InvalidInputException.unprocessable(
                    "anonymous",
                    "This institution's procedure for " + submission.kind() + " submissions through "
                            + submission.channel() + " does not accept anonymous submissions: it requires the "
                            + "complainant's identity");
        }
        var first = sop.definition().firstStep();
        var opened = CaseFile.opened(
                submission, sop.id(), first, dueAt(submission.institutionId(), first, submission.registeredAt()));
        var registrar = Optional.ofNullable(submission.registeredBy()).flatMap(staff::findById);
        var history = new ArrayList<HistoryEntry>();
        var now = opened.registeredAt();
        history.add(new HistoryEntry(
                0,
                now,
                registrar.map(StaffMember::id).orElse(null),
                registrar.map(StaffMember::displayName).orElse("Pengadu"),
                Role.COMPLAINANT,
                HistoryEntry.SUBMITTED,
                null,
                first.code(),
                registrar.isPresent() ? "Registered by staff on the complainant's behalf" : null,
                Map.of()));
        // the case is stored once, where its automatic steps have taken it, with its whole history
        var moved = followAutomatic(opened, sop.definition(), now, history);
        var details = new LinkedHashMap<String, Object>();
        details.put("kind", submission.kind().name());
        details.put("channel", submission.channel().name());
        details.put("sop", sop.code() + " v" + sop.version());
        details.put("confidential", submission.confidential());
        details.put("anonymous", submission.anonymous());
        var registered = audit.attributed(new AuditEvent(
                "case.registered",
                submission.institutionId(),
                registrar.map(StaffMember::id).orElse(null),
                registrar.map(StaffMember::username).orElse("public"),
                "case",
                submission.submissionId().toString(),
                details));
        return new PlannedCase(moved, List.copyOf(history), registered, sop.definition());
    }

    /**
     * Opens the planned cases of numbered submissions in the registration's transaction: all cases with their histories
     * in one statement, then their audit entries, which name each registration number, in two (ADR 0022).
     */
    @Override
    public void open(List<CaseOpening.Numbered> submissions) {
        var cases = new ArrayList<CaseStore.Opened>(submissions.size());
        var entries = new ArrayList<AuditLog.Attributed>(submissions.size());
        for (var numbered : submissions) {
            var plan = (PlannedCase) numbered.plan();
            cases.add(new CaseStore.Opened(
                    plan.c(),
                    numbered.registrationNumber(),
                    numbered.submission().searchableText(),
                    plan.history()));
            var registered = plan.registered();
            entries.add(new AuditLog.Attributed(
                    registered.event().withDetail("registrationNumber", numbered.registrationNumber()),
                    registered.clientAddress()));
        }
        store.openAll(cases);
        audit.appendAll(entries);
        // the complainants hear of their registration, the first step's officers of their new case (ADR 0035)
        notices.opened(submissions.stream()
                .map(n -> {
                    var p = (PlannedCase) n.plan();
                    return new CaseNotices.Moved(null, p.c(), p.definition(), p.history(), n.registrationNumber());
                })
                .toList());
    }

    /** The status a registration's case was opened at, where its automatic steps took it. */
    public CaseStatus openedStatus(Registration registration) {
        return ((PlannedCase) registration.casePlan()).c().status();
    }

    /** A case as planned before its submission was numbered, and its audit entry without the number. */
    private record PlannedCase(
            CaseFile c, List<HistoryEntry> history, AuditLog.Attributed registered, SopDefinition definition)
            implements CaseOpening.Plan {}

    /** Performs an action allowed at the case's current step. */
    @Transactional
    public CaseView perform(UUID caseId, String action, ActionRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        c.expectVersion(request.version());
        var definition = sops.definition(c.sopVersionId());
        var step = step(definition, c.currentStep());
        var transition = allowedTransition(c, definition, action, actor);
        var roles = definition.rolesFor(transition);
        var values = actionFields.validate(transition.fields(), request.fields(), c.institutionId());
        var published = forPublication(c, values);
        var now = clock.instant();
        var actingRole = actor.grants().stream()
                .map(g -> g.role())
                .filter(roles::contains)
                .findFirst()
                .orElseThrow();
        var history = new ArrayList<HistoryEntry>();
        var recorded = new LinkedHashMap<String, Object>(ActionFields.forHistory(values));
        if (transition.letter() != null) {
            recorded.putAll(letters.forAction(c, transition, actor));
        }
        var moved = move(c, definition, transition, published, now);
        history.add(new HistoryEntry(
                0,
                clock.instant(),
                actor.id(),
                actor.displayName(),
                actingRole,
                action,
                step.code(),
                transition.to(),
                blankToNull(request.note()),
                recorded));
        moved = followAutomatic(moved, definition, now, history);
        // an audience time agreed with the move keeps the audience rules; a case ending without its audience frees it
        audienceSlots.moved(moved, published, actor.id(), now);
        save(c, moved, history);
        notices.moved(new CaseNotices.Moved(c, moved, definition, history));
        var details = new LinkedHashMap<String, Object>();
        details.put("action", action);
        details.put("from", step.code());
        details.put("to", transition.to());
        if (!moved.currentStep().equals(transition.to())) {
            details.put("reached", moved.currentStep());
        }
        details.put("role", actingRole.name());
        audit.record(new AuditEvent(
                "case.action", c.institutionId(), actor.id(), actor.username(), "case", c.id().toString(), details));
        return reading.view(c.id(), actor);
    }

    /**
     * The answer an action would publish, exactly as the public would read it (the complainant's identity and anyone's
     * NIK, phone number and e-mail address replaced), without performing the action: nothing is changed or recorded.
     * Only someone who may perform the action now may preview it, and only an action that publishes an answer.
     *
     * @param fields the values the action would be performed with; only the answer to publish is read
     */
    @Transactional(readOnly = true)
    public String previewAnswer(UUID caseId, String action, Map<String, Object> fields, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var definition = sops.definition(c.sopVersionId());
        var transition = allowedTransition(c, definition, action, actor);
        var answerFields = transition.fields().stream()
                .filter(f -> f.effect() == ActionField.FieldEffect.PUBLISH_ANSWER)
                .toList();
        if (answerFields.isEmpty()) {
            throw new ConflictException("action", "The action '" + action + "' publishes no answer");
        }
        var given = new LinkedHashMap<String, Object>();
        answerFields.forEach(f -> given.put(f.name(), fields.get(f.name())));
        var values = actionFields.validate(answerFields, given, c.institutionId());
        return forPublication(c, values).values().stream()
                .map(v -> (String) v.value())
                .findFirst()
                .orElseThrow();
    }

    /**
     * Whether performing the action now would end the case without an answer (archive, return, redirect), which cannot be
     * undone: the case page asks the actor to confirm it first. False for an action the current step does not offer.
     */
    @Transactional(readOnly = true)
    public boolean endsWithoutAnswer(UUID caseId, String action, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var definition = sops.definition(c.sopVersionId());
        return definition.transitionsFrom(c.currentStep()).stream()
                .filter(t -> t.action().equals(action) && !t.automatic())
                .findFirst()
                .map(t -> AvailableAction.endsWithoutAnswer(
                        step(definition, t.to()).status()))
                .orElse(false);
    }

    /**
     * The transition by which {@code actor} performs {@code action} on the case now; refuses an action the current step
     * does not offer (409), one the actor's roles do not allow (403), and one the latest requirement check does not
     * allow (409).
     */
    private TransitionDefinition allowedTransition(
            CaseFile c, SopDefinition definition, String action, StaffMember actor) {
        var step = step(definition, c.currentStep());
        var transition = definition.transitionsFrom(step.code()).stream()
                .filter(t -> t.action().equals(action) && !t.automatic())
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        "action",
                        "The action '" + action + "' is not available at the current step (" + step.code() + ")"));
        var roles = definition.rolesFor(transition);
        if (!actor.mayActAs(roles, c.institutionId(), c.assignedUnitId())) {
            throw new ForbiddenException("The action '" + action + "' needs one of the roles " + roles
                    + (roles.stream().anyMatch(Role::boundToUnit) ? " for the unit the case is assigned to" : ""));
        }
        if (transition.condition() != TransitionCondition.ALWAYS) {
            var check = store.latestCheck(c.id(), step.code(), c.stepEnteredAt());
            if (check.isEmpty()) {
                throw new ConflictException("action", "Record the requirement check before '" + action + "'");
            }
            if (!conditionHolds(transition, check.get())) {
                throw new ConflictException("action", "The latest requirement check does not allow '" + action + "'");
            }
        }
        return transition;
    }

    /** Records the outcome of checking the submission's requirements at the current step. */
    @Transactional
    public CaseView recordRequirementCheck(UUID caseId, RequirementCheckRequest request, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        c.expectVersion(request.version());
        var definition = sops.definition(c.sopVersionId());
        var step = step(definition, c.currentStep());
        if (step.requirementChecks().isEmpty()) {
            throw new ConflictException("items", "The current step (" + step.code() + ") has no requirement check");
        }
        if (!actor.mayActAs(step.roles(), c.institutionId(), c.assignedUnitId())) {
            throw new ForbiddenException("Checking requirements at this step needs one of the roles " + step.roles());
        }
        var errors = new ArrayList<InvalidInputException.FieldError>();
        var items = new EnumMap<RequirementCheck, Boolean>(RequirementCheck.class);
        request.items().forEach((item, met) -> {
            if (item == RequirementCheck.AUDIENCE_NOTICE) {
                errors.add(new InvalidInputException.FieldError(
                        "items.AUDIENCE_NOTICE", "is computed from the requested audience date and cannot be given"));
            } else if (!step.requirementChecks().contains(item)) {
                errors.add(new InvalidInputException.FieldError("items." + item, "is not checked at this step"));
            } else if (met == null) {
                errors.add(new InvalidInputException.FieldError("items." + item, "must be true or false"));
            } else {
                items.put(item, met);
            }
        });
        var now = clock.instant();
        boolean identityWaived = step.requirementChecks().contains(RequirementCheck.IDENTITY)
                && !request.items().containsKey(RequirementCheck.IDENTITY)
                && definition.anonymousAllowed()
                && submissions.details(c.id()).map(SubmissionDetails::anonymous).orElse(false);
        for (var required : step.requirementChecks()) {
            if (required == RequirementCheck.AUDIENCE_NOTICE) {
                items.put(required, audienceNoticeMet(c));
            } else if (required == RequirementCheck.IDENTITY && identityWaived) {
                // the procedure accepts anonymous submissions: there is no identity to check
                items.put(required, true);
            } else if (!request.items().containsKey(required)) {
                errors.add(new InvalidInputException.FieldError("items." + required, "must be checked"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        boolean met = items.values().stream().allMatch(Boolean::booleanValue);
        var check = new RequirementCheckResult(
                UUID.randomUUID(), step.code(), now, actor.id(), items, met, blankToNull(request.note()));
        var actingRole = actor.grants().stream()
                .map(g -> g.role())
                .filter(step.roles()::contains)
                .findFirst()
                .orElseThrow();
        var touched = c.touched();
        Map<String, Object> fields = new LinkedHashMap<>();
        items.forEach((item, ok) -> fields.put(item.name(), ok));
        fields.put("met", met);
        save(
                c,
                touched,
                List.of(new HistoryEntry(
                        0,
                        now,
                        actor.id(),
                        actor.displayName(),
                        actingRole,
                        HistoryEntry.REQUIREMENTS_CHECKED,
                        step.code(),
                        step.code(),
                        check.note(),
                        fields)));
        store.insertCheck(c.id(), check);
        var details = new LinkedHashMap<String, Object>();
        details.put("step", step.code());
        details.put("met", met);
        items.forEach((item, ok) -> details.put("item." + item.name(), ok));
        audit.record(new AuditEvent(
                "case.requirements-checked",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                details));
        return reading.view(c.id(), actor);
    }

    /** The history action of a change of category; it does not move the case. */
    public static final String CATEGORIZED = "categorized";

    /**
     * Sets the case's category — what it is about, in the vocabulary recess aspirations are sorted by (ADR 0038) — or
     * clears it ({@code category} null or blank), by a staff member who reads the case and does more than audit. The
     * change is recorded in the history and the audit log; the monitoring figures follow it.
     */
    @Transactional
    public CaseView categorize(UUID caseId, String category, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        if (actor.holds(Role.AUDITOR) && actor.grants().size() == 1) {
            throw new ForbiddenException("Auditors read cases; they do not categorise them");
        }
        String code = null;
        if (category != null && !category.isBlank()) {
            try {
                code = AspirationCategory.valueOf(category.strip().toUpperCase(java.util.Locale.ROOT))
                        .name();
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid(
                        "category", "must be one of " + java.util.Arrays.toString(AspirationCategory.values()));
            }
        }
        store.lock(c.id());
        var current = store.find(c.id()).orElseThrow();
        if (java.util.Objects.equals(current.category(), code)) {
            return reading.view(c.id(), actor);
        }
        store.setCategory(c.id(), code);
        var details = new LinkedHashMap<String, Object>();
        details.put("category", code == null ? "" : code);
        store.append(
                current,
                List.of(new HistoryEntry(
                        0,
                        clock.instant(),
                        actor.id(),
                        actor.displayName(),
                        actor.roles().getFirst(),
                        CATEGORIZED,
                        current.currentStep(),
                        current.currentStep(),
                        null,
                        Map.copyOf(details))));
        details.put("previous", current.category() == null ? "" : current.category());
        audit.record(new AuditEvent(
                "case.categorized",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                details));
        return reading.view(c.id(), actor);
    }

    /** Adds an internal note; notes are never shown to the public. */
    @Transactional
    public CaseNote addNote(UUID caseId, String text, StaffMember author) {
        var c = lookup.visible(caseId, author);
        if (author.holds(Role.AUDITOR) && author.grants().size() == 1) {
            throw new ForbiddenException("Auditors read cases; they do not write notes");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.invalid("text", "must not be blank");
        }
        var note = new CaseNote(UUID.randomUUID(), clock.instant(), author.id(), author.displayName(), text.strip());
        store.insertNote(c.id(), note);
        audit.record(new AuditEvent(
                "case.note-added",
                c.institutionId(),
                author.id(),
                author.username(),
                "case",
                c.id().toString(),
                Map.of("noteId", note.id().toString())));
        return note;
    }

    /**
     * The values as they go public: an answer to publish loses the complainant's identity and anyone's NIK, phone
     * number and e-mail address. The history keeps what was written, for staff.
     */
    private Map<String, ActionFields.Value> forPublication(CaseFile c, Map<String, ActionFields.Value> values) {
        if (values.values().stream().noneMatch(v -> v.effect() == ActionField.FieldEffect.PUBLISH_ANSWER)) {
            return values;
        }
        var redaction = Redaction.of(
                submissions.details(c.id()).map(SubmissionDetails::complainant).orElse(null));
        var out = new LinkedHashMap<String, ActionFields.Value>();
        values.forEach((name, value) -> out.put(
                name,
                value.effect() == ActionField.FieldEffect.PUBLISH_ANSWER
                        ? new ActionFields.Value(redaction.forPublication((String) value.value()), value.effect())
                        : value));
        return out;
    }

    private void save(CaseFile before, CaseFile after, List<HistoryEntry> history) {
        if (!store.update(after, before.version())) {
            throw new ConflictException(
                    "version", "The case was changed by someone else at the same time; reload it" + " and try again");
        }
        store.append(after, history);
    }

    /** The case moved by a transition, with the unit and the answer its values assign. */
    private CaseFile move(
            CaseFile c,
            SopDefinition definition,
            TransitionDefinition transition,
            Map<String, ActionFields.Value> values,
            Instant now) {
        var target = step(definition, transition.to());
        var assignedUnit = values.values().stream()
                .filter(v -> v.effect() == ActionField.FieldEffect.ASSIGN_UNIT)
                .map(v -> (UUID) v.value())
                .findFirst()
                .orElse(null);
        var answer = values.values().stream()
                .filter(v -> v.effect() == ActionField.FieldEffect.PUBLISH_ANSWER)
                .map(v -> (String) v.value())
                .findFirst()
                .orElse(null);
        var appointment = appointment(c, target, values);
        return c.moveTo(
                target, appointment.orElseGet(() -> dueAt(c.institutionId(), target, now)), assignedUnit, answer, now);
    }

    /**
     * The appointment a step waits for (see {@link StepDefinition#appointmentField()}): the value given with the move into
     * the step, or else the latest one given with an earlier action of the case; empty for a step not tied to an
     * appointment or when none was given.
     */
    private Optional<Instant> appointment(CaseFile c, StepDefinition step, Map<String, ActionFields.Value> values) {
        var name = step.appointmentField();
        if (name == null || step.terminal()) {
            return Optional.empty();
        }
        if (values.get(name) != null && values.get(name).value() instanceof Instant given) {
            return Optional.of(given);
        }
        return HistoryEntry.latestInstant(store.history(c.id()), name);
    }

    /** Performs the automatic transitions (done by Suara itself) from the step the case has reached. */
    private CaseFile followAutomatic(CaseFile c, SopDefinition definition, Instant now, List<HistoryEntry> history) {
        var current = c;
        for (int i = 0; i < MAX_AUTOMATIC_MOVES; i++) {
            var from = current.currentStep();
            var automatic = definition.transitionsFrom(from).stream()
                    .filter(TransitionDefinition::automatic)
                    .findFirst();
            if (automatic.isEmpty()) {
                return current;
            }
            current = move(current, definition, automatic.get(), Map.of(), now);
            history.add(new HistoryEntry(
                    0,
                    now,
                    null,
                    "Suara",
                    Role.SYSTEM,
                    automatic.get().action(),
                    from,
                    automatic.get().to(),
                    null,
                    Map.of()));
        }
        throw new IllegalStateException("SOP " + definition.code() + " loops through automatic transitions");
    }

    private Instant dueAt(UUID institutionId, StepDefinition step, Instant enteredAt) {
        if (step.terminal() || step.timeLimit() == null) {
            return null;
        }
        return DeadlineCalculator.dueAt(enteredAt, step.timeLimit(), calendars.forInstitution(institutionId));
    }

    /** 003 IV.A.5: an audience must be requested at least 3 working days before it takes place. */
    private boolean audienceNoticeMet(CaseFile c) {
        return c.audienceRequestedFor() != null
                && receptionHours.noticeMet(c.institutionId(), c.registeredAt(), c.audienceRequestedFor());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
