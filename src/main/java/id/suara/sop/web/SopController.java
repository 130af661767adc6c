package id.suara.sop.web;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.shared.ForbiddenException;
import id.suara.shared.NotFoundException;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersion;
import id.suara.sop.SopVersions;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    SopController(SopVersions sops, CurrentStaff currentStaff, AuditLog audit) {
        this.sops = sops;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @GetMapping("/api/v1/institutions/{institutionId}/procedures")
    @Operation(summary = "The active procedures of an institution, with steps, roles and time limits (public)")
    List<SopVersion> active(@PathVariable UUID institutionId) {
        return sops.active(institutionId);
    }

    @GetMapping("/api/v1/institutions/{institutionId}/sop-versions")
    @Operation(summary = "Every version of every procedure of an institution (staff)")
    List<SopVersion> versions(@PathVariable UUID institutionId) {
        requireSees(institutionId);
        return sops.ofInstitution(institutionId);
    }

    @GetMapping("/api/v1/sop-versions/{id}")
    @Operation(summary = "One SOP version (staff)")
    SopVersion get(@PathVariable UUID id) {
        var version = sops.get(id);
        requireSees(version.institutionId());
        return version;
    }

    @PostMapping("/api/v1/institutions/{institutionId}/sop-versions")
    @Transactional
    @Operation(summary = "Store a new draft version of a procedure (administrators)")
    ResponseEntity<SopVersion> draft(@PathVariable UUID institutionId, @RequestBody SopDefinition definition) {
        requireAdmin(institutionId);
        var version = sops.draft(institutionId, definition);
        record("sop.drafted", version);
        return ResponseEntity.created(URI.create("/api/v1/sop-versions/" + version.id()))
                .body(version);
    }

    @PostMapping("/api/v1/sop-versions/{id}/activate")
    @Transactional
    @Operation(summary = "Make a draft the version new cases use; running cases keep theirs (administrators)")
    SopVersion activate(@PathVariable UUID id) {
        requireAdmin(sops.get(id).institutionId());
        var version = sops.activate(id);
        record("sop.activated", version);
        return version;
    }

    private void record(String action, SopVersion version) {
        var actor = currentStaff.get();
        audit.record(new AuditEvent(
                action,
                version.institutionId(),
                actor.id(),
                actor.username(),
                "sop-version",
                version.id().toString(),
                Map.of("code", version.code(), "version", version.version())));
    }

    private void requireSees(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
    }

    private void requireAdmin(UUID institutionId) {
        if (!currentStaff.get().administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators manage its SOPs");
        }
    }
}
