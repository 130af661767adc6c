package id.suara.casework;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.TimeLimit;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.Complainant;
import id.suara.intake.Redaction;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.SubmissionRegistered;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.sop.ActionField;
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
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles cases along their SOP: opens one for every registered submission, records requirement checks and notes, and
 * moves a case only by a transition its current step allows, performed by a holder of that step's role. Every move is
 * appended to the history. Two people changing a case at once: the first wins, the other gets a conflict.
 *
 * <p>A confidential complainant's identity is shown only to {@link IdentityHandlers}, and each time it is shown that is
 * written to the audit log in the same transaction; everyone else sees it withheld (ADR 0008). Registrations, actions,
 * requirement checks and notes are audited too.
 */
@Service
public class Cases {

    static final String SUBMITTED = "submitted";
    static final String REQUIREMENTS_CHECKED = "requirements-checked";
    private static final int MAX_AUTOMATIC_MOVES = 20;
    private static final TimeLimit AUDIENCE_NOTICE = TimeLimit.workingDays(3);

    private final CaseStore store;
    private final SopVersions sops;
    private final InstitutionCalendars calendars;
    private final Submissions submissions;
    private final StaffAccounts staff;
    private final Institutions institutions;
    private final ActionFields actionFields;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    Cases(
            CaseStore store,
            SopVersions sops,
            InstitutionCalendars calendars,
            Submissions submissions,
            StaffAccounts staff,
            Institutions institutions,
            ActionFields actionFields,
            ApplicationEventPublisher events,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.store = store;
        this.sops = sops;
        this.calendars = calendars;
        this.submissions = submissions;
        this.staff = staff;
        this.institutions = institutions;
        this.actionFields = actionFields;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Opens the case of a newly registered submission, inside the registration transaction. Refuses (and so rolls the
     * registration back) when the institution has no active SOP for the submission's channel and kind.
     */
    @EventListener
    void open(SubmissionRegistered submission) {
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
        var now = submission.registeredAt();
        var opened = new CaseFile(
                submission.submissionId(),
                submission.institutionId(),
                submission.kind(),
                submission.channel(),
                submission.registrationNumber(),
                submission.trackingNumber(),
                submission.title(),
                sop.id(),
                first.code(),
                first.status(),
                now,
                dueAt(submission.institutionId(), first, now),
                null,
                null,
                null,
                submission.audienceRequestedFor(),
                now,
                first.terminal() ? now : null,
                0);
        store.insert(opened, submission.searchableText());
        var registrar = Optional.ofNullable(submission.registeredBy()).flatMap(staff::findById);
        var history = new ArrayList<HistoryEntry>();
        history.add(new HistoryEntry(
                0,
                now,
                registrar.map(StaffMember::id).orElse(null),
                registrar.map(StaffMember::displayName).orElse("Pengadu"),
                Role.COMPLAINANT,
                SUBMITTED,
                null,
                first.code(),
                registrar.isPresent() ? "Registered by staff on the complainant's behalf" : null,
                Map.of()));
        var moved = followAutomatic(opened, sop.definition(), now, history);
        if (moved != opened && !store.update(moved, opened.version())) {
            throw new IllegalStateException("A case cannot change while it is being opened");
        }
        history.forEach(entry -> store.append(opened.id(), entry));
        var details = new LinkedHashMap<String, Object>();
        details.put("registrationNumber", submission.registrationNumber());
        details.put("kind", submission.kind().name());
        details.put("channel", submission.channel().name());
        details.put("sop", sop.code() + " v" + sop.version());
        details.put("confidential", submission.confidential());
        details.put("anonymous", submission.anonymous());
        audit.record(new AuditEvent(
                "case.registered",
                submission.institutionId(),
                registrar.map(StaffMember::id).orElse(null),
                registrar.map(StaffMember::username).orElse("public"),
                "case",
                opened.id().toString(),
                details));
    }

    /**
     * The case as the viewer may see it, with the actions they may perform now. A confidential complainant's identity is
     * shown only to an identity handler, and recorded as read ({@code identity.read}); for anyone else it is withheld,
     * also where it was written into the case's texts.
     */
    @Transactional
    public CaseView view(UUID caseId, StaffMember viewer) {
        var c = visible(caseId, viewer);
        var sop = sops.get(c.sopVersionId());
        var definition = sop.definition();
        var step = step(definition, c.currentStep());
        var latestCheck = step.requirementChecks().isEmpty()
                ? null
                : store.latestCheck(c.id(), step.code(), c.stepEnteredAt()).orElse(null);
        var actions = definition.transitionsFrom(step.code()).stream()
                .filter(t -> !t.automatic())
                .filter(t -> conditionHolds(t, latestCheck))
                .filter(t -> viewer.mayActAs(definition.rolesFor(t), c.institutionId(), c.assignedUnitId()))
                .map(t -> new AvailableAction(t.action(), t.label(), t.to(), t.fields()))
                .toList();
        var mayCheck = !step.requirementChecks().isEmpty()
                && viewer.mayActAs(step.roles(), c.institutionId(), c.assignedUnitId());
        var submission = submissions.details(c.id()).orElseThrow();
        var history = store.history(c.id());
        var notes = store.notes(c.id());
        var shownCheck = latestCheck;
        boolean withheld = submission.confidential()
                && !submission.anonymous()
                && !IdentityHandlers.handles(viewer, c.institutionId());
        if (withheld) {
            var hidden = withheldText();
            var redaction = Redaction.of(submission.complainant());
            UnaryOperator<String> scrub = text -> redaction.apply(text, hidden);
            submission = submission.withIdentityWithheld(withheldComplainant(submission.complainant(), hidden), scrub);
            history = history.stream().map(e -> scrubbed(e, scrub)).toList();
            notes = notes.stream()
                    .map(n -> new CaseNote(n.id(), n.writtenAt(), n.authorId(), n.authorName(), scrub.apply(n.text())))
                    .toList();
            if (shownCheck != null) {
                shownCheck = scrubbed(shownCheck, scrub);
            }
        } else if (submission.confidential() && !submission.anonymous()) {
            audit.record(new AuditEvent(
                    "identity.read",
                    c.institutionId(),
                    viewer.id(),
                    viewer.username(),
                    "case",
                    c.id().toString(),
                    Map.of(
                            "roles",
                            viewer.roles().stream().map(Role::name).toList().toString())));
        }
        return new CaseView(
                c.id(),
                c.institutionId(),
                zoneOf(c),
                c.status(),
                step,
                c.stepEnteredAt(),
                c.stepDueAt(),
                c.overdue(clock.instant()),
                c.assignedUnitId(),
                c.publicAnswer(),
                c.answeredAt(),
                new CaseView.SopReference(sop.id(), sop.code(), sop.version(), definition.title()),
                submission,
                withheld,
                new CaseView.RequirementCheckState(step.requirementChecks(), shownCheck, mayCheck),
                history,
                notes,
                actions,
                c.closedAt(),
                c.version());
    }

    /** Cases the viewer may see, filtered, newest first. */
    @Transactional(readOnly = true)
    public CasePage<CaseSummary> list(CaseFilter filter, int page, int size, StaffMember viewer) {
        if (page < 0) {
            throw InvalidInputException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw InvalidInputException.invalid("size", "must be between 1 and 100");
        }
        var effective = filter;
        if (!viewer.holds(Role.SYSTEM_ADMIN)) {
            if (filter.institutionId() != null && !filter.institutionId().equals(viewer.institutionId())) {
                throw new ForbiddenException("You may list only your own institution's cases");
            }
            effective = new CaseFilter(
                    viewer.institutionId(),
                    filter.kind(),
                    filter.channel(),
                    filter.status(),
                    filter.step(),
                    filter.assignedUnitId(),
                    filter.overdue(),
                    filter.text());
        }
        var now = clock.instant();
        var definitions = new java.util.HashMap<UUID, SopDefinition>();
        return store.list(effective, now, page, size)
                .map(c -> summary(
                        c,
                        definitions.computeIfAbsent(
                                c.sopVersionId(), id -> sops.get(id).definition()),
                        now));
    }

    /**
     * The open cases of the viewer's institution waiting at a step the viewer works on (a role of the step held by
     * them; a unit-bound role only for cases assigned to their unit), filtered, overdue first and then by due time.
     */
    @Transactional(readOnly = true)
    public CasePage<CaseSummary> waitingFor(CaseFilter filter, int page, int size, StaffMember viewer) {
        if (page < 0 || size < 1 || size > 100) {
            throw InvalidInputException.invalid("page", "must be 0 or more, with 1 to 100 items");
        }
        var empty = new CasePage<CaseSummary>(List.of(), page, size, 0);
        if (viewer.institutionId() == null) {
            return empty;
        }
        var steps = new ArrayList<CaseStore.WaitingStep>();
        var definitions = new java.util.HashMap<UUID, SopDefinition>();
        for (var sop : sops.ofInstitution(viewer.institutionId())) {
            definitions.put(sop.id(), sop.definition());
            for (var step : sop.definition().steps()) {
                if (step.terminal()) {
                    continue;
                }
                for (var grant : viewer.grants()) {
                    if (!step.roles().contains(grant.role())) {
                        continue;
                    }
                    if (!grant.role().boundToUnit()) {
                        steps.removeIf(s ->
                                s.sopVersionId().equals(sop.id()) && s.step().equals(step.code()));
                        steps.add(new CaseStore.WaitingStep(sop.id(), step.code(), null));
                        break;
                    } else if (grant.unitId() != null) {
                        steps.add(new CaseStore.WaitingStep(sop.id(), step.code(), grant.unitId()));
                    }
                }
            }
        }
        var effective = new CaseFilter(
                viewer.institutionId(),
                filter.kind(),
                filter.channel(),
                filter.status(),
                null,
                null,
                filter.overdue(),
                filter.text());
        var now = clock.instant();
        return store.waiting(effective, steps, now, page, size)
                .map(c -> summary(
                        c,
                        definitions.computeIfAbsent(
                                c.sopVersionId(), id -> sops.get(id).definition()),
                        now));
    }

    /**
     * The name an attachment is served under to the viewer: a confidential complainant's identity in it is withheld
     * from those who do not handle identities, as in the case view.
     */
    @Transactional(readOnly = true)
    public String attachmentName(UUID caseId, String fileName, StaffMember viewer) {
        var c = visible(caseId, viewer);
        var submission = submissions.details(c.id()).orElseThrow();
        if (!submission.confidential()
                || submission.anonymous()
                || IdentityHandlers.handles(viewer, c.institutionId())) {
            return fileName;
        }
        return Redaction.of(submission.complainant()).apply(fileName, withheldText());
    }

    /** Refuses, as if it did not exist, a case the viewer may not see. */
    @Transactional(readOnly = true)
    public void requireVisible(UUID caseId, StaffMember viewer) {
        visible(caseId, viewer);
    }

    /** Performs an action allowed at the case's current step. */
    @Transactional
    public CaseView perform(UUID caseId, String action, ActionRequest request, StaffMember actor) {
        var c = visible(caseId, actor);
        expectVersion(c, request.version());
        var definition = sops.get(c.sopVersionId()).definition();
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
        var values = actionFields.validate(transition.fields(), request.fields(), c.institutionId());
        var published = forPublication(c, values);
        var now = clock.instant();
        var actingRole = actor.grants().stream()
                .map(g -> g.role())
                .filter(roles::contains)
                .findFirst()
                .orElseThrow();
        var history = new ArrayList<HistoryEntry>();
        var moved = move(c, definition, transition, published, now);
        history.add(new HistoryEntry(
                0,
                now,
                actor.id(),
                actor.displayName(),
                actingRole,
                action,
                step.code(),
                transition.to(),
                blankToNull(request.note()),
                ActionFields.forHistory(values)));
        moved = followAutomatic(moved, definition, now, history);
        save(c, moved, history);
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
        events.publishEvent(new CaseMoved(
                c.id(), c.institutionId(), step.code(), moved.currentStep(), action, moved.status(), now));
        return view(c.id(), actor);
    }

    /** Records the outcome of checking the submission's requirements at the current step. */
    @Transactional
    public CaseView recordRequirementCheck(UUID caseId, RequirementCheckRequest request, StaffMember actor) {
        var c = visible(caseId, actor);
        expectVersion(c, request.version());
        var definition = sops.get(c.sopVersionId()).definition();
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
                        REQUIREMENTS_CHECKED,
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
        return view(c.id(), actor);
    }

    /** Adds an internal note; notes are never shown to the public. */
    @Transactional
    public CaseNote addNote(UUID caseId, String text, StaffMember author) {
        var c = visible(caseId, author);
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

    /** What the complainant sees when tracking their submission. */
    @Transactional(readOnly = true)
    public Optional<PublicCaseView> publicView(UUID caseId) {
        return store.find(caseId).map(c -> {
            var definition = sops.get(c.sopVersionId()).definition();
            var timeline = store.history(c.id()).stream()
                    .filter(e -> e.toStep() != null && !e.toStep().equals(e.fromStep()))
                    .map(e -> {
                        var s = step(definition, e.toStep());
                        return new PublicCaseView.TimelineEntry(e.occurredAt(), s.publicName(), s.status());
                    })
                    .toList();
            return new PublicCaseView(
                    c.trackingNumber(),
                    c.registrationNumber(),
                    zoneOf(c),
                    c.status(),
                    step(definition, c.currentStep()).publicName(),
                    c.closedAt() == null ? c.stepDueAt() : null,
                    c.registeredAt(),
                    timeline,
                    c.publicAnswer(),
                    c.answeredAt());
        });
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

    /** "Dirahasiakan" in the reader's language. */
    private String withheldText() {
        return messages.getMessage("suara.identity.withheld", null, "Dirahasiakan", LocaleContextHolder.getLocale());
    }

    private static Complainant withheldComplainant(Complainant complainant, String hidden) {
        return new Complainant(complainant.type(), hidden, hidden, hidden, hidden, hidden, hidden);
    }

    private static HistoryEntry scrubbed(HistoryEntry e, UnaryOperator<String> scrub) {
        var fields = new LinkedHashMap<String, Object>();
        e.fields().forEach((name, value) -> fields.put(name, value instanceof String text ? scrub.apply(text) : value));
        return new HistoryEntry(
                e.seq(),
                e.occurredAt(),
                e.actorId(),
                e.actorName(),
                e.actorRole(),
                e.action(),
                e.fromStep(),
                e.toStep(),
                scrub.apply(e.note()),
                fields);
    }

    private static RequirementCheckResult scrubbed(RequirementCheckResult check, UnaryOperator<String> scrub) {
        return new RequirementCheckResult(
                check.id(),
                check.step(),
                check.checkedAt(),
                check.checkedBy(),
                check.items(),
                check.met(),
                scrub.apply(check.note()));
    }

    private String zoneOf(CaseFile c) {
        return institutions.get(c.institutionId()).zone().getId();
    }

    private CaseSummary summary(CaseFile c, SopDefinition definition, Instant now) {
        return new CaseSummary(
                c.id(),
                c.institutionId(),
                c.registrationNumber(),
                c.trackingNumber(),
                c.kind(),
                c.channel(),
                c.title(),
                c.status(),
                c.currentStep(),
                step(definition, c.currentStep()).name(),
                c.stepDueAt(),
                c.overdue(now),
                c.assignedUnitId(),
                c.registeredAt(),
                c.version());
    }

    private CaseFile visible(UUID caseId, StaffMember viewer) {
        return store.find(caseId)
                .filter(c -> viewer.maySee(c.institutionId()))
                .orElseThrow(() -> new NotFoundException("Case " + caseId + " not found"));
    }

    private static void expectVersion(CaseFile c, Integer expected) {
        if (expected != null && expected != c.version()) {
            throw new ConflictException(
                    "version",
                    "The case was changed by someone else (now version " + c.version() + "); reload it and try again");
        }
    }

    private void save(CaseFile before, CaseFile after, List<HistoryEntry> history) {
        if (!store.update(after, before.version())) {
            throw new ConflictException(
                    "version", "The case was changed by someone else at the same time; reload it" + " and try again");
        }
        history.forEach(entry -> store.append(before.id(), entry));
    }

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
                .orElse(c.assignedUnitId());
        var answer = values.values().stream()
                .filter(v -> v.effect() == ActionField.FieldEffect.PUBLISH_ANSWER)
                .map(v -> (String) v.value())
                .findFirst();
        return new CaseFile(
                c.id(),
                c.institutionId(),
                c.kind(),
                c.channel(),
                c.registrationNumber(),
                c.trackingNumber(),
                c.title(),
                c.sopVersionId(),
                target.code(),
                target.status(),
                now,
                dueAt(c.institutionId(), target, now),
                assignedUnit,
                answer.orElse(c.publicAnswer()),
                answer.isPresent() ? now : c.answeredAt(),
                c.audienceRequestedFor(),
                c.registeredAt(),
                target.terminal() ? now : null,
                c.version() + 1);
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
        if (c.audienceRequestedFor() == null) {
            return false;
        }
        var calendar = calendars.forInstitution(c.institutionId());
        var earliest = DeadlineCalculator.dueAt(c.registeredAt(), AUDIENCE_NOTICE, calendar)
                .atZone(calendar.zone())
                .toLocalDate();
        return !c.audienceRequestedFor().atZone(calendar.zone()).toLocalDate().isBefore(earliest);
    }

    private static boolean conditionHolds(TransitionDefinition transition, RequirementCheckResult check) {
        return switch (transition.condition()) {
            case ALWAYS -> true;
            case REQUIREMENTS_MET -> check != null && check.met();
            case REQUIREMENTS_NOT_MET -> check != null && !check.met();
        };
    }

    private static StepDefinition step(SopDefinition definition, String code) {
        return definition
                .step(code)
                .orElseThrow(() -> new IllegalStateException("SOP " + definition.code() + " has no step " + code));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
