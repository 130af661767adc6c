package id.suara.intake;

import id.suara.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachments the complainant adds to their submission after registration (ADR 0036): checked and stored exactly as at
 * intake ({@link AttachmentStore}, the same limits), kept with the submission's other attachments so staff find them on
 * the case page and download them the same way.
 */
@Component
public class LaterAttachments {

    private final AttachmentStore store;
    private final IntakeSettings settings;
    private final JdbcClient jdbc;

    LaterAttachments(AttachmentStore store, IntakeSettings settings, JdbcClient jdbc) {
        this.store = store;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * Refuses, before anything is stored, more files than one submission may carry or a file that would be refused at
     * intake; each file is named {@code files[i]} in the errors.
     */
    public void check(List<? extends IncomingFile> files) {
        var errors = new ArrayList<InvalidInputException.FieldError>();
        if (files.size() > settings.maxAttachments()) {
            errors.add(new InvalidInputException.FieldError(
                    "files", "At most " + settings.maxAttachments() + " files may be attached"));
        }
        for (int i = 0; i < files.size(); i++) {
            errors.addAll(store.problems(files.get(i), "files[" + i + "]"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }

    /**
     * Stores the files with the submission, in the caller's transaction (a rollback deletes the files again); answers
     * what was stored, in order.
     */
    public List<SubmissionDetails.AttachmentInfo> attach(
            UUID submissionId, List<? extends IncomingFile> files, Instant now) {
        check(files);
        var stored = new ArrayList<AttachmentStore.StoredFile>();
        try {
            for (int i = 0; i < files.size(); i++) {
                stored.add(store.store(files.get(i), "files[" + i + "]"));
            }
        } catch (RuntimeException refused) {
            store.discard(stored);
            throw refused;
        }
        var out = new ArrayList<SubmissionDetails.AttachmentInfo>();
        for (var file : stored) {
            var id = UUID.randomUUID();
            jdbc.sql("""
                    insert into attachment (id, submission_id, file_name, media_type, size_bytes, sha256, storage_key,
                        uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            submissionId,
                            file.fileName(),
                            file.mediaType(),
                            file.size(),
                            file.sha256(),
                            file.storageKey(),
                            Timestamp.from(now))
                    .update();
            out.add(new SubmissionDetails.AttachmentInfo(
                    id, file.fileName(), file.mediaType(), file.size(), file.sha256(), false));
        }
        return out;
    }
}
