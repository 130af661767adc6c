package id.suara.portal.web;

import id.suara.casework.CaseReading;
import id.suara.casework.ComplainantConversation;
import id.suara.casework.ComplainantConversation.SurveyAnswers;
import id.suara.casework.IkmElement;
import id.suara.intake.Intake;
import id.suara.intake.MultipartIncomingFile;
import id.suara.recess.PokirCompilations;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complainant's forms on the tracking page (ADR 0036): adding information or answering a request for completion,
 * the satisfaction survey and the objection. Each posts the tracking number and access code in its body, as tracking
 * does, and answers with the tracking page again, with what happened or what was refused.
 */
@Controller
@PortalPage
class ConversationPagesController {

    private final CaseReading caseReading;
    private final ComplainantConversation conversation;
    private final PokirCompilations pokir;
    private final Intake intake;

    ConversationPagesController(
            CaseReading caseReading, ComplainantConversation conversation, PokirCompilations pokir, Intake intake) {
        this.caseReading = caseReading;
        this.conversation = conversation;
        this.pokir = pokir;
        this.intake = intake;
    }

    @PostMapping("/lacak/informasi")
    String addInformation(
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletResponse response,
            Model model) {
        var number = normalised(trackingNumber);
        var code = normalised(accessCode);
        var incoming = MultipartIncomingFile.of(
                files == null
                        ? List.of()
                        : files.stream().filter(f -> !f.isEmpty()).toList());
        return attempt(number, code, "information", response, model, () -> {
            conversation.addInformation(number, code, text, incoming);
            return "added";
        });
    }

    @PostMapping("/lacak/survei")
    String survey(
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode,
            @RequestParam Map<String, String> form,
            HttpServletResponse response,
            Model model) {
        var number = normalised(trackingNumber);
        var code = normalised(accessCode);
        var scores = new EnumMap<IkmElement, Integer>(IkmElement.class);
        for (var element : IkmElement.values()) {
            var value = form.get(element.name());
            if (value != null && value.matches("[1-4]")) {
                scores.put(element, Integer.parseInt(value));
            }
        }
        var solvedText = form.get("solved");
        Boolean solved = "yes".equals(solvedText) ? Boolean.TRUE : "no".equals(solvedText) ? Boolean.FALSE : null;
        return attempt(number, code, "survey", response, model, () -> {
            conversation.submitSurvey(number, code, new SurveyAnswers(scores, solved, form.get("comment")));
            return "surveyed";
        });
    }

    @PostMapping("/lacak/keberatan")
    String object(
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode,
            @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response,
            Model model) {
        var number = normalised(trackingNumber);
        var code = normalised(accessCode);
        return attempt(number, code, "objection", response, model, () -> {
            conversation.object(number, code, reason);
            return "objected";
        });
    }

    private String attempt(
            String number,
            String code,
            String form,
            HttpServletResponse response,
            Model model,
            java.util.function.Supplier<String> change) {
        try {
            model.addAttribute("done", change.get());
        } catch (InvalidInputException refused) {
            response.setStatus(400);
            model.addAttribute("refusedForm", form);
            model.addAttribute(
                    "refusedFields",
                    refused.errors().stream()
                            .map(InvalidInputException.FieldError::field)
                            .toList());
        } catch (ConflictException refused) {
            response.setStatus(409);
            model.addAttribute("refusedForm", form);
            model.addAttribute("refusedFields", List.of(refused.field()));
        }
        return status(number, code, response, model);
    }

    /** The tracking page as {@link TrackingController} shows it, with the complainant's forms. */
    private String status(String number, String code, HttpServletResponse response, Model model) {
        var view = caseReading.publicView(number, code);
        if (view.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("trackingNumber", number);
            model.addAttribute("notFound", true);
            return "portal/track";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("zone", ZoneId.of(view.get().timeZone()));
        model.addAttribute("pokir", pokir.outcomesOf(view.get().trackingNumber()));
        ConversationPanel.addTo(model, conversation, intake, number, code);
        return "portal/status";
    }

    private static String normalised(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
