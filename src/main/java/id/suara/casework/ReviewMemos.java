package id.suara.casework;

import static id.suara.casework.CaseLookup.step;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.shared.validation.CleanTextValidator;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's review memos (telaah, ADR 0027): a division analyses the case (003 IV.B.1.c.7–8, 001 step 8), every edit a
 * new version with the old ones kept; the Secretary marks a version forwarded, as the analysis goes to the leadership
 * or a council organ through the Secretary (003 IV.B.1.c.8.c). Each step is recorded in the case's history.
 */
@Service
public class ReviewMemos {

    /** History actions of review memos; they do not move the case. */
    public static final String WRITTEN = "review-memo-written";

    public static final String REVISED = "review-memo-revised";
    public static final String FORWARDED = "review-memo-forwarded";

    /**
     * Who write review memos besides those acting at the case's current step: the divisions that analyse in the seeds
     * (complaints division, public relations, a division head, DPMD's sub-coordinator).
     */
    static final Set<Role> WRITERS = Collections.unmodifiableSet(
            EnumSet.of(Role.COMPLAINTS_DIVISION, Role.PUBLIC_RELATIONS, Role.DIVISION_HEAD, Role.SUB_COORDINATOR));

    /** Who forward a memo: the Secretary of a council, and an office's secretary, who holds that place in an office. */
    static final Set<Role> FORWARDERS = Collections.unmodifiableSet(EnumSet.of(Role.SECRETARY, Role.OFFICE_SECRETARY));

    private final JdbcClient jdbc;
    private final CaseLookup lookup;
    private final CaseStore cases;
    private final SopVersions sops;
    private final Institutions institutions;
    private final CaseTexts texts;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    ReviewMemos(
            JdbcClient jdbc,
            CaseLookup lookup,
            CaseStore cases,
            SopVersions sops,
            Institutions institutions,
            CaseTexts texts,
            Validator validator,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.cases = cases;
        this.sops = sops;
        this.institutions = institutions;
        this.texts = texts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a staff member may do with a case's review memos now. */
    public record Permissions(boolean write, boolean forward) {}

    /** The case's review memos, oldest first, every version, as the reader may see them. */
    @Transactional(readOnly = true)
    public List<ReviewMemo> list(UUID caseId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        var shown = texts.forViewer(c.id(), c.institutionId(), reader);
        return read(c.id(), null).stream().map(m -> shown(m, shown)).toList();
    }

    /** One of the case's review memos with every version, as the reader may see it. */
    @Transactional(readOnly = true)
    public ReviewMemo get(UUID caseId, UUID memoId, StaffMember reader) {
        var c = lookup.visible(caseId, reader);
        return shown(ofCase(c, memoId), texts.forViewer(c.id(), c.institutionId(), reader));
    }

    @Transactional(readOnly = true)
    public Permissions permissions(UUID caseId, StaffMember member) {
        var c = lookup.visible(caseId, member);
        return c.closed()
                ? new Permissions(false, false)
                : new Permissions(mayWrite(c, member), holdsIn(member, c, FORWARDERS));
    }

    /** Writes a new review memo of an open case: its first version. */
    @Transactional
    public ReviewMemo write(UUID caseId, ReviewMemoDraft draft, StaffMember author) {
        var c = writable(caseId, author);
        var text = checked(c, draft);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into review_memo (id, case_id, created_at, created_by, created_by_name)
                values (?, ?, ?, ?, ?)""")
                .params(id, c.id(), Timestamp.from(now), author.id(), author.displayName())
                .update();
        var role = writerRole(c, author);
        insertVersion(id, 1, text, author, role, now);
        record(c, author, role, WRITTEN, id, 1, text.subject(), null, now);
        return get(caseId, id, author);
    }

    /**
     * Revises a review memo: a new version; the old ones stay as they were.
     *
     * @param version the version the author changed; an older one is refused as a conflict
     */
    @Transactional
    public ReviewMemo revise(UUID caseId, UUID memoId, Integer version, ReviewMemoDraft draft, StaffMember author) {
        var c = writable(caseId, author);
        lock(c, memoId);
        var memo = ofCase(c, memoId);
        if (version == null) {
            throw InvalidInputException.invalid("version", "must be given: the version you changed");
        }
        if (version != memo.latest().version()) {
            throw new ConflictException(
                    "version",
                    "The memo was revised meanwhile (now version "
                            + memo.latest().version() + "); reload it");
        }
        var text = checked(c, draft);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var role = writerRole(c, author);
        int next = version + 1;
        insertVersion(memoId, next, text, author, role, now);
        record(c, author, role, REVISED, memoId, next, text.subject(), null, now);
        return get(caseId, memoId, author);
    }

    /**
     * Marks the newest version forwarded through the Secretary, with the date; refused to anyone but the Secretary (an
     * office's secretary in an office), for a version already forwarded, and when {@code version} is given and is not
     * the newest.
     */
    @Transactional
    public ReviewMemo forward(UUID caseId, UUID memoId, Integer version, String note, StaffMember secretary) {
        var c = lookup.visible(caseId, secretary);
        if (c.closed()) {
            throw new CaseClosedException(c.id(), c.status());
        }
        if (!holdsIn(secretary, c, FORWARDERS)) {
            throw new ForbiddenException("A review memo is forwarded through the Secretary");
        }
        lock(c, memoId);
        var memo = ofCase(c, memoId);
        var latest = memo.latest();
        if (version != null && version != latest.version()) {
            throw new ConflictException(
                    "version", "The memo was revised meanwhile (now version " + latest.version() + "); reload it");
        }
        if (latest.forward() != null) {
            throw new ConflictException("version", "Version " + latest.version() + " was forwarded already");
        }
        var text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && (text.length() > NoteText.MAX || !CleanTextValidator.isClean(text, true))) {
            throw InvalidInputException.invalid(
                    "note", "must be at most " + NoteText.MAX + " characters of plain text");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var role = secretary.grants().stream()
                .map(g -> g.role())
                .filter(FORWARDERS::contains)
                .findFirst()
                .orElseThrow();
        jdbc.sql("""
                insert into review_memo_forward (memo_id, version, forwarded_at, forwarded_by, forwarded_by_name,
                    forwarded_by_role, note)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        memoId,
                        latest.version(),
                        Timestamp.from(now),
                        secretary.id(),
                        secretary.displayName(),
                        role.name(),
                        text)
                .update();
        record(c, secretary, role, FORWARDED, memoId, latest.version(), latest.subject(), text, now);
        return get(caseId, memoId, secretary);
    }

    private CaseFile writable(UUID caseId, StaffMember author) {
        var c = lookup.visible(caseId, author);
        if (c.closed()) {
            throw new CaseClosedException(c.id(), c.status());
        }
        if (!mayWrite(c, author)) {
            throw new ForbiddenException(
                    "Review memos are written by those acting on the case's current step and by " + WRITERS);
        }
        return c;
    }

    private boolean mayWrite(CaseFile c, StaffMember member) {
        var definition = sops.definition(c.sopVersionId());
        return member.mayActAs(step(definition, c.currentStep()).roles(), c.institutionId(), c.assignedUnitId())
                || holdsIn(member, c, WRITERS);
    }

    private Role writerRole(CaseFile c, StaffMember member) {
        var definition = sops.definition(c.sopVersionId());
        var stepRoles = step(definition, c.currentStep()).roles();
        return member.grants().stream()
                .map(g -> g.role())
                .filter(r -> WRITERS.contains(r)
                        || (stepRoles.contains(r)
                                && member.mayActAs(List.of(r), c.institutionId(), c.assignedUnitId())))
                .sorted()
                .findFirst()
                .orElseGet(() -> member.roles().getFirst());
    }

    private static boolean holdsIn(StaffMember member, CaseFile c, Set<Role> roles) {
        return member.institutionId() != null
                && member.institutionId().equals(c.institutionId())
                && member.grants().stream().anyMatch(g -> roles.contains(g.role()));
    }

    private ReviewMemoDraft checked(CaseFile c, ReviewMemoDraft draft) {
        if (draft == null) {
            throw InvalidInputException.invalid("analysis", "must not be blank");
        }
        var text = draft.stripped();
        var errors = new ArrayList<FieldError>();
        validator.validate(text).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (text.addressedUnitId() != null
                && institutions
                        .findUnit(text.addressedUnitId())
                        .filter(u -> u.institutionId().equals(c.institutionId()))
                        .isEmpty()) {
            errors.add(new FieldError("addressedUnitId", "is not a unit of this institution"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return text;
    }

    private void insertVersion(
            UUID memoId, int version, ReviewMemoDraft text, StaffMember author, Role role, Instant at) {
        jdbc.sql("""
                insert into review_memo_version (memo_id, version, subject, analysis, recommendation,
                    addressed_unit_id, written_at, written_by, written_by_name, written_by_role)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        memoId,
                        version,
                        text.subject(),
                        text.analysis(),
                        text.recommendation(),
                        text.addressedUnitId(),
                        Timestamp.from(at),
                        author.id(),
                        author.displayName(),
                        role.name())
                .update();
    }

    private void lock(CaseFile c, UUID memoId) {
        jdbc.sql("select id from review_memo where id = ? and case_id = ? for update")
                .params(memoId, c.id())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Review memo " + memoId + " not found"));
    }

    private ReviewMemo ofCase(CaseFile c, UUID memoId) {
        return read(c.id(), memoId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Review memo " + memoId + " not found"));
    }

    /** A case's memos (or one of them) with their versions and forwarding marks. */
    private List<ReviewMemo> read(UUID caseId, UUID memoId) {
        var params = new LinkedHashMap<String, Object>();
        params.put("caseId", caseId);
        var where = " where m.case_id = :caseId";
        if (memoId != null) {
            where += " and m.id = :memoId";
            params.put("memoId", memoId);
        }
        var versions = new HashMap<UUID, List<ReviewMemo.Version>>();
        var memos = new LinkedHashMap<UUID, ReviewMemo>();
        jdbc.sql("select m.* from review_memo m" + where + " order by m.created_at, m.id")
                .params(params)
                .query((rs, n) -> memos.put(
                        rs.getObject("id", UUID.class),
                        new ReviewMemo(
                                rs.getObject("id", UUID.class),
                                caseId,
                                rs.getTimestamp("created_at").toInstant(),
                                rs.getString("created_by_name"),
                                List.of())))
                .list();
        if (memos.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select v.*, u.name as addressed_unit_name, f.forwarded_at, f.forwarded_by_name,
                            f.forwarded_by_role, f.note as forward_note
                        from review_memo m join review_memo_version v on v.memo_id = m.id
                        left join unit u on u.id = v.addressed_unit_id
                        left join review_memo_forward f on f.memo_id = v.memo_id and f.version = v.version""" + where + " order by v.memo_id, v.version")
                .params(params)
                .query((rs, n) -> versions.computeIfAbsent(rs.getObject("memo_id", UUID.class), k -> new ArrayList<>())
                        .add(version(rs)))
                .list();
        return memos.values().stream()
                .map(m -> new ReviewMemo(
                        m.id(), m.caseId(), m.createdAt(), m.createdByName(), versions.getOrDefault(m.id(), List.of())))
                .toList();
    }

    private static ReviewMemo.Version version(ResultSet rs) throws SQLException {
        var forwardedAt = rs.getTimestamp("forwarded_at");
        return new ReviewMemo.Version(
                rs.getInt("version"),
                rs.getString("subject"),
                rs.getString("analysis"),
                rs.getString("recommendation"),
                rs.getObject("addressed_unit_id", UUID.class),
                rs.getString("addressed_unit_name"),
                rs.getTimestamp("written_at").toInstant(),
                rs.getString("written_by_name"),
                Role.valueOf(rs.getString("written_by_role")),
                forwardedAt == null
                        ? null
                        : new ReviewMemo.Forward(
                                forwardedAt.toInstant(),
                                rs.getString("forwarded_by_name"),
                                Role.valueOf(rs.getString("forwarded_by_role")),
                                rs.getString("forward_note")));
    }

    /** Appends the memo's step to the case's history, the case row locked so that history numbers stay in order. */
    private void record(
            CaseFile c,
            StaffMember actor,
            Role role,
            String action,
            UUID memoId,
            int version,
            String subject,
            String note,
            Instant at) {
        cases.lock(c.id());
        var current = cases.find(c.id()).orElse(c);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("reviewMemoId", memoId.toString());
        fields.put("reviewMemoVersion", version);
        fields.put("reviewMemoSubject", subject);
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
        audit.record(new AuditEvent(
                "case." + action,
                c.institutionId(),
                actor.id(),
                actor.username(),
                "case",
                c.id().toString(),
                Map.of("reviewMemoId", memoId.toString(), "version", version)));
    }

    private static ReviewMemo shown(ReviewMemo memo, UnaryOperator<String> shown) {
        return new ReviewMemo(
                memo.id(),
                memo.caseId(),
                memo.createdAt(),
                memo.createdByName(),
                memo.versions().stream()
                        .map(v -> new ReviewMemo.Version(
                                v.version(),
                                shown.apply(v.subject()),
                                shown.apply(v.analysis()),
                                shown.apply(v.recommendation()),
                                v.addressedUnitId(),
                                v.addressedUnitName(),
                                v.writtenAt(),
                                v.writtenByName(),
                                v.writtenByRole(),
                                v.forward() == null
                                        ? null
                                        : new ReviewMemo.Forward(
                                                v.forward().at(),
                                                v.forward().byName(),
                                                v.forward().byRole(),
                                                shown.apply(v.forward().note()))))
                        .toList());
    }
}
