package id.suara.casework.web;

import id.suara.casework.Audiences;
import id.suara.casework.CaseAudiences;
import id.suara.casework.OrganAgenda;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    private final CurrentStaff currentStaff;

    AudienceController(Audiences audiences, CurrentStaff currentStaff) {
        this.audiences = audiences;
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

    @GetMapping("/api/v1/units/{unitId}/agenda")
    @Operation(summary = "A council organ's agenda: its audiences and the cases it has not discussed yet")
    OrganAgenda agenda(@PathVariable UUID unitId) {
        return audiences.agenda(unitId, currentStaff.get());
    }
}
