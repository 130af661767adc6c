package id.suara.casework.web;

import id.suara.casework.Duplicates;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's merge and undo forms (ADR 0037): done, they redirect back with a message; refused, the case page is
 * shown again with why (422, or 409 when the case changed or cannot be merged now).
 */
@Controller
@OfficePage
class DuplicatePagesController {

    private final Duplicates duplicates;
    private final CurrentStaff currentStaff;
    private final CasePageController casePage;
    private final MessageSource messages;

    DuplicatePagesController(
            Duplicates duplicates, CurrentStaff currentStaff, CasePageController casePage, MessageSource messages) {
        this.duplicates = duplicates;
        this.currentStaff = currentStaff;
        this.casePage = casePage;
        this.messages = messages;
    }

    @PostMapping("/kantor/kasus/{id}/gabung")
    String merge(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID mainCaseId,
            @RequestParam(required = false) Integer version,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                () -> duplicates.merge(id, mainCaseId, version, null, currentStaff.get()),
                "web.office.duplicates.merged",
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/gabung/batal")
    String undo(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer version,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                () -> duplicates.undo(id, version, null, currentStaff.get()),
                "web.office.duplicates.undone",
                locale,
                model,
                response,
                redirect);
    }

    private String attempt(
            UUID id,
            Runnable change,
            String done,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "duplicateProblem",
                    text(
                            "web.office.duplicates.refused."
                                    + e.errors().getFirst().field(),
                            locale));
            return casePage.render(id, null, locale, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("duplicateProblem", text("web.office.duplicates.refused." + e.field(), locale));
            return casePage.render(id, null, locale, model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:/kantor/kasus/" + id;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, messages.getMessage("web.office.errors.invalid", null, locale), locale);
    }
}
