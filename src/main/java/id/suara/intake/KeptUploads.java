package id.suara.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of a refused portal form, kept server-side for the corrected retry under the form's one-time token (ADR
 * 0018): a browser never refills a file input, so without this a citizen would lose their files silently. Only files that
 * passed their checks are kept; they are checked again, like any file, when the form is sent. Kept files are deleted when
 * the submission is registered, and unclaimed ones after {@link #KEPT_FOR}.
 */
@Service
public class KeptUploads {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    /** A kept file as the form lists it. */
    public record KeptFile(UUID id, String fileName, long size) {}

    private final JdbcClient jdbc;
    private final AttachmentStore attachments;
    private final IntakeSettings settings;
    private final Clock clock;

    KeptUploads(JdbcClient jdbc, AttachmentStore attachments, IntakeSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps each file that passes its checks under the form's token; a refused file is not kept. */
    @Transactional
    public void keep(String formToken, List<? extends IncomingFile> files) {
        var now = clock.instant();
        removeExpired(now);
        var hash = hash(formToken);
        for (var file : files) {
            if (file instanceof Kept || !attachments.problems(file, "files").isEmpty()) {
                continue;
            }
            var key = UUID.randomUUID().toString();
            var target = path(key);
            try {
                Files.createDirectories(target.getParent());
                // a file kept by a transaction that then rolls back (its row gone with it) goes too
                AttachmentStore.deleteOnRollback(target);
                try (InputStream in = file.open()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep an attachment", e);
            }
            jdbc.sql("""
                    insert into kept_upload (id, form_key_hash, file_name, declared_type, size_bytes, storage_key, kept_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            hash,
                            AttachmentStore.sanitiseName(file.originalName()),
                            file.declaredType(),
                            file.size(),
                            key,
                            Timestamp.from(now))
                    .update();
        }
    }

    /** The files kept under a form's token, oldest first. */
    @Transactional(readOnly = true)
    public List<KeptFile> kept(String formToken) {
        return rows(formToken).stream()
                .map(k -> new KeptFile(k.id(), k.originalName(), k.size()))
                .toList();
    }

    /** The kept files as attachments to send with the form. */
    @Transactional(readOnly = true)
    public List<IncomingFile> incoming(String formToken) {
        return List.copyOf(rows(formToken));
    }

    /** Removes the kept files the citizen chose to remove. */
    @Transactional
    public void remove(String formToken, Collection<UUID> ids) {
        for (var kept : rows(formToken)) {
            if (ids.contains(kept.id())) {
                delete(kept);
            }
        }
    }

    /** Deletes every file kept under a form's token: its submission was registered with copies of them. */
    @Transactional
    public void discard(String formToken) {
        rows(formToken).forEach(this::delete);
    }

    private List<Kept> rows(String formToken) {
        if (formToken == null || formToken.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, file_name, declared_type, size_bytes, storage_key from kept_upload
                where form_key_hash = ? and kept_at > ? order by kept_at, file_name""")
                .params(hash(formToken), Timestamp.from(clock.instant().minus(KEPT_FOR)))
                .query((rs, n) -> new Kept(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("declared_type"),
                        rs.getLong("size_bytes"),
                        path(rs.getString("storage_key"))))
                .list();
    }

    private void delete(Kept kept) {
        jdbc.sql("delete from kept_upload where id = ?").param(kept.id()).update();
        AttachmentStore.deleteAfterCommit(List.of(kept.path()));
    }

    /** A few unclaimed files at a time, skipping rows another transaction is removing. */
    private void removeExpired(Instant now) {
        var expired = new ArrayList<Path>();
        jdbc.sql("""
                delete from kept_upload where id in (
                    select id from kept_upload where kept_at <= ? limit 20 for update skip locked)
                returning storage_key""")
                .param(Timestamp.from(now.minus(KEPT_FOR)))
                .query((rs, n) -> expired.add(path(rs.getString("storage_key"))))
                .list();
        AttachmentStore.deleteAfterCommit(expired);
    }

    private Path path(String key) {
        return settings.attachmentDirectory().resolve("kept").resolve(key);
    }

    private static byte[] hash(String formToken) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("suara/kept-upload/" + formToken).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A kept file as an incoming attachment, read from where it was kept. */
    record Kept(UUID id, String originalName, String declaredType, long size, Path path) implements IncomingFile {

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
