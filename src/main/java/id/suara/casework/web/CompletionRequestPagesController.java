package id.suara.casework.web;

import id.suara.casework.ComplainantConversation;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's forms for the conversation with the complainant (ADR 0036): ask for completion, which pauses the
 * step's clock, and withdraw that request. Each posts, then goes back to the case page with what happened.
 */
@Controller
@OfficePage
class CompletionRequestPagesController {

    private final ComplainantConversation conversation;
    private final CurrentStaff currentStaff;

    CompletionRequestPagesController(ComplainantConversation conversation, CurrentStaff currentStaff) {
        this.conversation = conversation;
        this.currentStaff = currentStaff;
    }

    @PostMapping("/kantor/kasus/{id}/kelengkapan")
    String ask(@PathVariable UUID id, @RequestParam(defaultValue = "") String question, RedirectAttributes redirect) {
        try {
            conversation.requestCompletion(id, question, currentStaff.get());
            redirect.addFlashAttribute("message", "web.office.conversation.asked");
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("problemMessage", "web.office.conversation.refused");
        }
        return "redirect:/kantor/kasus/" + id + "#percakapan";
    }

    @PostMapping("/kantor/kasus/{id}/kelengkapan/tarik")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            conversation.withdrawRequest(id, currentStaff.get());
            redirect.addFlashAttribute("message", "web.office.conversation.withdrawn");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problemMessage", "web.office.conversation.refused");
        }
        return "redirect:/kantor/kasus/" + id + "#percakapan";
    }
}
