package id.suara.portal.web;

import id.suara.casework.Supporters;
import id.suara.ratelimit.ClientAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Saya juga mengalami" through the API (ADR 0037): the same rules as the portal's button ({@link SupportController}). */
@RestController
@Tag(name = "Public submissions", description = "Submitting and tracking aspirations and complaints; no login")
class SupportApiController {

    private final Supporters supporters;

    SupportApiController(Supporters supporters) {
        this.supporters = supporters;
    }

    /**
     * The outcome of a support.
     *
     * @param counted false when this browser (its {@code suara_dukungan} cookie) supported the matter before, or its
     *     address has given it as many supporters as it may
     */
    record Supported(boolean counted, int supporters) {}

    @PostMapping("/api/v1/submissions/{trackingNumber}/support")
    @Operation(
            summary = "Add your support to an open public matter (\"saya juga mengalami\") without a second case",
            description = "Counted once per browser (cookie suara_dukungan) and at most 20 times per client address;"
                    + " 404 for an unknown or confidential matter; rate-limited per client (429)")
    Supported support(@PathVariable String trackingNumber, HttpServletRequest request, HttpServletResponse response) {
        var outcome = supporters.supportByTrackingNumber(
                trackingNumber, SupportController.browser(request, response), ClientAddress.of(request));
        return new Supported(outcome.counted(), outcome.supporters());
    }
}
