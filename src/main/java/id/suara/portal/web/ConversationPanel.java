package id.suara.portal.web;

import id.suara.casework.ComplainantConversation;
import id.suara.casework.IkmElement;
import id.suara.intake.Intake;
import java.util.List;
import org.springframework.ui.Model;

/**
 * What the tracking page's conversation panel ({@code portal/conversation :: panel}) needs: what the complainant may do
 * now, the number and code for its forms (posted in their bodies, never in a URL), the attachment rules and the survey's
 * elements.
 */
final class ConversationPanel {

    private ConversationPanel() {}

    static void addTo(Model model, ComplainantConversation conversation, Intake intake, String number, String code) {
        model.addAttribute("conversation", conversation.forComplainant(number, code));
        model.addAttribute("accessCode", code);
        model.addAttribute("attachmentRules", intake.attachmentRules());
        model.addAttribute("ikmElements", List.of(IkmElement.values()));
    }
}
