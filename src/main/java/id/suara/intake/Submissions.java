package id.suara.intake;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading registered submissions. */
@Repository
public class Submissions {

    /** Compared against when a tracking number is unknown, so both answers take the same time. */
    private static final byte[] DECOY_HASH = TrackingCodes.hash("decoy-access-code");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AttachmentStore store;
    private final IdentityCipher cipher;

    Submissions(JdbcClient jdbc, JsonMapper json, AttachmentStore store, IdentityCipher cipher) {
        this.jdbc = jdbc;
        this.json = json;
        this.store = store;
        this.cipher = cipher;
    }

    /**
     * The submission a complainant may see: found only when the tracking number exists and the access code matches.
     * Unknown numbers and wrong codes are indistinguishable.
     */
    public Optional<UUID> findForComplainant(String trackingNumber, String accessCode) {
        var canonical = TrackingCodes.canonicalTrackingNumber(trackingNumber);
        record Row(UUID id, byte[] hash) {}
        var row = canonical == null
                ? Optional.<Row>empty()
                : jdbc.sql("select id, access_code_hash from submission where tracking_number = ?")
                        .param(canonical)
                        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getBytes("access_code_hash")))
                        .optional();
        return accessCodeMatches(accessCode, row.map(Row::hash).orElse(null)) ? row.map(Row::id) : Optional.empty();
    }

    /** The tracking number as stored (upper case, canonical hyphens), or null when the input cannot be one. */
    public static String canonicalTrackingNumber(String input) {
        return TrackingCodes.canonicalTrackingNumber(input);
    }

    /**
     * Whether the access code matches the stored hash, compared in constant time; with no stored hash (an unknown
     * tracking number) a decoy is compared, so that an unknown number and a wrong code take the same time and answer the
     * same.
     */
    public static boolean accessCodeMatches(String accessCode, byte[] storedHash) {
        boolean matches = TrackingCodes.matches(
                accessCode == null ? "" : accessCode, storedHash == null ? DECOY_HASH : storedHash);
        return storedHash != null && matches;
    }

    /**
     * The whole submission with the complainant's identity decrypted. Callers decide who may see the identity; a wrong
     * encryption key or an altered value fails here rather than returning garbage.
     */
    public Optional<SubmissionDetails> details(UUID id) {
        return jdbc.sql("select * from submission where id = ?")
                .param(id)
                .query((rs, n) -> details(rs))
                .optional();
    }

    /**
     * How to reach a complainant with notices (ADR 0035): the e-mail address and phone number they gave (decrypted;
     * none for an anonymous submission) and the language they chose.
     */
    public record Contact(UUID submissionId, String email, String phone, String language) {

        /** Ids only: the address and number are personal data, which must not reach a log. */
        @Override
        public String toString() {
            return "Contact[" + submissionId + ", language=" + language + "]";
        }
    }

    /** The contacts of submissions, by id, in one query whatever their number. */
    public Map<UUID, Contact> contacts(java.util.Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, anonymous, email, phone, language from submission where id = any(?)")
                .param(submissionIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    boolean anonymous = rs.getBoolean("anonymous");
                    return new Contact(
                            id,
                            anonymous
                                    ? null
                                    : cipher.decrypt(rs.getString("email"), IdentityCipher.context("email", id)),
                            anonymous
                                    ? null
                                    : cipher.decrypt(rs.getString("phone"), IdentityCipher.context("phone", id)),
                            rs.getString("language"));
                })
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Contact::submissionId, c -> c));
    }

    /**
     * The complainant's name — with the organisation, when one is given — of those of the submissions that are neither
     * confidential nor anonymous, by id, for lists every staff member of the institution may read (ADR 0009, 0041). A
     * confidential or anonymous submission's identity is not even decrypted: it is absent from the map.
     */
    public Map<UUID, String> namesForLists(java.util.Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        var names = new java.util.HashMap<UUID, String>();
        jdbc.sql("""
                        select id, complainant_name, complainant_organisation from submission
                        where id = any(?) and not confidential and not anonymous""").param(submissionIds.toArray(UUID[]::new)).query(rs -> {
            var id = rs.getObject("id", UUID.class);
            var name = cipher.decrypt(rs.getString("complainant_name"), IdentityCipher.context("complainant_name", id));
            var organisation = cipher.decrypt(
                    rs.getString("complainant_organisation"), IdentityCipher.context("complainant_organisation", id));
            var text = name == null || name.isBlank()
                    ? organisation
                    : organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
            if (text != null && !text.isBlank()) {
                names.put(id, text);
            }
        });
        return names;
    }

    /** The institution a submission was registered with. */
    public Optional<UUID> institutionOf(UUID submissionId) {
        return jdbc.sql("select institution_id from submission where id = ?")
                .param(submissionId)
                .query(UUID.class)
                .optional();
    }

    /** The receipt (tanda terima) issued at registration. */
    public Optional<Map<String, Object>> receipt(UUID submissionId) {
        return jdbc.sql("select content from receipt where submission_id = ?")
                .param(submissionId)
                .query(String.class)
                .optional()
                .map(content -> json.readValue(content, new TypeReference<Map<String, Object>>() {}));
    }

    /**
     * The titles on the receipts of these submissions (the topic as redacted for publication), in one statement for a
     * page of published answers; a submission without a receipt or a title is left out.
     */
    public Map<UUID, String> receiptTitles(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select submission_id, content ->> 'title' as title from receipt
                        where submission_id = any(?) and jsonb_typeof(content -> 'title') = 'string'""")
                .param(submissionIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("submission_id", UUID.class), rs.getString("title")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Opens an attachment of a submission, if it belongs to it. */
    public Optional<AttachmentContent> attachment(UUID submissionId, UUID attachmentId) {
        return jdbc.sql("select * from attachment where id = ? and submission_id = ?")
                .params(attachmentId, submissionId)
                .query((rs, n) -> new AttachmentContent(attachmentInfo(rs), rs.getString("storage_key")))
                .optional();
    }

    /** An attachment and a way to read its bytes. */
    public final class AttachmentContent {
        private final SubmissionDetails.AttachmentInfo info;
        private final String storageKey;

        AttachmentContent(SubmissionDetails.AttachmentInfo info, String storageKey) {
            this.info = info;
            this.storageKey = storageKey;
        }

        public SubmissionDetails.AttachmentInfo info() {
            return info;
        }

        public InputStream open() throws IOException {
            return store.open(storageKey);
        }
    }

    private SubmissionDetails details(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var attachments = jdbc.sql("select * from attachment where submission_id = ? order by uploaded_at, file_name")
                .param(id)
                .query((a, n) -> attachmentInfo(a))
                .list();
        return new SubmissionDetails(
                id,
                rs.getObject("institution_id", UUID.class),
                SubmissionKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("registration_number"),
                rs.getString("tracking_number"),
                cipher.open(rs, id),
                rs.getBoolean("confidential"),
                rs.getBoolean("anonymous"),
                rs.getString("respondent"),
                rs.getString("title"),
                rs.getString("purpose"),
                rs.getString("substance"),
                instant(rs.getTimestamp("audience_requested_for")),
                (Integer) rs.getObject("delegation_size"),
                instant(rs.getTimestamp("registered_at")),
                rs.getObject("registered_by", UUID.class),
                attachments);
    }

    private static SubmissionDetails.AttachmentInfo attachmentInfo(ResultSet rs) throws SQLException {
        return new SubmissionDetails.AttachmentInfo(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getBoolean("internal"));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
