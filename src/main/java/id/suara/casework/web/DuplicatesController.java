package id.suara.casework.web;

import id.suara.casework.CaseReading;
import id.suara.casework.CaseView;
import id.suara.casework.Duplicates;
import id.suara.casework.SimilarCase;
import id.suara.casework.Supporters;
import id.suara.shared.validation.CleanText;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for duplicates (ADR 0037): similar open cases, merging a duplicate into a main case and undoing it. */
@RestController
@Validated
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Cases", description = "Handling cases along their SOP (staff)")
@SecurityRequirement(name = "basic")
class DuplicatesController {

    private final Duplicates duplicates;
    private final Supporters supporters;
    private final CaseReading caseReading;
    private final CurrentStaff currentStaff;

    DuplicatesController(
            Duplicates duplicates, Supporters supporters, CaseReading caseReading, CurrentStaff currentStaff) {
        this.duplicates = duplicates;
        this.supporters = supporters;
        this.caseReading = caseReading;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/similar")
    @Operation(
            summary = "Open cases of the same institution that may be about the same matter, best first, with why",
            description = "Up to 5 recent open cases you may read, scored by their words, title, respondent and date")
    List<SimilarCase> similar(@PathVariable UUID id) {
        return duplicates.similarTo(id, currentStaff.get());
    }

    /** What a case's page shows about merging, and how many members of the public support it. */
    record Merging(Duplicates.MergeInfo merge, int supporters) {}

    @GetMapping("/merge")
    @Operation(summary = "The case this one is merged into, the cases merged into it, and its supporters")
    Merging merging(@PathVariable UUID id) {
        var staff = currentStaff.get();
        return new Merging(duplicates.info(id, staff), supporters.count(id, staff));
    }

    /**
     * A merge or its undoing.
     *
     * @param mainCaseId the case to merge into
     * @param version the version of the case (the duplicate) you saw
     */
    record MergeRequest(
            UUID mainCaseId,
            Integer version,
            @Size(max = 2000) @CleanText String note) {}

    /** Undoing a merge. */
    record UndoRequest(
            Integer version, @Size(max = 2000) @CleanText String note) {}

    @PostMapping("/merge")
    @Operation(
            summary = "Merge this case (a duplicate) into a main case of the same institution",
            description = "The duplicate is closed as merged, its clock stopped; its complainant keeps the tracking"
                    + " number and sees the main case's progress and answer. 422 names mainCaseId when it is this case,"
                    + " another institution's or itself merged; 409 for a closed case or a changed version")
    CaseView merge(@PathVariable UUID id, @RequestBody @Validated MergeRequest request) {
        var staff = currentStaff.get();
        duplicates.merge(id, request.mainCaseId(), request.version(), request.note(), staff);
        return caseReading.view(id, staff);
    }

    @PostMapping("/merge/undo")
    @Operation(
            summary = "Undo the merge: the case is open again at its step, due after the time it had left",
            description = "409 when the case is not merged or its version changed")
    CaseView undo(@PathVariable UUID id, @RequestBody @Validated UndoRequest request) {
        var staff = currentStaff.get();
        duplicates.undo(id, request.version(), request.note(), staff);
        return caseReading.view(id, staff);
    }
}
