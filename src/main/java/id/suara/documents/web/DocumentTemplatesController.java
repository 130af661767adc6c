package id.suara.documents.web;

import id.suara.documents.DocumentTemplates;
import id.suara.documents.TemplateChange;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's API for the templates an institution's documents are printed from (ADR 0029). */
@RestController
@Tag(name = "Document templates", description = "The institution's own templates of its documents, in versions")
@SecurityRequirement(name = "basic")
class DocumentTemplatesController {

    private final DocumentTemplates templates;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    DocumentTemplatesController(DocumentTemplates templates, Institutions institutions, CurrentStaff currentStaff) {
        this.templates = templates;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/institutions/{institutionId}/document-templates")
    @Operation(summary = "Each type of document: whether the institution's own template is used, and its version")
    List<DocumentTemplates.Summary> list(@PathVariable UUID institutionId) {
        return templates.list(currentStaff.get(), seen(institutionId));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/document-templates/{type}")
    @Operation(summary = "A type's template: the current text (the institution's or the shipped one) and its versions")
    DocumentTemplates.Template get(@PathVariable UUID institutionId, @PathVariable String type) {
        return templates.get(currentStaff.get(), seen(institutionId), DocumentTemplates.type(type));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/document-templates/{type}")
    @Operation(
            summary = "Save a new text as the next version: checked in the sandbox with a sample document first;"
                    + " a refusal names body with each problem and its line")
    DocumentTemplates.Template save(
            @PathVariable UUID institutionId, @PathVariable String type, @RequestBody TemplateChange change) {
        return templates.save(currentStaff.get(), seen(institutionId), DocumentTemplates.type(type), change);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/document-templates/{type}/preview")
    @Operation(summary = "A sample document printed from the given text, as a PDF, without saving it")
    ResponseEntity<byte[]> preview(
            @PathVariable UUID institutionId, @PathVariable String type, @RequestBody TemplateChange change) {
        var documentType = DocumentTemplates.type(type);
        var pdf = templates.preview(currentStaff.get(), seen(institutionId), documentType, change.body());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("pratinjau-" + documentType.name().toLowerCase(Locale.ROOT) + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @DeleteMapping("/api/v1/institutions/{institutionId}/document-templates/{type}")
    @Operation(summary = "Go back to the shipped template, recorded as a version")
    DocumentTemplates.Template restoreShipped(
            @PathVariable UUID institutionId,
            @PathVariable String type,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer basedOn) {
        return templates.restoreShipped(
                currentStaff.get(),
                seen(institutionId),
                DocumentTemplates.type(type),
                new TemplateChange(null, note, basedOn));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/document-templates/{type}/versions/{version}")
    @Operation(summary = "One version with its text (none for a version that went back to the shipped template)")
    DocumentTemplates.VersionText version(
            @PathVariable UUID institutionId, @PathVariable String type, @PathVariable int version) {
        return templates.version(currentStaff.get(), seen(institutionId), DocumentTemplates.type(type), version);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/document-templates/{type}/versions/{version}/restore")
    @Operation(summary = "Make an earlier version's text the current one again, as a new version (checked again)")
    DocumentTemplates.Template restore(
            @PathVariable UUID institutionId,
            @PathVariable String type,
            @PathVariable int version,
            @RequestBody(required = false) TemplateChange change) {
        return templates.restore(
                currentStaff.get(),
                seen(institutionId),
                DocumentTemplates.type(type),
                version,
                change == null ? new TemplateChange(null, null, null) : change);
    }

    /** The institution, if the member may see it; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        return institutions.get(institutionId);
    }
}
