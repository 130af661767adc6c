package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.intake.MultipartIncomingFile;
import id.suara.recess.AspirationGroups;
import id.suara.recess.AspirationGroups.AspirationGroup;
import id.suara.recess.AspirationGroups.GroupSuggestion;
import id.suara.recess.NewAspiration;
import id.suara.recess.NewAttendee;
import id.suara.recess.NewVisit;
import id.suara.recess.RecessAspiration;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessVisit;
import id.suara.recess.RecessVisits;
import id.suara.recess.VisitAttendee;
import id.suara.recess.VisitPhoto;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff API for recess visits, their guest and attendance lists, the aspirations heard at them and the groups of the
 * same need (ADR 0032). Staff of the institution read; the secretariat, the member and the member's companions for the
 * recess change a member's visits; the secretariat groups.
 */
@RestController
@Tag(name = "Recess visits", description = "Recess visits, attendance and the aspirations heard at them")
@SecurityRequirement(name = "basic")
class VisitsController {

    private static final String RECESS = "/api/v1/institutions/{institutionId}/recesses/{recessId}";
    private static final String VISIT = RECESS + "/visits/{visitId}";

    private final RecessVisits visits;
    private final AspirationGroups groups;
    private final RecessCalendar calendar;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    VisitsController(
            RecessVisits visits,
            AspirationGroups groups,
            RecessCalendar calendar,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.visits = visits;
        this.groups = groups;
        this.calendar = calendar;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** A visit as it is planned or changed through the API: the recess comes from the path. */
    record VisitBody(
            UUID memberId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String district,
            String village,
            Integer expectedParticipants) {

        NewVisit toVisit(UUID recessId) {
            return new NewVisit(recessId, memberId, startsAt, endsAt, place, district, village, expectedParticipants);
        }
    }

    record GroupBody(String title, List<UUID> aspirationIds) {}

    @GetMapping(RECESS + "/visits")
    @Operation(summary = "The visits of a recess in time order, optionally of one member (staff)")
    List<RecessVisit> visits(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @Parameter(description = "only this member's visits") @RequestParam(required = false) UUID member) {
        return visits.visits(currentStaff.get(), seen(institutionId), recessId, member);
    }

    @PostMapping(RECESS + "/visits")
    @Operation(
            summary = "Plan a visit and publish it on the portal's agenda (secretariat, the member, their companions)",
            description = "Refused naming the field when the member is not in office during the recess, the start "
                    + "lies outside the recess (in the institution's time zone) or the district is not one of the "
                    + "member's dapil")
    ResponseEntity<RecessVisit> plan(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @RequestBody VisitBody body) {
        var institution = seen(institutionId);
        calendar.recess(institution.id(), recessId);
        return ResponseEntity.status(201)
                .body(visits.plan(currentStaff.get(), institution, body == null ? null : body.toVisit(recessId)));
    }

    @GetMapping(VISIT)
    @Operation(summary = "One visit (staff)")
    RecessVisit visit(@PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID visitId) {
        return inRecess(seen(institutionId), recessId, visitId);
    }

    @PatchMapping(VISIT)
    @Operation(summary = "Change a planned visit: the fields given replace the stored ones")
    RecessVisit change(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestBody VisitBody body) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        var entered = body == null
                ? null
                : new NewVisit(
                        null,
                        body.memberId(),
                        body.startsAt(),
                        body.endsAt(),
                        body.place(),
                        body.district(),
                        body.village(),
                        body.expectedParticipants());
        return visits.change(currentStaff.get(), institution, visitId, entered);
    }

    @PostMapping(VISIT + "/cancel")
    @Operation(summary = "Cancel a planned visit; the agenda shows it as cancelled")
    RecessVisit cancel(@PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID visitId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.cancel(currentStaff.get(), institution, visitId);
    }

    @PostMapping(VISIT + "/held")
    @Operation(summary = "Mark a planned visit as held, once it has started")
    RecessVisit held(@PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID visitId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.markHeld(currentStaff.get(), institution, visitId);
    }

    @GetMapping(VISIT + "/attendees")
    @Operation(summary = "The guest list and attendance list of a visit, by name (staff)")
    List<VisitAttendee> attendees(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID visitId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.attendees(currentStaff.get(), institution, visitId);
    }

    @PostMapping(VISIT + "/attendees")
    @Operation(
            summary = "Add a guest (invited) or attendee (attended)",
            description = "With a source (sheet and line) it is idempotent: the same line again answers 200 and adds "
                    + "nothing")
    ResponseEntity<VisitAttendee> addAttendee(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestBody NewAttendee body) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.add(currentStaff.get(), institution, visitId, body)
                .map(a -> ResponseEntity.status(201).body(a))
                .orElseGet(() -> ResponseEntity.ok().build());
    }

    @DeleteMapping(VISIT + "/attendees/{attendeeId}")
    @Operation(summary = "Remove a guest or attendee entered by mistake")
    ResponseEntity<Void> removeAttendee(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @PathVariable UUID attendeeId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        visits.removeAttendee(currentStaff.get(), institution, visitId, attendeeId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(VISIT + "/photos")
    @Operation(summary = "The photos documenting a visit (staff)")
    List<VisitPhoto> photos(@PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID visitId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.photos(currentStaff.get(), institution, visitId);
    }

    @PostMapping(path = VISIT + "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a photo of the visit: JPEG, PNG or WebP, with an optional caption")
    ResponseEntity<VisitPhoto> addPhoto(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "caption", required = false) String caption) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return ResponseEntity.status(201)
                .body(visits.addPhoto(
                        currentStaff.get(),
                        institution,
                        visitId,
                        file == null || file.isEmpty() ? null : new MultipartIncomingFile(file),
                        caption));
    }

    record CaptionBody(String caption) {}

    @PatchMapping(VISIT + "/photos/{photoId}")
    @Operation(summary = "Change a photo's caption")
    VisitPhoto caption(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @PathVariable UUID photoId,
            @RequestBody CaptionBody body) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.caption(currentStaff.get(), institution, visitId, photoId, body == null ? null : body.caption());
    }

    @GetMapping(VISIT + "/photos/{photoId}")
    @Operation(summary = "Download a photo of the visit (staff)")
    ResponseEntity<InputStreamResource> photo(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @PathVariable UUID photoId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return PhotoResponses.of(visits.photoContent(currentStaff.get(), institution, visitId, photoId), false);
    }

    @GetMapping(VISIT + "/aspirations")
    @Operation(summary = "The aspirations heard at a visit, each with its case (staff)")
    List<RecessAspiration> aspirations(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID visitId) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.aspirations(currentStaff.get(), institution, visitId);
    }

    @PostMapping(VISIT + "/aspirations")
    @Operation(
            summary = "Record an aspiration heard at the visit; it opens a case of kind ASPIRATION on channel RECESS",
            description = "With a source (sheet and line) it is idempotent: the same line again answers 200 and "
                    + "creates nothing")
    ResponseEntity<RecessAspiration> recordAspiration(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestBody NewAspiration body) {
        var institution = seen(institutionId);
        inRecess(institution, recessId, visitId);
        return visits.record(currentStaff.get(), institution, visitId, body)
                .map(a -> ResponseEntity.status(201).body(a))
                .orElseGet(() -> ResponseEntity.ok().build());
    }

    @GetMapping(RECESS + "/aspiration-groups")
    @Operation(summary = "The groups of the same need holding aspirations of the recess's sitting year (staff)")
    List<AspirationGroup> groups(@PathVariable UUID institutionId, @PathVariable UUID recessId) {
        return groups.groups(currentStaff.get(), seen(institutionId), recessId);
    }

    @GetMapping(RECESS + "/aspiration-groups/suggestions")
    @Operation(
            summary = "Aspirations of different members of the sitting year heard at the same district and village "
                    + "that seem to ask for the same thing (staff)")
    List<GroupSuggestion> suggestions(@PathVariable UUID institutionId, @PathVariable UUID recessId) {
        return groups.suggestions(currentStaff.get(), seen(institutionId), recessId);
    }

    @PostMapping(RECESS + "/aspiration-groups")
    @Operation(summary = "Group at least two aspirations under a title (secretariat)")
    ResponseEntity<AspirationGroup> group(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @RequestBody GroupBody body) {
        var institution = seen(institutionId);
        calendar.recess(institution.id(), recessId);
        return ResponseEntity.status(201)
                .body(groups.group(
                        currentStaff.get(),
                        institution,
                        body == null ? null : body.title(),
                        body == null ? null : body.aspirationIds()));
    }

    @PostMapping(RECESS + "/aspiration-groups/{groupId}/aspirations")
    @Operation(summary = "Add aspirations to a group (secretariat)")
    AspirationGroup addToGroup(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID groupId,
            @RequestBody GroupBody body) {
        var institution = seen(institutionId);
        calendar.recess(institution.id(), recessId);
        return groups.add(currentStaff.get(), institution, groupId, body == null ? null : body.aspirationIds());
    }

    @DeleteMapping(RECESS + "/aspiration-groups/{groupId}/aspirations/{aspirationId}")
    @Operation(summary = "Take an aspiration out of its group; a group left with one is dissolved (secretariat)")
    ResponseEntity<Void> removeFromGroup(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID groupId,
            @PathVariable UUID aspirationId) {
        var institution = seen(institutionId);
        calendar.recess(institution.id(), recessId);
        groups.remove(currentStaff.get(), institution, groupId, aspirationId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(RECESS + "/aspiration-groups/{groupId}")
    @Operation(summary = "Ungroup: every aspiration keeps its case, member and visit (secretariat)")
    ResponseEntity<Void> ungroup(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID groupId) {
        var institution = seen(institutionId);
        calendar.recess(institution.id(), recessId);
        groups.ungroup(currentStaff.get(), institution, groupId);
        return ResponseEntity.noContent().build();
    }

    private RecessVisit inRecess(Institution institution, UUID recessId, UUID visitId) {
        var visit = visits.visit(currentStaff.get(), institution, visitId);
        if (!visit.recessId().equals(recessId)) {
            throw new NotFoundException("Visit " + visitId + " not found");
        }
        return visit;
    }

    /** A council secretariat the staff member may see; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        var institution = institutions.get(institutionId);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
