package id.suara.casework;

import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.LetterDraft;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.intake.Redaction;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
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
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.institutions = institutions;
        this.submissions = submissions;
        this.staff = staff;
        this.documents = documents;
        this.caseLetters = caseLetters;
        this.json = json;
        this.clock = clock;
    }

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
            Instant createdAt) {}

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
        var errors = new ArrayList<FieldError>();
        if (request == null) {
            throw InvalidInputException.invalid("body", "must be given");
        }
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "must be one of " + Arrays.toString(MeetingKind.values())));
        }
        requireText(errors, "title", request.title(), 300);
        optionalText(errors, "agenda", request.agenda(), 4000);
        if (request.startsAt() == null) {
            errors.add(new FieldError("startsAt", "must be given: the meeting's date and time"));
        }
        requireText(errors, "place", request.place(), 300);
        optionalText(errors, "chair", request.chair(), 200);
        optionalText(errors, "invitees", request.invitees(), 20_000);
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
        return get(id, author);
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

    /** Adds a case to those the meeting discusses. */
    @Transactional
    public Meeting addCase(UUID meetingId, UUID caseId, StaffMember author) {
        var row = managedRow(meetingId, author);
        if (caseId == null) {
            throw InvalidInputException.invalid("caseId", "must be given");
        }
        var c = store.findReadable(caseId, Readership.of(author))
                .filter(found -> found.institutionId().equals(row.institutionId()))
                .orElseThrow(() -> InvalidInputException.unprocessable("caseId", "no such case of your institution"));
        var position = jdbc.sql("select coalesce(max(position), 0) + 1 from meeting_case where meeting_id = ?")
                .param(row.id())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into meeting_case (meeting_id, case_id, position) values (?, ?, ?) on conflict do nothing")
                .params(row.id(), c.id(), position)
                .update();
        return get(meetingId, author);
    }

    /** Adds a logistics item: its owner (a staff account of the institution, or a name) and due date are required. */
    @Transactional
    public Meeting addLogistics(UUID meetingId, NewLogisticsItem request, StaffMember author) {
        var row = managedRow(meetingId, author);
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
        return issue(managedRow(meetingId, author), DocumentType.ATTENDANCE_LIST);
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
                                + row.title() + " yang akan dilaksanakan pada:";
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

    private Row managedRow(UUID meetingId, StaffMember author) {
        var row = readableRow(meetingId, author);
        if (!manages(author, row.institutionId(), row.unitId())) {
            throw new ForbiddenException(
                    "Only staff of the institution (organ members: of the organ holding it)" + " change a meeting");
        }
        return row;
    }

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
                            "OPEN".equals(status) && dueOn.isBefore(today));
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
        var letterIds = jdbc.sql("select letter_id from meeting_letter where meeting_id = ?")
                .param(row.id())
                .query(UUID.class)
                .list();
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
                rs.getTimestamp("created_at").toInstant().truncatedTo(ChronoUnit.SECONDS));
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
