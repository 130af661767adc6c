package id.suara.sop.web;

import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.sop.SopComparison;
import id.suara.sop.SopPrints;
import id.suara.sop.SopVersion;
import id.suara.sop.SopVersions;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's SOP pages for administrators: every version of the institution's procedures, one version's steps,
 * the differences between two versions, and activating a draft.
 */
@Controller
@OfficePage
class SopPagesController {

    private final SopVersions sops;
    private final SopAdministration administration;
    private final CurrentStaff currentStaff;
    private final Institutions institutions;
    private final SopPrints prints;

    SopPagesController(
            SopVersions sops,
            SopAdministration administration,
            CurrentStaff currentStaff,
            Institutions institutions,
            SopPrints prints) {
        this.sops = sops;
        this.administration = administration;
        this.currentStaff = currentStaff;
        this.institutions = institutions;
        this.prints = prints;
    }

    @GetMapping("/kantor/admin/sop")
    String list(@RequestParam(required = false) UUID institution, Model model) {
        var staff = currentStaff.get();
        if (!staff.holds(Role.INSTITUTION_ADMIN) && !staff.holds(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only administrators open the administration pages");
        }
        var institutionId = institution == null ? staff.institutionId() : institution;
        if (institutionId != null) {
            administration.requireAdmin(institutionId);
        }
        var procedures = new LinkedHashMap<String, List<SopVersion>>();
        if (institutionId != null) {
            for (var version : sops.ofInstitution(institutionId)) {
                procedures
                        .computeIfAbsent(version.code(), code -> new ArrayList<>())
                        .add(version);
            }
        }
        model.addAttribute("staff", staff);
        model.addAttribute(
                "institution",
                institutionId == null
                        ? null
                        : institutions.findById(institutionId).orElse(null));
        model.addAttribute("procedures", procedures);
        model.addAttribute(
                "presets", institutionId == null ? List.of() : administration.installablePresets(institutionId));
        return "admin/sop";
    }

    @GetMapping("/kantor/admin/sop/{id}")
    String view(@PathVariable UUID id, Model model) {
        var version = administered(id);
        model.addAttribute("version", version);
        model.addAttribute("institution", institutions.get(version.institutionId()));
        model.addAttribute("requirements", SopComparison.requirements(version.definition()));
        model.addAttribute("backQuery", backQuery(version));
        return "admin/sop-version";
    }

    /** Any version printed in the official SOP layout; a draft marked DRAF, for the officials to sign. */
    @GetMapping(value = "/kantor/admin/sop/{id}/cetak.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> print(@PathVariable UUID id) {
        var version = administered(id);
        return SopController.inline(prints.pdf(version), SopPrints.fileName(version));
    }

    @GetMapping("/kantor/admin/sop/banding")
    String compare(
            @RequestParam(required = false) UUID a,
            @RequestParam(required = false) UUID b,
            HttpServletResponse response,
            Model model) {
        if (a == null || b == null) {
            response.setStatus(400);
            model.addAttribute("problem", "badRequest");
            return "office/problem";
        }
        var before = administered(a);
        var after = administered(b);
        if (!before.institutionId().equals(after.institutionId())) {
            throw new NotFoundException("SOP version " + b + " is not one of this institution's");
        }
        model.addAttribute("comparison", SopComparison.between(before, after));
        model.addAttribute("institution", institutions.get(before.institutionId()));
        model.addAttribute("backQuery", backQuery(before));
        return "admin/sop-compare";
    }

    @PostMapping("/kantor/admin/sop/{id}/aktifkan")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        var version = administered(id);
        try {
            administration.activate(id);
            redirect.addFlashAttribute("message", "web.admin.sop.activatedNow");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problemMessage", "web.admin.sop.notActivated");
        }
        return "redirect:/kantor/admin/sop" + backQuery(version);
    }

    @PostMapping("/kantor/admin/sop/templat")
    String installPreset(
            @RequestParam(required = false) UUID institution,
            @RequestParam(required = false) String preset,
            RedirectAttributes redirect) {
        var staff = currentStaff.get();
        var institutionId = institution == null ? staff.institutionId() : institution;
        if (institutionId == null) {
            throw new NotFoundException("No institution chosen");
        }
        administration.requireAdmin(institutionId);
        try {
            administration.installPreset(institutionId, preset == null ? "" : preset);
            redirect.addFlashAttribute("message", "web.admin.sop.presetInstalled");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problemMessage", "web.admin.sop.presetRefused");
        }
        return "redirect:/kantor/admin/sop"
                + (institutionId.equals(staff.institutionId()) ? "" : "?institution=" + institutionId);
    }

    /** A version the signed-in administrator manages: another institution's is not found, a non-administrator refused. */
    private SopVersion administered(UUID id) {
        var version = sops.get(id);
        administration.requireSees(version.institutionId());
        administration.requireAdmin(version.institutionId());
        return version;
    }

    /** The list page's query for a version's institution: none for the administrator's own. */
    private String backQuery(SopVersion version) {
        return version.institutionId().equals(currentStaff.get().institutionId())
                ? ""
                : "?institution=" + version.institutionId();
    }
}
