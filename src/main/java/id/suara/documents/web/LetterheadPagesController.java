package id.suara.documents.web;

import id.suara.documents.Letterhead;
import id.suara.documents.Letterheads;
import id.suara.institution.Institutions;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the institution's letterhead (kop surat), printed on every document issued after. */
@Controller
@OfficePage
class LetterheadPagesController {

    private final Letterheads letterheads;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    LetterheadPagesController(Letterheads letterheads, Institutions institutions, CurrentStaff currentStaff) {
        this.letterheads = letterheads;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/kantor/admin/instansi/{id}/kop-surat")
    String show(@PathVariable UUID id, Model model) {
        var institution = institutions.get(administered(id));
        return page(id, institution.name(), letterheads.of(institution), Map.of(), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/kop-surat")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("letterhead") Letterhead form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = institutions.get(administered(id));
        try {
            letterheads.save(currentStaff.get(), institution, form);
        } catch (InvalidInputException refused) {
            var errors = new LinkedHashMap<String, String>();
            RefusedForms.addErrors(refused, "web.admin.letterhead.invalid.", errors);
            RefusedForms.answer(response, model);
            return page(id, institution.name(), form, errors, model);
        }
        redirect.addFlashAttribute("message", "web.admin.letterhead.saved");
        return "redirect:/kantor/admin/instansi/" + id + "/kop-surat";
    }

    /** The emblem as uploaded, for the administrator's page. */
    @GetMapping("/kantor/admin/instansi/{id}/kop-surat/lambang")
    ResponseEntity<byte[]> emblem(@PathVariable UUID id) {
        var emblem = letterheads
                .emblem(administered(id))
                .orElseThrow(() -> new NotFoundException("No emblem for institution " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(emblem.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(emblem.image());
    }

    @PostMapping("/kantor/admin/instansi/{id}/kop-surat/lambang")
    String setEmblem(
            @PathVariable UUID id,
            @RequestParam(name = "emblem", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        var institution = institutions.get(administered(id));
        try {
            letterheads.setEmblem(currentStaff.get(), institution, file == null ? new byte[0] : file.getBytes());
        } catch (InvalidInputException refused) {
            RefusedForms.answer(response, model);
            return page(
                    id,
                    institution.name(),
                    letterheads.of(institution),
                    Map.of("emblem", "web.admin.letterhead.invalid.emblem"),
                    model);
        }
        redirect.addFlashAttribute("message", "web.admin.letterhead.emblemSaved");
        return "redirect:/kantor/admin/instansi/" + id + "/kop-surat";
    }

    @PostMapping("/kantor/admin/instansi/{id}/kop-surat/lambang/hapus")
    String removeEmblem(@PathVariable UUID id, RedirectAttributes redirect) {
        letterheads.removeEmblem(currentStaff.get(), institutions.get(administered(id)));
        redirect.addFlashAttribute("message", "web.admin.letterhead.emblemRemoved");
        return "redirect:/kantor/admin/instansi/" + id + "/kop-surat";
    }

    private UUID administered(UUID id) {
        if (!currentStaff.get().administers(id)) {
            throw new ForbiddenException("Only the institution's administrator sets its letterhead");
        }
        return id;
    }

    private String page(
            UUID id, String institutionName, Letterhead letterhead, Map<String, String> errors, Model model) {
        model.addAttribute("institutionId", id);
        model.addAttribute("institutionName", institutionName);
        model.addAttribute("letterhead", letterhead);
        model.addAttribute("errors", errors);
        model.addAttribute("hasEmblem", letterheads.emblem(id).isPresent());
        return "admin/letterhead";
    }
}
