package id.suara.casework.web;

import id.suara.casework.Disposition;
import id.suara.casework.DispositionInstruction;
import id.suara.casework.DispositionRequest;
import id.suara.casework.Dispositions;
import id.suara.casework.NoteText;
import id.suara.casework.Urgency;
import id.suara.documents.DocumentResponses;
import id.suara.documents.Documents;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.intake.Masking;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for dispositions (ADR 0027): a case's dispositions as a tree, making one (with the SOP action of the step,
 * if wanted), its sheet as a PDF, monitoring notes, reporting it done, and the open dispositions of the cases one reads.
 */
@RestController
@Tag(name = "Dispositions", description = "Routing a case to units with instructions, a deadline and a sheet")
@SecurityRequirement(name = "basic")
class DispositionsController {

    private final Dispositions dispositions;
    private final Documents documents;
    private final CurrentStaff currentStaff;

    DispositionsController(Dispositions dispositions, Documents documents, CurrentStaff currentStaff) {
        this.dispositions = dispositions;
        this.documents = documents;
        this.currentStaff = currentStaff;
    }

    /** A unit a disposition is addressed to; the lead answers for it. */
    record UnitView(UUID unitId, String name, UnitType type, boolean lead) {}

    /** Who made a disposition, in which role. */
    record Official(UUID id, String name, Role role) {}

    /** The disposition's sheet (lembar disposisi) as issued. */
    record SheetView(UUID documentId, String pdf, String verificationUrl, String sha256, Instant issuedAt) {}

    /**
     * A disposition of a case.
     *
     * @param depth how deep in its chain: 0 for the first, 1 for one answering it, …
     * @param open whether its units still work on it: not reported done and the case not ended
     * @param overdue whether it is open past its deadline
     */
    record DispositionView(
            UUID id,
            UUID caseId,
            UUID parentId,
            int depth,
            UUID leadUnitId,
            List<UnitView> units,
            List<DispositionInstruction> instructions,
            String note,
            Instant deadline,
            boolean open,
            boolean overdue,
            Urgency urgency,
            boolean confidential,
            String letterNumber,
            LocalDate letterDate,
            String step,
            String action,
            Instant disposedAt,
            Official disposedBy,
            Instant completedAt,
            String completedBy,
            String completionNote,
            List<Disposition.MonitoringNote> monitoring,
            SheetView sheet) {}

    /** An open disposition with the case it routes. */
    record OpenView(UUID caseId, String registrationNumber, String title, DispositionView disposition) {}

    /** A monitoring note or reminder, or what was done when reporting a disposition done. */
    record NoteRequest(@NoteText String note) {

        /** Without the text, which may hold personal data. */
        @Override
        public String toString() {
            return "NoteRequest[note=" + Masking.mask(note) + "]";
        }
    }

    @GetMapping("/api/v1/cases/{id}/dispositions")
    @Operation(summary = "The case's dispositions as a tree: each followed by those answering it")
    List<DispositionView> list(@PathVariable UUID id) {
        return DispositionTree.of(dispositions.list(id, currentStaff.get())).stream()
                .map(node -> view(node.disposition(), node.depth()))
                .toList();
    }

    @PostMapping("/api/v1/cases/{id}/dispositions")
    @Operation(
            summary = "Make a disposition: lead unit, further units, instructions, note, deadline inside the SOP's"
                    + " limit, urgency; optionally with the SOP action of the current step (its unit is the lead)")
    ResponseEntity<DispositionView> make(@PathVariable UUID id, @RequestBody DispositionRequest request) {
        var made = dispositions.make(id, request, currentStaff.get());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/dispositions/" + made.id()))
                .body(view(made, depth(id, made)));
    }

    @GetMapping("/api/v1/cases/{id}/dispositions/{dispositionId}")
    @Operation(summary = "One of the case's dispositions")
    DispositionView get(@PathVariable UUID id, @PathVariable UUID dispositionId) {
        var disposition = dispositions.get(id, dispositionId, currentStaff.get());
        return view(disposition, depth(id, disposition));
    }

    @GetMapping("/api/v1/cases/{id}/dispositions/{dispositionId}/pdf")
    @Operation(summary = "The disposition's sheet (lembar disposisi) as a PDF, as issued")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID dispositionId) {
        return DocumentResponses.inline(dispositions.sheet(id, dispositionId, currentStaff.get()));
    }

    @PostMapping("/api/v1/cases/{id}/dispositions/{dispositionId}/monitoring")
    @Operation(summary = "Record a monitoring note or reminder against an open disposition")
    ResponseEntity<DispositionView> monitor(
            @PathVariable UUID id,
            @PathVariable UUID dispositionId,
            @RequestBody(required = false) NoteRequest request) {
        var noted =
                dispositions.monitor(id, dispositionId, request == null ? null : request.note(), currentStaff.get());
        return ResponseEntity.status(201).body(view(noted, depth(id, noted)));
    }

    @PostMapping("/api/v1/cases/{id}/dispositions/{dispositionId}/complete")
    @Operation(summary = "Report an open disposition done, saying what was done (its lead unit, or who disposes)")
    DispositionView complete(
            @PathVariable UUID id,
            @PathVariable UUID dispositionId,
            @RequestBody(required = false) NoteRequest request) {
        var completed =
                dispositions.complete(id, dispositionId, request == null ? null : request.note(), currentStaff.get());
        return view(completed, depth(id, completed));
    }

    @GetMapping("/api/v1/cases/{id}/dispositions/deadline-limit")
    @Operation(summary = "The latest deadline a disposition made now may have (after the action, when one is named)")
    Dispositions.DeadlineLimit limit(@PathVariable UUID id, @RequestParam(required = false) String action) {
        return dispositions.limit(id, action, currentStaff.get());
    }

    @GetMapping("/api/v1/dispositions")
    @Operation(
            summary = "The open dispositions of the cases you read, overdue first, then by deadline; overdue=true for"
                    + " those past their deadline only")
    List<OpenView> open(
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) UUID institution) {
        return dispositions.open(currentStaff.get(), institution, overdue).stream()
                .map(o -> new OpenView(o.caseId(), o.registrationNumber(), o.title(), view(o.disposition(), 0)))
                .toList();
    }

    private int depth(UUID caseId, Disposition disposition) {
        return DispositionTree.of(dispositions.list(caseId, currentStaff.get())).stream()
                .filter(n -> n.disposition().id().equals(disposition.id()))
                .findFirst()
                .map(DispositionTree.Node::depth)
                .orElse(0);
    }

    private DispositionView view(Disposition d, int depth) {
        var sheet = dispositions
                .sheetOf(d.id())
                .map(doc -> new SheetView(
                        doc.id(),
                        "/api/v1/cases/" + d.caseId() + "/dispositions/" + d.id() + "/pdf",
                        documents.verificationUrl(doc.verificationCode()),
                        doc.sha256(),
                        doc.issuedAt()))
                .orElse(null);
        return new DispositionView(
                d.id(),
                d.caseId(),
                d.parentId(),
                depth,
                d.lead().unitId(),
                d.units().stream()
                        .map(u -> new UnitView(u.unitId(), u.name(), u.type(), u.lead()))
                        .toList(),
                d.instructions(),
                d.note(),
                d.deadline(),
                d.open(),
                d.overdue(),
                d.urgency(),
                d.confidential(),
                d.letterNumber(),
                d.letterDate(),
                d.step(),
                d.action(),
                d.disposedAt(),
                new Official(d.disposedById(), d.disposedByName(), d.disposedByRole()),
                d.completedAt(),
                d.completedByName(),
                d.completionNote(),
                d.monitoring(),
                sheet);
    }
}
