package id.suara.intake;

import id.suara.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Photos kept the way attachments are (ADR 0032): checked for size and for their detected type, named by a random key
 * outside the database with their SHA-256, and deleted again when the storing transaction rolls back. Only JPEG, PNG and
 * WebP images are accepted: other modules (e.g. the documentation of a recess visit) store pictures through this.
 */
@Service
public class StoredImages {

    /** The image types accepted, as detected from the bytes. */
    public static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    /** A stored image. */
    public record StoredImage(String storageKey, String fileName, String mediaType, long size, String sha256) {}

    private final AttachmentStore attachments;

    StoredImages(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    /** Checks and stores an image, or refuses it naming {@code field}; a refused file leaves nothing behind. */
    public StoredImage store(IncomingFile file, String field) {
        var stored = attachments.store(file, field);
        if (!IMAGE_TYPES.contains(stored.mediaType())) {
            attachments.discard(List.of(stored));
            throw InvalidInputException.invalid(field, "must be a photo: JPEG, PNG or WebP");
        }
        return new StoredImage(
                stored.storageKey(), stored.fileName(), stored.mediaType(), stored.size(), stored.sha256());
    }

    /** Opens a stored image for reading. */
    public InputStream open(String storageKey) throws IOException {
        return attachments.open(storageKey);
    }
}
