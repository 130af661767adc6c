package id.suara.documents.web;

import id.suara.documents.DocumentType;
import id.suara.documents.LetterNumberPattern;
import id.suara.documents.LetterNumbers;
import id.suara.documents.Letterhead;
import id.suara.documents.Letterheads;
import id.suara.documents.NewSignatory;
import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for what an institution's documents carry: letterhead, signatories and letter numbers. */
@RestController
@Tag(name = "Documents", description = "Letterhead, signatories and letter numbers of an institution's documents")
@SecurityRequirement(name = "basic")
class DocumentSettingsController {

    private final Letterheads letterheads;
    private final Signatories signatories;
    private final LetterNumbers numbers;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    DocumentSettingsController(
            Letterheads letterheads,
            Signatories signatories,
            LetterNumbers numbers,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.letterheads = letterheads;
        this.signatories = signatories;
        this.numbers = numbers;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** How a type of letter is numbered, and the number its next letter would take this year. */
    /**
     * How a type is numbered.
     *
     * @param series the number series the type writes in (its pattern with the codes filled in); types of one series
     *     share its running number
     */
    record Numbering(
            String pattern,
            String classificationCode,
            String unitCode,
            String series,
            int nextSequence,
            String nextNumber) {}

    @GetMapping("/api/v1/institutions/{institutionId}/letterhead")
    @Operation(summary = "The institution's letterhead (staff)")
    Letterhead letterhead(@PathVariable UUID institutionId) {
        return letterheads.of(seen(institutionId));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/letterhead")
    @Operation(summary = "Set the institution's letterhead (administrators)")
    Letterhead setLetterhead(@PathVariable UUID institutionId, @RequestBody Letterhead letterhead) {
        return letterheads.save(currentStaff.get(), seen(institutionId), letterhead);
    }

    @PutMapping(
            path = "/api/v1/institutions/{institutionId}/letterhead/emblem",
            consumes = {"image/png", "image/jpeg"})
    @Operation(
            summary =
                    "Set the region's emblem printed at the left of the kop: PNG or JPEG, at most 256 KB (administrators)")
    ResponseEntity<Void> setEmblem(@PathVariable UUID institutionId, @RequestBody byte[] image) {
        letterheads.setEmblem(currentStaff.get(), seen(institutionId), image);
        return ResponseEntity.noContent().build();
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/institutions/{institutionId}/letterhead/emblem")
    @Operation(summary = "Remove the emblem (administrators)")
    ResponseEntity<Void> removeEmblem(@PathVariable UUID institutionId) {
        letterheads.removeEmblem(currentStaff.get(), seen(institutionId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/institutions/{institutionId}/signatories")
    @Operation(summary = "The institution's signatories, active ones first (staff)")
    List<Signatory> signatories(@PathVariable UUID institutionId) {
        return signatories.of(seen(institutionId).id());
    }

    @PostMapping("/api/v1/institutions/{institutionId}/signatories")
    @Operation(summary = "Add a signatory: name, position, rank and the 18-digit NIP (administrators)")
    ResponseEntity<Signatory> addSignatory(@PathVariable UUID institutionId, @RequestBody NewSignatory signatory) {
        return ResponseEntity.status(201).body(signatories.add(currentStaff.get(), seen(institutionId), signatory));
    }

    @PostMapping("/api/v1/institutions/{institutionId}/signatories/{signatoryId}/retire")
    @Operation(summary = "Retire a signatory: offered for no new letter (administrators)")
    Signatory retire(@PathVariable UUID institutionId, @PathVariable UUID signatoryId) {
        return signatories.setActive(currentStaff.get(), seen(institutionId), signatoryId, false);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/signatories/{signatoryId}/restore")
    @Operation(summary = "Restore a retired signatory (administrators)")
    Signatory restore(@PathVariable UUID institutionId, @PathVariable UUID signatoryId) {
        return signatories.setActive(currentStaff.get(), seen(institutionId), signatoryId, true);
    }

    @GetMapping("/api/v1/institutions/{institutionId}/letter-numbers")
    @Operation(summary = "How each type of letter is numbered, with the next number this year (staff)")
    Map<DocumentType, Numbering> letterNumbers(@PathVariable UUID institutionId) {
        var institution = seen(institutionId);
        return numbers.patterns(institution).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> numbering(institution, e.getKey(), e.getValue()),
                        (a, b) -> a,
                        () -> new java.util.EnumMap<>(DocumentType.class)));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/letter-numbers/{type}")
    @Operation(summary = "Set how a type of letter is numbered from now on (administrators)")
    Numbering setLetterNumber(
            @PathVariable UUID institutionId, @PathVariable String type, @RequestBody LetterNumberPattern pattern) {
        var institution = seen(institutionId);
        var documentType = numberedType(type);
        var saved = numbers.save(currentStaff.get(), institution, documentType, pattern);
        return numbering(institution, documentType, saved);
    }

    private Numbering numbering(Institution institution, DocumentType type, LetterNumberPattern pattern) {
        var today = LocalDate.now(institution.zone());
        int next = numbers.upcoming(institution, type, today.getYear());
        return new Numbering(
                pattern.pattern(),
                pattern.classificationCode(),
                pattern.unitCode(),
                pattern.series(),
                next,
                pattern.format(next, today));
    }

    private static DocumentType numberedType(String type) {
        try {
            var documentType = DocumentType.valueOf(type);
            if (documentType.numbered()) {
                return documentType;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw InvalidInputException.invalid(
                "type",
                "must be one of "
                        + java.util.Arrays.stream(DocumentType.values())
                                .filter(DocumentType::numbered)
                                .map(Enum::name)
                                .collect(Collectors.joining(", ")));
    }

    /** The institution, if the member may see it; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        return institutions.get(institutionId);
    }
}
