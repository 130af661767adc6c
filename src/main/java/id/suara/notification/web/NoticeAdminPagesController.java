package id.suara.notification.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.notification.Milestone;
import id.suara.notification.NoticeGateways;
import id.suara.notification.NoticeTemplates;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the institution's notice templates and SMS/WhatsApp gateway (ADR 0035). */
@Controller
@OfficePage
class NoticeAdminPagesController {

    private final NoticeTemplates templates;
    private final NoticeGateways gateways;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    NoticeAdminPagesController(
            NoticeTemplates templates, NoticeGateways gateways, Institutions institutions, CurrentStaff currentStaff) {
        this.templates = templates;
        this.gateways = gateways;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** One template's form as shown: as saved, or as typed when refused, with its errors and preview. */
    record TemplateForm(
            Milestone milestone,
            String language,
            String subject,
            String body,
            boolean custom,
            Map<String, String> errors,
            NoticeTemplates.Rendered preview) {

        public String id() {
            return milestone.name() + "-" + language;
        }
    }

    /** The gateway form as shown. */
    record GatewayForm(String url, boolean sms, boolean whatsapp, boolean secretSet, Map<String, String> errors) {}

    @GetMapping("/kantor/admin/instansi/{id}/pemberitahuan")
    String page(@PathVariable UUID id, Model model) {
        return page(administered(id), null, null, model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/pemberitahuan/templat/{milestone}/{language}")
    String saveTemplate(
            @PathVariable UUID id,
            @PathVariable String milestone,
            @PathVariable String language,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var m = NoticeTemplates.milestone(milestone);
        var lang = NoticeTemplates.checkedLanguage(language);
        try {
            templates.save(id, m, lang, subject, body, currentStaff.get().id());
        } catch (InvalidInputException refused) {
            RefusedForms.answer(response, model);
            var errors = new LinkedHashMap<String, String>();
            refused.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
            return page(institution, new TemplateForm(m, lang, subject, body, true, errors, null), null, model);
        }
        redirect.addFlashAttribute("message", "web.notices.templates.saved");
        return "redirect:/kantor/admin/instansi/" + id + "/pemberitahuan#" + m.name() + "-" + lang;
    }

    @PostMapping("/kantor/admin/instansi/{id}/pemberitahuan/templat/{milestone}/{language}/bawaan")
    String resetTemplate(
            @PathVariable UUID id,
            @PathVariable String milestone,
            @PathVariable String language,
            RedirectAttributes redirect) {
        administered(id);
        templates.reset(id, NoticeTemplates.milestone(milestone), language);
        redirect.addFlashAttribute("message", "web.notices.templates.saved");
        return "redirect:/kantor/admin/instansi/" + id + "/pemberitahuan";
    }

    @PostMapping("/kantor/admin/instansi/{id}/pemberitahuan/gateway")
    String saveGateway(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String secret,
            @RequestParam(required = false) List<String> channels,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var chosen = channels == null ? List.<String>of() : channels;
        try {
            gateways.save(id, url, secret, chosen.contains("SMS"), chosen.contains("WHATSAPP"));
        } catch (InvalidInputException refused) {
            RefusedForms.answer(response, model);
            var errors = new LinkedHashMap<String, String>();
            refused.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            var form = new GatewayForm(
                    url,
                    chosen.contains("SMS"),
                    chosen.contains("WHATSAPP"),
                    gateways.get(id).isPresent(),
                    errors);
            return page(institution, null, form, model);
        }
        redirect.addFlashAttribute("message", "web.notices.gateway.saved");
        return "redirect:/kantor/admin/instansi/" + id + "/pemberitahuan#gateway";
    }

    @PostMapping("/kantor/admin/instansi/{id}/pemberitahuan/gateway/hapus")
    String removeGateway(@PathVariable UUID id, RedirectAttributes redirect) {
        administered(id);
        gateways.remove(id);
        redirect.addFlashAttribute("message", "web.notices.gateway.removed");
        return "redirect:/kantor/admin/instansi/" + id + "/pemberitahuan";
    }

    private String page(Institution institution, TemplateForm refused, GatewayForm gatewayForm, Model model) {
        var forms = new ArrayList<TemplateForm>();
        for (var template : templates.list(institution.id())) {
            if (refused != null
                    && refused.milestone() == template.milestone()
                    && refused.language().equals(template.language())) {
                forms.add(refused);
                continue;
            }
            forms.add(new TemplateForm(
                    template.milestone(),
                    template.language(),
                    template.subject(),
                    template.body(),
                    template.custom(),
                    Map.of(),
                    templates.render(
                            institution.id(),
                            template.milestone(),
                            template.language(),
                            NoticeTemplates.sampleValues(template.language()))));
        }
        var gateway = gatewayForm != null
                ? gatewayForm
                : gateways.get(institution.id())
                        .map(g -> new GatewayForm(g.url(), g.sms(), g.whatsapp(), true, Map.of()))
                        .orElse(new GatewayForm("", true, false, false, Map.of()));
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute(
                "placeholders",
                NoticeTemplates.PLACEHOLDERS.stream()
                        .sorted()
                        .map(p -> "{" + p + "}")
                        .toList());
        model.addAttribute("templates", forms);
        model.addAttribute("gateway", gateway);
        return "admin/notices";
    }

    private Institution administered(UUID id) {
        if (!currentStaff.get().administers(id)) {
            throw new ForbiddenException("Only the institution's administrator keeps its notices");
        }
        return institutions.get(id);
    }
}
