package id.suara.casework.web;

import id.suara.casework.NoteText;
import id.suara.casework.ReviewMemo;
import id.suara.casework.ReviewMemoDraft;
import id.suara.casework.ReviewMemos;
import id.suara.intake.Masking;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for a case's review memos (telaah): write, revise as a new version, read old versions, forward. */
@RestController
@RequestMapping("/api/v1/cases/{id}/review-memos")
@Tag(
        name = "Review memos",
        description = "A division's analysis (telaah) of a case, in versions, forwarded through the Secretary")
@SecurityRequirement(name = "basic")
class ReviewMemosController {

    private final ReviewMemos memos;
    private final CurrentStaff currentStaff;

    ReviewMemosController(ReviewMemos memos, CurrentStaff currentStaff) {
        this.memos = memos;
        this.currentStaff = currentStaff;
    }

    /**
     * A version of a memo as written.
     *
     * @param version for a revision: the version you changed
     */
    record MemoRequest(Integer version, String subject, String analysis, String recommendation, UUID addressedUnitId) {

        ReviewMemoDraft draft() {
            return new ReviewMemoDraft(subject, analysis, recommendation, addressedUnitId);
        }

        /** Without the texts, which may hold personal data. */
        @Override
        public String toString() {
            return "MemoRequest[version=" + version + ", subject=" + Masking.mask(subject) + "]";
        }
    }

    /**
     * Forwarding the newest version through the Secretary.
     *
     * @param version the version you forward; refused when it is not the newest
     */
    record ForwardRequest(Integer version, @NoteText String note) {

        @Override
        public String toString() {
            return "ForwardRequest[version=" + version + ", note=" + Masking.mask(note) + "]";
        }
    }

    @GetMapping
    @Operation(summary = "The case's review memos, oldest first, each with every version")
    List<ReviewMemo> list(@PathVariable UUID id) {
        return memos.list(id, currentStaff.get());
    }

    @GetMapping("/{memoId}")
    @Operation(summary = "One review memo with every version")
    ReviewMemo get(@PathVariable UUID id, @PathVariable UUID memoId) {
        return memos.get(id, memoId, currentStaff.get());
    }

    @GetMapping("/{memoId}/versions/{version}")
    @Operation(summary = "One version of a review memo, as it was written")
    ReviewMemo.Version version(@PathVariable UUID id, @PathVariable UUID memoId, @PathVariable int version) {
        return memos.get(id, memoId, currentStaff.get()).versions().stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Version " + version + " not found"));
    }

    @PostMapping
    @Operation(summary = "Write a review memo: subject, analysis, recommendation, the unit it is addressed to")
    ResponseEntity<ReviewMemo> write(@PathVariable UUID id, @RequestBody MemoRequest request) {
        var memo = memos.write(id, request.draft(), currentStaff.get());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/review-memos/" + memo.id()))
                .body(memo);
    }

    @PutMapping("/{memoId}")
    @Operation(summary = "Revise a review memo: a new version; give the version you changed")
    ReviewMemo revise(@PathVariable UUID id, @PathVariable UUID memoId, @RequestBody MemoRequest request) {
        if (request.version() == null) {
            throw InvalidInputException.invalid("version", "must be given: the version you changed");
        }
        return memos.revise(id, memoId, request.version(), request.draft(), currentStaff.get());
    }

    @PostMapping("/{memoId}/forward")
    @Operation(summary = "Mark the newest version forwarded through the Secretary (the Secretary)")
    ReviewMemo forward(
            @PathVariable UUID id, @PathVariable UUID memoId, @RequestBody(required = false) ForwardRequest request) {
        return memos.forward(
                id,
                memoId,
                request == null ? null : request.version(),
                request == null ? null : request.note(),
                currentStaff.get());
    }
}
