package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.calendar.DeadlineCalculator;
import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.IncomingFile;
import id.suara.intake.LaterAttachments;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complainant's side of the conversation (ADR 0036), with the tracking number and access code: adding information
 * while the case is open, answering a request for completion (which pauses the step's clock until the reply), the IKM
 * satisfaction survey after the answer, and an objection to the answer within the institution's window, which reopens
 * the case at the step its SOP names. Staff ask for completion and may withdraw the request.
 */
@Service
public class ComplainantConversation {

    /** Action names in the case history. */
    public static final String COMPLAINANT_ADDED = "complainant-added";

    public static final String COMPLETION_REQUESTED = "completion-requested";
    public static final String COMPLAINANT_REPLIED = "complainant-replied";
    public static final String COMPLETION_WITHDRAWN = "completion-withdrawn";
    public static final String OBJECTED = "complainant-objected";
    public static final String SURVEYED = "survey-submitted";

    /** The objection window when the institution sets none, in calendar days after the answer. */
    public static final int DEFAULT_OBJECTION_DAYS = 14;

    static final int MAX_TEXT = 5000;
    private static final String COMPLAINANT_NAME = "Pengadu";

    private final CaseStore store;
    private final CaseLookup lookup;
    private final SopVersions sops;
    private final InstitutionCalendars calendars;
    private final LaterAttachments attachments;
    private final Submissions submissions;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseNotices notices;

    ComplainantConversation(
            CaseStore store,
            CaseLookup lookup,
            SopVersions sops,
            InstitutionCalendars calendars,
            LaterAttachments attachments,
            Submissions submissions,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock,
            CaseNotices notices) {
        this.notices = notices;
        this.store = store;
        this.lookup = lookup;
        this.sops = sops;
        this.calendars = calendars;
        this.attachments = attachments;
        this.submissions = submissions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the complainant wrote, with the attachments it carried. */
    public record Message(
            UUID id, Instant writtenAt, String text, UUID requestId, List<SubmissionDetails.AttachmentInfo> files) {}

    /**
     * A request for completion.
     *
     * @param remainingMinutes the office time the step had left when its clock paused; null when the step had no due time
     * @param resolution REPLIED, WITHDRAWN or SUPERSEDED (the case moved on first); null while it waits
     */
    public record CompletionRequest(
            UUID id,
            String step,
            String question,
            String askedByName,
            Instant askedAt,
            Instant dueAtPause,
            Long remainingMinutes,
            Instant resumedAt,
            String resolution) {

        public boolean open() {
            return resumedAt == null;
        }

        /** How long the complainant took, or has taken so far. */
        public Duration waited(Instant now) {
            return Duration.between(askedAt, resumedAt == null ? now : resumedAt);
        }
    }

    /**
     * What the complainant may do now, for the tracking page and API.
     *
     * @param question the pending request for completion, if the case waits for the complainant
     * @param mayAddInformation whether the case is open
     * @param surveyDone whether the survey was filled in; {@code maySurvey} whether it can be now
     * @param objectionDeadline the end of the objection window, when the case has an answer
     * @param mayObject whether an objection is accepted now
     */
    public record ForComplainant(
            Optional<Question> question,
            boolean mayAddInformation,
            boolean maySurvey,
            boolean surveyDone,
            Instant objectionDeadline,
            boolean mayObject,
            List<Message> messages) {}

    /**
     * What staff see on the case page.
     *
     * @param waitingTotal the time the complainant took over all requests (counted separately from the office's time)
     * @param reopenCount how often an objection reopened the case
     * @param mayRequest whether the viewer may ask for completion now
     */
    public record ForStaff(
            List<Message> messages,
            List<CompletionRequest> requests,
            Optional<CompletionRequest> pending,
            Duration waitingTotal,
            int reopenCount,
            boolean mayRequest,
            Optional<Survey> survey,
            List<Objection> objections) {}

    /** A request for completion as the complainant sees it: the question and when it was asked (not by whom). */
    public record Question(String question, Instant askedAt) {}

    /** A filled-in survey. */
    public record Survey(Instant submittedAt, Map<IkmElement, Integer> scores, boolean solved, String comment) {}

    /** An objection to the answer. */
    public record Objection(UUID id, Instant objectedAt, String reason, String fromStep, String reopenStep) {}

    /** The survey as the complainant fills it in: a score 1–4 for each of U1..U9, whether it solved it, a comment. */
    public record SurveyAnswers(Map<IkmElement, Integer> scores, Boolean solved, String comment) {}

    // ------------------------------------------------------------------ the complainant

    /**
     * Adds information or attachments to an open case, appended to its history ({@value #COMPLAINANT_ADDED}); when the
     * case waits for the complainant this is their reply, which resumes the step's clock.
     *
     * @throws NotFoundException for an unknown tracking number or a wrong access code (indistinguishable)
     * @throws ConflictException naming {@code text} when the case is closed
     */
    @Transactional
    public Message addInformation(
            String trackingNumber, String accessCode, String text, List<? extends IncomingFile> files) {
        var c = complainantsCase(trackingNumber, accessCode);
        var body = requiredText("text", text);
        attachments.check(files);
        if (c.closed()) {
            throw new ConflictException(
                    "text",
                    "The case is closed; information can be added only while it is open. Object to the answer"
                            + " instead if it did not solve your complaint");
        }
        var pending = pending(c);
        if (pending.isPresent()) {
            return replied(c, pending.get(), body, files);
        }
        var now = clock.instant();
        var stored = attachments.attach(c.id(), files, now);
        var message = new Message(UUID.randomUUID(), now, body, null, stored);
        insertMessage(c.id(), message);
        store.append(c, List.of(complainantEntry(c, now, COMPLAINANT_ADDED, body, fileFields(stored))));
        notifyStepOfficers(c, message, "complainant-added-information");
        return message;
    }

    /**
     * Answers the pending request for completion: the step's clock resumes with the office time it had left, counted
     * from now in the institution's calendar ({@link DeadlineCalculator}).
     *
     * @throws ConflictException naming {@code text} when the case does not wait for the complainant
     */
    @Transactional
    public Message reply(String trackingNumber, String accessCode, String text, List<? extends IncomingFile> files) {
        var c = complainantsCase(trackingNumber, accessCode);
        var body = requiredText("text", text);
        attachments.check(files);
        var pending = c.closed() ? Optional.<CompletionRequest>empty() : pending(c);
        if (pending.isEmpty()) {
            throw new ConflictException("text", "The case does not wait for an answer from you");
        }
        return replied(c, pending.get(), body, files);
    }

    private Message replied(CaseFile c, CompletionRequest request, String body, List<? extends IncomingFile> files) {
        var now = clock.instant();
        var stored = attachments.attach(c.id(), files, now);
        var message = new Message(UUID.randomUUID(), now, body, request.id(), stored);
        insertMessage(c.id(), message);
        var resumed = resume(c, request, now, "REPLIED");
        var fields = new LinkedHashMap<String, Object>(fileFields(stored));
        fields.put("requestId", request.id().toString());
        fields.put("waitedMinutes", request.waited(now).toMinutes());
        store.append(resumed, List.of(complainantEntry(resumed, now, COMPLAINANT_REPLIED, body, fields)));
        notifyStepOfficers(resumed, message, "complainant-replied");
        return message;
    }

    /**
     * Fills in the satisfaction survey, once per case, after the case has a published answer.
     *
     * @throws ConflictException naming {@code survey} when the case has no answer yet or was already rated
     */
    @Transactional
    public Survey submitSurvey(String trackingNumber, String accessCode, SurveyAnswers answers) {
        var c = complainantsCase(trackingNumber, accessCode);
        var errors = new ArrayList<InvalidInputException.FieldError>();
        var scores = new EnumMap<IkmElement, Integer>(IkmElement.class);
        for (var element : IkmElement.values()) {
            var score = answers == null || answers.scores() == null
                    ? null
                    : answers.scores().get(element);
            if (score == null || score < 1 || score > 4) {
                errors.add(new InvalidInputException.FieldError("scores." + element, "Score each element from 1 to 4"));
            } else {
                scores.put(element, score);
            }
        }
        if (answers == null || answers.solved() == null) {
            errors.add(new InvalidInputException.FieldError("solved", "Say whether the answer solved it"));
        }
        var comment = answers == null
                        || answers.comment() == null
                        || answers.comment().isBlank()
                ? null
                : answers.comment().strip();
        if (comment != null && comment.length() > MAX_TEXT) {
            errors.add(new InvalidInputException.FieldError("comment", "At most " + MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (c.answeredAt() == null) {
            throw new ConflictException("survey", "The survey opens once your complaint has been answered");
        }
        var now = clock.instant();
        int inserted = jdbc.sql("""
                insert into satisfaction_survey (case_id, institution_id, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8,
                    u9, solved, comment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_id) do nothing""")
                .params(
                        c.id(),
                        c.institutionId(),
                        Timestamp.from(now),
                        scores.get(IkmElement.U1),
                        scores.get(IkmElement.U2),
                        scores.get(IkmElement.U3),
                        scores.get(IkmElement.U4),
                        scores.get(IkmElement.U5),
                        scores.get(IkmElement.U6),
                        scores.get(IkmElement.U7),
                        scores.get(IkmElement.U8),
                        scores.get(IkmElement.U9),
                        answers.solved(),
                        comment)
                .update();
        if (inserted == 0) {
            throw new ConflictException("survey", "The survey of this case has already been filled in");
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put("solved", answers.solved());
        store.append(c, List.of(complainantEntry(c, now, SURVEYED, comment, fields)));
        return new Survey(now, Map.copyOf(scores), answers.solved(), comment);
    }

    /**
     * Objects to the answer within the institution's window after it: the case reopens at the step its SOP names
     * ({@link id.suara.sop.SopDefinition#stepToReopenAt()}), with that step's status and a new due time, and is no
     * longer closed. Any complainant may object after the answer, whether or not they filled in the survey (ADR 0036).
     *
     * @throws ConflictException naming {@code reason} before the answer, or after the window (with its deadline)
     */
    @Transactional
    public Objection object(String trackingNumber, String accessCode, String reason) {
        var c = complainantsCase(trackingNumber, accessCode);
        var text = requiredText("reason", reason);
        if (c.answeredAt() == null) {
            throw new ConflictException("reason", "An objection can be made only to an answer; this case has none yet");
        }
        boolean alreadyObjected = jdbc.sql(
                        "select exists (select 1 from case_objection where case_id = ? and objected_at >= ?)")
                .params(c.id(), Timestamp.from(c.answeredAt()))
                .query(Boolean.class)
                .single();
        if (alreadyObjected) {
            throw new ConflictException(
                    "reason", "You already objected to this answer; the case was reopened and will be answered again");
        }
        var deadline = objectionDeadline(c);
        var now = clock.instant();
        if (now.isAfter(deadline)) {
            throw new ConflictException(
                    "reason",
                    "The time to object ended on " + deadline + " (" + objectionDays(c.institutionId())
                            + " days after the answer)");
        }
        var definition = sops.definition(c.sopVersionId());
        var target = definition
                .stepToReopenAt()
                .orElseThrow(() -> new ConflictException("reason", "This procedure cannot reopen a case"));
        var due = target.timeLimit() == null
                ? null
                : DeadlineCalculator.dueAt(now, target.timeLimit(), calendars.forInstitution(c.institutionId()));
        var reopened = new CaseFile(
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
                due,
                c.assignedUnitId(),
                c.publicAnswer(),
                c.answeredAt(),
                c.audienceRequestedFor(),
                c.registeredAt(),
                null,
                c.version() + 1,
                c.category());
        if (!store.update(reopened, c.version())) {
            throw new ConflictException("version", "The case was changed at the same time; try again");
        }
        closeOpenRequest(c, now, "SUPERSEDED");
        var objection = new Objection(UUID.randomUUID(), now, text, c.currentStep(), target.code());
        jdbc.sql("""
                insert into case_objection (id, case_id, institution_id, objected_at, reason, from_step, reopen_step)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        objection.id(),
                        c.id(),
                        c.institutionId(),
                        Timestamp.from(now),
                        text,
                        c.currentStep(),
                        target.code())
                .update();
        var entry = new HistoryEntry(
                0,
                now,
                null,
                COMPLAINANT_NAME,
                Role.COMPLAINANT,
                OBJECTED,
                c.currentStep(),
                target.code(),
                text,
                Map.of("reopened", true));
        store.append(reopened, List.of(entry));
        // the complainant hears the case is reopened; the officers of the step it reopened at, why
        notices.recorded(new CaseNotices.Moved(c, reopened, definition, List.of(entry)));
        notices.needsAttention(reopened, "objection", objection.id().toString());
        audit.record(new AuditEvent(
                "case.reopened",
                c.institutionId(),
                null,
                "public",
                "case",
                c.id().toString(),
                Map.of(
                        "fromStep",
                        c.currentStep(),
                        "toStep",
                        target.code(),
                        "objectionId",
                        objection.id().toString())));
        return objection;
    }

    /** What the complainant may do now and what they wrote, for the tracking page and API. */
    @Transactional
    public ForComplainant forComplainant(String trackingNumber, String accessCode) {
        var c = complainantsCase(trackingNumber, accessCode);
        var now = clock.instant();
        boolean surveyDone = survey(c.id()).isPresent();
        var deadline = c.answeredAt() == null ? null : objectionDeadline(c);
        return new ForComplainant(
                c.closed() ? Optional.empty() : pending(c).map(r -> new Question(r.question(), r.askedAt())),
                !c.closed(),
                c.answeredAt() != null && !surveyDone,
                surveyDone,
                deadline,
                deadline != null && !now.isAfter(deadline),
                messages(c.id()));
    }

    // ------------------------------------------------------------------ staff

    /**
     * Asks the complainant for something at the case's current step; the step's clock pauses, keeping the office time it
     * had left. Only staff who may act at the step may ask.
     *
     * @throws ConflictException naming {@code question} when the case is closed or already waits for the complainant
     */
    @Transactional
    public CompletionRequest requestCompletion(UUID caseId, String question, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var text = requiredText("question", question);
        var step = step(sops.definition(c.sopVersionId()), c.currentStep());
        if (!actor.mayActAs(step.roles(), c.institutionId(), c.assignedUnitId())) {
            throw new ForbiddenException("Only staff who act at this step may ask the complainant for completion");
        }
        store.lock(c.id());
        c = store.find(c.id()).orElseThrow();
        if (c.closed()) {
            throw new ConflictException("question", "The case is closed");
        }
        settleStale(c);
        if (pending(c).isPresent()) {
            throw new ConflictException("question", "The case already waits for the complainant's answer");
        }
        var now = clock.instant();
        Long remaining = c.stepDueAt() == null
                ? null
                : DeadlineCalculator.officeTimeBetween(now, c.stepDueAt(), calendars.forInstitution(c.institutionId()))
                        .toMinutes();
        var request = new CompletionRequest(
                UUID.randomUUID(),
                c.currentStep(),
                text,
                actor.displayName(),
                now,
                c.stepDueAt(),
                remaining,
                null,
                null);
        jdbc.sql("""
                insert into completion_request (id, case_id, step, question, asked_by, asked_by_name, asked_at,
                    step_entered_at, due_at_pause, remaining_minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        request.id(),
                        c.id(),
                        request.step(),
                        text,
                        actor.id(),
                        actor.displayName(),
                        Timestamp.from(now),
                        Timestamp.from(c.stepEnteredAt()),
                        c.stepDueAt() == null ? null : Timestamp.from(c.stepDueAt()),
                        remaining)
                .update();
        var paused = withDue(c, null);
        if (!store.update(paused, c.version())) {
            throw new ConflictException("version", "The case was changed at the same time; reload it and try again");
        }
        var fields = new LinkedHashMap<String, Object>();
        fields.put("requestId", request.id().toString());
        if (remaining != null) {
            fields.put("remainingMinutes", remaining);
        }
        var asked = new HistoryEntry(
                0,
                now,
                actor.id(),
                actor.displayName(),
                actingRole(actor, step.roles()),
                COMPLETION_REQUESTED,
                c.currentStep(),
                c.currentStep(),
                text,
                fields);
        store.append(paused, List.of(asked));
        // the complainant is told what is asked of them (never who asked)
        notices.recorded(new CaseNotices.Moved(c, paused, sops.definition(c.sopVersionId()), List.of(asked)));
        audit.record(new AuditEvent(
                "case.completion-requested",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("requestId", request.id().toString())));
        return request;
    }

    /** Withdraws the pending request for completion: the clock resumes as on a reply. */
    @Transactional
    public void withdrawRequest(UUID caseId, StaffMember actor) {
        var c = lookup.visible(caseId, actor);
        var step = step(sops.definition(c.sopVersionId()), c.currentStep());
        if (!actor.mayActAs(step.roles(), c.institutionId(), c.assignedUnitId())) {
            throw new ForbiddenException("Only staff who act at this step may withdraw the request");
        }
        store.lock(c.id());
        c = store.find(c.id()).orElseThrow();
        settleStale(c);
        var pending = c.closed() ? Optional.<CompletionRequest>empty() : pending(c);
        if (pending.isEmpty()) {
            throw new ConflictException("request", "The case does not wait for the complainant");
        }
        var now = clock.instant();
        var resumed = resume(c, pending.get(), now, "WITHDRAWN");
        store.append(
                resumed,
                List.of(new HistoryEntry(
                        0,
                        now,
                        actor.id(),
                        actor.displayName(),
                        actingRole(actor, step.roles()),
                        COMPLETION_WITHDRAWN,
                        c.currentStep(),
                        c.currentStep(),
                        null,
                        Map.of("requestId", pending.get().id().toString()))));
        audit.record(new AuditEvent(
                "case.completion-withdrawn",
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("requestId", pending.get().id().toString())));
    }

    /** The conversation as staff see it on the case page and in the API. */
    @Transactional(readOnly = true)
    public ForStaff forStaff(UUID caseId, StaffMember viewer) {
        var c = lookup.visible(caseId, viewer);
        var now = clock.instant();
        var requests = requests(c.id());
        var pending = c.closed() ? Optional.<CompletionRequest>empty() : pending(c);
        var waited = Duration.ZERO;
        for (var request : requests) {
            if (request.open() && (pending.isEmpty() || !pending.get().id().equals(request.id()))) {
                continue; // superseded by a move, not yet settled: its end is not known here
            }
            waited = waited.plus(request.waited(now));
        }
        var step = step(sops.definition(c.sopVersionId()), c.currentStep());
        var objections = objections(c.id());
        return new ForStaff(
                messages(c.id()),
                requests,
                pending,
                waited,
                objections.size(),
                !c.closed()
                        && pending.isEmpty()
                        && viewer.mayActAs(step.roles(), c.institutionId(), c.assignedUnitId()),
                survey(c.id()),
                objections);
    }

    /** How often each of these cases was reopened by an objection; cases never reopened are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> reopenCounts(Collection<UUID> caseIds) {
        var counts = new HashMap<UUID, Integer>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select case_id, count(*) as n from case_objection where case_id in (:ids) group by case_id")
                .param("ids", caseIds)
                .query(rs -> {
                    counts.put(rs.getObject("case_id", UUID.class), rs.getInt("n"));
                });
        return counts;
    }

    // ------------------------------------------------------------------ settings and the index

    /** The institution's objection window in calendar days after the answer. */
    @Transactional(readOnly = true)
    public int objectionDays(UUID institutionId) {
        return jdbc.sql("select objection_days from complainant_settings where institution_id = ?")
                .param(institutionId)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_OBJECTION_DAYS);
    }

    /** Sets the objection window: 1 to 90 days; only the institution's administrators may. */
    @Transactional
    public int setObjectionDays(UUID institutionId, Integer days, StaffMember actor) {
        if (!actor.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators may set the objection window");
        }
        if (days == null || days < 1 || days > 90) {
            throw InvalidInputException.invalid("objectionDays", "must be 1 to 90 days");
        }
        jdbc.sql("""
                insert into complainant_settings (institution_id, objection_days) values (?, ?)
                on conflict (institution_id) do update set objection_days = excluded.objection_days""").params(institutionId, days).update();
        audit.record(new AuditEvent(
                "institution.objection-window-set",
                institutionId,
                actor.id(),
                actor.username(),
                "institution",
                institutionId.toString(),
                Map.of("objectionDays", days)));
        return days;
    }

    /** The grouping of the IKM within a year. */
    public enum Period {
        YEAR,
        QUARTER,
        MONTH
    }

    /**
     * The IKM of one period.
     *
     * @param number the quarter (1–4) or month (1–12); 0 for the whole year
     */
    public record PeriodIndex(int year, Period period, int number, SatisfactionIndex index) {}

    /**
     * The IKM of an institution for each period of a year (by the survey's date in the institution's zone), also the
     * periods without responses (their index has no value).
     */
    @Transactional(readOnly = true)
    public List<PeriodIndex> satisfaction(UUID institutionId, int year, Period period) {
        int count = switch (period) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        // from the monitoring tally's monthly rows (ADR 0038): its IKM figure counts each questionnaire ("n") and adds
        // its scores ("U1".."U9") on the day it was returned in the institution's zone, kept by a trigger, so that a
        // portal page reads a dozen rows per institution instead of summing a year of questionnaires
        var sums = new HashMap<Integer, long[]>();
        jdbc.sql("""
                        select extract(month from day)::int as month, value, sum(n) as n from monitoring_tally_month
                        where institution_id = :institution and unit_id = '00000000-0000-0000-0000-000000000000'
                          and day >= :from and day < :to and figure = 'ikm'
                        group by month, value""")
                .param("institution", institutionId)
                .param("from", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(rs -> {
                    int month = rs.getInt("month");
                    int bucket = switch (period) {
                        case YEAR -> 0;
                        case QUARTER -> (month - 1) / 3 + 1;
                        case MONTH -> month;
                    };
                    var value = rs.getString("value");
                    int slot = value.equals("n") ? 0 : IkmElement.valueOf(value).ordinal() + 1;
                    sums.computeIfAbsent(bucket, b -> new long[10])[slot] += rs.getLong("n");
                });
        var out = new ArrayList<PeriodIndex>();
        for (int n = period == Period.YEAR ? 0 : 1; n <= (period == Period.YEAR ? 0 : count); n++) {
            var row = sums.get(n);
            if (row == null) {
                out.add(new PeriodIndex(year, period, n, SatisfactionIndex.fromSums(0, Map.of())));
                continue;
            }
            var elementSums = new EnumMap<IkmElement, Long>(IkmElement.class);
            for (var element : IkmElement.values()) {
                elementSums.put(element, row[element.ordinal() + 1]);
            }
            out.add(new PeriodIndex(year, period, n, SatisfactionIndex.fromSums(row[0], elementSums)));
        }
        return out;
    }

    /**
     * Objected and reopened cases of an institution, for the public statistics.
     *
     * @param objections how many objections were made
     * @param reopenedCases how many distinct cases were reopened by one
     */
    public record ObjectionCounts(long objections, long reopenedCases) {}

    @Transactional(readOnly = true)
    public ObjectionCounts objectionCounts(UUID institutionId) {
        return jdbc.sql("select count(*) as n, count(distinct case_id) as cases from case_objection"
                        + " where institution_id = ?")
                .param(institutionId)
                .query((rs, n) -> new ObjectionCounts(rs.getLong("n"), rs.getLong("cases")))
                .single();
    }

    // ------------------------------------------------------------------ the integration point

    /**
     * Tells the officers of the case's current step that the complainant wrote (added information or replied). Called
     * in the transaction that stores what they wrote.
     */
    void notifyStepOfficers(CaseFile c, Message message, String reasonKey) {
        notices.needsAttention(c, reasonKey, message.id().toString());
    }

    // ------------------------------------------------------------------ internals

    /** The case of the complainant who knows the number and the code, locked until the transaction ends. */
    private CaseFile complainantsCase(String trackingNumber, String accessCode) {
        var canonical = Submissions.canonicalTrackingNumber(trackingNumber == null ? "" : trackingNumber.strip());
        var found =
                canonical == null ? Optional.<CaseStore.ForComplainant>empty() : store.findForComplainant(canonical);
        if (!Submissions.accessCodeMatches(
                accessCode == null ? null : accessCode.strip(),
                found.map(CaseStore.ForComplainant::accessCodeHash).orElse(null))) {
            throw new NotFoundException("No submission with this tracking number and access code");
        }
        var id = found.get().caseFile().id();
        store.lock(id);
        var c = store.find(id).orElseThrow();
        settleStale(c);
        return c;
    }

    private static String requiredText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.invalid(field, "must not be blank");
        }
        var stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw InvalidInputException.invalid(field, "At most " + MAX_TEXT + " characters");
        }
        return stripped;
    }

    /** The open request of the case's current step, if the case waits for the complainant there. */
    /**
     * Since when the case waits for the complainant's answer to a request for completion at its current step (its
     * clock paused); null when it does not wait. For a page that already showed the case to its reader.
     */
    @Transactional(readOnly = true)
    public Instant waitingSince(UUID caseId) {
        return jdbc.sql("""
                        select r.asked_at from completion_request r join case_file c on c.id = r.case_id
                        where r.case_id = ? and r.resumed_at is null and r.step = c.current_step
                            and r.step_entered_at = c.step_entered_at""")
                .param(caseId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }

    private Optional<CompletionRequest> pending(CaseFile c) {
        return jdbc.sql("""
                select * from completion_request where case_id = ? and resumed_at is null and step = ?
                    and step_entered_at = ?""")
                .params(c.id(), c.currentStep(), Timestamp.from(c.stepEnteredAt()))
                .query(ComplainantConversation::request)
                .optional();
    }

    /**
     * Closes an open request whose step the case has left (staff moved it on while it waited): superseded, ended at the
     * first move after it was asked.
     */
    private void settleStale(CaseFile c) {
        jdbc.sql("""
                update completion_request r set resolution = 'SUPERSEDED',
                    resumed_at = coalesce((select min(e.occurred_at) from case_event e where e.case_id = r.case_id
                        and e.occurred_at >= r.asked_at and e.from_step is distinct from e.to_step), r.asked_at)
                where r.case_id = ? and r.resumed_at is null
                    and not (r.step = ? and r.step_entered_at = ?)""")
                .params(c.id(), c.currentStep(), Timestamp.from(c.stepEnteredAt()))
                .update();
    }

    private void closeOpenRequest(CaseFile c, Instant now, String resolution) {
        jdbc.sql(
                        "update completion_request set resumed_at = ?, resolution = ? where case_id = ? and resumed_at is null")
                .params(Timestamp.from(now), resolution, c.id())
                .update();
    }

    /**
     * The case with its clock running again: due after the office time it had left, counted from {@code now} in the
     * institution's calendar; a step that had no due time stays without one.
     */
    private CaseFile resume(CaseFile c, CompletionRequest request, Instant now, String resolution) {
        Instant due = null;
        if (request.remainingMinutes() != null) {
            due = DeadlineCalculator.dueAt(
                    now,
                    TimeLimit.minutes(Math.toIntExact(Math.min(Integer.MAX_VALUE, request.remainingMinutes()))),
                    calendars.forInstitution(c.institutionId()));
        }
        jdbc.sql("update completion_request set resumed_at = ?, resolution = ? where id = ?")
                .params(Timestamp.from(now), resolution, request.id())
                .update();
        var resumed = withDue(c, due);
        if (!store.update(resumed, c.version())) {
            throw new ConflictException("version", "The case was changed at the same time; try again");
        }
        return resumed;
    }

    private static CaseFile withDue(CaseFile c, Instant due) {
        return new CaseFile(
                c.id(),
                c.institutionId(),
                c.kind(),
                c.channel(),
                c.registrationNumber(),
                c.trackingNumber(),
                c.title(),
                c.sopVersionId(),
                c.currentStep(),
                c.status(),
                c.stepEnteredAt(),
                due,
                c.assignedUnitId(),
                c.publicAnswer(),
                c.answeredAt(),
                c.audienceRequestedFor(),
                c.registeredAt(),
                c.closedAt(),
                c.version() + 1,
                c.category());
    }

    private Instant objectionDeadline(CaseFile c) {
        var calendar = calendars.forInstitution(c.institutionId());
        // the end of the last day of the window, in the institution's zone
        return c.answeredAt()
                .atZone(calendar.zone())
                .toLocalDate()
                .plusDays(objectionDays(c.institutionId()) + 1L)
                .atStartOfDay(calendar.zone())
                .toInstant()
                .minusMillis(1);
    }

    private static HistoryEntry complainantEntry(
            CaseFile c, Instant now, String action, String note, Map<String, Object> fields) {
        return new HistoryEntry(
                0,
                now,
                null,
                COMPLAINANT_NAME,
                Role.COMPLAINANT,
                action,
                c.currentStep(),
                c.currentStep(),
                note,
                fields);
    }

    private static Map<String, Object> fileFields(List<SubmissionDetails.AttachmentInfo> stored) {
        if (stored.isEmpty()) {
            return Map.of();
        }
        return Map.of(
                "files",
                String.join(
                        ", ",
                        stored.stream()
                                .map(SubmissionDetails.AttachmentInfo::fileName)
                                .toList()));
    }

    private static Role actingRole(StaffMember actor, List<Role> roles) {
        return actor.grants().stream()
                .map(g -> g.role())
                .filter(roles::contains)
                .findFirst()
                .orElse(Role.SYSTEM);
    }

    private void insertMessage(UUID caseId, Message message) {
        jdbc.sql("""
                insert into complainant_message (id, case_id, request_id, written_at, text, attachment_ids)
                values (?, ?, ?, ?, ?, ?::uuid[])""")
                .params(
                        message.id(),
                        caseId,
                        message.requestId(),
                        Timestamp.from(message.writtenAt()),
                        message.text(),
                        "{"
                                + String.join(
                                        ",",
                                        message.files().stream()
                                                .map(f -> f.id().toString())
                                                .toList())
                                + "}")
                .update();
    }

    private List<Message> messages(UUID caseId) {
        var files = new HashMap<UUID, SubmissionDetails.AttachmentInfo>();
        jdbc.sql("select * from attachment where submission_id = ?")
                .param(caseId)
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    files.put(
                            id,
                            new SubmissionDetails.AttachmentInfo(
                                    id,
                                    rs.getString("file_name"),
                                    rs.getString("media_type"),
                                    rs.getLong("size_bytes"),
                                    rs.getString("sha256"),
                                    rs.getBoolean("internal")));
                });
        return jdbc.sql("select * from complainant_message where case_id = ? order by written_at, id")
                .param(caseId)
                .query((rs, n) -> {
                    var ids = (UUID[]) rs.getArray("attachment_ids").getArray();
                    var attached = new ArrayList<SubmissionDetails.AttachmentInfo>();
                    for (var id : ids) {
                        if (files.containsKey(id)) {
                            attached.add(files.get(id));
                        }
                    }
                    return new Message(
                            rs.getObject("id", UUID.class),
                            rs.getTimestamp("written_at").toInstant(),
                            rs.getString("text"),
                            rs.getObject("request_id", UUID.class),
                            List.copyOf(attached));
                })
                .list();
    }

    private List<CompletionRequest> requests(UUID caseId) {
        return jdbc.sql("select * from completion_request where case_id = ? order by asked_at")
                .param(caseId)
                .query(ComplainantConversation::request)
                .list();
    }

    private static CompletionRequest request(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var remaining = rs.getObject("remaining_minutes");
        return new CompletionRequest(
                rs.getObject("id", UUID.class),
                rs.getString("step"),
                rs.getString("question"),
                rs.getString("asked_by_name"),
                rs.getTimestamp("asked_at").toInstant(),
                instant(rs.getTimestamp("due_at_pause")),
                remaining == null ? null : ((Number) remaining).longValue(),
                instant(rs.getTimestamp("resumed_at")),
                rs.getString("resolution"));
    }

    private Optional<Survey> survey(UUID caseId) {
        return jdbc.sql("select * from satisfaction_survey where case_id = ?")
                .param(caseId)
                .query((rs, n) -> {
                    var scores = new EnumMap<IkmElement, Integer>(IkmElement.class);
                    for (var element : IkmElement.values()) {
                        scores.put(element, rs.getInt(element.name().toLowerCase(java.util.Locale.ROOT)));
                    }
                    return new Survey(
                            rs.getTimestamp("submitted_at").toInstant(),
                            Map.copyOf(scores),
                            rs.getBoolean("solved"),
                            rs.getString("comment"));
                })
                .optional();
    }

    private List<Objection> objections(UUID caseId) {
        return jdbc.sql("select * from case_objection where case_id = ? order by objected_at")
                .param(caseId)
                .query((rs, n) -> new Objection(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("objected_at").toInstant(),
                        rs.getString("reason"),
                        rs.getString("from_step"),
                        rs.getString("reopen_step")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
