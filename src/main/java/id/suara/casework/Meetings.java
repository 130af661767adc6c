package id.suara.casework;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.Letter;
import id.suara.documents.LetterDraft;
import id.suara.documents.Letters;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.Redaction;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.PageFormat;
import id.suara.staff.StaffAccounts;
import id.suara.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings and their records (ADR 0028): a meeting of an institution's organ or unit discussing cases, its invitees and
 * logistics (000 step 5), its attendance list and minutes issued as documents (001 step 10, 000 step 6), and its
 * invitation, berita acara and report drafted from it as letters of its first case (000 steps 4 and 7, 001 steps 9–15).
 *
 * <p>Who reads a meeting: staff of its institution; staff whose roles are all unit-bound (organ members, liaison
 * officers) only the meetings their unit holds or that discuss a case they read, and of its cases only those. Who
 * changes it: staff of its institution other than auditors, unit-bound roles only for their unit's meetings.
 */
@Service
public class Meetings {

    /** The logistics items of 000 step 5, and any other. */
    public static final List<String> LOGISTICS_ITEMS =
            List.of("ROOM", "MATERIALS", "ATTENDANCE_LIST", "CATERING", "OTHER");

    private static final Pattern CLOCK_TIME = Pattern.compile("([01]?\\d|2[0-3])[.:][0-5]\\d");

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final Institutions institutions;
    private final Submissions submissions;
    private final StaffAccounts staff;
    private final Documents documents;
    private final CaseLetters caseLetters;
    private final Letters letters;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Meetings(
            JdbcClient jdbc,
            CaseStore store,
            Institutions institutions,
            Submissions submissions,
            StaffAccounts staff,
            Documents documents,
            CaseLetters caseLetters,
            Letters letters,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.institutions = institutions;
        this.submissions = submissions;
        this.staff = staff;
        this.documents = documents;
        this.caseLetters = caseLetters;
        this.letters = letters;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** History actions of meetings on the cases they discuss; they do not move the case. */
    public static final String SCHEDULED = "meeting-scheduled";

    public static final String CHANGED = "meeting-changed";
    public static final String RESCHEDULED = "meeting-rescheduled";
    public static final String CANCELLED = "meeting-cancelled";
    public static final String CASE_ADDED = "meeting-case-added";
    public static final String CASE_REMOVED = "meeting-case-removed";

    /** The fields of a meeting an edit may change, in the order the page shows them. */
    public static final List<String> EDITABLE =
            List.of("kind", "title", "agenda", "startsAt", "place", "chair", "unit", "invitees");

    /**
     * A meeting to hold.
     *
     * @param startsAt its date and time (with the offset, e.g. {@code 2026-12-14T09:00+07:00})
     * @param invitees one per line: "Name; Position / institution"
     */
    public record NewMeeting(
            MeetingKind kind,
            String title,
            String agenda,
            OffsetDateTime startsAt,
            String place,
            String chair,
            UUID unitId,
            List<UUID> caseIds,
            String invitees) {}

    /**
     * A meeting's details as they are to be from now on (every field; those left out are cleared, the required ones
     * refused). A new {@code startsAt} moves the meeting (postponed or brought forward) and needs a {@code reason}.
     *
     * @param version the meeting's version the change was made on; another one is refused (409)
     */
    public record MeetingEdit(
            MeetingKind kind,
            String title,
            String agenda,
            OffsetDateTime startsAt,
            String place,
            String chair,
            UUID unitId,
            String invitees,
            String reason,
            Integer version) {}

    /** Why a meeting is cancelled, or a case removed from it, and the version of the meeting it was decided on. */
    public record Withdrawal(String reason, Integer version) {}

    /** A logistics item to add: an owner (a staff account or a name), a due date. */
    public record NewLogisticsItem(String item, String description, UUID ownerId, String ownerName, LocalDate dueOn) {}

    /**
     * What the drafter gives for a letter drafted from a meeting; what is left out is filled in from the meeting.
     *
     * @param content further parts; they win over those taken from the meeting
     */
    public record MeetingLetterRequest(
            DocumentType type,
            String subject,
            String addressee,
            String addresseePlace,
            String body,
            UUID signatoryId,
            Map<String, String> content) {}

    private record Row(
            UUID id,
            UUID institutionId,
            MeetingKind kind,
            String title,
            String agenda,
            Instant startsAt,
            String place,
            String chair,
            UUID unitId,
            String invitees,
            String minutes,
            Instant createdAt,
            int version,
            String status,
            Instant cancelledAt,
            String cancelReason) {

        boolean scheduled() {
            return Meeting.SCHEDULED.equals(status);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // reading

    /** The meetings of the reader's institution they may read, newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> list(StaffMember reader) {
        if (reader.institutionId() == null) {
            return List.of();
        }
        return jdbc
                .sql("select * from meeting where institution_id = ? order by starts_at desc limit 500")
                .param(reader.institutionId())
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .filter(row -> readable(row, reader))
                .map(row -> view(row, reader))
                .toList();
    }

    /** The meetings that discuss a case, oldest first. */
    @Transactional(readOnly = true)
    public List<Meeting> listForCase(UUID caseId, StaffMember reader) {
        var c = visibleCase(caseId, reader);
        return jdbc
                .sql("select m.* from meeting m join meeting_case mc on mc.meeting_id = m.id where mc.case_id = ?"
                        + " order by m.starts_at")
                .param(c.id())
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(row -> view(row, reader))
                .toList();
    }

    /** One meeting, if the reader may read it; otherwise as a meeting that does not exist. */
    @Transactional(readOnly = true)
    public Meeting get(UUID meetingId, StaffMember reader) {
        return view(readableRow(meetingId, reader), reader);
    }

    /**
     * A new meeting for a case as its form starts: the forum, time and unit the case's SOP recorded (Pekalongan's
     * {@code schedule}: {@code forum}, {@code meetingAt}, {@code assignedUnit}), the case's title.
     */
    @Transactional(readOnly = true)
    public NewMeeting proposedFor(UUID caseId, StaffMember reader) {
        var c = visibleCase(caseId, reader);
        MeetingKind kind = null;
        OffsetDateTime startsAt = null;
        var history = store.history(c.id());
        for (int i = history.size() - 1; i >= 0 && (kind == null || startsAt == null); i--) {
            var fields = history.get(i).fields();
            if (fields == null) {
                continue;
            }
            if (kind == null && fields.get("forum") instanceof String forum) {
                kind = Arrays.stream(MeetingKind.values())
                        .filter(k -> k.name().equals(forum))
                        .findFirst()
                        .orElse(null);
            }
            if (startsAt == null && fields.get("meetingAt") instanceof String at) {
                try {
                    startsAt = OffsetDateTime.parse(at);
                } catch (RuntimeException unreadable) {
                    // a time written otherwise is left for the form
                }
            }
        }
        var unitName = Optional.ofNullable(c.assignedUnitId())
                .flatMap(institutions::findUnit)
                .map(u -> u.name())
                .orElse(null);
        return new NewMeeting(
                kind,
                c.title(),
                c.title(),
                startsAt,
                null,
                unitName == null ? null : "Ketua " + unitName,
                c.assignedUnitId(),
                List.of(c.id()),
                null);
    }

    // ----------------------------------------------------------------------------------------------------------
    // writing

    /** Schedules a meeting discussing the given cases (at least one, each one the author reads). */
    @Transactional
    public Meeting create(NewMeeting request, StaffMember author) {
        if (request == null) {
            throw InvalidInputException.invalid("body", "must be given");
        }
        var errors = details(
                request.kind(),
                request.title(),
                request.agenda(),
                request.startsAt(),
                request.place(),
                request.chair(),
                request.invitees());
        var caseIds = request.caseIds() == null
                ? List.<UUID>of()
                : request.caseIds().stream().filter(Objects::nonNull).distinct().toList();
        if (caseIds.isEmpty()) {
            errors.add(new FieldError("caseIds", "must name at least one case the meeting discusses"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var institutionId = author.institutionId();
        if (institutionId == null) {
            throw new ForbiddenException("Only staff of an institution schedule its meetings");
        }
        var cases = new ArrayList<CaseFile>();
        for (int i = 0; i < caseIds.size(); i++) {
            var found = store.findReadable(caseIds.get(i), Readership.of(author))
                    .filter(c -> c.institutionId().equals(institutionId));
            if (found.isEmpty()) {
                throw InvalidInputException.unprocessable("caseIds[" + i + "]", "no such case of your institution");
            }
            cases.add(found.get());
        }
        if (request.unitId() != null
                && institutions
                        .findUnit(request.unitId())
                        .filter(u -> u.institutionId().equals(institutionId))
                        .isEmpty()) {
            throw InvalidInputException.unprocessable("unitId", "no such unit of your institution");
        }
        if (!manages(author, institutionId, request.unitId())) {
            throw new ForbiddenException(
                    "Only staff of the institution (organ members: of the organ holding it)" + " schedule a meeting");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting (id, institution_id, kind, title, agenda, starts_at, place, chair, unit_id, invitees,
                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        institutionId,
                        request.kind().name(),
                        request.title().strip(),
                        blankToNull(request.agenda()),
                        Timestamp.from(request.startsAt().toInstant()),
                        request.place().strip(),
                        blankToNull(request.chair()),
                        request.unitId(),
                        request.invitees() == null ? "" : request.invitees().strip(),
                        author.id(),
                        Timestamp.from(clock.instant()))
                .update();
        for (int i = 0; i < cases.size(); i++) {
            link(id, cases.get(i).id(), i + 1);
        }
        var row = readRow(id).orElseThrow();
        recordChange(row, "SCHEDULED", Map.of(), null, author);
        history(row, caseIds(id), author, SCHEDULED, meetingFields(row), null);
        audit(
                row,
                "meeting.scheduled",
                author,
                Map.of("cases", cases.size(), "startsAt", row.startsAt().toString()));
        return get(id, author);
    }

    /** The problems with a meeting's details, each named: the kind, title, time and place are required. */
    private static List<FieldError> details(
            MeetingKind kind,
            String title,
            String agenda,
            OffsetDateTime startsAt,
            String place,
            String chair,
            String invitees) {
        var errors = new ArrayList<FieldError>();
        if (kind == null) {
            errors.add(new FieldError("kind", "must be one of " + Arrays.toString(MeetingKind.values())));
        }
        requireText(errors, "title", title, 300);
        optionalText(errors, "agenda", agenda, 4000);
        if (startsAt == null) {
            errors.add(new FieldError("startsAt", "must be given: the meeting's date and time"));
        }
        requireText(errors, "place", place, 300);
        optionalText(errors, "chair", chair, 200);
        optionalText(errors, "invitees", invitees, 20_000);
        return errors;
    }

    /** Schedules a meeting for a case: the case first among those it discusses. */
    @Transactional
    public Meeting createForCase(UUID caseId, NewMeeting request, StaffMember author) {
        var c = visibleCase(caseId, author);
        var others = request.caseIds() == null ? List.<UUID>of() : request.caseIds();
        var ids = new ArrayList<UUID>();
        ids.add(c.id());
        others.stream().filter(id -> !c.id().equals(id)).forEach(ids::add);
        return create(
                new NewMeeting(
                        request.kind(),
                        request.title(),
                        request.agenda(),
                        request.startsAt(),
                        request.place(),
                        request.chair(),
                        request.unitId() != null ? request.unitId() : c.assignedUnitId(),
                        ids,
                        request.invitees()),
                author);
    }

    /**
     * Adds a case to those the meeting discusses, recorded in the case's history. A case already discussed is left as it
     * is.
     *
     * @param version the meeting's version the change was made on, if the client knows it; another one is refused
     */
    @Transactional
    public Meeting addCase(UUID meetingId, UUID caseId, Integer version, StaffMember author) {
        if (caseId == null) {
            throw InvalidInputException.invalid("caseId", "must be given");
        }
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        if (version != null) {
            requireVersion(row, version);
        }
        var c = store.findReadable(caseId, Readership.of(author))
                .filter(found -> found.institutionId().equals(row.institutionId()))
                .orElseThrow(() -> InvalidInputException.unprocessable("caseId", "no such case of your institution"));
        if (caseIds(row.id()).contains(c.id())) {
            return get(meetingId, author);
        }
        var position = jdbc.sql("select coalesce(max(position), 0) + 1 from meeting_case where meeting_id = ?")
                .param(row.id())
                .query(Integer.class)
                .single();
        link(row.id(), c.id(), position);
        bumpVersion(row);
        recordChange(row, "CASE_ADDED", caseDetails(c), null, author);
        history(row, List.of(c.id()), author, CASE_ADDED, meetingFields(row), null);
        audit(row, "meeting.case-added", author, Map.of("caseId", c.id().toString()));
        return get(meetingId, author);
    }

    /**
     * Changes a scheduled meeting's details. A new time moves it (postponed or brought forward): it needs a reason and
     * a time still to come, and is refused once the minutes are recorded (409 naming {@code startsAt}). Every change is
     * kept on the meeting, in the history of each case it discusses and in the audit log.
     */
    @Transactional
    public Meeting update(UUID meetingId, MeetingEdit request, StaffMember author) {
        if (request == null) {
            throw InvalidInputException.invalid("body", "must be given");
        }
        var errors = details(
                request.kind(),
                request.title(),
                request.agenda(),
                request.startsAt(),
                request.place(),
                request.chair(),
                request.invitees());
        optionalText(errors, "reason", request.reason(), 500);
        if (request.version() == null) {
            errors.add(new FieldError("version", "must be given: the meeting's version you changed"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        requireVersion(row, request.version());
        String unitName = null;
        if (request.unitId() != null) {
            unitName = institutions
                    .findUnit(request.unitId())
                    .filter(u -> u.institutionId().equals(row.institutionId()))
                    .map(u -> u.name())
                    .orElseThrow(
                            () -> InvalidInputException.unprocessable("unitId", "no such unit of your institution"));
            if (!manages(author, row.institutionId(), request.unitId())) {
                throw new ForbiddenException("Organ members move a meeting only to their own organ");
            }
        }
        var after = new LinkedHashMap<String, String>();
        after.put("kind", request.kind().name());
        after.put("title", request.title().strip());
        after.put("agenda", blankToNull(request.agenda()));
        after.put("startsAt", request.startsAt().toInstant().toString());
        after.put("place", request.place().strip());
        after.put("chair", blankToNull(request.chair()));
        after.put("unit", unitName);
        after.put(
                "invitees", request.invitees() == null ? "" : request.invitees().strip());
        var before = values(row);
        var changed = new LinkedHashMap<String, Object>();
        for (var field : EDITABLE) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                var pair = new LinkedHashMap<String, String>();
                pair.put("before", before.get(field));
                pair.put("after", after.get(field));
                changed.put(field, pair);
            }
        }
        if (changed.isEmpty()) {
            return get(meetingId, author);
        }
        boolean moved = changed.containsKey("startsAt");
        var reason = blankToNull(request.reason());
        if (moved) {
            if (row.minutes() != null) {
                throw new ConflictException(
                        "startsAt", "The meeting was held: its minutes are recorded, so its time no longer moves");
            }
            if (reason == null) {
                throw InvalidInputException.invalid("reason", "must be given when the meeting's time moves");
            }
            if (!request.startsAt().toInstant().isAfter(clock.instant())) {
                throw InvalidInputException.unprocessable("startsAt", "must be a time still to come");
            }
        }
        jdbc.sql("""
                update meeting set kind = ?, title = ?, agenda = ?, starts_at = ?, place = ?, chair = ?, unit_id = ?,
                    invitees = ?, version = version + 1
                where id = ?""")
                .params(
                        request.kind().name(),
                        after.get("title"),
                        after.get("agenda"),
                        Timestamp.from(request.startsAt().toInstant()),
                        after.get("place"),
                        after.get("chair"),
                        request.unitId(),
                        after.get("invitees"),
                        row.id())
                .update();
        var updated = readRow(row.id()).orElseThrow();
        recordChange(updated, moved ? "RESCHEDULED" : "CHANGED", changed, reason, author);
        var fields = meetingFields(updated);
        if (moved) {
            fields.put("previousStartsAt", row.startsAt().toString());
        }
        if (changed.containsKey("place")) {
            fields.put("previousPlace", redaction(row.id(), true).apply(row.place()));
        }
        fields.put("changed", String.join(",", changed.keySet()));
        history(updated, caseIds(row.id()), author, moved ? RESCHEDULED : CHANGED, fields, reason);
        var details = new LinkedHashMap<String, Object>();
        details.put("changed", String.join(",", changed.keySet()));
        if (moved) {
            details.put("previousStartsAt", row.startsAt().toString());
            details.put("startsAt", updated.startsAt().toString());
        }
        audit(updated, moved ? "meeting.rescheduled" : "meeting.changed", author, details);
        return get(meetingId, author);
    }

    /**
     * Cancels a meeting still to be held, with the reason: it changes no more, and its open preparations are no longer
     * due. A meeting whose minutes are recorded was held and is not cancelled (409 naming {@code status}).
     */
    @Transactional
    public Meeting cancel(UUID meetingId, Withdrawal request, StaffMember author) {
        var errors = new ArrayList<FieldError>();
        var reason = request == null ? null : blankToNull(request.reason());
        if (reason == null) {
            errors.add(new FieldError("reason", "must be given: why the meeting is cancelled"));
        } else if (reason.length() > 500) {
            errors.add(new FieldError("reason", "at most 500 characters"));
        }
        if (request == null || request.version() == null) {
            errors.add(new FieldError("version", "must be given: the meeting's version you cancelled"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        requireVersion(row, request.version());
        if (row.minutes() != null) {
            throw new ConflictException("status", "The meeting was held: its minutes are recorded");
        }
        jdbc.sql("""
                update meeting set status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?, version = version + 1
                where id = ?""").params(Timestamp.from(clock.instant()), reason, row.id()).update();
        var updated = readRow(row.id()).orElseThrow();
        recordChange(updated, "CANCELLED", Map.of(), reason, author);
        history(updated, caseIds(row.id()), author, CANCELLED, meetingFields(updated), reason);
        audit(
                updated,
                "meeting.cancelled",
                author,
                Map.of("startsAt", row.startsAt().toString()));
        return get(meetingId, author);
    }

    /**
     * Removes a case from those a scheduled meeting discusses, recorded in the case's history. Refused (409 naming
     * {@code caseId}) for the only case, for the first case once the meeting's letters or records were made under it,
     * and once the minutes are recorded; a case the remover does not read, or one the meeting does not discuss, is 404.
     */
    @Transactional
    public Meeting removeCase(UUID meetingId, UUID caseId, Withdrawal request, StaffMember author) {
        var reason = request == null ? null : blankToNull(request.reason());
        var errors = new ArrayList<FieldError>();
        if (reason != null && reason.length() > 500) {
            errors.add(new FieldError("reason", "at most 500 characters"));
        }
        if (request == null || request.version() == null) {
            errors.add(new FieldError("version", "must be given: the meeting's version you changed"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        requireVersion(row, request.version());
        var linked = caseIds(row.id());
        var c = store.findReadable(caseId, Readership.of(author))
                .filter(found -> linked.contains(found.id()))
                .orElseThrow(() -> new NotFoundException("Case " + caseId + " is not discussed in the meeting"));
        if (linked.size() == 1) {
            throw new ConflictException(
                    "caseId", "A meeting discusses at least one case: cancel the meeting instead of removing its last");
        }
        if (row.minutes() != null) {
            throw new ConflictException("caseId", "The meeting was held: its minutes record the case as discussed");
        }
        if (linked.getFirst().equals(c.id())
                && (!letterIds(row.id()).isEmpty()
                        || !documents.listForRecord(recordKey(row.id())).isEmpty())) {
            throw new ConflictException(
                    "caseId",
                    "The meeting's letters and records were made under this case, its first: it stays in the meeting");
        }
        jdbc.sql("delete from meeting_case where meeting_id = ? and case_id = ?")
                .params(row.id(), c.id())
                .update();
        bumpVersion(row);
        recordChange(row, "CASE_REMOVED", caseDetails(c), reason, author);
        history(row, List.of(c.id()), author, CASE_REMOVED, meetingFields(row), reason);
        audit(row, "meeting.case-removed", author, Map.of("caseId", c.id().toString()));
        return get(meetingId, author);
    }

    /**
     * Updates a draft letter of the meeting (its invitation or berita acara) to the meeting's date, time and place, as a
     * new revision; a signed one is reopened by its signer first (409 naming {@code status}).
     */
    @Transactional
    public CaseLetters.CaseLetter refreshLetter(UUID meetingId, UUID letterId, StaffMember author) {
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        if (!letterIds(row.id()).contains(letterId)) {
            throw new NotFoundException("Letter " + letterId + " is not a letter of the meeting");
        }
        var letter = letters.find(letterId).orElseThrow();
        if (letter.type() != DocumentType.INVITATION && letter.type() != DocumentType.OFFICIAL_REPORT) {
            throw InvalidInputException.unprocessable(
                    "type", "Only an invitation or a berita acara carries the meeting's date, time and place");
        }
        if (letter.status() != Letter.Status.DRAFT) {
            throw new ConflictException(
                    "status", "The letter is signed: its signer reopens it for correction before it is updated");
        }
        var institution = institutions.get(row.institutionId());
        var content = new LinkedHashMap<>(letter.content());
        content.put(
                "date", row.startsAt().atZone(institution.zone()).toLocalDate().toString());
        content.put("place", row.place());
        if (letter.type() == DocumentType.INVITATION) {
            content.put("time", time(row.startsAt(), institution) + " s.d. selesai");
        }
        return caseLetters.revise(
                letter.submissionId(),
                letter.id(),
                letter.revision(),
                new LetterDraft(
                        letter.subject(),
                        letter.addressee(),
                        letter.addresseePlace(),
                        letter.body(),
                        letter.signatoryId(),
                        content),
                author);
    }

    /** Adds a logistics item: its owner (a staff account of the institution, or a name) and due date are required. */
    @Transactional
    public Meeting addLogistics(UUID meetingId, NewLogisticsItem request, StaffMember author) {
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        var errors = new ArrayList<FieldError>();
        if (request == null || request.item() == null || !LOGISTICS_ITEMS.contains(request.item())) {
            errors.add(new FieldError("item", "must be one of " + LOGISTICS_ITEMS));
        }
        var req = request == null ? new NewLogisticsItem(null, null, null, null, null) : request;
        optionalText(errors, "description", req.description(), 300);
        optionalText(errors, "ownerName", req.ownerName(), 200);
        String ownerName = blankToNull(req.ownerName());
        if (req.ownerId() == null && ownerName == null) {
            errors.add(new FieldError("owner", "must be given: a staff account (ownerId) or a name (ownerName)"));
        }
        if (req.dueOn() == null) {
            errors.add(new FieldError("dueOn", "must be given: the day it is due (yyyy-mm-dd)"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (req.ownerId() != null) {
            var owner = staff.findById(req.ownerId())
                    .filter(m -> row.institutionId().equals(m.institutionId()))
                    .orElseThrow(() ->
                            InvalidInputException.unprocessable("ownerId", "no such staff account of the institution"));
            if (ownerName == null) {
                ownerName = owner.displayName();
            }
        }
        jdbc.sql("""
                insert into meeting_logistics (id, meeting_id, item, description, owner_account_id, owner_name, due_on,
                    status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(
                        UUID.randomUUID(),
                        row.id(),
                        req.item(),
                        blankToNull(req.description()),
                        req.ownerId(),
                        ownerName,
                        req.dueOn(),
                        Timestamp.from(clock.instant()))
                .update();
        return get(meetingId, author);
    }

    /** Marks a logistics item done. */
    @Transactional
    public Meeting logisticsDone(UUID meetingId, UUID itemId, StaffMember author) {
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        int changed = jdbc.sql(
                        "update meeting_logistics set status = 'DONE', done_at = ? where id = ? and meeting_id = ?"
                                + " and status = 'OPEN'")
                .params(Timestamp.from(clock.instant()), itemId, row.id())
                .update();
        if (changed == 0
                && jdbc.sql("select count(*) from meeting_logistics where id = ? and meeting_id = ?")
                                .params(itemId, row.id())
                                .query(Integer.class)
                                .single()
                        == 0) {
            throw new NotFoundException("Logistics item " + itemId + " not found");
        }
        return get(meetingId, author);
    }

    /**
     * Writes the minutes and issues them as the meeting's notula: a new version each time, naming the one it replaces.
     * The note-taker and at least one discussion item or decision are required.
     */
    @Transactional
    public Documents.Pdf recordMinutes(UUID meetingId, Meeting.Minutes minutes, StaffMember author) {
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        var errors = new ArrayList<FieldError>();
        if (minutes == null) {
            throw InvalidInputException.invalid("body", "must be given");
        }
        optionalText(errors, "opening", minutes.opening(), 4000);
        requireText(errors, "noteTaker", minutes.noteTaker(), 200);
        if (minutes.closedAt() != null
                && !minutes.closedAt().isBlank()
                && !CLOCK_TIME.matcher(minutes.closedAt().strip()).matches()) {
            errors.add(new FieldError("closedAt", "must be a time of day such as 11.30"));
        }
        var discussion = minutes.discussion() == null ? List.<Meeting.DiscussionItem>of() : minutes.discussion();
        var cleanDiscussion = new ArrayList<Meeting.DiscussionItem>();
        for (int i = 0; i < discussion.size(); i++) {
            var item = discussion.get(i);
            if (item == null || (blankToNull(item.speaker()) == null && blankToNull(item.points()) == null)) {
                continue;
            }
            requireText(errors, "discussion[" + i + "].speaker", item.speaker(), 200);
            requireText(errors, "discussion[" + i + "].points", item.points(), 8000);
            cleanDiscussion.add(new Meeting.DiscussionItem(blankToNull(item.speaker()), blankToNull(item.points())));
        }
        var decisions = minutes.decisions() == null
                ? List.<String>of()
                : minutes.decisions().stream()
                        .map(Meetings::blankToNull)
                        .filter(Objects::nonNull)
                        .toList();
        if (decisions.stream().anyMatch(d -> d.length() > 2000)) {
            errors.add(new FieldError("decisions", "at most 2000 characters each"));
        }
        if (cleanDiscussion.isEmpty() && decisions.isEmpty()) {
            errors.add(new FieldError("discussion", "write what was discussed or decided"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var clean = new Meeting.Minutes(
                blankToNull(minutes.opening()),
                cleanDiscussion,
                decisions,
                blankToNull(minutes.closedAt()) == null
                        ? null
                        : minutes.closedAt().strip().replace(':', '.'),
                minutes.noteTaker().strip());
        jdbc.sql("update meeting set minutes = cast(? as jsonb) where id = ?")
                .params(json.writeValueAsString(clean), row.id())
                .update();
        return issue(readRow(row.id()).orElseThrow(), DocumentType.MINUTES);
    }

    /** Issues the meeting's attendance list (daftar hadir) with its invitees: a new version each time. */
    @Transactional
    public Documents.Pdf issueAttendanceList(UUID meetingId, StaffMember author) {
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        return issue(row, DocumentType.ATTENDANCE_LIST);
    }

    /** The versions issued of the meeting's attendance list and minutes, newest first. */
    @Transactional(readOnly = true)
    public List<id.suara.documents.IssuedDocument> records(UUID meetingId, StaffMember reader) {
        return documents.listForRecord(recordKey(readableRow(meetingId, reader).id()));
    }

    /** One of the meeting's records, as stored. */
    @Transactional(readOnly = true)
    public Documents.Pdf record(UUID meetingId, UUID documentId, StaffMember reader) {
        return documents
                .findRecord(recordKey(readableRow(meetingId, reader).id()), documentId)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " not found"));
    }

    /** The newest version of the meeting's record of a type. */
    @Transactional(readOnly = true)
    public Documents.Pdf newestRecord(UUID meetingId, DocumentType type, StaffMember reader) {
        return documents
                .newestRecord(recordKey(readableRow(meetingId, reader).id()), type)
                .orElseThrow(() -> new NotFoundException("No " + type + " issued for the meeting yet"));
    }

    /**
     * Drafts the meeting's invitation, berita acara or report as a letter of its first case, its parts filled in from
     * the meeting: date, time, place, agenda, chair; the invitees as the berita acara's attendees; the report's
     * activities and conclusions from the minutes.
     */
    @Transactional
    public CaseLetters.CaseLetter draftLetter(UUID meetingId, MeetingLetterRequest request, StaffMember author) {
        var row = managedRow(meetingId, author);
        requireScheduled(row);
        if (request == null || request.type() == null) {
            throw InvalidInputException.invalid("type", "must be one of INVITATION, OFFICIAL_REPORT, MEETING_REPORT");
        }
        var type = request.type();
        if (type != DocumentType.INVITATION
                && type != DocumentType.OFFICIAL_REPORT
                && type != DocumentType.MEETING_REPORT) {
            throw InvalidInputException.invalid("type", "must be one of INVITATION, OFFICIAL_REPORT, MEETING_REPORT");
        }
        var institution = institutions.get(row.institutionId());
        var when = row.startsAt().atZone(institution.zone());
        var kindName = kindName(row.kind());
        var content = new LinkedHashMap<String, String>();
        var minutes = minutes(row);
        switch (type) {
            case INVITATION -> {
                content.put("date", when.toLocalDate().toString());
                content.put("time", time(row.startsAt(), institution) + " s.d. selesai");
                content.put("place", row.place());
                content.put("agenda", row.agenda() == null ? row.title() : row.agenda());
                if (row.chair() != null) {
                    content.put("chair", row.chair());
                }
            }
            case OFFICIAL_REPORT -> {
                content.put("date", when.toLocalDate().toString());
                content.put("place", row.place());
                content.put("attendees", row.invitees());
            }
            default -> {
                content.put(
                        "introduction",
                        kindName + " tentang " + row.title() + " dilaksanakan pada "
                                + INDONESIAN_DATE.format(when.toLocalDate()) + " pukul "
                                + time(row.startsAt(), institution)
                                + " di " + row.place() + ".");
                if (minutes != null && !minutes.discussion().isEmpty()) {
                    content.put(
                            "activities",
                            String.join(
                                    "\n",
                                    minutes.discussion().stream()
                                            .map(d -> d.speaker() + ": " + d.points())
                                            .toList()));
                }
                if (minutes != null && !minutes.decisions().isEmpty()) {
                    content.put("conclusions", String.join("\n", minutes.decisions()));
                }
            }
        }
        if (request.content() != null) {
            request.content().forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    content.put(k, v);
                }
            });
        }
        var subject = blankToNull(request.subject()) != null
                ? request.subject()
                : switch (type) {
                    case INVITATION -> "Undangan " + kindName;
                    case OFFICIAL_REPORT -> "Hasil " + kindName + " " + row.title();
                    default -> "Laporan Hasil " + kindName + " " + row.title();
                };
        var body = blankToNull(request.body()) != null
                ? request.body()
                : switch (type) {
                    case INVITATION ->
                        "Dengan hormat, kami mengundang Bapak/Ibu/Saudara untuk menghadiri " + kindName + " tentang "
                                + row.title() + " yang akan dilaksanakan pada:"
                                + "\n\nMengingat pentingnya acara tersebut, kami mohon Bapak/Ibu/Saudara hadir tepat"
                                + " pada waktunya. Atas perhatian dan kehadirannya, kami ucapkan terima kasih.";
                    case OFFICIAL_REPORT ->
                        minutes != null && !minutes.decisions().isEmpty()
                                ? String.join("\n\n", minutes.decisions())
                                : row.title();
                    default -> "Demikian laporan hasil " + kindName + " ini disampaikan.";
                };
        var primary = primaryCase(row.id());
        var letter = caseLetters.draft(
                primary,
                type,
                new LetterDraft(
                        subject, request.addressee(), request.addresseePlace(), body, request.signatoryId(), content),
                author);
        jdbc.sql("insert into meeting_letter (meeting_id, letter_id) values (?, ?)")
                .params(row.id(), letter.letter().id())
                .update();
        return letter;
    }

    /**
     * Whether a record of the type was issued for a meeting that discusses the case (for an SOP action that needs it,
     * {@code ISSUED}).
     */
    boolean recordIssuedFor(UUID caseId, DocumentType type) {
        return jdbc.sql("""
                        select count(*) from issued_document d
                        join meeting_case mc on d.record_key = 'meeting:' || mc.meeting_id
                        where mc.case_id = ? and d.type = ?""").params(caseId, type.name()).query(Integer.class).single() > 0;
    }

    /** Indonesian names of the kinds, as printed on the records. */
    public static String kindName(MeetingKind kind) {
        return switch (kind) {
            case RAKER -> "Rapat Kerja";
            case RDP -> "Rapat Dengar Pendapat";
            case RDPU -> "Rapat Dengar Pendapat Umum";
            case KUNKER -> "Kunjungan Kerja";
            case RAKOR -> "Rapat Koordinasi";
            case PENINJAUAN -> "Peninjauan Lapangan";
        };
    }

    // --------------------------------------------------------------------------------------------------------- records

    private Documents.Pdf issue(Row row, DocumentType type) {
        var institution = institutions.get(row.institutionId());
        var primary = primaryCase(row.id());
        var number = store.find(primary).map(CaseFile::registrationNumber).orElse("-");
        // the records go to attendees of every side: a confidential complainant's identity never prints in them
        var scrub = redaction(row.id(), true);
        var minutes = minutes(row);
        var content = new LinkedHashMap<String, Object>();
        content.put("kindName", kindName(row.kind()));
        content.put("title", scrub.apply(row.title()));
        content.put("agenda", row.agenda() == null ? null : scrub.apply(row.agenda()));
        content.put("meetingDate", row.startsAt().atZone(institution.zone()).toLocalDate());
        content.put("meetingTime", time(row.startsAt(), institution));
        content.put("place", scrub.apply(row.place()));
        content.put("chair", row.chair() == null ? null : scrub.apply(row.chair()));
        content.put(
                "unitName",
                row.unitId() == null
                        ? null
                        : institutions.findUnit(row.unitId()).map(u -> u.name()).orElse(null));
        content.put("invitees", invitees(scrub.apply(row.invitees())));
        content.put("blankRows", List.of(1, 2, 3, 4, 5));
        content.put(
                "invitation",
                jdbc.sql("""
                                select l.number, l.signed_at from letter l join meeting_letter ml on ml.letter_id = l.id
                                where ml.meeting_id = ? and l.type = 'INVITATION' and l.number is not null
                                order by l.signed_at desc limit 1""")
                        .param(row.id())
                        .query((rs, n) -> rs.getString("number"))
                        .optional()
                        .orElse(null));
        if (minutes != null) {
            content.put(
                    "minutes",
                    new Meeting.Minutes(
                            minutes.opening() == null ? null : scrub.apply(minutes.opening()),
                            minutes.discussion().stream()
                                    .map(d -> new Meeting.DiscussionItem(
                                            scrub.apply(d.speaker()), scrub.apply(d.points())))
                                    .toList(),
                            minutes.decisions().stream().map(scrub).toList(),
                            minutes.closedAt(),
                            scrub.apply(minutes.noteTaker())));
        }
        return documents.issueRecord(
                primary, recordKey(row.id()), type, new Documents.Draft(institution, number, content));
    }

    static String recordKey(UUID meetingId) {
        return "meeting:" + meetingId;
    }

    private static String time(Instant at, Institution institution) {
        return DateTimeFormatter.ofPattern("HH.mm").format(at.atZone(institution.zone())) + " "
                + PageFormat.zoneName(institution.zone());
    }

    /** "Senin, 14 Desember 2026". */
    private static final DateTimeFormatter INDONESIAN_DATE =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID"));

    // ---------------------------------------------------------------------------------------------------------- access

    private Row readableRow(UUID meetingId, StaffMember reader) {
        return readRow(meetingId)
                .filter(row -> readable(row, reader))
                .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " not found"));
    }

    /**
     * The meeting as the author may change it, its row locked until the transaction ends: changes to one meeting (an
     * edit, a cancellation, the minutes) are made one after the other, each on what the one before left.
     */
    private Row managedRow(UUID meetingId, StaffMember author) {
        jdbc.sql("select id from meeting where id = ? for update")
                .param(meetingId)
                .query(UUID.class)
                .list();
        var row = readableRow(meetingId, author);
        if (!manages(author, row.institutionId(), row.unitId())) {
            throw new ForbiddenException(
                    "Only staff of the institution (organ members: of the organ holding it)" + " change a meeting");
        }
        return row;
    }

    /** A cancelled meeting changes no more (409 naming {@code status}). */
    private static void requireScheduled(Row row) {
        if (!row.scheduled()) {
            throw new ConflictException("status", "The meeting was cancelled; it changes no more");
        }
    }

    /** A change made on another version of the meeting than its current one is refused (409 naming {@code version}). */
    private static void requireVersion(Row row, int version) {
        if (row.version() != version) {
            throw new ConflictException(
                    "version",
                    "The meeting was changed meanwhile (now version " + row.version() + "); reload it and try again");
        }
    }

    private void bumpVersion(Row row) {
        jdbc.sql("update meeting set version = version + 1 where id = ?")
                .param(row.id())
                .update();
    }

    /** The meeting's editable fields as they stand, as an edit compares them. */
    private Map<String, String> values(Row row) {
        var values = new LinkedHashMap<String, String>();
        values.put("kind", row.kind().name());
        values.put("title", row.title());
        values.put("agenda", row.agenda());
        values.put("startsAt", row.startsAt().toString());
        values.put("place", row.place());
        values.put("chair", row.chair());
        values.put(
                "unit",
                row.unitId() == null
                        ? null
                        : institutions.findUnit(row.unitId()).map(u -> u.name()).orElse(null));
        values.put("invitees", row.invitees());
        return values;
    }

    private static Map<String, Object> caseDetails(CaseFile c) {
        var details = new LinkedHashMap<String, Object>();
        details.put("caseId", c.id().toString());
        details.put("registrationNumber", c.registrationNumber());
        return details;
    }

    /** Keeps a change on the meeting, for its page. */
    private void recordChange(Row row, String kind, Map<String, Object> details, String reason, StaffMember author) {
        jdbc.sql("""
                insert into meeting_change (id, meeting_id, kind, details, reason, changed_by, changed_by_name, changed_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        row.id(),
                        kind,
                        json.writeValueAsString(details),
                        reason,
                        author.id(),
                        author.displayName(),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
    }

    /**
     * What a case's history says of the meeting: its id, kind, title, time and place, without the identity of any
     * confidential complainant among its cases (the entry is read on each case it discusses).
     */
    private Map<String, Object> meetingFields(Row row) {
        var scrub = redaction(row.id(), true);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("meetingId", row.id().toString());
        fields.put("meetingKind", row.kind().name());
        fields.put("meetingTitle", scrub.apply(row.title()));
        fields.put("startsAt", row.startsAt().toString());
        fields.put("place", scrub.apply(row.place()));
        return fields;
    }

    /**
     * Appends an entry that does not move the case to the history of each case given, each case row locked (in a fixed
     * order, so that two changes of meetings sharing cases do not wait on each other) so that history numbers stay in
     * order.
     */
    private void history(
            Row row, List<UUID> caseIds, StaffMember actor, String action, Map<String, Object> fields, String note) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        caseIds.stream().sorted().forEach(caseId -> {
            store.lock(caseId);
            store.find(caseId).ifPresent(c -> {
                var role = CaseLetters.rolesOn(c, actor).stream()
                        .findFirst()
                        .orElse(actor.roles().getFirst());
                store.append(
                        c,
                        List.of(new HistoryEntry(
                                0,
                                now,
                                actor.id(),
                                actor.displayName(),
                                role,
                                action,
                                c.currentStep(),
                                c.currentStep(),
                                note,
                                fields)));
            });
        });
    }

    private void audit(Row row, String action, StaffMember actor, Map<String, Object> details) {
        audit.record(new AuditEvent(
                action,
                row.institutionId(),
                actor.id(),
                actor.username(),
                "meeting",
                row.id().toString(),
                details));
    }

    private List<UUID> letterIds(UUID meetingId) {
        return jdbc.sql("select letter_id from meeting_letter where meeting_id = ?")
                .param(meetingId)
                .query(UUID.class)
                .list();
    }

    /**
     * The parts of a meeting's invitation or berita acara that no longer say what the meeting says (its date, time,
     * place): those of a letter made before the meeting moved. None for a cancelled meeting, nor for other letters.
     */
    private static List<String> outdated(Row row, Letter letter, Institution institution) {
        if (!row.scheduled()
                || (letter.type() != DocumentType.INVITATION && letter.type() != DocumentType.OFFICIAL_REPORT)) {
            return List.of();
        }
        var parts = new ArrayList<String>();
        var content = letter.content();
        var date = row.startsAt().atZone(institution.zone()).toLocalDate().toString();
        if (content.get("date") != null && !content.get("date").equals(date)) {
            parts.add("date");
        }
        if (letter.type() == DocumentType.INVITATION
                && content.get("time") != null
                && !content.get("time").startsWith(time(row.startsAt(), institution))) {
            parts.add("time");
        }
        if (content.get("place") != null && !content.get("place").equals(row.place())) {
            parts.add("place");
        }
        return parts;
    }

    private List<Meeting.Change> changes(Row row, UnaryOperator<String> scrub) {
        return jdbc.sql("select * from meeting_change where meeting_id = ? order by changed_at, id")
                .param(row.id())
                .query((rs, n) -> {
                    Map<String, Object> details = json.readValue(rs.getString("details"), DETAILS);
                    var fields = new ArrayList<Meeting.ChangedField>();
                    String caseNumber = null;
                    for (var entry : details.entrySet()) {
                        if (entry.getValue() instanceof Map<?, ?> pair) {
                            fields.add(new Meeting.ChangedField(
                                    entry.getKey(),
                                    scrubNullable(scrub, (String) pair.get("before")),
                                    scrubNullable(scrub, (String) pair.get("after"))));
                        } else if (entry.getKey().equals("registrationNumber")) {
                            caseNumber = String.valueOf(entry.getValue());
                        }
                    }
                    fields.sort(Comparator.comparingInt(f -> EDITABLE.indexOf(f.field())));
                    return new Meeting.Change(
                            rs.getString("kind"),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("changed_by_name"),
                            scrubNullable(scrub, rs.getString("reason")),
                            fields,
                            caseNumber);
                })
                .list();
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, Object>> DETAILS =
            new tools.jackson.core.type.TypeReference<>() {};

    private boolean readable(Row row, StaffMember reader) {
        var readership = Readership.of(reader);
        if (readership.everyInstitution()) {
            return true;
        }
        if (!row.institutionId().equals(readership.institutionId())) {
            return false;
        }
        if (readership.units() == null) {
            return true;
        }
        return (row.unitId() != null && readership.units().contains(row.unitId()))
                || caseIds(row.id()).stream()
                        .anyMatch(id -> store.findReadable(id, readership).isPresent());
    }

    private static boolean manages(StaffMember member, UUID institutionId, UUID unitId) {
        if (!institutionId.equals(member.institutionId())) {
            return false;
        }
        return member.grants().stream()
                .anyMatch(g -> g.role() != Role.AUDITOR
                        && g.role() != Role.SYSTEM_ADMIN
                        && (!g.role().boundToUnit() || (unitId != null && unitId.equals(g.unitId()))));
    }

    private CaseFile visibleCase(UUID caseId, StaffMember reader) {
        return store.findReadable(caseId, Readership.of(reader))
                .orElseThrow(() -> new NotFoundException("Case " + caseId + " not found"));
    }

    // ----------------------------------------------------------------------------------------------------------- views

    private Meeting view(Row row, StaffMember reader) {
        var readership = Readership.of(reader);
        var scrub = IdentityHandlers.handles(reader, row.institutionId())
                ? UnaryOperator.<String>identity()
                : redaction(row.id(), false);
        var cases = caseIds(row.id()).stream()
                .map(id -> store.findReadable(id, readership))
                .flatMap(Optional::stream)
                .map(c -> new Meeting.LinkedCase(
                        c.id(),
                        c.registrationNumber(),
                        scrub.apply(c.title()),
                        c.currentStep(),
                        c.status().name()))
                .toList();
        var institution = institutions.get(row.institutionId());
        var today = LocalDate.ofInstant(clock.instant(), institution.zone());
        var logistics = jdbc.sql("select * from meeting_logistics where meeting_id = ? order by due_on, created_at")
                .param(row.id())
                .query((rs, n) -> {
                    var dueOn = rs.getObject("due_on", LocalDate.class);
                    var status = rs.getString("status");
                    var doneAt = rs.getTimestamp("done_at");
                    return new Meeting.LogisticsItem(
                            rs.getObject("id", UUID.class),
                            rs.getString("item"),
                            scrubNullable(scrub, rs.getString("description")),
                            rs.getObject("owner_account_id", UUID.class),
                            scrubNullable(scrub, rs.getString("owner_name")),
                            dueOn,
                            status,
                            doneAt == null ? null : doneAt.toInstant(),
                            row.scheduled() && "OPEN".equals(status) && dueOn.isBefore(today));
                })
                .list();
        var minutes = minutes(row);
        if (minutes != null) {
            minutes = new Meeting.Minutes(
                    scrubNullable(scrub, minutes.opening()),
                    minutes.discussion().stream()
                            .map(d -> new Meeting.DiscussionItem(scrub.apply(d.speaker()), scrub.apply(d.points())))
                            .toList(),
                    minutes.decisions().stream().map(scrub).toList(),
                    minutes.closedAt(),
                    scrub.apply(minutes.noteTaker()));
        }
        var letterIds = letterIds(row.id());
        var meetingLetters = letterIds.stream()
                .map(letters::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Letter::draftedAt))
                .map(l -> new Meeting.MeetingLetter(
                        l.id(),
                        l.submissionId(),
                        l.type().name(),
                        l.status().name(),
                        l.number(),
                        l.revision(),
                        outdated(row, l, institution)))
                .toList();
        return new Meeting(
                row.id(),
                row.institutionId(),
                row.kind(),
                scrub.apply(row.title()),
                scrubNullable(scrub, row.agenda()),
                row.startsAt(),
                scrub.apply(row.place()),
                scrubNullable(scrub, row.chair()),
                row.unitId(),
                row.unitId() == null
                        ? null
                        : institutions.findUnit(row.unitId()).map(u -> u.name()).orElse(null),
                invitees(scrub.apply(row.invitees())),
                minutes,
                cases,
                logistics,
                letterIds,
                row.createdAt(),
                row.status(),
                row.version(),
                row.cancelledAt(),
                scrubNullable(scrub, row.cancelReason()),
                meetingLetters,
                changes(row, scrub),
                manages(reader, row.institutionId(), row.unitId()));
    }

    private static String scrubNullable(UnaryOperator<String> scrub, String text) {
        return text == null ? null : scrub.apply(text);
    }

    /** Removes the identity of every confidential complainant among the meeting's cases (all of them when asked). */
    private UnaryOperator<String> redaction(UUID meetingId, boolean always) {
        var redactions = caseIds(meetingId).stream()
                .map(submissions::details)
                .flatMap(Optional::stream)
                .filter(SubmissionDetails::confidential)
                .map(d -> Redaction.of(d.complainant()))
                .toList();
        if (redactions.isEmpty()) {
            return UnaryOperator.identity();
        }
        return text -> {
            if (text == null) {
                return null;
            }
            var result = text;
            for (var r : redactions) {
                result = r.apply(result, "Dirahasiakan");
            }
            return result;
        };
    }

    static List<Meeting.Invitee> invitees(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    var parts = line.split(";", 2);
                    return new Meeting.Invitee(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
                })
                .toList();
    }

    private Meeting.Minutes minutes(Row row) {
        if (row.minutes() == null) {
            return null;
        }
        return json.readValue(row.minutes(), Meeting.Minutes.class);
    }

    private List<UUID> caseIds(UUID meetingId) {
        return jdbc.sql("select case_id from meeting_case where meeting_id = ? order by position")
                .param(meetingId)
                .query(UUID.class)
                .list();
    }

    private UUID primaryCase(UUID meetingId) {
        return caseIds(meetingId).getFirst();
    }

    private void link(UUID meetingId, UUID caseId, int position) {
        jdbc.sql("insert into meeting_case (meeting_id, case_id, position) values (?, ?, ?)")
                .params(meetingId, caseId, position)
                .update();
    }

    private Optional<Row> readRow(UUID meetingId) {
        return jdbc.sql("select * from meeting where id = ?")
                .param(meetingId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("agenda"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getString("place"),
                rs.getString("chair"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("invitees"),
                rs.getString("minutes"),
                rs.getTimestamp("created_at").toInstant().truncatedTo(ChronoUnit.SECONDS),
                rs.getInt("version"),
                rs.getString("status"),
                rs.getTimestamp("cancelled_at") == null
                        ? null
                        : rs.getTimestamp("cancelled_at").toInstant(),
                rs.getString("cancel_reason"));
    }

    private static void requireText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must be given"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static void optionalText(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static final Set<DocumentType> RECORD_TYPES = Set.of(DocumentType.ATTENDANCE_LIST, DocumentType.MINUTES);
}
