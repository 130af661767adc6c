package id.suara.documents;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officials who sign each institution's documents, kept by its administrator. */
@Service
public class Signatories {

    private static final String COLUMNS = "id, institution_id, name, position, rank, nip, active";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    Signatories(JdbcClient jdbc, Validator validator, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The institution's signatories, active ones first, each group by name. */
    @Transactional(readOnly = true)
    public List<Signatory> of(UUID institutionId) {
        return jdbc.sql("select " + COLUMNS + " from signatory where institution_id = ? order by active desc, name")
                .param(institutionId)
                .query((rs, n) -> signatory(rs))
                .list();
    }

    /** One of the institution's signatories. */
    @Transactional(readOnly = true)
    public Optional<Signatory> find(UUID institutionId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from signatory where institution_id = ? and id = ?")
                .params(institutionId, id)
                .query((rs, n) -> signatory(rs))
                .optional();
    }

    /** Adds a signatory, refusing it whole (naming every bad field) when a part is invalid. */
    @Transactional
    public Signatory add(StaffMember editor, Institution institution, NewSignatory entered) {
        requireAdministrator(editor, institution);
        var stripped = entered.stripped();
        var errors = validator.validate(stripped).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var signatory = new Signatory(
                UUID.randomUUID(),
                institution.id(),
                stripped.name(),
                stripped.position(),
                stripped.rank(),
                stripped.nip(),
                true);
        jdbc.sql("""
                insert into signatory (id, institution_id, name, position, rank, nip, active, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, true, ?, ?)""")
                .params(
                        signatory.id(),
                        institution.id(),
                        signatory.name(),
                        signatory.position(),
                        signatory.rank(),
                        signatory.nip(),
                        Timestamp.from(clock.instant()),
                        editor.id())
                .update();
        record(editor, institution, "documents.signatory.added", signatory);
        return signatory;
    }

    /**
     * Retires or restores a signatory. A retired one is offered for no new document; those already signed keep the
     * name they were signed with.
     */
    @Transactional
    public Signatory setActive(StaffMember editor, Institution institution, UUID id, boolean active) {
        requireAdministrator(editor, institution);
        var signatory =
                find(institution.id(), id).orElseThrow(() -> new NotFoundException("Signatory " + id + " not found"));
        jdbc.sql("update signatory set active = ? where id = ?")
                .params(active, id)
                .update();
        var changed = new Signatory(
                signatory.id(),
                signatory.institutionId(),
                signatory.name(),
                signatory.position(),
                signatory.rank(),
                signatory.nip(),
                active);
        record(editor, institution, active ? "documents.signatory.restored" : "documents.signatory.retired", changed);
        return changed;
    }

    private void record(StaffMember editor, Institution institution, String action, Signatory signatory) {
        var details = new LinkedHashMap<String, Object>();
        details.put("name", signatory.name());
        details.put("position", signatory.position());
        audit.record(new AuditEvent(
                action,
                institution.id(),
                editor.id(),
                editor.username(),
                "signatory",
                signatory.id().toString(),
                details));
    }

    private static void requireAdministrator(StaffMember editor, Institution institution) {
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator keeps its signatories");
        }
    }

    private static Signatory signatory(ResultSet rs) throws SQLException {
        return new Signatory(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getString("name"),
                rs.getString("position"),
                rs.getString("rank"),
                rs.getString("nip"),
                rs.getBoolean("active"));
    }
}
