package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.documents.DocumentType;
import id.suara.documents.Letter;
import id.suara.documents.Letters;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.intake.Complainant;
import id.suara.intake.Redaction;
import id.suara.intake.Submissions;
import id.suara.sop.ActionField;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import id.suara.sop.StepDefinition;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case for whoever may see it: staff get the case with the actions they may perform now, the complainant gets
 * the public tracking view.
 *
 * <p>A confidential complainant's identity is shown only to {@link IdentityHandlers}, and each time it is shown that is
 * written to the audit log in the same transaction; everyone else sees it withheld (ADR 0008).
 */
@Service
public class CaseReading {

    private final CaseStore store;
    private final CaseLookup lookup;
    private final SopVersions sops;
    private final Submissions submissions;
    private final Institutions institutions;
    private final InstitutionCalendars calendars;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    private final Letters letters;

    CaseReading(
            CaseStore store,
            CaseLookup lookup,
            SopVersions sops,
            Submissions submissions,
            Institutions institutions,
            InstitutionCalendars calendars,
            AuditLog audit,
            MessageSource messages,
            Letters letters,
            Clock clock) {
        this.letters = letters;
        this.store = store;
        this.lookup = lookup;
        this.sops = sops;
        this.submissions = submissions;
        this.institutions = institutions;
        this.calendars = calendars;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The case as the viewer may see it, with the actions they may perform now. A confidential complainant's identity is
     * shown only to an identity handler, and recorded as read ({@code identity.read}); for anyone else it is withheld,
     * also wherever it was written into the case's texts: the submission, notes, history notes and field values (letters,
     * directions), requirement-check notes and the published answer ({@link Redaction} finds each part of it).
     */
    @Transactional
    public CaseView view(UUID caseId, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
        var sop = sops.get(c.sopVersionId());
        var definition = sop.definition();
        var step = step(definition, c.currentStep());
        var latestCheck = step.requirementChecks().isEmpty()
                ? null
                : store.latestCheck(c.id(), step.code(), c.stepEnteredAt()).orElse(null);
        var mayCheck = !step.requirementChecks().isEmpty()
                && viewer.mayActAs(step.roles(), c.institutionId(), c.assignedUnitId());
        var submission = submissions.details(c.id()).orElseThrow();
        var history = store.history(c.id());
        var notes = store.notes(c.id());
        var shownCheck = latestCheck;
        var answer = c.publicAnswer();
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
            // published redacted, but perhaps before the redaction knew every way of writing this identity
            answer = scrub.apply(answer);
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
        var now = clock.instant();
        return new CaseView(
                c.id(),
                c.institutionId(),
                zoneOf(c),
                c.status(),
                step,
                c.stepEnteredAt(),
                c.stepDueAt(),
                c.overdue(now),
                c.closed() || c.stepDueAt() == null
                        ? null
                        : TimeLeft.until(
                                c.stepDueAt(),
                                now,
                                calendars.forInstitution(c.institutionId()),
                                step.timeLimit() == null
                                        ? null
                                        : step.timeLimit().unit()),
                c.assignedUnitId(),
                c.assignedUnitId() == null
                        ? null
                        : institutions
                                .findUnit(c.assignedUnitId())
                                .map(Unit::name)
                                .orElse(null),
                answer,
                c.answeredAt(),
                new CaseView.SopReference(sop.id(), sop.code(), sop.version(), definition.title()),
                submission,
                withheld,
                new CaseView.RequirementCheckState(step.requirementChecks(), shownCheck, mayCheck),
                history,
                notes,
                NextMoves.availableTo(
                        viewer,
                        c,
                        definition,
                        latestCheck,
                        history,
                        institutions.get(c.institutionId()).zone(),
                        withheld ? Optional.empty() : signedResponseLetter(c)),
                NextMoves.waitingFor(c, definition),
                c.closedAt(),
                c.version(),
                c.category());
    }

    /** The text of the case's newest signed response letter: where its published answer starts from. */
    private Optional<String> signedResponseLetter(CaseFile c) {
        return letters.newest(c.id(), DocumentType.RESPONSE_LETTER)
                .filter(letter -> letter.status() == Letter.Status.SIGNED)
                .map(Letter::body);
    }

    /**
     * The name an attachment is served under to the viewer: a confidential complainant's identity in it is withheld
     * from those who do not handle identities, as in the case view.
     */
    @Transactional(readOnly = true)
    public String attachmentName(UUID caseId, String fileName, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
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
        lookup.visible(caseId, viewer);
    }

    /**
     * What the complainant sees when tracking their submission: found only when the tracking number exists and the access
     * code matches; unknown numbers and wrong codes are indistinguishable. One statement reads the case, its history and
     * the access code's hash; the SOP definition, the institution and its calendar come from memory (ADR 0020).
     */
    public Optional<PublicCaseView> publicView(String trackingNumber, String accessCode) {
        var canonical = Submissions.canonicalTrackingNumber(trackingNumber);
        var found =
                canonical == null ? Optional.<CaseStore.ForComplainant>empty() : store.findForComplainant(canonical);
        if (!Submissions.accessCodeMatches(
                accessCode, found.map(CaseStore.ForComplainant::accessCodeHash).orElse(null))) {
            return Optional.empty();
        }
        return found.map(f -> f.mergedRegisteredAt() == null
                ? publicView(f.caseFile(), f.history(), f.missingInLatestCheck())
                : mergedView(publicView(f.caseFile(), f.history(), List.of()), f));
    }

    /**
     * A duplicate merged into a main case as its complainant sees it (ADR 0037): the main case's progress and its answer
     * as published (redacted: never the main complainant's identity), under the duplicate's own numbers and date.
     */
    private static PublicCaseView mergedView(PublicCaseView main, CaseStore.ForComplainant found) {
        var c = found.caseFile();
        return new PublicCaseView(
                main.institution(),
                main.trackingNumber(),
                main.registrationNumber(),
                main.timeZone(),
                main.status(),
                main.currentStep(),
                main.dueAt(),
                found.mergedRegisteredAt(),
                main.timeline(),
                main.expectedAnswerBy(),
                c.publicAnswer(),
                main.answeredAt(),
                List.of(),
                true);
    }

    /** The status of a case, e.g. right after submitting it: one statement, without a transaction around it. */
    public Optional<CaseStatus> status(UUID caseId) {
        return store.status(caseId);
    }

    private PublicCaseView publicView(
            CaseFile c, List<HistoryEntry> history, List<RequirementCheck> missingInLatestCheck) {
        var definition = sops.definition(c.sopVersionId());
        var timeline = history.stream()
                .filter(e -> e.toStep() != null && !e.toStep().equals(e.fromStep()))
                .map(e -> {
                    var s = step(definition, e.toStep());
                    return new PublicCaseView.TimelineEntry(e.occurredAt(), s.publicName(), s.status());
                })
                .toList();
        var institution = institutions.get(c.institutionId());
        return new PublicCaseView(
                institution.name(),
                c.trackingNumber(),
                c.registrationNumber(),
                institution.zone().getId(),
                c.status(),
                step(definition, c.currentStep()).publicName(),
                c.closedAt() == null ? c.stepDueAt() : null,
                c.registeredAt(),
                timeline,
                expectedAnswerBy(c, definition),
                c.publicAnswer() == null
                        ? null
                        : writtenAnswer(definition, history).orElse(c.publicAnswer()),
                c.answeredAt(),
                c.status() == CaseStatus.RETURNED || c.status() == CaseStatus.ARCHIVED
                        ? missingInLatestCheck
                        : List.of(),
                false);
    }

    /**
     * The whole procedure's limit from registration: each step's time limit in SOP order, one after the other, in the
     * institution's working calendar. End states and steps without a limit add nothing.
     */
    Instant expectedAnswerBy(CaseFile c, SopDefinition definition) {
        var limits = definition.steps().stream()
                .filter(s -> !s.terminal() && s.timeLimit() != null)
                .map(StepDefinition::timeLimit)
                .toList();
        if (limits.isEmpty()) {
            return null;
        }
        var calendar = calendars.forInstitution(c.institutionId());
        var due = c.registeredAt();
        for (var limit : limits) {
            due = DeadlineCalculator.dueAt(due, limit, calendar);
        }
        return due;
    }

    /** The latest published answer as staff wrote it (the history keeps it; the case keeps the redacted one). */
    private static Optional<String> writtenAnswer(SopDefinition definition, List<HistoryEntry> history) {
        String answer = null;
        for (var entry : history) {
            for (var transition : definition.transitionsFrom(entry.fromStep() == null ? "" : entry.fromStep())) {
                if (!transition.action().equals(entry.action())) {
                    continue;
                }
                for (var field : transition.fields()) {
                    if (field.effect() == ActionField.FieldEffect.PUBLISH_ANSWER
                            && entry.fields().get(field.name()) instanceof String text
                            && !text.isBlank()) {
                        answer = text;
                    }
                }
            }
        }
        return Optional.ofNullable(answer);
    }

    /** What the latest requirement check found missing, when the case ended returned or archived after it failed. */
    private List<RequirementCheck> missingInLatestCheck(CaseFile c) {
        if (c.status() != CaseStatus.RETURNED && c.status() != CaseStatus.ARCHIVED) {
            return List.of();
        }
        var checks = store.checks(c.id());
        if (checks.isEmpty() || checks.getLast().met()) {
            return List.of();
        }
        return checks.getLast().items().entrySet().stream()
                .filter(item -> !item.getValue())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
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
}
