package id.suara.documents;

import id.suara.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored versions of institutions' document templates (V60 {@code document_template_version}): appended, never
 * changed. The newest version of an institution and type is the current one; a version without text stands for the
 * template shipped with Suara.
 */
@Repository
class TemplateVersions {

    private final JdbcClient jdbc;

    TemplateVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored version; {@code body} is null for "back to the shipped template". */
    record Stored(
            UUID id,
            int version,
            String body,
            String note,
            Integer restoredFrom,
            Instant createdAt,
            String createdByName) {

        boolean overridden() {
            return body != null;
        }
    }

    /** The version new documents of this type use, when the institution's newest version has a text. */
    record Current(UUID id, int version) {}

    private static final String COLUMNS = "id, version, body, note, restored_from, created_at, created_by_name";

    /** The institution's own template of this type, if its newest version has a text; the text stays in the database. */
    Optional<Current> current(UUID institutionId, DocumentType type) {
        return jdbc.sql("""
                        select id, version, body is not null as overridden from document_template_version
                        where institution_id = :institution and document_type = :type
                        order by version desc limit 1""")
                .param("institution", institutionId)
                .param("type", type.name())
                .query((rs, n) -> rs.getBoolean("overridden")
                        ? Optional.of(new Current(rs.getObject("id", UUID.class), rs.getInt("version")))
                        : Optional.<Current>empty())
                .optional()
                .flatMap(c -> c);
    }

    /** The text of a stored version, by its id. */
    Optional<String> body(UUID versionId) {
        return jdbc.sql("select body from document_template_version where id = :id and body is not null")
                .param("id", versionId)
                .query(String.class)
                .optional();
    }

    /** The newest version of the institution's template of this type. */
    Optional<Stored> newest(UUID institutionId, DocumentType type) {
        return jdbc.sql("select " + COLUMNS + """
                         from document_template_version
                        where institution_id = :institution and document_type = :type
                        order by version desc limit 1""")
                .param("institution", institutionId)
                .param("type", type.name())
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /** The newest version of each type the institution has changed. */
    List<Typed> newestOfEachType(UUID institutionId) {
        return jdbc.sql("select distinct on (document_type) document_type, " + COLUMNS + """
                         from document_template_version where institution_id = :institution
                        order by document_type, version desc""")
                .param("institution", institutionId)
                .query((rs, n) -> new Typed(DocumentType.valueOf(rs.getString("document_type")), stored(rs)))
                .list();
    }

    /** A stored version with its type. */
    record Typed(DocumentType type, Stored stored) {}

    /** Every version of the institution's template of this type, newest first. */
    List<Stored> all(UUID institutionId, DocumentType type) {
        return jdbc.sql("select " + COLUMNS + """
                         from document_template_version
                        where institution_id = :institution and document_type = :type
                        order by version desc""")
                .param("institution", institutionId)
                .param("type", type.name())
                .query((rs, n) -> stored(rs))
                .list();
    }

    /** One version of the institution's template of this type. */
    Optional<Stored> find(UUID institutionId, DocumentType type, int version) {
        return jdbc.sql("select " + COLUMNS + """
                         from document_template_version
                        where institution_id = :institution and document_type = :type and version = :version""")
                .param("institution", institutionId)
                .param("type", type.name())
                .param("version", version)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /**
     * Makes this transaction the only one changing the institution's template of this type until it ends, so that
     * versions are numbered 1, 2, 3 … without two saves taking the same number.
     */
    void lock(UUID institutionId, DocumentType type) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:institution), hashtext(:type))")
                .param("institution", institutionId.toString())
                .param("type", "document-template:" + type.name())
                .query((rs, n) -> 1)
                .list();
    }

    /** Appends the next version; {@code body} null means back to the shipped template. */
    Stored append(
            UUID institutionId,
            DocumentType type,
            int version,
            String body,
            String note,
            Integer restoredFrom,
            StaffMember author,
            Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into document_template_version (id, institution_id, document_type, version, body, note,
                            restored_from, created_at, created_by, created_by_name)
                        values (:id, :institution, :type, :version, :body, :note, :restoredFrom, :at, :by, :byName)""")
                .param("id", id)
                .param("institution", institutionId)
                .param("type", type.name())
                .param("version", version)
                .param("body", body)
                .param("note", note)
                .param("restoredFrom", restoredFrom)
                .param("at", Timestamp.from(at))
                .param("by", author.id())
                .param("byName", author.displayName())
                .update();
        return new Stored(id, version, body, note, restoredFrom, at, author.displayName());
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("body"),
                rs.getString("note"),
                (Integer) rs.getObject("restored_from"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"));
    }
}
