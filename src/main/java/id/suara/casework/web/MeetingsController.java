package id.suara.casework.web;

import id.suara.casework.Meeting;
import id.suara.casework.Meetings;
import id.suara.documents.DocumentResponses;
import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.IssuedDocument;
import id.suara.shared.InvalidInputException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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

/** Staff API for meetings: schedule, link cases, logistics, attendance list, minutes, letters drafted from them. */
@RestController
@Tag(name = "Meetings", description = "Follow-up meetings of cases and their records (ADR 0028)")
@SecurityRequirement(name = "basic")
class MeetingsController {

    private final Meetings meetings;
    private final Documents documents;
    private final CurrentStaff currentStaff;

    MeetingsController(Meetings meetings, Documents documents, CurrentStaff currentStaff) {
        this.meetings = meetings;
        this.documents = documents;
        this.currentStaff = currentStaff;
    }

    /** A case to add to a meeting, and optionally the meeting's version the change was made on. */
    record CaseRef(UUID caseId, Integer version) {}

    /** One issued version of a meeting's record. */
    record IssuedRecord(
            UUID id,
            DocumentType type,
            int version,
            String number,
            Instant issuedAt,
            String sha256,
            String verificationUrl) {}

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "The meetings of your institution you may read, newest first")
    List<Meeting> list() {
        return meetings.list(currentStaff.get());
    }

    @PostMapping("/api/v1/meetings")
    @Operation(summary = "Schedule a meeting discussing one or more cases")
    ResponseEntity<Meeting> create(@RequestBody(required = false) Meetings.NewMeeting request) {
        return ResponseEntity.status(201).body(meetings.create(request, currentStaff.get()));
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "One meeting: its cases, invitees, logistics (overdue flagged), minutes and letters")
    Meeting get(@PathVariable UUID id) {
        return meetings.get(id, currentStaff.get());
    }

    @GetMapping("/api/v1/cases/{id}/meetings")
    @Operation(summary = "The meetings that discuss a case")
    List<Meeting> ofCase(@PathVariable UUID id) {
        return meetings.listForCase(id, currentStaff.get());
    }

    @GetMapping("/api/v1/cases/{id}/meetings/proposal")
    @Operation(summary = "A new meeting for the case as it starts: the forum, time and unit its SOP recorded")
    Meetings.NewMeeting proposal(@PathVariable UUID id) {
        return meetings.proposedFor(id, currentStaff.get());
    }

    @PostMapping("/api/v1/cases/{id}/meetings")
    @Operation(summary = "Schedule a meeting for the case (the case first; the unit it is assigned to by default)")
    ResponseEntity<Meeting> createForCase(
            @PathVariable UUID id, @RequestBody(required = false) Meetings.NewMeeting request) {
        if (request == null) {
            throw InvalidInputException.invalid("body", "must be given");
        }
        return ResponseEntity.status(201).body(meetings.createForCase(id, request, currentStaff.get()));
    }

    @PutMapping("/api/v1/meetings/{id}")
    @Operation(
            summary = "Change a scheduled meeting's details, or move its time (postpone) with a reason",
            description = "Every field as it is to be; `version` is the meeting's version the change was made on"
                    + " (another answers 409). A new `startsAt` needs `reason` and a time still to come, and is refused"
                    + " (409, startsAt) once the minutes are recorded; a cancelled meeting changes no more (409, status)."
                    + " Recorded on the meeting, in each case's history and in the audit log.")
    Meeting update(@PathVariable UUID id, @RequestBody(required = false) Meetings.MeetingEdit request) {
        return meetings.update(id, request, currentStaff.get());
    }

    @PostMapping("/api/v1/meetings/{id}/cancel")
    @Operation(
            summary = "Cancel a meeting still to be held, with the reason",
            description = "`{\"reason\", \"version\"}`; a meeting whose minutes are recorded was held and is not"
                    + " cancelled (409, status)")
    Meeting cancel(@PathVariable UUID id, @RequestBody(required = false) Meetings.Withdrawal request) {
        return meetings.cancel(id, request, currentStaff.get());
    }

    @PostMapping("/api/v1/meetings/{id}/cases")
    @Operation(summary = "Add a case to those the meeting discusses")
    Meeting addCase(@PathVariable UUID id, @RequestBody(required = false) CaseRef request) {
        return meetings.addCase(
                id,
                request == null ? null : request.caseId(),
                request == null ? null : request.version(),
                currentStaff.get());
    }

    @PostMapping("/api/v1/meetings/{id}/cases/{caseId}/remove")
    @Operation(
            summary = "Remove a case from those the meeting discusses",
            description = "`{\"reason\"?, \"version\"}`; refused (409, caseId) for its only case, for its first"
                    + " case once its letters or records were made, and once its minutes are recorded")
    Meeting removeCase(
            @PathVariable UUID id,
            @PathVariable UUID caseId,
            @RequestBody(required = false) Meetings.Withdrawal request) {
        return meetings.removeCase(id, caseId, request, currentStaff.get());
    }

    @PostMapping("/api/v1/meetings/{id}/logistics")
    @Operation(summary = "Add a logistics item: ROOM, MATERIALS, ATTENDANCE_LIST, CATERING or OTHER, owner, due date")
    ResponseEntity<Meeting> addLogistics(
            @PathVariable UUID id, @RequestBody(required = false) Meetings.NewLogisticsItem request) {
        return ResponseEntity.status(201).body(meetings.addLogistics(id, request, currentStaff.get()));
    }

    @PostMapping("/api/v1/meetings/{id}/logistics/{itemId}/done")
    @Operation(summary = "Mark a logistics item done")
    Meeting logisticsDone(@PathVariable UUID id, @PathVariable UUID itemId) {
        return meetings.logisticsDone(id, itemId, currentStaff.get());
    }

    @PostMapping("/api/v1/meetings/{id}/attendance-list")
    @Operation(summary = "Issue the attendance list (daftar hadir) with the invitees; a new version each time")
    ResponseEntity<IssuedRecord> attendanceList(@PathVariable UUID id) {
        return ResponseEntity.status(201)
                .body(issued(
                        meetings.issueAttendanceList(id, currentStaff.get()).document()));
    }

    @PutMapping("/api/v1/meetings/{id}/minutes")
    @Operation(summary = "Write the minutes and issue them (notula); a correction issues a new version")
    ResponseEntity<IssuedRecord> minutes(
            @PathVariable UUID id, @RequestBody(required = false) Meeting.Minutes request) {
        return ResponseEntity.status(201)
                .body(issued(
                        meetings.recordMinutes(id, request, currentStaff.get()).document()));
    }

    @GetMapping("/api/v1/meetings/{id}/records")
    @Operation(summary = "The versions issued of the meeting's attendance list and minutes, newest first")
    List<IssuedRecord> records(@PathVariable UUID id) {
        return meetings.records(id, currentStaff.get()).stream()
                .map(this::issued)
                .toList();
    }

    @GetMapping("/api/v1/meetings/{id}/records/{documentId}/pdf")
    @Operation(summary = "One issued version of a meeting record, as stored")
    ResponseEntity<byte[]> recordPdf(@PathVariable UUID id, @PathVariable UUID documentId) {
        return DocumentResponses.inline(meetings.record(id, documentId, currentStaff.get()));
    }

    @GetMapping("/api/v1/meetings/{id}/attendance-list.pdf")
    @Operation(summary = "The newest attendance list as a PDF")
    ResponseEntity<byte[]> attendanceListPdf(@PathVariable UUID id) {
        return DocumentResponses.inline(meetings.newestRecord(id, DocumentType.ATTENDANCE_LIST, currentStaff.get()));
    }

    @GetMapping("/api/v1/meetings/{id}/minutes.pdf")
    @Operation(summary = "The newest minutes as a PDF")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id) {
        return DocumentResponses.inline(meetings.newestRecord(id, DocumentType.MINUTES, currentStaff.get()));
    }

    @PostMapping("/api/v1/meetings/{id}/letters")
    @Operation(
            summary =
                    "Draft the meeting's INVITATION, OFFICIAL_REPORT or MEETING_REPORT as a letter of its first"
                            + " case, its parts filled in from the meeting; initial and sign it under /api/v1/cases/{id}/letters")
    ResponseEntity<Map<String, Object>> draftLetter(
            @PathVariable UUID id, @RequestBody(required = false) Meetings.MeetingLetterRequest request) {
        var drafted = meetings.draftLetter(id, request, currentStaff.get()).letter();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("id", drafted.id());
        body.put("caseId", drafted.submissionId());
        body.put("type", drafted.type());
        body.put("status", drafted.status());
        body.put("subject", drafted.subject());
        body.put("content", drafted.content());
        body.put("initialRoles", drafted.initialRoles());
        body.put("signerRole", drafted.signerRole());
        return ResponseEntity.status(201).body(body);
    }

    @PostMapping("/api/v1/meetings/{id}/letters/{letterId}/refresh")
    @Operation(
            summary = "Update a draft invitation or berita acara of the meeting to its date, time and place",
            description = "A new revision of the letter (its initials start again); a signed one is reopened by its"
                    + " signer first (409, status)")
    Map<String, Object> refreshLetter(@PathVariable UUID id, @PathVariable UUID letterId) {
        var letter = meetings.refreshLetter(id, letterId, currentStaff.get()).letter();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("id", letter.id());
        body.put("caseId", letter.submissionId());
        body.put("type", letter.type());
        body.put("status", letter.status());
        body.put("revision", letter.revision());
        body.put("content", letter.content());
        return body;
    }

    private IssuedRecord issued(IssuedDocument d) {
        return new IssuedRecord(
                d.id(),
                d.type(),
                d.version(),
                d.number(),
                d.issuedAt(),
                d.sha256(),
                documents.verificationUrl(d.verificationCode()));
    }
}
