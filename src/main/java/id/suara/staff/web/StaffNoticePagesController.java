package id.suara.staff.web;

import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import id.suara.staff.NotificationPreference;
import id.suara.staff.StaffNoticeSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own account page, where they choose how they hear of their cases (ADR 0035); the administrator sets
 * the same on the account's page.
 */
@Controller
@OfficePage
class StaffNoticePagesController {

    private final StaffNoticeSettings settings;
    private final CurrentStaff currentStaff;

    StaffNoticePagesController(StaffNoticeSettings settings, CurrentStaff currentStaff) {
        this.settings = settings;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/kantor/akun")
    String account(Model model) {
        var me = currentStaff.get();
        var mine = settings.get(me.id(), me);
        return page(mine.email(), mine.preference().name(), Map.of(), model);
    }

    @PostMapping("/kantor/akun/pemberitahuan")
    String save(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String preference,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var me = currentStaff.get();
        try {
            settings.update(me.id(), email, preference, me);
        } catch (InvalidInputException refused) {
            var errors = new LinkedHashMap<String, String>();
            refused.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            RefusedForms.answer(response, model);
            return page(email, preference, errors, model);
        }
        redirect.addFlashAttribute("message", "web.notices.settings.saved");
        return "redirect:/kantor/akun";
    }

    /** The administrator sets an account's address and preference from the account's page. */
    @PostMapping("/kantor/admin/pengguna/{id}/pemberitahuan")
    String saveFor(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String preference,
            RedirectAttributes redirect) {
        settings.update(id, email, preference, currentStaff.get());
        redirect.addFlashAttribute("message", "web.notices.settings.saved");
        return "redirect:/kantor/admin/pengguna/" + id;
    }

    private String page(String email, String preference, Map<String, String> errors, Model model) {
        var me = currentStaff.get();
        model.addAttribute("me", me);
        model.addAttribute("email", email);
        model.addAttribute("preference", preference);
        model.addAttribute("preferences", NotificationPreference.values());
        model.addAttribute("errors", errors);
        return "office/account";
    }
}
