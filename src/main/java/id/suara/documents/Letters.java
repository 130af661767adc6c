package id.suara.documents;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Letters drafted in Suara (ADR 0025): the drafter writes one and names its signatory; the roles of its chain initial it
 * in order, at most three; the signer signs it, which gives it its number and issues it as a stored document. A change
 * of the text clears the initials. A signed letter is corrected by reopening it; its next signature issues a new version
 * of its document, under the same number, naming the version it replaces.
 *
 * <p>Who may act is the caller's to say: it passes the roles the member holds for the letter's case ({@code roles}).
 */
@Service
public class Letters {

    private static final String COLUMNS = """
            id, institution_id, submission_id, type, status, subject, addressee, addressee_place, body, content::text as content,
            signatory_id, initial_roles, signer_role, revision, number, drafted_at, drafted_by_name, signed_at,
            signed_by_name, (select count(*) from issued_document d where d.letter_id = letter.id) as issued_versions""";

    private static final TypeReference<Map<String, String>> CONTENT = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Validator validator;
    private final Signatories signatories;
    private final LetterNumbers numbers;
    private final Documents documents;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;

    Letters(
            JdbcClient jdbc,
            Validator validator,
            Signatories signatories,
            LetterNumbers numbers,
            Documents documents,
            AuditLog audit,
            Clock clock,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.signatories = signatories;
        this.numbers = numbers;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** Who initials a type of letter, in order, and who signs it. */
    public record Chain(List<Role> initials, Role signer) {
        public Chain {
            initials = List.copyOf(initials);
        }
    }

    /** Drafts a letter of a case (or of none), refusing it whole, naming every bad field, when a part is invalid. */
    @Transactional
    public Letter draft(
            StaffMember author,
            Institution institution,
            UUID submissionId,
            DocumentType type,
            Chain chain,
            LetterDraft draft) {
        if (!type.numbered()) {
            throw InvalidInputException.invalid("type", "is not a letter Suara drafts");
        }
        var text = checked(institution, type, draft);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into letter (id, institution_id, submission_id, type, status, subject, addressee, addressee_place,
                    body, content, signatory_id, initial_roles, signer_role, revision, drafted_at, drafted_by,
                    drafted_by_name, revised_at)
                values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?::jsonb, ?, ?, ?, 1, ?, ?, ?, ?)""")
                .params(
                        id,
                        institution.id(),
                        submissionId,
                        type.name(),
                        text.subject(),
                        text.addressee(),
                        text.addresseePlace(),
                        text.body(),
                        json.writeValueAsString(text.content()),
                        text.signatoryId(),
                        chain.initials().stream().map(Role::name).toArray(String[]::new),
                        chain.signer().name(),
                        Timestamp.from(now),
                        author.id(),
                        author.displayName(),
                        Timestamp.from(now))
                .update();
        var letter = get(id);
        record("documents.letter.drafted", author, letter);
        return letter;
    }

    /**
     * Changes a draft's text. Its initials were given to the old text, so they are cleared and the chain starts again.
     *
     * @param revision the revision the author changed; another is refused as a conflict
     */
    @Transactional
    public Letter revise(StaffMember author, Institution institution, UUID letterId, int revision, LetterDraft draft) {
        var letter = locked(letterId);
        requireDraft(letter);
        if (letter.revision() != revision) {
            throw new ConflictException(
                    "revision", "The letter was changed meanwhile (now revision " + letter.revision() + "); reload it");
        }
        var text = checked(institution, letter.type(), draft);
        jdbc.sql("""
                update letter set subject = ?, addressee = ?, addressee_place = ?, body = ?, content = ?::jsonb,
                    signatory_id = ?, revision = revision + 1, revised_at = ?
                where id = ?""")
                .params(
                        text.subject(),
                        text.addressee(),
                        text.addresseePlace(),
                        text.body(),
                        json.writeValueAsString(text.content()),
                        text.signatoryId(),
                        Timestamp.from(clock.instant()),
                        letterId)
                .update();
        var revised = get(letterId);
        record("documents.letter.revised", author, revised);
        return revised;
    }

    /**
     * Records the member's initial (paraf) as the next in the chain. Refused when the letter is signed, when all initials
     * are given, and when the next initial is another role's: one that comes later in the chain waits for those before
     * it.
     *
     * @param roles the roles the member holds for the letter's case
     */
    @Transactional
    public Letter initial(StaffMember member, Collection<Role> roles, UUID letterId) {
        var letter = locked(letterId);
        requireDraft(letter);
        var next = letter.nextInitial()
                .orElseThrow(() -> new ConflictException(
                        "initial",
                        "Every initial is given; the letter waits for the signature of " + letter.signerRole()));
        if (letter.initials().stream().anyMatch(given -> roles.contains(given.role()))) {
            throw new ConflictException("initial", "Your initial is on this revision already; it waits for " + next);
        }
        if (!roles.contains(next)) {
            var later = letter.initialRoles()
                    .subList(letter.initials().size() + 1, letter.initialRoles().size());
            if (roles.stream().anyMatch(later::contains) || roles.contains(letter.signerRole())) {
                throw new ConflictException("initial", "Out of order: the letter first needs the initial of " + next);
            }
            throw new ForbiddenException("The next initial is " + next + "'s");
        }
        jdbc.sql("""
                insert into letter_initial (letter_id, revision, position, role, account_id, account_name, initialled_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        letterId,
                        letter.revision(),
                        letter.initials().size() + 1,
                        next.name(),
                        member.id(),
                        member.displayName(),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
        var initialled = get(letterId);
        record("documents.letter.initialled", member, initialled);
        return initialled;
    }

    /**
     * Signs the letter: it takes its number (the next of its type this year, or the one it already had when corrected),
     * is rendered with its initials and signatory, and is issued. Refused while an initial is missing and to anyone not
     * holding the signer's role.
     *
     * @param roles the roles the member holds for the letter's case
     */
    @Transactional
    public Letter sign(StaffMember member, Collection<Role> roles, Institution institution, UUID letterId) {
        var letter = locked(letterId);
        requireDraft(letter);
        if (letter.nextInitial().isPresent()) {
            if (!roles.contains(letter.signerRole())) {
                throw new ForbiddenException("The letter is signed by " + letter.signerRole());
            }
            throw new ConflictException(
                    "initial",
                    "Out of order: the letter first needs the initial of "
                            + letter.nextInitial().get());
        }
        if (!roles.contains(letter.signerRole())) {
            throw new ForbiddenException("The letter is signed by " + letter.signerRole());
        }
        var signatory = signatories
                .find(institution.id(), letter.signatoryId())
                .orElseThrow(() -> new IllegalStateException("Signatory " + letter.signatoryId() + " not found"));
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var issuedOn = LocalDate.ofInstant(now, institution.zone());
        var number = letter.number() != null ? letter.number() : numbers.next(institution, letter.type(), issuedOn);
        jdbc.sql("""
                update letter set status = 'SIGNED', number = ?, signed_at = ?, signed_by = ?, signed_by_name = ?
                where id = ?""")
                .params(number, Timestamp.from(now), member.id(), member.displayName(), letterId)
                .update();
        var signed = get(letterId);
        documents.issueLetter(institution, signed, signatory, now);
        var issued = get(letterId);
        record("documents.letter.signed", member, issued);
        return issued;
    }

    /**
     * Reopens a signed letter for correction: a new revision in draft, keeping its number. Its initials and signature
     * are given again; the next signature issues a new version of its document that names the one it replaces.
     */
    @Transactional
    public Letter reopen(StaffMember member, Collection<Role> roles, UUID letterId) {
        var letter = locked(letterId);
        if (letter.status() != Letter.Status.SIGNED) {
            throw new ConflictException("status", "Only a signed letter is reopened for correction");
        }
        if (!roles.contains(letter.signerRole())) {
            throw new ForbiddenException("The letter's signer reopens it");
        }
        jdbc.sql("""
                update letter set status = 'DRAFT', revision = revision + 1, revised_at = ?, signed_at = null,
                    signed_by = null, signed_by_name = null
                where id = ?""").params(Timestamp.from(clock.instant()), letterId).update();
        var reopened = get(letterId);
        record("documents.letter.reopened", member, reopened);
        return reopened;
    }

    /** A letter as it stands. */
    @Transactional(readOnly = true)
    public Optional<Letter> find(UUID letterId) {
        return jdbc.sql("select " + COLUMNS + " from letter where id = ?")
                .param(letterId)
                .query((rs, n) -> letter(rs))
                .optional()
                .map(this::withInitials);
    }

    /** A case's letters, oldest first. */
    @Transactional(readOnly = true)
    public List<Letter> listFor(UUID submissionId) {
        return jdbc
                .sql("select " + COLUMNS + " from letter where submission_id = ? order by drafted_at, id")
                .param(submissionId)
                .query((rs, n) -> letter(rs))
                .list()
                .stream()
                .map(this::withInitials)
                .toList();
    }

    /** The case's newest letter of a type, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Letter> newest(UUID submissionId, DocumentType type) {
        return jdbc.sql("select " + COLUMNS
                        + " from letter where submission_id = ? and type = ? order by drafted_at desc, id desc limit 1")
                .params(submissionId, type.name())
                .query((rs, n) -> letter(rs))
                .optional()
                .map(this::withInitials);
    }

    private Letter get(UUID letterId) {
        return find(letterId).orElseThrow(() -> new NotFoundException("Letter " + letterId + " not found"));
    }

    private Letter locked(UUID letterId) {
        jdbc.sql("select id from letter where id = ? for update")
                .param(letterId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Letter " + letterId + " not found"));
        return get(letterId);
    }

    private static void requireDraft(Letter letter) {
        if (letter.status() != Letter.Status.DRAFT) {
            throw new ConflictException("status", "The letter is signed; reopen it to correct it");
        }
    }

    /** The draft stripped and checked: every bad field named, the signatory one of the institution's active ones. */
    private LetterDraft checked(Institution institution, DocumentType type, LetterDraft draft) {
        if (draft == null) {
            throw InvalidInputException.invalid("body", "must not be blank");
        }
        var text = draft.stripped();
        var errors = new ArrayList<FieldError>();
        validator.validate(text).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (text.signatoryId() != null
                && signatories
                        .find(institution.id(), text.signatoryId())
                        .filter(Signatory::active)
                        .isEmpty()) {
            errors.add(new FieldError("signatoryId", "is not an active signatory of the institution"));
        }
        text.content().forEach((part, value) -> {
            if (!type.contentParts().contains(part)) {
                errors.add(new FieldError(
                        "content." + part,
                        "is not a part of this letter; use " + String.join(", ", type.contentParts())));
            } else if (part.equals("date")) {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("content.date", "must be a date as yyyy-mm-dd"));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return text;
    }

    private void record(String action, StaffMember member, Letter letter) {
        var details = new LinkedHashMap<String, Object>();
        details.put("type", letter.type().name());
        details.put("revision", letter.revision());
        if (letter.number() != null) {
            details.put("number", letter.number());
        }
        if (letter.submissionId() != null) {
            details.put("case", letter.submissionId().toString());
        }
        audit.record(new AuditEvent(
                action,
                letter.institutionId(),
                member.id(),
                member.username(),
                "letter",
                letter.id().toString(),
                details));
    }

    private Letter withInitials(Letter letter) {
        var initials = jdbc.sql("""
                        select position, role, account_name, initialled_at from letter_initial
                        where letter_id = ? and revision = ? order by position""")
                .params(letter.id(), letter.revision())
                .query((rs, n) -> new Letter.Initial(
                        rs.getInt("position"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("account_name"),
                        rs.getTimestamp("initialled_at").toInstant()))
                .list();
        return new Letter(
                letter.id(),
                letter.institutionId(),
                letter.submissionId(),
                letter.type(),
                letter.status(),
                letter.subject(),
                letter.addressee(),
                letter.addresseePlace(),
                letter.body(),
                letter.content(),
                letter.signatoryId(),
                letter.initialRoles(),
                letter.signerRole(),
                letter.revision(),
                letter.number(),
                letter.draftedAt(),
                letter.draftedByName(),
                letter.signedAt(),
                letter.signedByName(),
                initials,
                letter.issuedVersions());
    }

    private Letter letter(ResultSet rs) throws SQLException {
        var signedAt = rs.getTimestamp("signed_at");
        return new Letter(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("submission_id", UUID.class),
                DocumentType.valueOf(rs.getString("type")),
                Letter.Status.valueOf(rs.getString("status")),
                rs.getString("subject"),
                rs.getString("addressee"),
                rs.getString("addressee_place"),
                rs.getString("body"),
                json.readValue(rs.getString("content"), CONTENT),
                rs.getObject("signatory_id", UUID.class),
                roles(rs.getArray("initial_roles")),
                Role.valueOf(rs.getString("signer_role")),
                rs.getInt("revision"),
                rs.getString("number"),
                rs.getTimestamp("drafted_at").toInstant(),
                rs.getString("drafted_by_name"),
                signedAt == null ? null : signedAt.toInstant(),
                rs.getString("signed_by_name"),
                List.of(),
                rs.getInt("issued_versions"));
    }

    private static List<Role> roles(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(r -> Role.valueOf((String) r))
                .toList();
    }
}
