package id.suara.casework.web;

import id.suara.casework.AudienceLetters;
import id.suara.casework.Audiences;
import id.suara.casework.CaseAudiences;
import id.suara.casework.OrganAgenda;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for audiences (ADR 0026): a case's audiences, the delegation's arrival and members at the gate, what was
 * said, another number of members for a delegation, an organ's discussion of a case, and an organ's agenda. The time of
 * an audience is agreed by the case's actions ({@code coordinate}, {@code reschedule}).
 */
@RestController
@Tag(name = "Audiences", description = "Delegations received in person by the council organs (staff)")
@SecurityRequirement(name = "basic")
class AudienceController {

    private final Audiences audiences;
    private final AudienceLetters audienceLetters;
    private final CurrentStaff currentStaff;

    AudienceController(Audiences audiences, AudienceLetters audienceLetters, CurrentStaff currentStaff) {
        this.audiences = audiences;
        this.audienceLetters = audienceLetters;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/cases/{id}/audiences")
    @Operation(summary = "The case's audiences: agreed times, arrival and members (identity numbers masked), notes")
    CaseAudiences ofCase(@PathVariable UUID id) {
        return audiences.ofCase(id, currentStaff.get());
    }

    @PostMapping("/api/v1/cases/{id}/audience/arrival")
    @Operation(summary = "Record the delegation's arrival at the gate and the members present, on the day (the gate)")
    CaseAudiences arrival(@PathVariable UUID id, @RequestBody Audiences.ArrivalRequest request) {
        return audiences.recordArrival(id, request, currentStaff.get());
    }

    @PostMapping("/api/v1/cases/{id}/audience/notes")
    @Operation(summary = "Record what was said at the audience and its outcome (Humas)")
    CaseAudiences notes(@PathVariable UUID id, @RequestBody Audiences.NotesRequest request) {
        return audiences.recordNotes(id, request, currentStaff.get());
    }

    @PutMapping("/api/v1/cases/{id}/delegation-limit")
    @Operation(summary = "Set another number of members for this delegation, with the reason (leadership, Secretary)")
    CaseAudiences delegationLimit(@PathVariable UUID id, @RequestBody Audiences.LimitRequest request) {
        return audiences.setDelegationLimit(id, request, currentStaff.get());
    }

    @PostMapping("/api/v1/cases/{id}/discussions")
    @Operation(summary = "Record that the council organ the case is assigned to discussed it in a meeting")
    ResponseEntity<Void> discussion(@PathVariable UUID id, @RequestBody Audiences.DiscussionRequest request) {
        audiences.recordDiscussion(id, request, currentStaff.get());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/cases/{id}/audience/schedule-letters")
    @Operation(summary = "The case's audience schedule letters, those made for another date or time flagged")
    List<AudienceLetters.ScheduleLetter> scheduleLetters(@PathVariable UUID id) {
        return audienceLetters.ofCase(id, currentStaff.get());
    }

    @PostMapping("/api/v1/cases/{id}/audience/schedule-letter")
    @Operation(
            summary = "Draft the letter telling the delegation its audience's date, time, place, organ and rules",
            description = "`{\"signatoryId\", \"subject\"?, \"addressee\"?, \"addresseePlace\"?, \"body\"?,"
                    + " \"content\"?}`: an AUDIENCE_SCHEDULE_LETTER of the case, its parts filled in from the agreed"
                    + " audience (409 naming audience without one); initial, sign and deliver it under"
                    + " /api/v1/cases/{id}/letters")
    ResponseEntity<Map<String, Object>> draftScheduleLetter(
            @PathVariable UUID id, @RequestBody(required = false) AudienceLetters.ScheduleLetterRequest request) {
        var letter = audienceLetters.draft(id, request, currentStaff.get()).letter();
        var body = new LinkedHashMap<String, Object>();
        body.put("id", letter.id());
        body.put("caseId", letter.submissionId());
        body.put("type", letter.type());
        body.put("status", letter.status());
        body.put("subject", letter.subject());
        body.put("addressee", letter.addressee());
        body.put("content", letter.content());
        body.put("initialRoles", letter.initialRoles());
        body.put("signerRole", letter.signerRole());
        return ResponseEntity.status(201).body(body);
    }

    @GetMapping("/api/v1/units/{unitId}/agenda")
    @Operation(summary = "A council organ's agenda: its audiences and the cases it has not discussed yet")
    OrganAgenda agenda(@PathVariable UUID unitId) {
        return audiences.agenda(unitId, currentStaff.get());
    }
}
