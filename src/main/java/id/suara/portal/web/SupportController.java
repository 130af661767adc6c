package id.suara.portal.web;

import id.suara.casework.Supporters;
import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import id.suara.ratelimit.ClientAddress;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Saya juga mengalami" (ADR 0037): a member of the public adds their support to a published answer or to an open public
 * matter (named by its tracking number, which its complainant may share) with one button, without a second case. A
 * browser is recognised by a random cookie and counted once per case; the address is bounded by {@link Supporters}.
 * Rate-limited per client address like the other public endpoints (id.suara.ratelimit).
 */
@Controller
@PortalPage
class SupportController {

    static final String COOKIE = "suara_dukungan";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supporters supporters;
    private final Submissions submissions;
    private final Institutions institutions;

    SupportController(Supporters supporters, Submissions submissions, Institutions institutions) {
        this.supporters = supporters;
        this.submissions = submissions;
        this.institutions = institutions;
    }

    /** A "me too" button of the published-answers list: one form for the page, the button naming its case. */
    @PostMapping("/jawaban/dukung")
    String supportAnswerFromList(
            @org.springframework.web.bind.annotation.RequestParam("case") UUID caseId,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return supportAnswer(caseId, request, response, redirect);
    }

    @PostMapping("/jawaban/{caseId}/dukung")
    String supportAnswer(
            @PathVariable UUID caseId,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var outcome = supporters.supportAnswered(caseId, browser(request, response), ClientAddress.of(request));
        redirect.addFlashAttribute("supportMessage", message(outcome));
        return "redirect:/jawaban#a-" + caseId;
    }

    @GetMapping("/dukung/{trackingNumber}")
    String matter(@PathVariable String trackingNumber, HttpServletResponse response, Model model) {
        var matter = supporters.openMatter(trackingNumber);
        if (matter.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("notFound", true);
            return "portal/support";
        }
        var m = matter.get();
        model.addAttribute("notFound", false);
        model.addAttribute("matter", m);
        model.addAttribute("institution", institutions.get(m.institutionId()).name());
        model.addAttribute(
                "topic",
                submissions
                        .receipt(m.caseId())
                        .map(receipt -> receipt.get("title"))
                        .filter(String.class::isInstance)
                        .orElse(null));
        return "portal/support";
    }

    @PostMapping("/dukung/{trackingNumber}")
    String supportMatter(
            @PathVariable String trackingNumber,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var outcome = supporters.supportByTrackingNumber(
                trackingNumber, browser(request, response), ClientAddress.of(request));
        redirect.addFlashAttribute("supportMessage", message(outcome));
        return "redirect:/dukung/"
                + supporters.openMatter(trackingNumber).orElseThrow().trackingNumber();
    }

    private static String message(Supporters.Outcome outcome) {
        return outcome.counted() ? "web.portal.support.counted" : "web.portal.support.already";
    }

    /** The browser's support cookie; a new random one (128 bits) when it has none or a malformed one. */
    static String browser(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())
                        && cookie.getValue() != null
                        && cookie.getValue().matches("[0-9a-f]{32}")) {
                    return cookie.getValue();
                }
            }
        }
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        var value = HexFormat.of().formatHex(bytes);
        var cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return value;
    }
}
