package id.suara.documents;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letter numbers (GOVDOCS §1.9): each institution's pattern per document type, and the running number per number series
 * and calendar year, raised in the transaction that stores the document so that numbers are gap-free and never repeat
 * (ADR 0025). Types whose patterns print the same codes write in one series, as letters share an outgoing-letter
 * register; a type with its own classification code is numbered on its own.
 */
@Service
public class LetterNumbers {

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    LetterNumbers(JdbcClient jdbc, Validator validator, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The institution's pattern for a numbered type; until its administrator sets one, the usual default. */
    @Transactional(readOnly = true)
    public LetterNumberPattern patternFor(Institution institution, DocumentType type) {
        requireNumbered(type);
        return jdbc.sql("""
                        select pattern, classification_code, unit_code from letter_number_pattern
                        where institution_id = ? and document_type = ?""")
                .params(institution.id(), type.name())
                .query((rs, n) -> new LetterNumberPattern(
                        rs.getString("pattern"), rs.getString("classification_code"), rs.getString("unit_code")))
                .optional()
                .orElseGet(() -> defaultPattern(institution));
    }

    /** Every numbered type's pattern for the institution, in the order of {@link DocumentType}. */
    @Transactional(readOnly = true)
    public Map<DocumentType, LetterNumberPattern> patterns(Institution institution) {
        var patterns = new EnumMap<DocumentType, LetterNumberPattern>(DocumentType.class);
        for (var type : DocumentType.values()) {
            if (type.numbered()) {
                patterns.put(type, patternFor(institution, type));
            }
        }
        return patterns;
    }

    /**
     * Sets how the institution numbers a type of document from now on, refusing it whole (naming every bad field) when
     * a part is invalid. Numbers already issued stay as they are; the running number carries on.
     */
    @Transactional
    public LetterNumberPattern save(
            StaffMember editor, Institution institution, DocumentType type, LetterNumberPattern pattern) {
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator sets its letter numbers");
        }
        requireNumbered(type);
        var stripped = pattern.stripped();
        var errors = new ArrayList<FieldError>();
        validator.validate(stripped).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (errors.stream().noneMatch(e -> e.field().equals("pattern"))) {
            stripped.placeholderProblems().forEach(problem -> errors.add(new FieldError("pattern", problem)));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        jdbc.sql("""
                insert into letter_number_pattern (institution_id, document_type, pattern, classification_code, unit_code,
                    updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (institution_id, document_type) do update set pattern = excluded.pattern,
                    classification_code = excluded.classification_code, unit_code = excluded.unit_code,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(
                        institution.id(),
                        type.name(),
                        stripped.pattern(),
                        stripped.classificationCode(),
                        stripped.unitCode(),
                        Timestamp.from(clock.instant()),
                        editor.id())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("documentType", type.name());
        details.put("pattern", stripped.pattern());
        details.put("classificationCode", stripped.classificationCode());
        details.put("unitCode", stripped.unitCode());
        audit.record(new AuditEvent(
                "documents.numbering.changed",
                institution.id(),
                editor.id(),
                editor.username(),
                "institution",
                institution.id().toString(),
                details));
        return stripped;
    }

    /**
     * The next number of a type for a document issued on {@code date}, taken from its series inside the caller's
     * transaction: if that transaction rolls back, so does the number, and the next document gets it. Concurrent callers
     * queue on the series' row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Institution institution, DocumentType type, LocalDate date) {
        var pattern = patternFor(institution, type);
        int sequence = jdbc.sql("""
                        insert into letter_number_series (institution_id, series, year, last_value)
                        values (?, ?, ?, 1)
                        on conflict (institution_id, series, year)
                            do update set last_value = letter_number_series.last_value + 1
                        returning last_value""")
                .params(institution.id(), pattern.series(), date.getYear())
                .query(Integer.class)
                .single();
        return pattern.format(sequence, date);
    }

    /**
     * The running number the next document of the type would take this year (from its series, which other types may
     * share), for the administrator's preview.
     */
    @Transactional(readOnly = true)
    public int upcoming(Institution institution, DocumentType type, int year) {
        return jdbc.sql("""
                        select coalesce(max(last_value), 0) + 1 from letter_number_series
                        where institution_id = ? and series = ? and year = ?""")
                .params(institution.id(), patternFor(institution, type).series(), year)
                .query(Integer.class)
                .single();
    }

    private static LetterNumberPattern defaultPattern(Institution institution) {
        return new LetterNumberPattern(
                LetterNumberPattern.DEFAULT_PATTERN,
                "000",
                institution.kind() == InstitutionKind.COUNCIL_SECRETARIAT ? "Setwan" : "Dinas");
    }

    private static void requireNumbered(DocumentType type) {
        if (!type.numbered()) {
            throw new IllegalArgumentException(type + " carries the case's registration number, not a letter number");
        }
    }
}
