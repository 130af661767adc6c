package id.suara.casework.web;

import id.suara.casework.ComplainantConversation;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the objection window (ADR 0036): days after the answer, 1 to 90, default 14. */
@Controller
@OfficePage
class ComplainantSettingsPagesController {

    private static final String PAGE = "/kantor/admin/keberatan";

    private final ComplainantConversation conversation;
    private final CurrentStaff currentStaff;
    private final Institutions institutions;

    ComplainantSettingsPagesController(
            ComplainantConversation conversation, CurrentStaff currentStaff, Institutions institutions) {
        this.conversation = conversation;
        this.currentStaff = currentStaff;
        this.institutions = institutions;
    }

    private UUID institution(UUID requested) {
        var staff = currentStaff.get();
        if (!staff.holds(Role.INSTITUTION_ADMIN) && !staff.holds(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only administrators open the administration pages");
        }
        var institutionId = requested == null ? staff.institutionId() : requested;
        if (institutionId == null || !staff.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrators manage it");
        }
        return institutionId;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) UUID institution, Model model) {
        var id = institution(institution);
        model.addAttribute("institution", institutions.get(id));
        model.addAttribute("objectionDays", String.valueOf(conversation.objectionDays(id)));
        model.addAttribute("invalid", false);
        return "admin/complainant";
    }

    @PostMapping(PAGE)
    String save(
            @RequestParam(required = false) UUID institution,
            @RequestParam(defaultValue = "") String objectionDays,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var id = institution(institution);
        try {
            Integer days = objectionDays.strip().matches("\\d{1,3}") ? Integer.valueOf(objectionDays.strip()) : null;
            conversation.setObjectionDays(id, days, currentStaff.get());
        } catch (InvalidInputException refused) {
            response.setStatus(400);
            model.addAttribute("institution", institutions.get(id));
            model.addAttribute("objectionDays", objectionDays);
            model.addAttribute("invalid", true);
            return "admin/complainant";
        }
        redirect.addFlashAttribute("message", "web.admin.complainant.saved");
        return "redirect:" + PAGE + (institution == null ? "" : "?institution=" + institution);
    }
}
