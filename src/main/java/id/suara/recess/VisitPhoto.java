package id.suara.recess;

import java.time.Instant;
import java.util.UUID;

/** A photo documenting a recess visit, kept like an attachment. */
public record VisitPhoto(
        UUID id, UUID visitId, String fileName, String mediaType, long sizeBytes, String caption, Instant uploadedAt) {}
