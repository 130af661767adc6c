package id.suara.sop.web;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopPresets;
import id.suara.sop.SopVersion;
import id.suara.sop.SopVersions;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and change an institution's SOP versions, and the audited changes themselves, shared by the API and the
 * back-office pages so both refuse and record alike.
 */
@Component
class SopAdministration {

    private final SopVersions sops;
    private final SopPresets presets;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    SopAdministration(SopVersions sops, SopPresets presets, CurrentStaff currentStaff, AuditLog audit) {
        this.sops = sops;
        this.presets = presets;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** The signed-in staff member, if they may read the institution's versions; another institution is not found. */
    StaffMember requireSees(UUID institutionId) {
        var staff = currentStaff.get();
        if (!staff.maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        return staff;
    }

    /** The signed-in staff member, if they administer the institution. */
    StaffMember requireAdmin(UUID institutionId) {
        var staff = currentStaff.get();
        if (!staff.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators manage its SOPs");
        }
        return staff;
    }

    /** Stores a new draft of a procedure, recorded as {@code sop.drafted}. */
    @Transactional
    public SopVersion draft(UUID institutionId, SopDefinition definition) {
        requireAdmin(institutionId);
        var version = sops.draft(institutionId, definition);
        record("sop.drafted", version);
        return version;
    }

    /** Makes a draft the version new cases use, recorded as {@code sop.activated}; running cases keep theirs. */
    @Transactional
    public SopVersion activate(UUID versionId) {
        requireAdmin(sops.get(versionId).institutionId());
        var version = sops.activate(versionId);
        record("sop.activated", version);
        return version;
    }

    /**
     * Installs a shipped SOP template as the institution's active version 1 of that procedure, recorded as
     * {@code sop.preset-installed}; refused when the institution already has the procedure or another active one
     * handles the same channel and kind.
     */
    @Transactional
    public SopVersion installPreset(UUID institutionId, String presetCode) {
        requireAdmin(institutionId);
        var definition = presets.find(presetCode)
                .orElseThrow(() -> InvalidInputException.invalid("preset", "Unknown SOP template " + presetCode));
        if (sops.ofInstitution(institutionId).stream().anyMatch(v -> v.code().equals(definition.code()))) {
            throw new ConflictException("preset", "The institution already has the procedure " + definition.code());
        }
        var version = sops.installPreset(institutionId, presetCode);
        record("sop.preset-installed", version);
        return version;
    }

    /** The shipped templates the institution has not installed yet. */
    List<SopDefinition> installablePresets(UUID institutionId) {
        var installed =
                sops.ofInstitution(institutionId).stream().map(SopVersion::code).collect(Collectors.toSet());
        return presets.all().stream().filter(p -> !installed.contains(p.code())).toList();
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
}
