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

    /** The most an emblem may weigh: a kop's emblem prints about 2 cm wide. */
    static final int EMBLEM_MAX_BYTES = 256 * 1024;

    /** The widest or tallest an emblem may be, in pixels. */
    static final int EMBLEM_MAX_PIXELS = 2000;

    /** An emblem as stored: its image and media type. */
    public record Emblem(byte[] image, String mediaType) {

        /** The image as a {@code data:} URI for a document's template. */
        public String dataUri() {
            return "data:" + mediaType + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(image);
        }
    }

    /** The institution's emblem, if its administrator uploaded one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Emblem> emblem(java.util.UUID institutionId) {
        return jdbc.sql("""
                        select emblem, emblem_type from institution_letterhead
                        where institution_id = ? and emblem is not null""")
                .param(institutionId)
                .query((rs, n) -> new Emblem(rs.getBytes("emblem"), rs.getString("emblem_type")))
                .optional();
    }

    /**
     * Sets the region's emblem printed at the left of the kop: a PNG or JPEG (read from its bytes, not its name) of at
     * most 256 KB and 2000 pixels a side; anything else is refused naming {@code emblem}. Audited.
     */
    @Transactional
    public Emblem setEmblem(StaffMember editor, Institution institution, byte[] image) {
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator sets its letterhead");
        }
        var mediaType = emblemType(image);
        jdbc.sql("""
                insert into institution_letterhead (institution_id, unit_name, emblem, emblem_type, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (institution_id) do update set emblem = excluded.emblem, emblem_type = excluded.emblem_type,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(
                        institution.id(),
                        institution.name().toUpperCase(Locale.ROOT),
                        image,
                        mediaType,
                        Timestamp.from(clock.instant()),
                        editor.id())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("emblem", mediaType + ", " + image.length + " bytes");
        audit.record(new AuditEvent(
                "documents.letterhead.changed",
                institution.id(),
                editor.id(),
                editor.username(),
                "institution",
                institution.id().toString(),
                details));
        return new Emblem(image, mediaType);
    }

    /** Removes the emblem; documents issued afterwards have none. */
    @Transactional
    public void removeEmblem(StaffMember editor, Institution institution) {
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator sets its letterhead");
        }
        jdbc.sql("update institution_letterhead set emblem = null, emblem_type = null where institution_id = ?")
                .param(institution.id())
                .update();
        audit.record(new AuditEvent(
                "documents.letterhead.changed",
                institution.id(),
                editor.id(),
                editor.username(),
                "institution",
                institution.id().toString(),
                java.util.Map.of("emblem", "removed")));
    }

    /** PNG or JPEG by its first bytes, within the size limits, and readable as an image; refused otherwise. */
    private static String emblemType(byte[] image) {
        if (image == null || image.length == 0) {
            throw InvalidInputException.invalid("emblem", "must be a PNG or JPEG image");
        }
        if (image.length > EMBLEM_MAX_BYTES) {
            throw InvalidInputException.invalid("emblem", "must be at most 256 KB");
        }
        String mediaType;
        if (image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            mediaType = "image/png";
        } else if (image.length > 3
                && (image[0] & 0xff) == 0xff
                && (image[1] & 0xff) == 0xd8
                && (image[2] & 0xff) == 0xff) {
            mediaType = "image/jpeg";
        } else {
            throw InvalidInputException.invalid("emblem", "must be a PNG or JPEG image");
        }
        try {
            var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
            if (decoded == null) {
                throw InvalidInputException.invalid("emblem", "must be a PNG or JPEG image that can be read");
            }
            if (decoded.getWidth() > EMBLEM_MAX_PIXELS || decoded.getHeight() > EMBLEM_MAX_PIXELS) {
                throw InvalidInputException.invalid("emblem", "must be at most 2000 pixels wide and high");
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException refused) {
                throw refused;
            }
            throw InvalidInputException.invalid("emblem", "must be a PNG or JPEG image that can be read");
        }
        return mediaType;
    }
}
