package id.suara.sop.web;

import id.suara.sop.SopDefinition;
import id.suara.sop.SopPrints;
import id.suara.sop.SopVersion;
import id.suara.sop.SopVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** SOP versions: the published procedures (public, transparency principle) and their administration. */
@RestController
@Tag(name = "SOPs", description = "Procedures as versioned data")
class SopController {

    private final SopVersions sops;
    private final SopAdministration administration;
    private final SopPrints prints;

    SopController(SopVersions sops, SopAdministration administration, SopPrints prints) {
        this.sops = sops;
        this.administration = administration;
        this.prints = prints;
    }

    @GetMapping("/api/v1/institutions/{institutionId}/procedures")
    @Operation(summary = "The active procedures of an institution, with steps, roles and time limits (public)")
    List<SopVersion> active(@PathVariable UUID institutionId) {
        return sops.active(institutionId);
    }

    @GetMapping("/api/v1/institutions/{institutionId}/sop-versions")
    @Operation(summary = "Every version of every procedure of an institution (staff)")
    List<SopVersion> versions(@PathVariable UUID institutionId) {
        administration.requireSees(institutionId);
        return sops.ofInstitution(institutionId);
    }

    @GetMapping("/api/v1/sop-versions/{id}")
    @Operation(summary = "One SOP version (staff)")
    SopVersion get(@PathVariable UUID id) {
        var version = sops.get(id);
        administration.requireSees(version.institutionId());
        return version;
    }

    @GetMapping(value = "/api/v1/sop-versions/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "One SOP version printed in the official SOP layout, A4 landscape; a draft marked DRAF, for "
                    + "signature (staff)")
    ResponseEntity<byte[]> printed(@PathVariable UUID id) {
        var version = sops.get(id);
        administration.requireSees(version.institutionId());
        return inline(prints.pdf(version), SopPrints.fileName(version));
    }

    /** A PDF shown in the browser, saved under {@code name}. */
    static ResponseEntity<byte[]> inline(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/sop-versions")
    @Operation(summary = "Store a new draft version of a procedure (administrators)")
    ResponseEntity<SopVersion> draft(@PathVariable UUID institutionId, @RequestBody SopDefinition definition) {
        var version = administration.draft(institutionId, definition);
        return ResponseEntity.created(URI.create("/api/v1/sop-versions/" + version.id()))
                .body(version);
    }

    @PostMapping("/api/v1/sop-versions/{id}/activate")
    @Operation(summary = "Make a draft the version new cases use; running cases keep theirs (administrators)")
    SopVersion activate(@PathVariable UUID id) {
        return administration.activate(id);
    }
}
