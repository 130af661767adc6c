package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.Facilitation;
import id.suara.recess.ItemChange;
import id.suara.recess.ItemStatus;
import id.suara.recess.NewServiceComplaint;
import id.suara.recess.RecessFacilitations;
import id.suara.recess.RecordedServiceComplaint;
import id.suara.recess.ServiceComplaint;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for the facilitation of a recess (seed 004, ADR 0031): its checklist items with owners, due days and
 * statuses, and the service complaints about it. Staff of the institution read; its administrator, officers, division
 * heads and secretary open it and change items; an item's assigned account changes its status.
 */
@RestController
@Tag(name = "Recess facilitation", description = "The facilitation checklist of a recess and its service complaints")
@SecurityRequirement(name = "basic")
class FacilitationController {

    private static final String PATH = "/api/v1/institutions/{institutionId}/recesses/{recessId}/facilitation";
    private static final Set<String> ITEM_FIELDS = Set.of("status", "note", "reason", "assigneeId");

    private final RecessFacilitations facilitations;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    FacilitationController(RecessFacilitations facilitations, Institutions institutions, CurrentStaff currentStaff) {
        this.facilitations = facilitations;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** What opening a facilitation takes. */
    record OpenFacilitation(
            @Schema(description = "the day it starts; due 21 working days later")
            LocalDate startsOn) {}

    @GetMapping(PATH)
    @Operation(
            summary =
                    "The recess's facilitation: start, deadline (start + 21 working days), items with owner, due day and"
                            + " status, whether it is complete and within its limit (staff); 404 until opened")
    Facilitation facilitation(@PathVariable UUID institutionId, @PathVariable UUID recessId) {
        return facilitations
                .find(seen(institutionId), recessId)
                .orElseThrow(() -> new NotFoundException("The recess's facilitation has not been opened"));
    }

    @PostMapping(PATH)
    @Operation(
            summary =
                    "Open the recess's facilitation on a start day, its checklist expanded per member in office and per"
                            + " companion (administrators, officers, division heads, the secretary); 409 naming recessId when"
                            + " opened already")
    ResponseEntity<Facilitation> open(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @RequestBody(required = false) OpenFacilitation body) {
        return ResponseEntity.status(201)
                .body(facilitations.open(
                        currentStaff.get(), seen(institutionId), recessId, body == null ? null : body.startsOn()));
    }

    @PatchMapping(PATH + "/items/{itemId}")
    @Operation(
            summary = "Change an item (merge patch): status DONE (with an optional note), NOT_APPLICABLE (with a"
                    + " reason) or OPEN again; assigneeId a staff account of the institution, or null for the owner role"
                    + " (administrators, officers, division heads, the secretary; the assigned account its status)",
            description = "Closing a closed item or opening an open one is a 409 naming status")
    Facilitation changeItem(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID itemId,
            @RequestBody(required = false) Map<String, Object> body) {
        return facilitations.changeItem(currentStaff.get(), seen(institutionId), recessId, itemId, change(body));
    }

    @GetMapping(PATH + "/service-complaints")
    @Operation(summary = "The service complaints about the recess's facilitation, with their cases' status (staff)")
    List<ServiceComplaint> serviceComplaints(@PathVariable UUID institutionId, @PathVariable UUID recessId) {
        var institution = seen(institutionId);
        facilitation(institutionId, recessId);
        return facilitations.serviceComplaints(institution, recessId);
    }

    @PostMapping(PATH + "/service-complaints")
    @Operation(
            summary = "Record a service complaint about the facilitation (004 Pengaduan Layanan): a case of kind"
                    + " SERVICE_COMPLAINT on the institution's SOP for it, linked to the recess; answers its number,"
                    + " tracking number and access code once (who runs the facilitation, the recess's companions)")
    ResponseEntity<RecordedServiceComplaint> recordServiceComplaint(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @RequestBody(required = false) NewServiceComplaint complaint) {
        return ResponseEntity.status(201)
                .body(facilitations.recordServiceComplaint(
                        currentStaff.get(), seen(institutionId), recessId, complaint));
    }

    /** A merge patch of an item: a member left out changes nothing, {@code "assigneeId": null} unassigns. */
    static ItemChange change(Map<String, Object> body) {
        if (body == null) {
            throw InvalidInputException.invalid("status", "give a status or an assignee");
        }
        for (var field : body.keySet()) {
            if (!ITEM_FIELDS.contains(field)) {
                throw InvalidInputException.invalid(field, "is not a field of an item; use " + ITEM_FIELDS);
            }
        }
        ItemStatus status = null;
        if (body.get("status") != null) {
            try {
                status = ItemStatus.valueOf(String.valueOf(body.get("status")));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid("status", "must be DONE, NOT_APPLICABLE or OPEN");
            }
        }
        UUID assignee = null;
        if (body.get("assigneeId") != null) {
            try {
                assignee = UUID.fromString(String.valueOf(body.get("assigneeId")));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid("assigneeId", "must be the id of a staff account, or null");
            }
        }
        return new ItemChange(
                status, text(body, "note"), text(body, "reason"), body.containsKey("assigneeId"), assignee);
    }

    private static String text(Map<String, Object> body, String field) {
        var value = body.get(field);
        if (value != null && !(value instanceof String)) {
            throw InvalidInputException.invalid(field, "must be a text");
        }
        return (String) value;
    }

    private Institution seen(UUID institutionId) {
        return RecessController.seenCouncil(currentStaff, institutions, institutionId);
    }
}
