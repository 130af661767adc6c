package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.Companion;
import id.suara.recess.CouncilMember;
import id.suara.recess.CouncilMembers;
import id.suara.recess.CouncilTerm;
import id.suara.recess.Dapil;
import id.suara.recess.NewCompanion;
import id.suara.recess.NewCouncilMember;
import id.suara.recess.NewDapil;
import id.suara.recess.NewPeriod;
import id.suara.recess.NewTerm;
import id.suara.recess.RecessCalendar;
import id.suara.recess.SittingPeriod;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for a council secretariat's recess calendar and people: terms, session and recess periods, dapils, council
 * members and the companions of a recess. Staff of the institution read; its administrator changes (ADR 0030).
 */
@RestController
@Tag(name = "Recess", description = "Session calendar, dapils, council members and recess companions of a DPRD")
@SecurityRequirement(name = "basic")
class RecessController {

    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    RecessController(
            RecessCalendar calendar, CouncilMembers members, Institutions institutions, CurrentStaff currentStaff) {
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/institutions/{institutionId}/council-terms")
    @Operation(summary = "The council's five-year terms (periode keanggotaan), the latest first (staff)")
    List<CouncilTerm> terms(@PathVariable UUID institutionId) {
        return calendar.terms(seen(institutionId).id());
    }

    @PostMapping("/api/v1/institutions/{institutionId}/council-terms")
    @Operation(
            summary = "Add a term: from the oath to its last day, at most five years, overlapping no other "
                    + "(administrators)")
    ResponseEntity<CouncilTerm> addTerm(@PathVariable UUID institutionId, @RequestBody NewTerm term) {
        return ResponseEntity.status(201).body(calendar.addTerm(currentStaff.get(), seen(institutionId), term));
    }

    @GetMapping("/api/v1/institutions/{institutionId}/sitting-periods")
    @Operation(summary = "The session periods (masa sidang) and recess periods (masa reses), in date order (staff)")
    List<SittingPeriod> periods(
            @PathVariable UUID institutionId,
            @Parameter(description = "only the periods of this sitting year") @RequestParam(required = false)
                    Integer year) {
        return calendar.periods(seen(institutionId).id(), year);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/sitting-periods")
    @Operation(
            summary = "Add a masa sidang or masa reses (administrators)",
            description = "Refused when it overlaps another period, leaves its sitting year or the term, repeats a "
                    + "kind within a masa persidangan, or is a recess in the term's last masa persidangan")
    ResponseEntity<SittingPeriod> addPeriod(@PathVariable UUID institutionId, @RequestBody NewPeriod period) {
        return ResponseEntity.status(201).body(calendar.addPeriod(currentStaff.get(), seen(institutionId), period));
    }

    @DeleteMapping("/api/v1/institutions/{institutionId}/sitting-periods/{periodId}")
    @Operation(summary = "Remove a period; a recess takes its companions with it (administrators)")
    ResponseEntity<Void> removePeriod(@PathVariable UUID institutionId, @PathVariable UUID periodId) {
        calendar.removePeriod(currentStaff.get(), seen(institutionId), periodId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/institutions/{institutionId}/dapils")
    @Operation(summary = "The constituencies (dapil) with the districts they cover (staff)")
    List<Dapil> dapils(@PathVariable UUID institutionId) {
        return members.dapils(seen(institutionId).id());
    }

    @PostMapping("/api/v1/institutions/{institutionId}/dapils")
    @Operation(summary = "Add a dapil: number, name and districts, none in another dapil (administrators)")
    ResponseEntity<Dapil> addDapil(@PathVariable UUID institutionId, @RequestBody NewDapil dapil) {
        return ResponseEntity.status(201).body(members.addDapil(currentStaff.get(), seen(institutionId), dapil));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/dapils/{dapilId}")
    @Operation(summary = "Change a dapil (administrators)")
    Dapil changeDapil(@PathVariable UUID institutionId, @PathVariable UUID dapilId, @RequestBody NewDapil dapil) {
        return members.changeDapil(currentStaff.get(), seen(institutionId), dapilId, dapil);
    }

    @DeleteMapping("/api/v1/institutions/{institutionId}/dapils/{dapilId}")
    @Operation(summary = "Remove a dapil no member belongs to (administrators)")
    ResponseEntity<Void> removeDapil(@PathVariable UUID institutionId, @PathVariable UUID dapilId) {
        members.removeDapil(currentStaff.get(), seen(institutionId), dapilId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/institutions/{institutionId}/council-members")
    @Operation(summary = "The council members (anggota DPRD) by name, optionally of one faction or dapil (staff)")
    List<CouncilMember> members(
            @PathVariable UUID institutionId,
            @Parameter(description = "only the members of this faction (a unit of type FACTION)")
                    @RequestParam(required = false)
                    UUID faction,
            @Parameter(description = "only the members of this dapil") @RequestParam(required = false) UUID dapil) {
        return members.members(seen(institutionId).id(), faction, dapil);
    }

    @PostMapping("/api/v1/institutions/{institutionId}/council-members")
    @Operation(
            summary = "Add a council member: name, faction, dapil, in office from/to, optionally the staff account "
                    + "they sign in with (administrators)")
    ResponseEntity<CouncilMember> addMember(@PathVariable UUID institutionId, @RequestBody NewCouncilMember member) {
        return ResponseEntity.status(201).body(members.addMember(currentStaff.get(), seen(institutionId), member));
    }

    @PutMapping("/api/v1/institutions/{institutionId}/council-members/{memberId}")
    @Operation(summary = "Change a council member (administrators)")
    CouncilMember changeMember(
            @PathVariable UUID institutionId, @PathVariable UUID memberId, @RequestBody NewCouncilMember member) {
        return members.changeMember(currentStaff.get(), seen(institutionId), memberId, member);
    }

    @DeleteMapping("/api/v1/institutions/{institutionId}/council-members/{memberId}")
    @Operation(summary = "Remove a member entered by mistake, with their companions (administrators)")
    ResponseEntity<Void> removeMember(@PathVariable UUID institutionId, @PathVariable UUID memberId) {
        members.removeMember(currentStaff.get(), seen(institutionId), memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/institutions/{institutionId}/recesses/{recessId}/companions")
    @Operation(summary = "The companions (pendamping) of a recess, by member (staff)")
    List<Companion> companions(@PathVariable UUID institutionId, @PathVariable UUID recessId) {
        var institution = seen(institutionId);
        return members.companions(
                institution.id(), calendar.recess(institution.id(), recessId).id());
    }

    @PostMapping("/api/v1/institutions/{institutionId}/recesses/{recessId}/council-members/{memberId}/companions")
    @Operation(
            summary = "Assign a companion to a member for a recess: a staff account, or a name and phone number "
                    + "(administrators)")
    ResponseEntity<Companion> assignCompanion(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID memberId,
            @RequestBody NewCompanion companion) {
        return ResponseEntity.status(201)
                .body(members.assignCompanion(currentStaff.get(), seen(institutionId), recessId, memberId, companion));
    }

    @DeleteMapping("/api/v1/institutions/{institutionId}/recesses/{recessId}/companions/{companionId}")
    @Operation(summary = "Remove a companion from a recess (administrators)")
    ResponseEntity<Void> removeCompanion(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID companionId) {
        members.removeCompanion(currentStaff.get(), seen(institutionId), recessId, companionId);
        return ResponseEntity.noContent().build();
    }

    /** A council secretariat the staff member may see; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        return seenCouncil(currentStaff, institutions, institutionId);
    }

    /** A council secretariat the signed-in staff member may see, or a 404 as for one that does not exist. */
    static Institution seenCouncil(CurrentStaff currentStaff, Institutions institutions, UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        var institution = institutions.get(institutionId);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
