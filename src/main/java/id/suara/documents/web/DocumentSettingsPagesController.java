package id.suara.documents.web;

import id.suara.documents.DocumentType;
import id.suara.documents.LetterNumberPattern;
import id.suara.documents.LetterNumbers;
import id.suara.documents.NewSignatory;
import id.suara.documents.Signatories;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for who signs the institution's letters and how each type of letter is numbered. */
@Controller
@OfficePage
class DocumentSettingsPagesController {

    private final Signatories signatories;
    private final LetterNumbers numbers;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    DocumentSettingsPagesController(
            Signatories signatories, LetterNumbers numbers, Institutions institutions, CurrentStaff currentStaff) {
        this.signatories = signatories;
        this.numbers = numbers;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/kantor/admin/instansi/{id}/penandatangan")
    String signatories(@PathVariable UUID id, Model model) {
        return signatoriesPage(administered(id), new NewSignatory(null, null, null, null), Map.of(), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/penandatangan")
    String addSignatory(
            @PathVariable UUID id,
            @ModelAttribute("signatory") NewSignatory form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        try {
            signatories.add(currentStaff.get(), institution, form);
        } catch (InvalidInputException refused) {
            var errors = new LinkedHashMap<String, String>();
            RefusedForms.addErrors(refused, "web.admin.signatory.invalid.", errors);
            RefusedForms.answer(response, model);
            return signatoriesPage(institution, form, errors, model);
        }
        redirect.addFlashAttribute("message", "web.admin.signatory.added");
        return "redirect:/kantor/admin/instansi/" + id + "/penandatangan";
    }

    @PostMapping("/kantor/admin/instansi/{id}/penandatangan/{signatoryId}/{change}")
    String changeSignatory(
            @PathVariable UUID id,
            @PathVariable UUID signatoryId,
            @PathVariable String change,
            RedirectAttributes redirect) {
        var institution = administered(id);
        boolean active = switch (change) {
            case "aktifkan" -> true;
            case "pensiunkan" -> false;
            default -> throw new NotFoundException("No change " + change);
        };
        signatories.setActive(currentStaff.get(), institution, signatoryId, active);
        redirect.addFlashAttribute("message", active ? "web.admin.signatory.restored" : "web.admin.signatory.retired");
        return "redirect:/kantor/admin/instansi/" + id + "/penandatangan";
    }

    @GetMapping("/kantor/admin/instansi/{id}/penomoran-surat")
    String numbering(@PathVariable UUID id, Model model) {
        return numberingPage(administered(id), null, null, Map.of(), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/penomoran-surat/{type}")
    String saveNumbering(
            @PathVariable UUID id,
            @PathVariable String type,
            @ModelAttribute("pattern") LetterNumberPattern form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var documentType = Arrays.stream(DocumentType.values())
                .filter(DocumentType::numbered)
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No numbered type " + type));
        try {
            numbers.save(currentStaff.get(), institution, documentType, form);
        } catch (InvalidInputException refused) {
            var errors = new LinkedHashMap<String, String>();
            RefusedForms.addErrors(refused, "web.admin.numbering.invalid.", errors);
            RefusedForms.answer(response, model);
            return numberingPage(institution, documentType, form, errors, model);
        }
        redirect.addFlashAttribute("message", "web.admin.numbering.saved");
        return "redirect:/kantor/admin/instansi/" + id + "/penomoran-surat";
    }

    private String signatoriesPage(
            Institution institution, NewSignatory form, Map<String, String> errors, Model model) {
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("signatories", signatories.of(institution.id()));
        model.addAttribute("signatory", form);
        model.addAttribute("errors", errors);
        return "admin/signatories";
    }

    /** One form per numbered type; the refused one keeps what was typed and says what is wrong. */
    private String numberingPage(
            Institution institution,
            DocumentType refusedType,
            LetterNumberPattern refused,
            Map<String, String> errors,
            Model model) {
        var today = LocalDate.now(institution.zone());
        var rows = new LinkedHashMap<DocumentType, Map<String, Object>>();
        var patterns = numbers.patterns(institution);
        patterns.forEach((type, pattern) -> {
            int next = numbers.upcoming(institution, type, today.getYear());
            var row = new LinkedHashMap<String, Object>();
            row.put("pattern", type == refusedType ? refused : pattern);
            row.put("next", pattern.format(next, today));
            row.put("errors", type == refusedType ? errors : Map.of());
            // the types writing in the same series share its running number
            row.put(
                    "sharedWith",
                    patterns.entrySet().stream()
                            .filter(other -> other.getKey() != type
                                    && other.getValue().series().equals(pattern.series()))
                            .map(Map.Entry::getKey)
                            .toList());
            rows.put(type, row);
        });
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("rows", rows);
        return "admin/numbering";
    }

    private Institution administered(UUID id) {
        if (!currentStaff.get().administers(id)) {
            throw new ForbiddenException("Only the institution's administrator keeps its signatories and numbers");
        }
        return institutions.get(id);
    }
}
