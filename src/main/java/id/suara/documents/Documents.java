package id.suara.documents;

import id.suara.institution.Institution;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues documents and keeps them as issued: rendered once, stored with their SHA-256 and a verification code, and served
 * from storage ever after (ADR 0024).
 */
@Service
public class Documents {

    /** Unambiguous characters for the verification code (no 0/O, 1/I/L). */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    /** 20 characters of 31: ~99 bits, far beyond guessing. */
    private static final int CODE_LENGTH = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PdfRenderer renderer;
    private final DocumentSettings settings;
    private final Letterheads letterheads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Documents(
            JdbcClient jdbc,
            PdfRenderer renderer,
            DocumentSettings settings,
            Letterheads letterheads,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.settings = settings;
        this.letterheads = letterheads;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a document is issued from: its institution, its number and its template's variables (besides those every
     * document has: institution, letterhead, number, issued date, verification address and QR code).
     */
    public record Draft(Institution institution, String number, Map<String, Object> content) {}

    /**
     * The newest version of a submission's document of this type, as stored; issued now from {@code draft} if it has none
     * yet. The draft is worked out only then. Concurrent first requests issue it once: the second waits for the first
     * and serves what it stored.
     */
    @Transactional
    public Pdf issueOnce(UUID submissionId, DocumentType type, Supplier<Draft> draft) {
        return issueOnce(submissionId, null, type, draft);
    }

    /**
     * The newest version of the document of this type issued for one subject of a submission, such as one of a case's
     * dispositions, as stored; issued now from {@code draft} if it has none yet, once however many ask at the same time
     * (as {@link #issueOnce(UUID, DocumentType, Supplier)}).
     *
     * @param subjectId what the document is issued for; null for the submission itself (the receipt)
     */
    @Transactional
    public Pdf issueOnce(UUID submissionId, UUID subjectId, DocumentType type, Supplier<Draft> draft) {
        var stored = newest(submissionId, subjectId, type);
        if (stored.isPresent()) {
            return stored.get();
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))")
                .params((subjectId == null ? submissionId : subjectId).toString(), type.name())
                .query((rs, n) -> 1)
                .list();
        return newest(submissionId, subjectId, type).orElseGet(() -> issue(submissionId, subjectId, type, draft.get()));
    }

    /** The newest document of this type issued for a subject (see {@link #issueOnce(UUID, UUID, DocumentType, Supplier)}). */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> issuedFor(UUID subjectId, DocumentType type) {
        return jdbc.sql("select " + COLUMNS
                        + " from issued_document where subject_id = ? and type = ? order by version desc limit 1")
                .params(subjectId, type.name())
                .query((rs, n) -> document(rs))
                .optional();
    }

    private Pdf issue(UUID submissionId, UUID subjectId, DocumentType type, Draft draft) {
        var issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store(
                draft.institution(),
                submissionId,
                null,
                subjectId,
                null,
                type,
                draft.number(),
                1,
                null,
                issuedAt,
                draft.content());
    }

    /**
     * Issues the next version of a record that is neither a letter nor one per submission — a meeting's attendance list
     * or minutes — keyed by what it records ({@code meeting:<id>}); a later version names the one it replaces. It is
     * listed with {@code submissionId}'s documents when one is given.
     */
    @Transactional
    public Pdf issueRecord(UUID submissionId, String recordKey, DocumentType type, Draft draft) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))")
                .params(recordKey, type.name())
                .query((rs, n) -> 1)
                .list();
        var previous = newestRecord(recordKey, type);
        var issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store(
                draft.institution(),
                submissionId,
                null,
                null,
                recordKey,
                type,
                draft.number(),
                previous.map(p -> p.document().version() + 1).orElse(1),
                previous.map(p -> p.document().id()).orElse(null),
                issuedAt,
                draft.content());
    }

    /** The newest version of a record of this type, as stored. */
    @Transactional(readOnly = true)
    public Optional<Pdf> newestRecord(String recordKey, DocumentType type) {
        return jdbc.sql("select " + COLUMNS + ", pdf from issued_document where record_key = ? and type = ?"
                        + " order by version desc limit 1")
                .params(recordKey, type.name())
                .query((rs, n) -> new Pdf(document(rs), rs.getBytes("pdf")))
                .optional();
    }

    /** The versions issued of a record's documents, newest first. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> listForRecord(String recordKey) {
        return jdbc.sql("select " + COLUMNS
                        + " from issued_document where record_key = ? order by issued_at desc, version desc")
                .param(recordKey)
                .query((rs, n) -> document(rs))
                .list();
    }

    /** One of a record's documents with its PDF, as stored. */
    @Transactional(readOnly = true)
    public Optional<Pdf> findRecord(String recordKey, UUID documentId) {
        return jdbc.sql("select " + COLUMNS + ", pdf from issued_document where record_key = ? and id = ?")
                .params(recordKey, documentId)
                .query((rs, n) -> new Pdf(document(rs), rs.getBytes("pdf")))
                .optional();
    }

    /**
     * Issues a signed letter: its next version (the first, or a correction naming the version it replaces), rendered
     * with its initials and signatory. Called by {@link Letters} in the signing transaction.
     */
    Pdf issueLetter(Institution institution, Letter letter, Signatory signatory, java.time.Instant issuedAt) {
        var previous = jdbc.sql("select id from issued_document where letter_id = ? order by version desc limit 1")
                .param(letter.id())
                .query(UUID.class)
                .optional()
                .orElse(null);
        return store(
                institution,
                letter.submissionId(),
                letter.id(),
                null,
                null,
                letter.type(),
                letter.number(),
                letter.issuedVersions() + 1,
                previous,
                issuedAt,
                letterContent(letter, signatory));
    }

    /** A letter's own variables: the letter, its signatory and, for an event, its date as a date and in words. */
    static Map<String, Object> letterContent(Letter letter, Signatory signatory) {
        var content = new LinkedHashMap<String, Object>();
        content.put("letter", letter);
        content.put("signatory", signatory);
        var eventDate = letter.content().get("date");
        if (eventDate != null) {
            // parsed here: templates may not call static methods
            var date = java.time.LocalDate.parse(eventDate);
            content.put("eventDate", date);
            content.put("eventDateInWords", IndonesianWords.date(date));
        }
        return content;
    }

    private Pdf store(
            Institution institution,
            UUID submissionId,
            UUID letterId,
            UUID subjectId,
            String recordKey,
            DocumentType type,
            String number,
            int version,
            UUID replacesId,
            java.time.Instant issuedAt,
            Map<String, Object> content) {
        var code = verificationCode();
        var rendered =
                renderer.render(institution, type, variables(institution, number, version, issuedAt, code, content));
        var pdf = rendered.pdf();
        var document = new IssuedDocument(
                UUID.randomUUID(),
                institution.id(),
                submissionId,
                type,
                number,
                version,
                issuedAt,
                institution.name(),
                code,
                sha256(pdf),
                letterId);
        jdbc.sql("""
                insert into issued_document (id, institution_id, submission_id, letter_id, subject_id, record_key, type,
                    number, version, replaces_id, issued_at, issuer, verification_code, sha256, pdf, template_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        document.id(),
                        document.institutionId(),
                        submissionId,
                        letterId,
                        subjectId,
                        recordKey,
                        type.name(),
                        document.number(),
                        document.version(),
                        replacesId,
                        Timestamp.from(issuedAt),
                        document.issuer(),
                        code,
                        document.sha256(),
                        pdf,
                        rendered.templateVersion())
                .update();
        events.publishEvent(
                new DocumentIssued(document.id(), submissionId, letterId, type, document.number(), document.version()));
        return new Pdf(document, pdf);
    }

    /**
     * Every variable a document's template gets: its own {@code content} and what every document has — institution,
     * letterhead and emblem, number, version, issue time and zone, verification address, code and QR code.
     */
    Map<String, Object> variables(
            Institution institution,
            String number,
            int version,
            java.time.Instant issuedAt,
            String code,
            Map<String, Object> content) {
        var verificationUrl = verificationUrl(code);
        var variables = new LinkedHashMap<>(content);
        variables.put("institution", institution);
        variables.put("letterhead", letterheads.of(institution));
        variables.put(
                "emblem",
                letterheads
                        .emblem(institution.id())
                        .map(Letterheads.Emblem::dataUri)
                        .orElse(null));
        variables.put("number", number);
        variables.put("version", version);
        variables.put("issuedAt", issuedAt);
        variables.put("zone", institution.zone());
        variables.put("verificationUrl", verificationUrl);
        variables.put("verificationCode", code);
        variables.put("qrCode", PdfRenderer.qrCode(verificationUrl));
        return variables;
    }

    /**
     * A working document of another module — a list or compilation printed on demand, not issued: no number, no
     * verification code, nothing stored. Its shipped template under {@code templates/documents/} gets {@code content}
     * and the institution, letterhead, emblem, the time it is printed ({@code issuedAt}) and the zone, so the layout's
     * letterhead and dateline fragments print as on an issued document.
     *
     * @param template the template's name under {@code documents/}, e.g. {@code recess-report}
     */
    public byte[] renderWorking(Institution institution, String template, Map<String, Object> content) {
        if (!template.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("Not a shipped template name: " + template);
        }
        var variables = new LinkedHashMap<>(content);
        variables.put("institution", institution);
        variables.put("letterhead", letterheads.of(institution));
        variables.put(
                "emblem",
                letterheads
                        .emblem(institution.id())
                        .map(Letterheads.Emblem::dataUri)
                        .orElse(null));
        variables.put("issuedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS));
        variables.put("zone", institution.zone());
        return renderer.renderShipped("documents/" + template, variables);
    }

    /** The SHA-256 of some bytes, in hexadecimal (as issued documents keep it). */
    public static String checksum(byte[] content) {
        return sha256(content);
    }

    /** What the public verification page shows of a document, found by its code; nothing confidential. */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> verify(String code) {
        if (code == null || code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from issued_document where verification_code = ?")
                .param(code)
                .query((rs, n) -> document(rs))
                .optional();
    }

    /**
     * The newest version of the same document when this one has been corrected since: a letter's later signature, or a
     * later version of a submission's document of the same type.
     */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> replacedBy(IssuedDocument document) {
        var sql = document.letterId() != null
                ? "select " + COLUMNS
                        + " from issued_document where letter_id = ? and version > ? order by version desc limit 1"
                : "select " + COLUMNS
                        + " from issued_document where submission_id = ? and type = ? and letter_id is null"
                        + " and version > ? order by version desc limit 1";
        var query = document.letterId() != null
                ? jdbc.sql(sql).params(document.letterId(), document.version())
                : jdbc.sql(sql).params(document.submissionId(), document.type().name(), document.version());
        return query.query((rs, n) -> document(rs)).optional();
    }

    /** The documents issued for a submission, newest first. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> listFor(UUID submissionId) {
        return jdbc.sql("select " + COLUMNS + " from issued_document where submission_id = ? order by issued_at desc")
                .param(submissionId)
                .query((rs, n) -> document(rs))
                .list();
    }

    /** The versions issued of a letter, newest first. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> listForLetter(UUID letterId) {
        return jdbc.sql("select " + COLUMNS + " from issued_document where letter_id = ? order by version desc")
                .param(letterId)
                .query((rs, n) -> document(rs))
                .list();
    }

    /** One of a submission's documents with its PDF, as stored. */
    @Transactional(readOnly = true)
    public Optional<Pdf> find(UUID submissionId, UUID documentId) {
        return jdbc.sql("select " + COLUMNS + ", pdf from issued_document where submission_id = ? and id = ?")
                .params(submissionId, documentId)
                .query((rs, n) -> new Pdf(document(rs), rs.getBytes("pdf")))
                .optional();
    }

    /** The public address of a document's verification page. */
    public String verificationUrl(String code) {
        return settings.publicBaseUrl().replaceAll("/+$", "") + "/verifikasi/" + code;
    }

    private Optional<Pdf> newest(UUID submissionId, UUID subjectId, DocumentType type) {
        if (subjectId != null) {
            return jdbc.sql("select " + COLUMNS
                            + ", pdf from issued_document where submission_id = ? and subject_id = ?"
                            + " and type = ? order by version desc limit 1")
                    .params(submissionId, subjectId, type.name())
                    .query((rs, n) -> new Pdf(document(rs), rs.getBytes("pdf")))
                    .optional();
        }
        return jdbc.sql("select " + COLUMNS
                        + ", pdf from issued_document where submission_id = ? and type = ? and letter_id is null"
                        + " and subject_id is null and record_key is null order by version desc limit 1")
                .params(submissionId, type.name())
                .query((rs, n) -> new Pdf(document(rs), rs.getBytes("pdf")))
                .optional();
    }

    private static final String COLUMNS =
            "id, institution_id, submission_id, type, number, version, issued_at, issuer, verification_code, sha256, letter_id";

    private static IssuedDocument document(ResultSet rs) throws SQLException {
        return new IssuedDocument(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("submission_id", UUID.class),
                DocumentType.valueOf(rs.getString("type")),
                rs.getString("number"),
                rs.getInt("version"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issuer"),
                rs.getString("verification_code"),
                rs.getString("sha256"),
                rs.getObject("letter_id", UUID.class));
    }

    private static String verificationCode() {
        var code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An issued document and its PDF. */
    public record Pdf(IssuedDocument document, byte[] content) {
        @Override
        public String toString() {
            return "Pdf[" + document + ", " + content.length + " bytes]";
        }
    }
}
