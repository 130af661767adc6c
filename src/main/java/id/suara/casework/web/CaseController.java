package id.suara.casework.web;

import id.suara.casework.ActionRequest;
import id.suara.casework.CaseFilter;
import id.suara.casework.CaseListing;
import id.suara.casework.CaseNote;
import id.suara.casework.CasePage;
import id.suara.casework.CaseReading;
import id.suara.casework.CaseSummary;
import id.suara.casework.CaseView;
import id.suara.casework.Cases;
import id.suara.casework.NoteText;
import id.suara.casework.RequirementCheckRequest;
import id.suara.institution.Institutions;
import id.suara.intake.Channel;
import id.suara.intake.IncomingFile;
import id.suara.intake.Intake;
import id.suara.intake.Masking;
import id.suara.intake.MultipartIncomingFile;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.SubmissionKind;
import id.suara.shared.ForbiddenException;
import id.suara.shared.validation.CleanText;
import id.suara.sop.CaseStatus;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Staff API for cases: list, read, register on a complainant's behalf, check requirements, act, add notes. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Handling cases along their SOP (staff)")
@SecurityRequirement(name = "basic")
class CaseController {

    private final Cases cases;
    private final CaseReading caseReading;
    private final CaseListing caseListing;
    private final Intake intake;
    private final AttachmentDownloads downloads;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    CaseController(
            Cases cases,
            CaseReading caseReading,
            CaseListing caseListing,
            Intake intake,
            AttachmentDownloads downloads,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.cases = cases;
        this.caseReading = caseReading;
        this.caseListing = caseListing;
        this.intake = intake;
        this.downloads = downloads;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @Operation(summary = "List cases, newest first; filters combine")
    CasePage<CaseSummary> list(
            @RequestParam(required = false) UUID institution,
            @RequestParam(required = false) SubmissionKind kind,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) @Size(max = 60) @CleanText String step,
            @RequestParam(required = false) UUID assignedUnit,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(name = "q", required = false) @Size(max = 200) @CleanText String text,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return caseListing.list(
                new CaseFilter(institution, kind, channel, status, step, assignedUnit, overdue, text),
                page,
                size,
                currentStaff.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its submission, history, requirement check and the actions you may perform")
    CaseView get(@PathVariable UUID id) {
        return caseReading.view(id, currentStaff.get());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a walk-in, letter, social-media or recess submission on the complainant's behalf")
    ResponseEntity<RegisteredCase> register(@RequestBody RegistrationRequest request) {
        return registerWith(request, List.of());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Register with attachments: part 'submission' (JSON) and parts 'files'")
    ResponseEntity<RegisteredCase> registerWithFiles(
            @RequestPart("submission") RegistrationRequest request,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return registerWith(request, MultipartIncomingFile.of(files));
    }

    @PostMapping("/{id}/requirement-check")
    @Operation(summary = "Record the requirement check of the current step")
    CaseView checkRequirements(@PathVariable UUID id, @Valid @RequestBody RequirementCheckRequest request) {
        return cases.recordRequirementCheck(id, request, currentStaff.get());
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Perform an action the current step allows (see availableActions)")
    CaseView act(
            @PathVariable UUID id,
            @PathVariable @Size(max = 60) String action,
            @Valid @RequestBody(required = false) ActionRequest request) {
        return cases.perform(
                id, action, request == null ? new ActionRequest(null, null, null) : request, currentStaff.get());
    }

    /** An internal note. */
    record NoteRequest(@NotBlank @NoteText String text) {

        /** Without the text, which may hold personal data. */
        @Override
        public String toString() {
            return "NoteRequest[text=" + Masking.mask(text) + "]";
        }
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add an internal note (never shown to the public)")
    ResponseEntity<CaseNote> addNote(@PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        var note = cases.addNote(id, request.text(), currentStaff.get());
        return ResponseEntity.status(201).body(note);
    }

    /** The category to set; null or blank clears it. */
    record CategoryRequest(String category) {}

    @PutMapping("/{id}/category")
    @Operation(
            summary = "Set what the case is about",
            description = "category: INFRASTRUCTURE, EDUCATION, HEALTH, ECONOMY, SOCIAL, ENVIRONMENT, GOVERNANCE or"
                    + " OTHER (the vocabulary recess aspirations are sorted by); null or blank clears it. Counted in"
                    + " the monitoring figures from then on.")
    CaseView categorize(@PathVariable UUID id, @RequestBody CategoryRequest request) {
        return cases.categorize(id, request == null ? null : request.category(), currentStaff.get());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId)
            throws IOException {
        return downloads.download(id, attachmentId, currentStaff.get());
    }

    /**
     * A case just registered at the desk, with the access code to print on the complainant's receipt: it is shown only
     * this once.
     */
    record RegisteredCase(
            String trackingNumber,
            String accessCode,

            @com.fasterxml.jackson.annotation.JsonProperty("case")
            CaseView caseView) {

        /** Without the access code, which is a secret. */
        @Override
        public String toString() {
            return "RegisteredCase[trackingNumber=" + trackingNumber + ", accessCode=" + Masking.mask(accessCode)
                    + ", case=" + caseView + "]";
        }
    }

    private ResponseEntity<RegisteredCase> registerWith(RegistrationRequest request, List<IncomingFile> files) {
        StaffMember actor = currentStaff.get();
        if (!actor.registersSubmissions()) {
            throw new ForbiddenException("Registering submissions needs a desk role of an institution");
        }
        var own = actor.institutionId() == null
                ? null
                : institutions.findById(actor.institutionId()).orElse(null);
        if (own == null || request.institution() == null || !own.code().equals(request.institution())) {
            throw new ForbiddenException("You may register submissions only for your own institution");
        }
        var registration = intake.register(request, files, actor.id());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + registration.submissionId()))
                .body(new RegisteredCase(
                        registration.trackingNumber(),
                        registration.accessCode(),
                        caseReading.view(registration.submissionId(), actor)));
    }
}
