package id.suara.documents.web;

import id.suara.documents.DocumentTemplates;
import id.suara.documents.DocumentType;
import id.suara.documents.TemplateChange;
import id.suara.documents.TemplateProblem;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages for the templates the institution's documents are printed from (ADR 0029): the types with
 * the template each uses, and per type the text to edit, a PDF preview, saving, going back to the shipped template, and
 * the versions.
 */
@Controller
@OfficePage
class DocumentTemplatesPagesController {

    private final DocumentTemplates templates;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    DocumentTemplatesPagesController(
            DocumentTemplates templates, Institutions institutions, CurrentStaff currentStaff) {
        this.templates = templates;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** One refusal as the page shows it: the line (or none) and the message key with its detail. */
    record Problem(Integer line, String message, String detail) {}

    @GetMapping("/kantor/admin/instansi/{id}/templat-dokumen")
    String list(@PathVariable UUID id, Model model) {
        var institution = administered(id);
        model.addAttribute("institutionId", id);
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("zone", institution.zone());
        model.addAttribute("templates", templates.list(currentStaff.get(), institution));
        return "admin/document-templates";
    }

    @GetMapping("/kantor/admin/instansi/{id}/templat-dokumen/{type}")
    String edit(@PathVariable UUID id, @PathVariable String type, Model model) {
        var institution = administered(id);
        var documentType = type(type);
        var template = templates.get(currentStaff.get(), institution, documentType);
        return page(
                institution,
                template,
                new TemplateChange(template.body(), null, template.basedOn()),
                List.of(),
                Map.of(),
                model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/templat-dokumen/{type}")
    String save(
            @PathVariable UUID id,
            @PathVariable String type,
            @ModelAttribute("form") TemplateChange form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var documentType = type(type);
        try {
            templates.save(currentStaff.get(), institution, documentType, form);
        } catch (InvalidInputException | ConflictException refused) {
            return refusedPage(institution, documentType, form, refused, model, response);
        }
        redirect.addFlashAttribute("message", "web.admin.templates.saved");
        return "redirect:/kantor/admin/instansi/" + id + "/templat-dokumen/" + documentType.name();
    }

    /** The sample document printed from the text in the form, as a PDF; the form with its problems when refused. */
    @PostMapping("/kantor/admin/instansi/{id}/templat-dokumen/{type}/pratinjau")
    Object preview(
            @PathVariable UUID id,
            @PathVariable String type,
            @ModelAttribute("form") TemplateChange form,
            Model model,
            HttpServletResponse response) {
        var institution = administered(id);
        var documentType = type(type);
        try {
            var pdf = templates.preview(currentStaff.get(), institution, documentType, form.body());
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
        } catch (InvalidInputException refused) {
            return refusedPage(institution, documentType, form, refused, model, response);
        }
    }

    @PostMapping("/kantor/admin/instansi/{id}/templat-dokumen/{type}/bawaan")
    String restoreShipped(
            @PathVariable UUID id,
            @PathVariable String type,
            @ModelAttribute("form") TemplateChange form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var documentType = type(type);
        try {
            templates.restoreShipped(currentStaff.get(), institution, documentType, form);
        } catch (InvalidInputException | ConflictException refused) {
            return refusedPage(institution, documentType, null, refused, model, response);
        }
        redirect.addFlashAttribute("message", "web.admin.templates.reset");
        return "redirect:/kantor/admin/instansi/" + id + "/templat-dokumen/" + documentType.name();
    }

    @GetMapping("/kantor/admin/instansi/{id}/templat-dokumen/{type}/versi/{version}")
    String version(@PathVariable UUID id, @PathVariable String type, @PathVariable int version, Model model) {
        var institution = administered(id);
        var documentType = type(type);
        var template = templates.get(currentStaff.get(), institution, documentType);
        model.addAttribute("institutionId", id);
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("zone", institution.zone());
        model.addAttribute("type", documentType);
        model.addAttribute("current", template.version());
        model.addAttribute("basedOn", template.basedOn());
        model.addAttribute("version", templates.version(currentStaff.get(), institution, documentType, version));
        return "admin/document-template-version";
    }

    @PostMapping("/kantor/admin/instansi/{id}/templat-dokumen/{type}/versi/{version}/pulihkan")
    String restore(
            @PathVariable UUID id,
            @PathVariable String type,
            @PathVariable int version,
            @ModelAttribute("form") TemplateChange form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var documentType = type(type);
        try {
            templates.restore(currentStaff.get(), institution, documentType, version, form);
        } catch (InvalidInputException | ConflictException refused) {
            return refusedPage(institution, documentType, null, refused, model, response);
        }
        redirect.addFlashAttribute("message", "web.admin.templates.restored");
        return "redirect:/kantor/admin/instansi/" + id + "/templat-dokumen/" + documentType.name();
    }

    /**
     * The edit page again after a refusal: the text as typed (or the current one), each problem next to the field it
     * concerns, status 422 — or 409 when someone else saved a version meanwhile.
     */
    private String refusedPage(
            Institution institution,
            DocumentType type,
            TemplateChange typed,
            RuntimeException refusal,
            Model model,
            HttpServletResponse response) {
        var template = templates.get(currentStaff.get(), institution, type);
        var form = typed != null
                ? new TemplateChange(typed.body(), typed.note(), typed.basedOn())
                : new TemplateChange(template.body(), null, template.basedOn());
        var problems = new ArrayList<Problem>();
        var errors = new LinkedHashMap<String, String>();
        if (refusal instanceof ConflictException) {
            RefusedForms.answer(response, model, "web.admin.templates.stale");
            response.setStatus(409);
        } else if (refusal instanceof InvalidInputException invalid) {
            RefusedForms.answer(response, model, "web.admin.templates.refused");
            if (invalid.properties().get("problems") instanceof List<?> listed) {
                listed.forEach(p -> {
                    var problem = (TemplateProblem) p;
                    problems.add(new Problem(
                            problem.line(), "web.admin.templates.problem." + problem.reason(), problem.detail()));
                });
            }
            RefusedForms.addErrors(invalid, "web.admin.templates.invalid.", errors);
            errors.remove("body");
        }
        return page(institution, template, form, problems, errors, model);
    }

    private String page(
            Institution institution,
            DocumentTemplates.Template template,
            TemplateChange form,
            List<Problem> problems,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("zone", institution.zone());
        model.addAttribute("template", template);
        model.addAttribute("type", template.type());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
        return "admin/document-template";
    }

    private static DocumentType type(String name) {
        return Arrays.stream(DocumentType.values())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No document type " + name));
    }

    private Institution administered(UUID id) {
        if (!currentStaff.get().administers(id)) {
            throw new ForbiddenException("Only the institution's administrator keeps its document templates");
        }
        return institutions.get(id);
    }
}
