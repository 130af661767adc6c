package id.suara.notification.web;

import id.suara.notification.NoticeGateways;
import id.suara.notification.NoticeTemplates;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An institution's notice templates and SMS/WhatsApp gateway, kept by its administrator (ADR 0035). */
@RestController
@RequestMapping("/api/v1/institutions/{institutionId}/notices")
@Tag(name = "Notices", description = "Milestone notice templates and the SMS/WhatsApp gateway of an institution")
class NoticeAdminController {

    private final NoticeTemplates templates;
    private final NoticeGateways gateways;
    private final CurrentStaff currentStaff;

    NoticeAdminController(NoticeTemplates templates, NoticeGateways gateways, CurrentStaff currentStaff) {
        this.templates = templates;
        this.gateways = gateways;
        this.currentStaff = currentStaff;
    }

    record Templates(List<String> placeholders, List<NoticeTemplates.Template> templates) {}

    record TemplateRequest(String subject, String body) {}

    /** The gateway: {@code channels} SMS and/or WHATSAPP; {@code secret} write-only, left out to keep the current one. */
    record GatewayRequest(String url, String secret, List<String> channels) {}

    @GetMapping("/templates")
    @Operation(summary = "Every milestone's template in Indonesian and English as the institution uses them")
    Templates list(@PathVariable UUID institutionId) {
        administered(institutionId);
        return new Templates(NoticeTemplates.PLACEHOLDERS.stream().sorted().toList(), templates.list(institutionId));
    }

    @GetMapping("/templates/{milestone}/{language}")
    @Operation(summary = "One milestone's template in one language ('id' or 'en')")
    NoticeTemplates.Template get(
            @PathVariable UUID institutionId, @PathVariable String milestone, @PathVariable String language) {
        administered(institutionId);
        return templates.get(
                institutionId, NoticeTemplates.milestone(milestone), NoticeTemplates.checkedLanguage(language));
    }

    @PutMapping("/templates/{milestone}/{language}")
    @Operation(
            summary = "Override a milestone's subject and text in a language; placeholders in braces, unknown ones"
                    + " refused")
    NoticeTemplates.Template save(
            @PathVariable UUID institutionId,
            @PathVariable String milestone,
            @PathVariable String language,
            @RequestBody TemplateRequest request) {
        var actor = administered(institutionId);
        return templates.save(
                institutionId,
                NoticeTemplates.milestone(milestone),
                language,
                request.subject(),
                request.body(),
                actor);
    }

    @DeleteMapping("/templates/{milestone}/{language}")
    @Operation(summary = "Drop the override: the shipped default applies again")
    NoticeTemplates.Template reset(
            @PathVariable UUID institutionId, @PathVariable String milestone, @PathVariable String language) {
        administered(institutionId);
        return templates.reset(institutionId, NoticeTemplates.milestone(milestone), language);
    }

    @PostMapping("/templates/{milestone}/{language}/preview")
    @Operation(summary = "The template as it would go out, with example values")
    NoticeTemplates.Rendered preview(
            @PathVariable UUID institutionId, @PathVariable String milestone, @PathVariable String language) {
        administered(institutionId);
        var lang = NoticeTemplates.checkedLanguage(language);
        return templates.render(
                institutionId, NoticeTemplates.milestone(milestone), lang, NoticeTemplates.sampleValues(lang));
    }

    @GetMapping("/gateway")
    @Operation(summary = "The SMS/WhatsApp gateway (never its secret)")
    NoticeGateways.Gateway gateway(@PathVariable UUID institutionId) {
        administered(institutionId);
        return gateways.get(institutionId).orElseThrow(() -> new NotFoundException("No gateway is configured"));
    }

    @PutMapping("/gateway")
    @Operation(summary = "Configure the SMS/WhatsApp gateway: URL, channels, signing secret (write-only)")
    NoticeGateways.Gateway saveGateway(@PathVariable UUID institutionId, @RequestBody GatewayRequest request) {
        administered(institutionId);
        var channels = request.channels() == null ? List.<String>of() : request.channels();
        for (var channel : channels) {
            if (!channel.equals("SMS") && !channel.equals("WHATSAPP")) {
                throw InvalidInputException.invalid("channels", "must name SMS, WHATSAPP or both");
            }
        }
        return gateways.save(
                institutionId,
                request.url(),
                request.secret(),
                channels.contains("SMS"),
                channels.contains("WHATSAPP"));
    }

    @DeleteMapping("/gateway")
    @Operation(summary = "Remove the gateway")
    ResponseEntity<Void> removeGateway(@PathVariable UUID institutionId) {
        administered(institutionId);
        gateways.remove(institutionId);
        return ResponseEntity.noContent().build();
    }

    private UUID administered(UUID institutionId) {
        var me = currentStaff.get();
        if (!me.administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrator keeps its notices");
        }
        return me.id();
    }
}
