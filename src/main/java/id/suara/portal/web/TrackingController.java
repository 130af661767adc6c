package id.suara.portal.web;

import id.suara.casework.CaseReading;
import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import id.suara.recess.PokirCompilations;
import id.suara.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tracking a submission with its tracking number and access code, both sent in a POST body so the secret code never
 * appears in a URL, a log or the browser history. A wrong code answers exactly like an unknown number.
 */
@Controller
@PortalPage
class TrackingController {

    private final Submissions submissions;
    private final CaseReading caseReading;
    private final ReceiptPdf receiptPdf;
    private final Institutions institutions;
    private final PokirCompilations pokir;
    private final id.suara.casework.ComplainantConversation conversation;
    private final id.suara.intake.Intake intake;

    TrackingController(
            Submissions submissions,
            CaseReading caseReading,
            ReceiptPdf receiptPdf,
            Institutions institutions,
            PokirCompilations pokir,
            id.suara.casework.ComplainantConversation conversation,
            id.suara.intake.Intake intake) {
        this.conversation = conversation;
        this.intake = intake;
        this.institutions = institutions;
        this.pokir = pokir;
        this.submissions = submissions;
        this.caseReading = caseReading;
        this.receiptPdf = receiptPdf;
    }

    @GetMapping("/lacak")
    String form(@RequestParam(name = "nomor", defaultValue = "") String number, Model model) {
        // the link in a notice fills in the tracking number; the access code is never in a link (ADR 0035)
        model.addAttribute("trackingNumber", number.length() > 40 ? "" : normalised(number));
        return "portal/track";
    }

    @PostMapping("/lacak")
    String track(
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode,
            HttpServletResponse response,
            Model model) {
        var number = normalised(trackingNumber);
        var view = caseReading.publicView(number, normalised(accessCode));
        if (view.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("trackingNumber", number);
            model.addAttribute("notFound", true);
            return "portal/track";
        }
        model.addAttribute("view", view.get());
        model.addAttribute("zone", ZoneId.of(view.get().timeZone()));
        // a recess aspiration taken into the DPRD's pokir: what became of it (ADR 0034); the code was checked above
        model.addAttribute("pokir", pokir.outcomesOf(view.get().trackingNumber()));
        // what the complainant may do now: add information, answer a question, rate the answer, object (ADR 0036)
        ConversationPanel.addTo(model, conversation, intake, number, normalised(accessCode));
        return "portal/status";
    }

    /** The printable receipt (tanda terima), as issued at registration, with the access code the complainant sent. */
    @PostMapping("/lacak/tanda-terima")
    String receipt(
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode,
            HttpServletResponse response,
            Model model) {
        var number = normalised(trackingNumber);
        var code = normalised(accessCode);
        var id = submissions.findForComplainant(number, code);
        var receipt = id.flatMap(submissions::receipt);
        if (receipt.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("trackingNumber", number);
            model.addAttribute("notFound", true);
            return "portal/track";
        }
        Map<String, Object> content = receipt.get();
        // the time of receipt in the institution's zone (WIB, WITA or WIT), read without checking the code again
        var zone = id.flatMap(submissions::institutionOf)
                .map(institution -> institutions.get(institution).zone())
                .orElse(ZoneId.of("Asia/Jakarta"));
        model.addAttribute("receipt", content);
        model.addAttribute("receivedAt", java.time.Instant.parse((String) content.get("receivedAt")));
        model.addAttribute("zone", zone);
        model.addAttribute("accessCode", code);
        return "portal/receipt";
    }

    /** The receipt as a PDF (issued once, then served as stored), for the complainant with the number and code. */
    @PostMapping("/lacak/tanda-terima.pdf")
    ResponseEntity<byte[]> receiptPdf(
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode) {
        return receiptPdf
                .forComplainant(normalised(trackingNumber), normalised(accessCode))
                .orElseThrow(() -> new NotFoundException("No submission with this tracking number and access code"));
    }

    /** Spaces and lower case typed by hand are forgiven; the numbers are upper case. */
    private static String normalised(String value) {
        return value.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
