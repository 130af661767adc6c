package id.suara.casework.web;

import id.suara.casework.ComplainantConversation;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's side of the conversation with the complainant (ADR 0036): what the complainant wrote, asking for completion
 * (which pauses the step's clock) and withdrawing that request; and the institution's objection window.
 */
@RestController
@Tag(name = "Cases", description = "Handling cases along their SOP (staff)")
@SecurityRequirement(name = "basic")
class ConversationController {

    private final ComplainantConversation conversation;
    private final CurrentStaff currentStaff;

    ConversationController(ComplainantConversation conversation, CurrentStaff currentStaff) {
        this.conversation = conversation;
        this.currentStaff = currentStaff;
    }

    record CompletionRequestBody(String question) {}

    record ComplainantSettings(Integer objectionDays) {}

    @GetMapping("/api/v1/cases/{id}/conversation")
    @Operation(
            summary =
                    "What the complainant wrote, the requests for completion, the time they took, the survey and objections")
    ComplainantConversation.ForStaff conversation(@PathVariable UUID id) {
        return conversation.forStaff(id, currentStaff.get());
    }

    @PostMapping("/api/v1/cases/{id}/completion-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Ask the complainant for completion",
            description =
                    "Pauses the step's clock until the complainant replies or the request is withdrawn; only staff"
                            + " who act at the current step")
    ComplainantConversation.CompletionRequest request(@PathVariable UUID id, @RequestBody CompletionRequestBody body) {
        return conversation.requestCompletion(id, body == null ? null : body.question(), currentStaff.get());
    }

    @DeleteMapping("/api/v1/cases/{id}/completion-requests/pending")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the pending request for completion; the step's clock resumes")
    void withdraw(@PathVariable UUID id) {
        conversation.withdrawRequest(id, currentStaff.get());
    }

    @GetMapping("/api/v1/institutions/{institutionId}/complainant-settings")
    @Operation(summary = "The objection window: days after the answer (default 14)")
    ComplainantSettings settings(@PathVariable UUID institutionId) {
        return new ComplainantSettings(conversation.objectionDays(institutionId));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/complainant-settings")
    @Operation(summary = "Set the objection window: 1 to 90 days after the answer (institution administrators)")
    ComplainantSettings setSettings(@PathVariable UUID institutionId, @RequestBody ComplainantSettings body) {
        return new ComplainantSettings(conversation.setObjectionDays(
                institutionId, body == null ? null : body.objectionDays(), currentStaff.get()));
    }
}
