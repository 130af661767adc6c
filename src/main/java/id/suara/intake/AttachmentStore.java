package id.suara.intake;

import id.suara.shared.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps attachment files outside the database, named by a random key, with their SHA-256 checksum. The type is detected
 * from the bytes and must be on the allow-list and agree with the declared type. A file written during a transaction that
 * rolls back is deleted again, so a refused submission leaves no file behind.
 */
@Component
class AttachmentStore {

    /** Accepted media types and the declared types that may stand for each. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "application/pdf", Set.of("application/pdf"),
            "image/jpeg", Set.of("image/jpeg", "image/jpg", "image/pjpeg"),
            "image/png", Set.of("image/png"),
            "image/webp", Set.of("image/webp"),
            "application/x-tika-ooxml",
                    Set.of(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text"));

    private static final Set<String> UNSPECIFIC = Set.of("application/octet-stream", "binary/octet-stream");

    private final Tika tika = new Tika();
    private final IntakeSettings settings;

    AttachmentStore(IntakeSettings settings) {
        this.settings = settings;
    }

    /** A stored file. */
    record StoredFile(String storageKey, String fileName, String mediaType, long size, String sha256) {}

    /** Checks and stores one file; {@code field} names it in errors, e.g. {@code files[1]}. */
    StoredFile store(IncomingFile file, String field) {
        if (file.size() <= 0) {
            throw InvalidInputException.invalid(field, "The file is empty");
        }
        if (file.size() > settings.maxAttachmentBytes()) {
            throw InvalidInputException.invalid(
                    field, "The file is larger than " + settings.maxAttachmentBytes() + " bytes");
        }
        var detected = detect(file, field);
        var declaredTypes = ALLOWED.get(detected);
        if (declaredTypes == null) {
            throw InvalidInputException.invalid(
                    field,
                    "Files of type " + detected + " are not accepted; send PDF, JPEG, PNG, WebP, DOCX, XLSX or ODT");
        }
        var declared = baseType(file.declaredType());
        if (declared != null && !UNSPECIFIC.contains(declared) && !declaredTypes.contains(declared)) {
            throw InvalidInputException.invalid(
                    field, "The file was declared as " + declared + " but its content is " + detected);
        }
        String mediaType =
                detected.equals("application/x-tika-ooxml") && declared != null && declaredTypes.contains(declared)
                        ? declared
                        : detected;
        var key = UUID.randomUUID().toString();
        var target = path(key);
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), key, ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long written;
            try (InputStream in = new DigestInputStream(file.open(), digest)) {
                written = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (written > settings.maxAttachmentBytes()) {
                Files.deleteIfExists(temporary);
                throw InvalidInputException.invalid(
                        field, "The file is larger than " + settings.maxAttachmentBytes() + " bytes");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(target);
            return new StoredFile(
                    key,
                    sanitiseName(file.originalName()),
                    mediaType,
                    written,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a stored file for reading. */
    InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(path(storageKey));
    }

    private Path path(String key) {
        return settings.attachmentDirectory().resolve(key.substring(0, 2)).resolve(key);
    }

    private String detect(IncomingFile file, String field) {
        try (InputStream in = new BufferedInputStream(file.open())) {
            return tika.detect(in);
        } catch (IOException e) {
            throw InvalidInputException.invalid(field, "The file could not be read");
        }
    }

    private static String baseType(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Keeps letters, digits, dot, dash, underscore and space; drops any path; never empty or hidden. */
    static String sanitiseName(String name) {
        var base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        base = base.replaceAll("^[. ]+", "").strip();
        if (base.isEmpty()) {
            base = "lampiran";
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException ignored) {
                            // an orphan file without a record is harmless and found by its missing row
                        }
                    }
                }
            });
        }
    }
}
