package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Role;
import id.suara.intake.Redaction;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicates (ADR 0037): the open cases of the same institution that may be about the same matter as a case, and merging
 * a duplicate into its main case, or undoing that.
 *
 * <p>A merged duplicate is closed at the step and status it had, its clock stopped; its complainant keeps their tracking
 * number and follows the main case's progress and answer there ({@link CaseStore#findForComplainant}). Undoing the merge
 * reopens it at that step with the time it had left.
 */
@Service
public class Duplicates {

    /** How many similar cases are suggested at most. */
    public static final int MAX_SUGGESTIONS = 5;

    /** The score from which a case is suggested (measured on a planted set: DuplicateSuggestionQualityTest). */
    public static final double THRESHOLD = 0.35;

    /** How far back similar open cases are looked for. */
    public static final Duration RECENT = Duration.ofDays(90);

    /** How many candidates each index contributes at most before they are scored. */
    private static final int CANDIDATES_PER_INDEX = 40;

    /** Roles that may merge any case of their institution, besides those who may act on its current step. */
    private static final Set<Role> MERGING_ROLES = Set.of(Role.SECRETARY, Role.COMPLAINTS_DIVISION);

    static final String MERGED = "merged";
    static final String DUPLICATE_MERGED = "duplicate-merged";
    static final String MERGE_UNDONE = "merge-undone";
    static final String DUPLICATE_SEPARATED = "duplicate-separated";

    private final CaseLookup lookup;
    private final CaseStore cases;
    private final DuplicateStore store;
    private final SopVersions sops;
    private final AuditLog audit;
    private final Clock clock;

    private final Submissions submissions;
    private final MessageSource messages;
    private final CaseNotices notices;

    Duplicates(
            CaseLookup lookup,
            CaseStore cases,
            DuplicateStore store,
            SopVersions sops,
            AuditLog audit,
            Submissions submissions,
            MessageSource messages,
            Clock clock,
            CaseNotices notices) {
        this.notices = notices;
        this.submissions = submissions;
        this.messages = messages;
        this.lookup = lookup;
        this.cases = cases;
        this.store = store;
        this.sops = sops;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Up to {@link #MAX_SUGGESTIONS} open, unmerged cases of the case's institution registered in the last
     * {@link #RECENT} that the viewer may read, scoring at least {@link #THRESHOLD}, best first.
     */
    @Transactional(readOnly = true)
    public List<SimilarCase> similarTo(UUID caseId, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
        var now = clock.instant();
        var similar =
                store.candidates(caseId, Readership.of(viewer), now.minus(RECENT), now, CANDIDATES_PER_INDEX).stream()
                        .map(Duplicates::scored)
                        .filter(s -> s.score() >= THRESHOLD)
                        .sorted(Comparator.comparingDouble(SimilarCase::score)
                                .reversed()
                                .thenComparing(SimilarCase::registeredAt, Comparator.reverseOrder()))
                        .limit(MAX_SUGGESTIONS)
                        .toList();
        // Other cases' titles are listed as every list shows them; but shown beside a confidential case to someone from
        // whom its complainant's identity is withheld, any part of that identity in them is withheld too (ADR 0008):
        // the same person may have written their name into a similar case.
        var submission = submissions.details(caseId).orElse(null);
        if (similar.isEmpty()
                || submission == null
                || !submission.confidential()
                || submission.anonymous()
                || IdentityHandlers.handles(viewer, c.institutionId())) {
            return similar;
        }
        var redaction = Redaction.of(submission.complainant());
        var hidden =
                messages.getMessage("suara.identity.withheld", null, "Dirahasiakan", LocaleContextHolder.getLocale());
        return similar.stream()
                .map(s -> new SimilarCase(
                        s.id(),
                        s.registrationNumber(),
                        redaction.apply(s.title(), hidden),
                        s.status(),
                        s.registeredAt(),
                        s.score(),
                        s.reasons()))
                .toList();
    }

    /**
     * The score of a candidate (ADR 0037): mostly the overlap of their words, then the likeness of their titles, a
     * bonus for the same respondent and a small one for being registered close in time.
     */
    static SimilarCase scored(DuplicateStore.Candidate c) {
        boolean sameRespondent = c.respondentSimilarity() >= 0.6;
        boolean close = c.daysApart() <= 14;
        double score =
                0.60 * c.textOverlap() + 0.30 * c.titleSimilarity() + (sameRespondent ? 0.10 : 0) + (close ? 0.03 : 0);
        var reasons = new ArrayList<SimilarCase.Reason>();
        if (c.textOverlap() >= 0.3) {
            reasons.add(SimilarCase.Reason.SIMILAR_TEXT);
        }
        if (c.titleSimilarity() >= 0.4) {
            reasons.add(SimilarCase.Reason.SIMILAR_TITLE);
        }
        if (sameRespondent) {
            reasons.add(SimilarCase.Reason.SAME_RESPONDENT);
        }
        if (close) {
            reasons.add(SimilarCase.Reason.CLOSE_IN_TIME);
        }
        return new SimilarCase(
                c.id(),
                c.registrationNumber(),
                c.title(),
                c.status(),
                c.registeredAt(),
                Math.min(1.0, Math.round(score * 1000) / 1000.0),
                List.copyOf(reasons));
    }

    /**
     * The cases merged into a main case, with their submissions: whose complainants are to receive the main case's
     * notifications and answer too (the notification module wires this in).
     */
    @Transactional(readOnly = true)
    public List<MergedCase> mergedInto(UUID mainCaseId) {
        return store.mergedInto(mainCaseId);
    }

    /**
     * What the case page and the API show about a case's merging: the case it is merged into, or the cases merged into
     * it, and whether the viewer may merge it or undo its merge.
     */
    public record MergeInfo(UUID mergedInto, Instant mergedAt, List<MergedCase> merged, boolean mayMerge) {}

    @Transactional(readOnly = true)
    public MergeInfo info(UUID caseId, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
        var state = store.mergeState(caseId).orElseThrow();
        return new MergeInfo(state.mergedInto(), state.mergedAt(), store.mergedInto(caseId), mayMerge(viewer, c));
    }

    /** The registration number of a case, for a link to it (the page that asks has read a case merged into it). */
    @Transactional(readOnly = true)
    public String registrationNumber(UUID caseId) {
        return cases.find(caseId).map(CaseFile::registrationNumber).orElse(null);
    }

    /**
     * Merges the duplicate into the main case: the duplicate is closed as merged, its clock stopped; both histories say
     * so; audited. Refused: a main case that is not given, is the duplicate itself, belongs to another institution, is
     * not readable or is itself merged (422 naming {@code mainCaseId}); a duplicate that is closed or merged, or that
     * other cases are merged into, or changed since {@code version} (409); someone who may not act on it (403).
     */
    @Transactional
    public void merge(UUID duplicateId, UUID mainId, Integer version, String note, StaffMember actor) {
        var duplicate = lookup.visible(duplicateId, actor);
        if (mainId == null) {
            throw InvalidInputException.invalid("mainCaseId", "must be given");
        }
        if (mainId.equals(duplicateId)) {
            throw InvalidInputException.unprocessable("mainCaseId", "A case cannot be merged into itself");
        }
        var main =
                cases.find(mainId).orElseThrow(() -> InvalidInputException.unprocessable("mainCaseId", "No such case"));
        if (!main.institutionId().equals(duplicate.institutionId())) {
            throw InvalidInputException.unprocessable(
                    "mainCaseId", "The main case belongs to another institution: only cases of one institution merge");
        }
        if (cases.findReadable(mainId, Readership.of(actor)).isEmpty()) {
            throw InvalidInputException.unprocessable("mainCaseId", "No such case");
        }
        if (!mayMerge(actor, duplicate)) {
            throw new ForbiddenException("Merging this case needs a role of its current step, or the Secretary's or"
                    + " the complaints division's");
        }
        duplicate.expectVersion(version);
        // the main case first, then the duplicate: two merges crossing each other wait rather than both succeed
        cases.lock(mainId);
        var mainState = store.mergeState(mainId).orElseThrow();
        if (mainState.mergedInto() != null) {
            throw InvalidInputException.unprocessable(
                    "mainCaseId", "The main case is itself merged into another case; merge into that one");
        }
        var state = store.mergeState(duplicateId).orElseThrow();
        if (state.mergedInto() != null) {
            throw new ConflictException("mergedInto", "The case is already merged into another case");
        }
        if (duplicate.closed()) {
            throw new ConflictException("status", "A closed case is not merged");
        }
        if (state.mergedIntoIt() > 0) {
            throw new ConflictException(
                    "mergedInto",
                    "Other cases are merged into this one; undo those merges or merge them elsewhere first");
        }
        var now = clock.instant();
        if (!store.merge(duplicateId, mainId, duplicate.version(), now)) {
            throw new ConflictException(
                    "version", "The case was changed by someone else at the same time; reload it and try again");
        }
        var role = actingRole(actor, duplicate);
        var closed = cases.find(duplicateId).orElseThrow();
        var mergedEntry = entry(
                actor,
                role,
                MERGED,
                duplicate.currentStep(),
                note,
                Map.of("mainCase", main.registrationNumber(), "mainCaseId", mainId.toString()));
        cases.append(closed, List.of(mergedEntry));
        // its complainant learns they now follow the main case; the main case's officers, that it gained one
        notices.recorded(new CaseNotices.Moved(
                duplicate, closed, sops.definition(duplicate.sopVersionId()), List.of(mergedEntry)));
        cases.append(
                main,
                List.of(entry(
                        actor,
                        role,
                        DUPLICATE_MERGED,
                        main.currentStep(),
                        note,
                        Map.of(
                                "duplicateCase",
                                duplicate.registrationNumber(),
                                "duplicateCaseId",
                                duplicateId.toString()))));
        notices.needsAttention(main, "case-merged", duplicateId + ":" + now);
        var details = new LinkedHashMap<String, Object>();
        details.put("mainCaseId", mainId.toString());
        details.put("mainCase", main.registrationNumber());
        details.put("step", duplicate.currentStep());
        details.put("status", duplicate.status().name());
        audit.record(new AuditEvent(
                "case.merged",
                duplicate.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                duplicateId.toString(),
                details));
    }

    /**
     * Undoes a merge: the case is open again at the step and status it had, due after the time it had left when it was
     * merged (nothing is due where its step had no limit); both histories say so; audited. Refused for a case that is
     * not merged or changed since {@code version} (409), or by someone who may not act on it (403).
     */
    @Transactional
    public void undo(UUID duplicateId, Integer version, String note, StaffMember actor) {
        var duplicate = lookup.visible(duplicateId, actor);
        if (!mayMerge(actor, duplicate)) {
            throw new ForbiddenException("Undoing this merge needs a role of the case's step, or the Secretary's or"
                    + " the complaints division's");
        }
        duplicate.expectVersion(version);
        var state = store.mergeState(duplicateId).orElseThrow();
        if (state.mergedInto() == null) {
            throw new ConflictException("mergedInto", "The case is not merged into another case");
        }
        var now = clock.instant();
        Instant due = null;
        if (state.mergedDueAt() != null) {
            var left = Duration.between(state.mergedAt(), state.mergedDueAt());
            due = now.plus(left.isNegative() ? Duration.ZERO : left);
        }
        if (!store.undo(duplicateId, duplicate.version(), due)) {
            throw new ConflictException(
                    "version", "The case was changed by someone else at the same time; reload it and try again");
        }
        var main = cases.find(state.mergedInto()).orElseThrow();
        var reopened = cases.find(duplicateId).orElseThrow();
        var role = actingRole(actor, duplicate);
        cases.append(
                reopened,
                List.of(entry(
                        actor,
                        role,
                        MERGE_UNDONE,
                        duplicate.currentStep(),
                        note,
                        Map.of(
                                "mainCase",
                                main.registrationNumber(),
                                "mainCaseId",
                                main.id().toString()))));
        cases.lock(main.id());
        cases.append(
                main,
                List.of(entry(
                        actor,
                        role,
                        DUPLICATE_SEPARATED,
                        main.currentStep(),
                        note,
                        Map.of(
                                "duplicateCase",
                                duplicate.registrationNumber(),
                                "duplicateCaseId",
                                duplicateId.toString()))));
        var details = new LinkedHashMap<String, Object>();
        details.put("mainCaseId", main.id().toString());
        details.put("mainCase", main.registrationNumber());
        details.put("step", duplicate.currentStep());
        details.put("dueAt", due == null ? null : due.toString());
        audit.record(new AuditEvent(
                "case.merge-undone",
                duplicate.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                duplicateId.toString(),
                details));
    }

    /**
     * Who may merge a case or undo its merge (ADR 0037): whoever may act on its current step (a unit-bound role only for
     * its unit), and the Secretary and the complaints division of its institution, who oversee all its complaints.
     */
    boolean mayMerge(StaffMember actor, CaseFile c) {
        var definition = sops.definition(c.sopVersionId());
        var roles = step(definition, c.currentStep()).roles();
        return actor.mayActAs(roles, c.institutionId(), c.assignedUnitId())
                || actor.mayActAs(MERGING_ROLES, c.institutionId(), c.assignedUnitId());
    }

    private Role actingRole(StaffMember actor, CaseFile c) {
        var roles = step(sops.definition(c.sopVersionId()), c.currentStep()).roles();
        return actor.grants().stream()
                .map(g -> g.role())
                .filter(r -> roles.contains(r) || MERGING_ROLES.contains(r))
                .findFirst()
                .orElse(Role.OFFICER);
    }

    private HistoryEntry entry(
            StaffMember actor, Role role, String action, String step, String note, Map<String, Object> fields) {
        return new HistoryEntry(
                0,
                clock.instant(),
                actor.id(),
                actor.displayName(),
                role,
                action,
                step,
                step,
                note == null || note.isBlank() ? null : note.strip(),
                fields);
    }
}
