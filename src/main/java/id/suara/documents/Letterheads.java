package id.suara.documents;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.staff.StaffMember;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each institution's letterhead: set by its administrator, printed on every document issued afterwards. */
@Service
public class Letterheads {

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;

    Letterheads(JdbcClient jdbc, Validator validator, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The institution's letterhead; until one is set, its name in capitals and nothing else. */
    @Transactional(readOnly = true)
    public Letterhead of(Institution institution) {
        return jdbc.sql("""
                        select government, unit_name, address, phone, email, website, place
                        from institution_letterhead where institution_id = ?""")
                .param(institution.id())
                .query((rs, n) -> new Letterhead(
                        rs.getString("government"),
                        rs.getString("unit_name"),
                        rs.getString("address"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("website"),
                        rs.getString("place")))
                .optional()
                .orElseGet(() -> new Letterhead(
                        null, institution.name().toUpperCase(Locale.ROOT), null, null, null, null, null));
    }

    /**
     * Sets the institution's letterhead, refusing it whole (naming every bad field) when a part is invalid. Only its
     * administrator or a system administrator may; documents already issued keep the letterhead they were issued with.
     */
    @Transactional
    public Letterhead save(StaffMember editor, Institution institution, Letterhead letterhead) {
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator sets its letterhead");
        }
        var stripped = letterhead.stripped();
        var errors = validator.validate(stripped).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        jdbc.sql("""
                insert into institution_letterhead (institution_id, government, unit_name, address, phone, email, website,
                    place, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (institution_id) do update set government = excluded.government,
                    unit_name = excluded.unit_name, address = excluded.address, phone = excluded.phone,
                    email = excluded.email, website = excluded.website, place = excluded.place,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(
                        institution.id(),
                        stripped.government(),
                        stripped.unitName(),
                        stripped.address(),
                        stripped.phone(),
                        stripped.email(),
                        stripped.website(),
                        stripped.place(),
                        Timestamp.from(clock.instant()),
                        editor.id())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("unitName", stripped.unitName());
        details.put("government", stripped.government());
        audit.record(new AuditEvent(
                "documents.letterhead.changed",
                institution.id(),
                editor.id(),
                editor.username(),
                "institution",
                institution.id().toString(),
                details));
        return stripped;
    }
}
