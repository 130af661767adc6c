package id.suara.intake;

import static java.util.Map.entry;

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
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps attachment files outside the database, named by a random key, with their SHA-256 checksum. The type is detected
 * from the bytes and must be on the allow-list and agree with the declared type; office documents (ZIP containers) are
 * walked for zip bombs and nested archives first ({@link ZipContainerCheck}). Images that can carry script (SVG) and HTML
 * are not on the list. A file written during a transaction that rolls back is deleted again, so a refused submission
 * leaves no file behind.
 */
@Component
class AttachmentStore {

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    /** Accepted media types (as detected) and the declared types that may stand for each. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("application/pdf", Set.of("application/pdf")),
            entry("image/jpeg", Set.of("image/jpeg", "image/jpg", "image/pjpeg")),
            entry("image/png", Set.of("image/png")),
            entry("image/webp", Set.of("image/webp")),
            entry(OOXML, Set.of(DOCX, XLSX)),
            entry(ODT, Set.of(ODT)));

    /** Detected types that are ZIP containers, checked by {@link ZipContainerCheck} before they are kept. */
    private static final Set<String> ZIP_CONTAINERS = Set.of(OOXML, ODT);

    /** The file name extensions of each stored type; the first is added to a name that has none of them. */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            entry("application/pdf", List.of("pdf")),
            entry("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
            entry("image/png", List.of("png")),
            entry("image/webp", List.of("webp")),
            entry(DOCX, List.of("docx")),
            entry(XLSX, List.of("xlsx")),
            entry(ODT, List.of("odt")));

    /** Names Windows reserves for devices, whatever extension follows. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    private static final int MAX_NAME_LENGTH = 120;

    private static final Set<String> UNSPECIFIC = Set.of("application/octet-stream", "binary/octet-stream");

    private final Tika tika = new Tika();
    private final IntakeSettings settings;

    AttachmentStore(IntakeSettings settings) {
        this.settings = settings;
    }

    /** A stored file. */
    record StoredFile(String storageKey, String fileName, String mediaType, long size, String sha256) {}

    /** What a file's checks before storing found: the detected type and the declared one (null when unspecific). */
    private record Checked(String detected, String declared) {}

    /**
     * Why a file would be refused, without storing it: empty, too large, or of a type not accepted; empty when the cheap
     * checks pass (office documents are walked only when stored).
     */
    List<InvalidInputException.FieldError> problems(IncomingFile file, String field) {
        try {
            checked(file, field);
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.errors();
        }
    }

    /** The file types accepted, as file name extensions, in the order the form lists them. */
    static List<String> acceptedExtensions() {
        return List.of("pdf", "jpg", "jpeg", "png", "webp", "docx", "xlsx", "odt");
    }

    private Checked checked(IncomingFile file, String field) {
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
        if (declared != null && UNSPECIFIC.contains(declared)) {
            declared = null;
        }
        if (declared != null && !declaredTypes.contains(declared)) {
            throw InvalidInputException.invalid(
                    field, "The file was declared as " + declared + " but its content is " + detected);
        }
        return new Checked(detected, declared);
    }

    /** Checks and stores one file; {@code field} names it in errors, e.g. {@code files[1]}. */
    StoredFile store(IncomingFile file, String field) {
        var checked = checked(file, field);
        var detected = checked.detected();
        var declared = checked.declared();
        var key = UUID.randomUUID().toString();
        var target = path(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), key, ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long written;
            try (InputStream in = new DigestInputStream(file.open(), digest)) {
                written = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            if (written > settings.maxAttachmentBytes()) {
                throw InvalidInputException.invalid(
                        field, "The file is larger than " + settings.maxAttachmentBytes() + " bytes");
            }
            var mediaType = detected;
            if (ZIP_CONTAINERS.contains(detected)) {
                var contents = ZipContainerCheck.check(temporary, field);
                if (detected.equals(OOXML)) {
                    mediaType = officeType(contents, field);
                    if (declared != null && !declared.equals(mediaType)) {
                        throw InvalidInputException.invalid(
                                field, "The file was declared as " + declared + " but its content is " + mediaType);
                    }
                }
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(target);
            return new StoredFile(
                    key,
                    nameFor(file.originalName(), mediaType),
                    mediaType,
                    written,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store attachment", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** DOCX or XLSX, told apart by the parts the container holds rather than by the declared type. */
    private static String officeType(ZipContainerCheck.Contents contents, String field) {
        if (contents.hasEntryUnder("word/")) {
            return DOCX;
        }
        if (contents.hasEntryUnder("xl/")) {
            return XLSX;
        }
        throw InvalidInputException.invalid(
                field, "Office documents other than DOCX, XLSX and ODT are not accepted; send PDF, DOCX, XLSX or ODT");
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
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The name to keep for a file: {@link #sanitiseName sanitised}, and ending in an extension of its detected type, so
     * that a download opens in the program for what it really is ({@code invoice.exe} holding a PDF is kept as
     * {@code invoice.exe.pdf}).
     */
    static String nameFor(String originalName, String mediaType) {
        var name = sanitiseName(originalName);
        var extensions = EXTENSIONS.getOrDefault(mediaType, List.of());
        int dot = name.lastIndexOf('.');
        var extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.isEmpty() || extensions.contains(extension)) {
            return name;
        }
        var suffix = "." + extensions.getFirst();
        return shorten(name, MAX_NAME_LENGTH - suffix.length()) + suffix;
    }

    /**
     * Keeps letters, digits, dot, dash, underscore and space; drops any path; never two dots in a row, empty, hidden, ending
     * in a dot or space, or a Windows device name; at most {@value #MAX_NAME_LENGTH} characters, keeping the end with the
     * extension.
     */
    static String sanitiseName(String name) {
        var base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        base = base.replaceAll("\\.{2,}", ".").replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            base = "lampiran";
        }
        if (WINDOWS_DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        return shorten(base, MAX_NAME_LENGTH);
    }

    /** Keeps the last {@code length} characters, never starting with a dot or space. */
    private static String shorten(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        var end = name.substring(name.length() - length).replaceAll("^[. ]+", "");
        return end.isEmpty() ? "lampiran" : end;
    }

    /** Deletes a file if it is there; a file that cannot be deleted holds nothing anyone can reach without its row. */
    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphan file without its row is harmless
        }
    }

    /** Deletes stored files whose registration was refused or failed before their rows were written. */
    void discard(List<StoredFile> files) {
        files.forEach(file -> deleteQuietly(path(file.storageKey())));
    }

    /** Deletes a file written in the current transaction again if that transaction does not commit. */
    static void deleteOnRollback(Path file) {
        afterCompletion(committed -> {
            if (!committed) {
                deleteQuietly(file);
            }
        });
    }

    /**
     * Deletes files once the current transaction, which removed their rows, has committed: a rollback keeps row and file
     * together. Outside a transaction the rows are already gone, so the files go at once.
     */
    static void deleteAfterCommit(Collection<Path> files) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            files.forEach(AttachmentStore::deleteQuietly);
            return;
        }
        afterCompletion(committed -> {
            if (committed) {
                files.forEach(AttachmentStore::deleteQuietly);
            }
        });
    }

    private static void afterCompletion(Consumer<Boolean> action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.accept(status == STATUS_COMMITTED);
                }
            });
        }
    }
}
